/* vm/compiler/hashindex.h — an index from a key's hash to positions in a table kept
 * elsewhere: the compiler's constants and names, the symtable's symbols and
 * name sets.  Those tables were searched by scanning, which made a module
 * with 100000 literals or names take minutes to compile; a table builds its
 * index once it outgrows HASHINDEX_MIN entries and scans below that.
 * Slots live in the compile's AstArena, like the tables they index. */
#ifndef GILKIT_VM_HASHINDEX_H
#define GILKIT_VM_HASHINDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "vm/compiler/ast.h"
#include "vm/objects/object.h"

#define HASHINDEX_MIN 16

typedef struct HashSlot { uint64_t hash; int pos; } HashSlot;  /* pos -1: empty, -2: removed */
typedef struct HashIndex { HashSlot *slot; size_t cap, used; } HashIndex;

/* Is the table's entry at pos the key? */
typedef bool (*HashSame)(const void *table, int pos, const void *key);

/* The position of key (hash h), or -1. */
int hashindex_find(const HashIndex *ix, uint64_t h, HashSame same, const void *table, const void *key);
/* Records pos under h.  0, or -1 when the arena is out of memory. */
int hashindex_add(HashIndex *ix, AstArena *a, uint64_t h, int pos);
/* The entry at `from` (hash h) is gone (to < 0) or now at `to`. */
void hashindex_move(HashIndex *ix, uint64_t h, int from, int to);

static inline uint64_t hashindex_str(const char *s) { return hash_fnv1a(s, strlen(s)); }

#endif
