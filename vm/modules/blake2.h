/* vm/modules/blake2.h — the BLAKE2b and BLAKE2s hash functions (RFC 7693)
 * with their full parameter block (digest length, key, salt, personal
 * string, tree parameters), for hashlib.blake2b/blake2s: OpenSSL's EVP
 * digests take none of those parameters.
 *
 * Invariants: a Blake2State is plain memory, touched by one thread at a
 * time (its owner's lock); copying the struct copies the hash state.
 */
#ifndef GILKIT_VM_BLAKE2_H
#define GILKIT_VM_BLAKE2_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The two variants' sizes: b works on 64-bit words, s on 32-bit ones. */
enum { BLAKE2B_OUT = 64, BLAKE2B_BLOCK = 128, BLAKE2B_SALT = 16,
       BLAKE2S_OUT = 32, BLAKE2S_BLOCK = 64, BLAKE2S_SALT = 8 };

typedef struct Blake2Params {
    size_t digest_size, key_len, salt_len, person_len;
    const unsigned char *key, *salt, *person;
    unsigned fanout, depth, node_depth, inner_size;
    uint32_t leaf_size;
    uint64_t node_offset;
    bool last_node;
} Blake2Params;

typedef struct Blake2State {
    bool is_b;               /* BLAKE2b, else BLAKE2s */
    bool last_node;
    uint64_t h[8];           /* chain value (BLAKE2s keeps 32-bit words) */
    uint64_t t[2];           /* bytes compressed so far, 128-bit */
    unsigned char buf[BLAKE2B_BLOCK];
    size_t buflen, outlen;
} Blake2State;

/* Starts a hash with p (sizes already checked against the variant's). */
void blake2_init(Blake2State *s, bool is_b, const Blake2Params *p);
void blake2_update(Blake2State *s, const unsigned char *data, size_t n);
/* Writes s->outlen bytes of the digest; s itself is left as it was. */
void blake2_final(const Blake2State *s, unsigned char *out);
size_t blake2_block_size(const Blake2State *s);

#endif
