/* vm/modules/zstream.h — what the compressor and decompressor objects of
 * _bz2 and _lzma share (vm/modules/mod__bz2.c, mod__lzma.c): an output
 * buffer that grows toward a limit, the object lock, and a decompressor's
 * input bookkeeping (input held back by max_length, and the bytes after
 * the end of stream, unused_data).
 *
 * Invariants (who touches what, when):
 *   - A ZsOut is a caller's local; the library fills it with the GIL
 *     released, so zs_out_grow touches no object.
 *   - An object's ZsInput is read and written only with the object's lock
 *     held (zs_lock), and with the GIL held: it holds a bytes object.
 *   - zs_lock never waits for the lock while holding the GIL: a thread that
 *     holds the lock may be running the library without the GIL and then
 *     need the GIL back to finish.
 */
#ifndef GILKIT_VM_ZSTREAM_H
#define GILKIT_VM_ZSTREAM_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/objects/object.h"

typedef struct ZsOut { unsigned char *p; size_t n, cap; } ZsOut;

/* Room for more output, toward max bytes (-1: no limit); false when max is
 * reached or memory ran out (no exception: the caller says which). */
bool zs_out_grow(ZsOut *o, int64_t max);
/* The output as a bytes object; frees o's buffer. */
Object *zs_out_bytes(ZsOut *o);

/* Takes m; when another thread has it, waits with the GIL released (a
 * blocked interval named `what`). */
void zs_lock(pthread_mutex_t *m, const char *what);

typedef struct ZsInput {
    unsigned char *pending;   /* input held back by max_length */
    size_t npending;
    Object *unused;           /* bytes after the end of stream; b'' before it */
    bool eof, needs_input;
} ZsInput;

int zs_input_init(ZsInput *s);   /* -1 with MemoryError */
void zs_input_free(ZsInput *s);
/* The input of the next run: the held-back bytes, then p[0, n).  *in is p,
 * or a malloc'ed join also left in *joined (for the caller to free). */
int zs_input_join(const ZsInput *s, const unsigned char *p, size_t n, const unsigned char **in,
                  size_t *nin, unsigned char **joined);
/* After a run over in[0, nin) that used `used` bytes, made `produced` bytes
 * of output (out, a new reference, or NULL when the run failed: nothing
 * changes) and reached the end of stream or not (eof): what is left is held
 * back again, or after the end of stream becomes unused_data.  Returns out,
 * or NULL with an exception. */
Object *zs_input_settle(ZsInput *s, Object *out, bool eof, const unsigned char *in, size_t nin,
                        size_t used, size_t produced, int64_t max);

#endif
