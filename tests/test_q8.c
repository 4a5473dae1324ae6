/* test_q8.c - the q8_0 micro-kernel of every kernel set this build holds and this CPU runs
 * (AVX-512 with and without VNNI, AVX2 and portable C on x86-64; NEON on aarch64; a set this CPU
 * cannot run is reported as skipped) gives exactly the value its definition in bert.h's "Matrix
 * multiply" section asks for, computed here independently: per block of 32 columns the integer dot product of the int16
 * activations and the int8 weights in 64 bits, then (float)sum times the block's scale added by
 * fmaf, block after block from zero. Random values over several K, the extremes (every activation
 * +-32767 against every weight 127 or -128, the largest block sums), every panel of a call, rows
 * of a tile that differ. tools/check_cross.sh runs it under qemu for the aarch64 kernel.
 */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "test.h"

static uint32_t seed = 12345;
static uint32_t rnd(void) { seed = seed * 1664525u + 1013904223u; return seed >> 8; }

/* What `how` fills: 0 random, 1 the largest, 2 largest activations against the smallest weights. */
static int weight(int how) { return how == 0 ? (int)(rnd() % 256) - 128 : how == 1 ? 127 : -128; }
static int activation(void) { return (int)(rnd() % 65535) - 32767; }
static float scale(int how) { return how == 0 ? (float)(rnd() % 100000 + 1) * 1e-7f : 0.0123f; }

/* One call of the set's q8_0 kernel on its q8_mr rows x np panels over K columns; 1 when every
   output is the value the definition gives. */
static int check(const bert__kernels *set, int K, int np, int how) {
    const int MR = set->q8_mr;
    int kp = (int)bert__round_up((size_t)K, BERT__Q8_BLOCK), blocks = kp / BERT__Q8_BLOCK, i, o, k, p, blk, ok = 1;
    size_t stride = (size_t)blocks * BERT__Q8_BLOCK_BYTES;
    int16_t *a = (int16_t *)calloc((size_t)MR * kp, sizeof *a);
    uint8_t *b = (uint8_t *)calloc((size_t)np, stride);
    int8_t *w = (int8_t *)calloc((size_t)np * BERT__PANEL * kp, 1);
    float *s = (float *)calloc((size_t)np * BERT__PANEL * blocks, sizeof *s);
    float acc[8 * BERT__Q8_ACC]; /* 8: more rows than any set's tile */
    if (!a || !b || !w || !s) return 0;
    for (i = 0; i < MR; i++)
        for (k = 0; k < K; k++) a[i * kp + k] = (int16_t)(how == 0 ? activation() : i % 2 ? 32767 : -32767);
    for (p = 0; p < np; p++)
        for (o = 0; o < BERT__PANEL; o++) {
            int row = p * BERT__PANEL + o;
            for (k = 0; k < K; k++) {
                int v = weight(how);
                w[row * kp + k] = (int8_t)v;
                /* the panel layout of docs/FORMAT.md: block, then pair of columns, then output */
                b[p * stride + (size_t)(k / 32) * BERT__Q8_BLOCK_BYTES + 64 + 32 * (k % 32 / 2) + 2 * o + k % 2] = (uint8_t)(int8_t)v;
            }
            for (blk = 0; blk < blocks; blk++) {
                s[row * blocks + blk] = scale(how);
                memcpy(b + p * stride + (size_t)blk * BERT__Q8_BLOCK_BYTES + 4 * o, &s[row * blocks + blk], 4);
            }
        }
    if (MR > 8) return 0;
    set->kernel_q8(a, (size_t)kp, blocks, b, stride, np, acc);
    for (i = 0; i < MR && ok; i++)
        for (o = 0; o < np * BERT__PANEL && ok; o++) {
            float want = 0;
            for (blk = 0; blk < blocks; blk++) {
                long long sum = 0;
                for (k = blk * 32; k < blk * 32 + 32 && k < K; k++) sum += (long long)a[i * kp + k] * w[o * kp + k];
                want = fmaf((float)sum, s[o * blocks + blk], want);
            }
            if (acc[i * BERT__Q8_ACC + o] != want) {
                printf("# K %d, np %d, row %d, output %d: %.9g, want %.9g\n", K, np, i, o, acc[i * BERT__Q8_ACC + o], want);
                ok = 0;
            }
        }
    free(a);
    free(b);
    free(w);
    free(s);
    return ok;
}

int main(void) {
    static const int Ks[] = {1, 31, 32, 37, 64, 100, 384, 1536, 3072};
    int i, n, np, ok;
    for (i = 0; i < BERT__KERNEL_SETS; i++) {
        const bert__kernels *set = bert__kernel_sets[i];
        if (!bert__cpu_runs(set)) {
            printf("# SKIP q8_0 kernel (%s): this CPU cannot run it; checked where it can\n", set->name);
            continue;
        }
        for (ok = 1, np = 1; np <= set->q8_np; np++)
            for (n = 0; n < (int)(sizeof Ks / sizeof *Ks); n++) ok &= check(set, Ks[n], np, 0);
        CHECKF(ok, "q8_0 kernel (%s): the defined value for random activations, weights and scales, K from 1 to 3072", set->name);
        CHECKF(check(set, 4096, set->q8_np, 1), "q8_0 kernel (%s): +-32767 x 127 in every block (block sums of 32 x 32767 x 127)", set->name);
        CHECKF(check(set, 4096, set->q8_np, 2), "q8_0 kernel (%s): +-32767 x -128 in every block", set->name);
    }
    return test_done();
}
