/* vm/objects/array.h — array.array: a compact, typed sequence of C numbers
 * (vm/objects/array.c; the `array` module is vm/modules/mod_array.c).  Its
 * bytes are a buffer (vm/objects/buffer.h): pinned while exported, as a
 * bytearray's are. */
#ifndef GILKIT_VM_ARRAY_H
#define GILKIT_VM_ARRAY_H

#include <stddef.h>

#include "vm/objects/object.h"

typedef struct ArrayKind ArrayKind;   /* one row per typecode (array.c) */

typedef struct ArrayObject {
    Object ob;
    const ArrayKind *kind;
    unsigned char *data;   /* malloc'd, cap items (NULL when cap is 0) */
    size_t n, cap;         /* in items */
    size_t exports;        /* held Buffers: no resize while > 0 */
} ArrayObject;

extern Type ArrayType;
/* The typecodes, "bBhHiIlLqQfd". */
extern const char array_typecodes[];

/* a += b, a *= n on an array a, in place: a (new reference) or NotImplemented. */
Object *array_inplace(Object *a, Object *b, int op);
size_t array_itemsize(const ArrayObject *a);
char array_typecode(const ArrayObject *a);

/* The C number types of the typecodes, shared with memoryview's formats:
 * the kind of code (NULL for none), its letter and size, an item at p as
 * an int or float, and v stored at p (TypeError or OverflowError in
 * array's words). */
const ArrayKind *array_kind(char code);
char array_kind_code(const ArrayKind *k);
size_t array_kind_size(const ArrayKind *k);
Object *array_kind_load(const ArrayKind *k, const unsigned char *p);
int array_kind_store(const ArrayKind *k, Object *v, unsigned char *p);

#endif
