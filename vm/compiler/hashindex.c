/* vm/compiler/hashindex.c — see hashindex.h.  Open addressing with linear probing;
 * the table doubles when live and removed slots reach half its size, and
 * growing drops the removed ones. */
#include "vm/compiler/hashindex.h"

int hashindex_find(const HashIndex *ix, uint64_t h, HashSame same, const void *table, const void *key)
{
    if (!ix->cap)
        return -1;
    for (size_t j = h & (ix->cap - 1);; j = (j + 1) & (ix->cap - 1)) {
        const HashSlot *s = &ix->slot[j];
        if (s->pos == -1)
            return -1;
        if (s->pos >= 0 && s->hash == h && same(table, s->pos, key))
            return s->pos;
    }
}

static void put(HashSlot *slot, size_t cap, uint64_t h, int pos)
{
    size_t j = h & (cap - 1);
    while (slot[j].pos >= 0)
        j = (j + 1) & (cap - 1);
    slot[j].hash = h;
    slot[j].pos = pos;
}

static int grow(HashIndex *ix, AstArena *a)
{
    size_t cap = ix->cap ? ix->cap * 2 : 4 * HASHINDEX_MIN;
    HashSlot *slot = ast_alloc(a, cap * sizeof *slot);
    if (!slot)
        return -1;
    for (size_t j = 0; j < cap; j++)
        slot[j].pos = -1;
    size_t live = 0;
    for (size_t j = 0; j < ix->cap; j++)
        if (ix->slot[j].pos >= 0) {
            put(slot, cap, ix->slot[j].hash, ix->slot[j].pos);
            live++;
        }
    ix->slot = slot;   /* the old slots stay in the arena until it goes */
    ix->cap = cap;
    ix->used = live;
    return 0;
}

int hashindex_add(HashIndex *ix, AstArena *a, uint64_t h, int pos)
{
    if (2 * (ix->used + 1) > ix->cap && grow(ix, a) < 0)
        return -1;
    put(ix->slot, ix->cap, h, pos);
    ix->used++;
    return 0;
}

void hashindex_move(HashIndex *ix, uint64_t h, int from, int to)
{
    if (!ix->cap)
        return;
    for (size_t j = h & (ix->cap - 1); ix->slot[j].pos != -1; j = (j + 1) & (ix->cap - 1))
        if (ix->slot[j].pos == from) {
            ix->slot[j].pos = to < 0 ? -2 : to;
            return;
        }
}
