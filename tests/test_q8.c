/* test_q8.c - the q8_0 micro-kernel this build picked (VNNI, AVX2, NEON with or without dot
 * products, portable C) gives exactly the integer dot products sum_k q[i][k] w[o][k], computed
 * here in 64 bits: random bytes and weights over several K, the extremes (every q = 255 against
 * every w = 127 or -128 over the longest K, where the sums come closest to the int32 limits),
 * every panel of a call. tools/check_cross.sh runs it under qemu for each aarch64 kernel.
 */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "test.h"

static uint32_t seed = 12345;
static uint32_t rnd(void) { seed = seed * 1664525u + 1013904223u; return seed >> 8; }

/* Byte `how` fills: 0 random, 1 the largest, 2 the smallest. */
static int weight(int how) { return how == 0 ? (int)(rnd() % 256) - 128 : how == 1 ? 127 : -128; }
static int byte(int how) { return how == 0 ? (int)(rnd() % 256) : 255; }

/* One call of bert__kernel_q8 on BERT__Q8_MR rows x np panels over K columns; 1 when every
   output is the exact product. */
static int check(int K, int np, int how) {
    int kp = (int)bert__round_up((size_t)K, BERT__Q8_KALIGN), groups = kp / 4, i, o, k, p, ok = 1;
    size_t lda = (size_t)kp * BERT__Q8_WIDE, stride = BERT__Q8_HEAD + (size_t)BERT__PANEL * kp;
    uint8_t *a = (uint8_t *)calloc(BERT__Q8_MR, lda), *b = (uint8_t *)calloc((size_t)np, stride);
    int16_t *q = (int16_t *)calloc((size_t)BERT__Q8_MR * kp, sizeof *q);
    int8_t *w = (int8_t *)calloc((size_t)np * BERT__PANEL * kp, 1);
    int32_t acc[32 * BERT__Q8_ACC];
    if (!a || !b || !q || !w) return 0;
    for (i = 0; i < BERT__Q8_MR; i++)
        for (k = 0; k < K; k++) {
            uint16_t v = (uint16_t)byte(how);
            q[i * kp + k] = (int16_t)v;
            if (BERT__Q8_WIDE == 2) memcpy(a + i * lda + 2 * k, &v, 2); /* little-endian 16-bit, as bert__store_q8 */
            else a[i * lda + k] = (uint8_t)v;
        }
    for (p = 0; p < np; p++)
        for (o = 0; o < BERT__PANEL; o++) {
            int32_t sum = 0;
            for (k = 0; k < K; k++) {
                int v = weight(how);
                w[(p * BERT__PANEL + o) * kp + k] = (int8_t)v;
                b[p * stride + BERT__Q8_HEAD + (size_t)(k / 4) * 64 + o * 4 + k % 4] = (uint8_t)(int8_t)v;
                sum += v;
            }
            memcpy(b + p * stride + 64 + 4 * o, &sum, 4); /* the header's row sums, as the converter writes them */
        }
    bert__kernel_q8(a, lda, groups, b + BERT__Q8_HEAD, stride, np, acc);
    for (i = 0; i < BERT__Q8_MR && ok; i++)
        for (o = 0; o < np * BERT__PANEL && ok; o++) {
            long long want = 0;
            for (k = 0; k < K; k++) want += (long long)q[i * kp + k] * w[o * kp + k];
            if (acc[i * BERT__Q8_ACC + o] != want) {
                printf("# K %d, np %d, row %d, output %d: %ld, want %lld\n", K, np, i, o, (long)acc[i * BERT__Q8_ACC + o], want);
                ok = 0;
            }
        }
    free(a);
    free(b);
    free(q);
    free(w);
    return ok;
}

int main(void) {
    static const int Ks[] = {1, 37, 64, 100, 384, 1024, 3072};
    int n, np, ok = 1;
    for (np = 1; np <= BERT__Q8_NP; np++)
        for (n = 0; n < (int)(sizeof Ks / sizeof *Ks); n++) ok &= check(Ks[n], np, 0);
    CHECKF(ok, "q8_0 kernel (%s): exact products of random bytes and weights, K from 1 to 3072", bert_simd_name());
    CHECKF(check(BERT__Q8_MAX_K, BERT__Q8_NP, 1), "q8_0 kernel: 255 x 127 over the longest K (%d), near the int32 maximum", BERT__Q8_MAX_K);
    CHECKF(check(BERT__Q8_MAX_K, BERT__Q8_NP, 2), "q8_0 kernel: 255 x -128 over the longest K, near the int32 minimum");
    return test_done();
}
