/* vm/modules/blake2.c — BLAKE2b and BLAKE2s, written from RFC 7693 and the
 * BLAKE2 paper's parameter block.  Both variants share one driver: they
 * differ in word size, rotation distances and round count, so the state
 * keeps 64-bit slots and the s compression works on their low halves. */
#include "vm/modules/blake2.h"

#include <string.h>

static const uint64_t iv_b[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint32_t iv_s[8] = {
    0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
    0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U,
};

/* The message-word schedule; round r uses row r mod 10. */
static const uint8_t sigma[10][16] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
    { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
    { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
    { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
    { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
    { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
    { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
    { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
    { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
    { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
};

/* The four (a, b, c, d) index sets of a round: columns, then diagonals. */
static const uint8_t lanes[8][4] = {
    { 0, 4, 8, 12 }, { 1, 5, 9, 13 }, { 2, 6, 10, 14 }, { 3, 7, 11, 15 },
    { 0, 5, 10, 15 }, { 1, 6, 11, 12 }, { 2, 7, 8, 13 }, { 3, 4, 9, 14 },
};

static uint64_t load_le(const unsigned char *p, size_t n)
{
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;)
        v = v << 8 | p[i];
    return v;
}

static uint64_t rotr64(uint64_t x, unsigned r) { return x >> r | x << (64 - r); }
static uint32_t rotr32(uint32_t x, unsigned r) { return x >> r | x << (32 - r); }

static void compress_b(Blake2State *s, const unsigned char *block, uint64_t f0)
{
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = load_le(block + 8 * i, 8);
    for (int i = 0; i < 8; i++) {
        v[i] = s->h[i];
        v[i + 8] = iv_b[i];
    }
    v[12] ^= s->t[0];
    v[13] ^= s->t[1];
    v[14] ^= f0;
    v[15] ^= s->last_node && f0 ? ~0ULL : 0;
    for (int r = 0; r < 12; r++) {
        const uint8_t *sg = sigma[r % 10];
        for (int g = 0; g < 8; g++) {
            uint64_t *a = &v[lanes[g][0]], *b = &v[lanes[g][1]];
            uint64_t *c = &v[lanes[g][2]], *d = &v[lanes[g][3]];
            *a += *b + m[sg[2 * g]];
            *d = rotr64(*d ^ *a, 32);
            *c += *d;
            *b = rotr64(*b ^ *c, 24);
            *a += *b + m[sg[2 * g + 1]];
            *d = rotr64(*d ^ *a, 16);
            *c += *d;
            *b = rotr64(*b ^ *c, 63);
        }
    }
    for (int i = 0; i < 8; i++)
        s->h[i] ^= v[i] ^ v[i + 8];
}

static void compress_s(Blake2State *s, const unsigned char *block, uint32_t f0)
{
    uint32_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)load_le(block + 4 * i, 4);
    for (int i = 0; i < 8; i++) {
        v[i] = (uint32_t)s->h[i];
        v[i + 8] = iv_s[i];
    }
    /* BLAKE2s counts bytes in 64 bits, split over two 32-bit words */
    v[12] ^= (uint32_t)s->t[0];
    v[13] ^= (uint32_t)(s->t[0] >> 32);
    v[14] ^= f0;
    v[15] ^= s->last_node && f0 ? ~0U : 0;
    for (int r = 0; r < 10; r++) {
        const uint8_t *sg = sigma[r];
        for (int g = 0; g < 8; g++) {
            uint32_t *a = &v[lanes[g][0]], *b = &v[lanes[g][1]];
            uint32_t *c = &v[lanes[g][2]], *d = &v[lanes[g][3]];
            *a += *b + m[sg[2 * g]];
            *d = rotr32(*d ^ *a, 16);
            *c += *d;
            *b = rotr32(*b ^ *c, 12);
            *a += *b + m[sg[2 * g + 1]];
            *d = rotr32(*d ^ *a, 8);
            *c += *d;
            *b = rotr32(*b ^ *c, 7);
        }
    }
    for (int i = 0; i < 8; i++)
        s->h[i] = (uint32_t)s->h[i] ^ v[i] ^ v[i + 8];
}

size_t blake2_block_size(const Blake2State *s) { return s->is_b ? BLAKE2B_BLOCK : BLAKE2S_BLOCK; }

/* Counts n more bytes, then compresses the buffer (a full block, or the
 * padded last one when final). */
static void compress_buf(Blake2State *s, size_t n, bool final)
{
    s->t[0] += n;
    if (s->t[0] < n)
        s->t[1]++;
    if (s->is_b)
        compress_b(s, s->buf, final ? ~0ULL : 0);
    else
        compress_s(s, s->buf, final ? ~0U : 0);
}

/* The parameter block, laid out as the variant defines it. */
static void param_block(bool is_b, const Blake2Params *p, unsigned char *pb)
{
    size_t salt_at = is_b ? 32 : 16, person_at = is_b ? 48 : 24;
    pb[0] = (unsigned char)p->digest_size;
    pb[1] = (unsigned char)p->key_len;
    pb[2] = (unsigned char)p->fanout;
    pb[3] = (unsigned char)p->depth;
    for (int i = 0; i < 4; i++)
        pb[4 + i] = (unsigned char)(p->leaf_size >> (8 * i));
    for (int i = 0; i < (is_b ? 8 : 6); i++)
        pb[8 + i] = (unsigned char)(p->node_offset >> (8 * i));
    pb[is_b ? 16 : 14] = (unsigned char)p->node_depth;
    pb[is_b ? 17 : 15] = (unsigned char)p->inner_size;
    if (p->salt_len)
        memcpy(pb + salt_at, p->salt, p->salt_len);
    if (p->person_len)
        memcpy(pb + person_at, p->person, p->person_len);
}

void blake2_init(Blake2State *s, bool is_b, const Blake2Params *p)
{
    unsigned char pb[64] = { 0 };
    memset(s, 0, sizeof *s);
    s->is_b = is_b;
    s->last_node = p->last_node;
    s->outlen = p->digest_size;
    param_block(is_b, p, pb);
    for (int i = 0; i < 8; i++)
        s->h[i] = is_b ? iv_b[i] ^ load_le(pb + 8 * i, 8) : iv_s[i] ^ (uint32_t)load_le(pb + 4 * i, 4);
    if (p->key_len) {
        /* a keyed hash starts with the key as a whole zero-padded block */
        memcpy(s->buf, p->key, p->key_len);
        s->buflen = blake2_block_size(s);
    }
}

void blake2_update(Blake2State *s, const unsigned char *data, size_t n)
{
    size_t bs = blake2_block_size(s);
    while (n > 0) {
        /* a full buffer is compressed only once more input follows: the
         * last block must go through with the final flag */
        if (s->buflen == bs) {
            compress_buf(s, bs, false);
            s->buflen = 0;
        }
        size_t take = bs - s->buflen < n ? bs - s->buflen : n;
        memcpy(s->buf + s->buflen, data, take);
        s->buflen += take;
        data += take;
        n -= take;
    }
}

void blake2_final(const Blake2State *s, unsigned char *out)
{
    Blake2State f = *s;
    size_t word = f.is_b ? 8 : 4;
    memset(f.buf + f.buflen, 0, blake2_block_size(&f) - f.buflen);
    compress_buf(&f, f.buflen, true);
    for (size_t i = 0; i < f.outlen; i++)
        out[i] = (unsigned char)(f.h[i / word] >> (8 * (i % word)));
}
