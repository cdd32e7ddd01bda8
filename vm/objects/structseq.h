/* vm/objects/structseq.h — CPython's struct sequences (sys.flags,
 * sys.version_info): tuples whose items also have names, read-only, with
 * the repr "sys.flags(debug=0, ...)".  Each kind is one static StructSeqType,
 * made ready once by structseq_type_init; its instances are tuples
 * (isinstance(x, tuple), indexing, slicing, comparing are tuple's). */
#ifndef GILKIT_VM_STRUCTSEQ_H
#define GILKIT_VM_STRUCTSEQ_H

#include "vm/objects/object.h"

#define STRUCTSEQ_MAX_FIELDS 16

typedef struct StructSeqType {
    Type type;                 /* first: a StructSeqType is a Type */
    const char *qualname;      /* "sys.flags": the repr's prefix; the type's name follows the dot */
    const char *const *fields; /* NULL-ended, at most STRUCTSEQ_MAX_FIELDS */
    MethodDef getters[STRUCTSEQ_MAX_FIELDS + 1];
} StructSeqType;

/* Fills t (qualname and fields set by the caller) as a read-only subtype
 * of tuple; idempotent. */
void structseq_type_init(StructSeqType *t);
/* A new instance holding values (borrowed), one per field. */
Object *structseq_new(StructSeqType *t, Object *const *values);

#endif
