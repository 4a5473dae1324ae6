/* test_gemm.c - the float matrix product (bert__gemm_f32 of every kernel set this build holds
 * and this CPU runs; a set it cannot run is reported as skipped) against a product computed here in double: y = bias + x W^T over shapes that take each of its
 * paths, with f32 and with f16 weights. Few rows walk the whole of K; many rows cut K into
 * pieces: KC long, or K / KC equal pieces longer than KC (then fewer rows per block), with
 * partial tiles at the row and column edges and a row count that is not a multiple of the tile.
 * The weights are halves, so the f16 and f32 files hold the same values; their value is worked
 * out here from the bits (sign, exponent, mantissa), not by bert.h.
 */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "test.h"

#include <math.h>

static uint32_t seed = 777;
static uint32_t next(void) { return seed = seed * 1664525u + 1013904223u; }
static float rnd(void) { return (float)(next() >> 8) / 16777216.0f - 0.5f; }

/* A random IEEE half of magnitude 1/16 to 1 (exponent 11 to 14): its bits, and *value. */
static uint16_t half(float *value) {
    uint32_t r = next() >> 8;
    int sign = r & 1, exponent = 11 + (int)(r >> 1) % 4, mantissa = (int)(r >> 3) % 1024;
    *value = (float)ldexp((sign ? -1.0 : 1.0) * (1024 + mantissa), exponent - 15 - 10);
    return (uint16_t)(sign << 15 | exponent << 10 | mantissa);
}

/* The largest |y - want| / (1 + |want|) of one product of M rows, K columns, N outputs. */
static double check(const bert__kernels *set, int M, int K, int N, bert_dtype dtype) {
    int panels = (N + BERT__PANEL - 1) / BERT__PANEL, m, o, k;
    size_t pack_floats, scratch = set->scratch_floats((size_t)M, (size_t)K, &pack_floats);
    float *x = (float *)malloc(sizeof(float) * (size_t)M * K), *w = (float *)malloc(sizeof(float) * (size_t)N * K);
    float *panel = (float *)calloc((size_t)panels * BERT__PANEL * K, sizeof(float)), *bias = (float *)malloc(sizeof(float) * N);
    uint16_t *panel16 = (uint16_t *)calloc((size_t)panels * BERT__PANEL * K, sizeof(uint16_t));
    float *y = (float *)malloc(sizeof(float) * (size_t)M * N), *pack = (float *)calloc(scratch, sizeof(float));
    double worst = 0;
    bert__gemm g;
    if (!x || !w || !panel || !panel16 || !bias || !y || !pack) return 1e30;
    for (m = 0; m < M * K; m++) x[m] = rnd();
    for (o = 0; o < N; o++) bias[o] = rnd();
    for (o = 0; o < N; o++) /* panel p: K groups of W[16p + 0..15][k], as the converter writes them */
        for (k = 0; k < K; k++) {
            size_t at = (size_t)(o / BERT__PANEL) * BERT__PANEL * K + (size_t)k * BERT__PANEL + o % BERT__PANEL;
            panel16[at] = half(&w[(size_t)o * K + k]);
            panel[at] = w[(size_t)o * K + k];
        }
    memset(&g, 0, sizeof g);
    g.x = x;
    g.ldx = (size_t)K;
    g.M = M;
    g.K = K;
    g.w = dtype == BERT_DTYPE_F16 ? (const void *)panel16 : (const void *)panel;
    g.dtype = dtype;
    g.panel_stride = (size_t)K * BERT__PANEL;
    g.y = y;
    g.ldy = (size_t)N;
    g.N = N;
    g.bias = bias;
    g.act = BERT_ACT_NONE;
    g.scratch_floats = scratch;
    g.pack_floats = pack_floats;
    set->gemm_f32(&g, pack, 0, M, 0, panels);
    for (m = 0; m < M; m++)
        for (o = 0; o < N; o++) {
            double want = bias[o], err;
            for (k = 0; k < K; k++) want += (double)x[(size_t)m * K + k] * w[(size_t)o * K + k];
            err = fabs(y[(size_t)m * N + o] - want) / (1 + fabs(want));
            if (!(err <= worst)) worst = err; /* NaN counts as the worst */
        }
    free(x);
    free(w);
    free(panel);
    free(panel16);
    free(bias);
    free(y);
    free(pack);
    return worst;
}

int main(void) {
    /* rows, K, outputs: few rows over the whole of K; K under, at and over KC; K = 768 and 1000,
       one piece longer than KC in blocks of fewer rows; K = 1536 and 3072, equal KC pieces */
    static const int shapes[][3] = {{3, 100, 20},   {16, 384, 48},   {41, 300, 50},  {67, 512, 96},  {130, 600, 64},
                                    {200, 768, 53}, {137, 1000, 40}, {90, 1536, 33}, {77, 3072, 17}, {1, 3072, 16}};
    int i, f16, s;
    for (s = 0; s < BERT__KERNEL_SETS; s++) {
        const bert__kernels *set = bert__kernel_sets[s];
        if (!bert__cpu_runs(set)) {
            printf("# SKIP float products (%s): this CPU cannot run them; checked where it can\n", set->name);
            continue;
        }
        for (f16 = 0; f16 < 2; f16++)
            for (i = 0; i < (int)(sizeof shapes / sizeof *shapes); i++) {
                int M = shapes[i][0], K = shapes[i][1], N = shapes[i][2];
                double err = check(set, M, K, N, f16 ? BERT_DTYPE_F16 : BERT_DTYPE_F32);
                /* float rounding over K terms stays under K x 4e-8 (measured: 4e-7 to 1e-5); a lost
                   piece, row or column is off by ~0.01 or more */
                CHECKF(err < K * 4e-8, "%s product (%s) M %d K %d N %d (pieces of %d): max relative error %.2e", f16 ? "f16" : "f32",
                       set->name, M, K, N, bert__k_piece(K), err);
            }
    }
    return test_done();
}
