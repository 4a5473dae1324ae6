/* What 8-bit activations (#12, item 2) would buy on an AVX2 CPU: a study, not part of bert.h.

   Times on one core, over K = 512 (a piece, BERT_KC), operands in cache (a q8_0 panel is 9 KB,
   in L1; an f32 panel 32 KB, at L1's edge):
   - bert.h's own AVX2 q8_0 micro-kernel (int8 weights widened to int16 x int16 activations, one
     vpmaddwd per 16 products; 6 rows x 16 outputs), called as bert.h compiles it;
   - bert.h's own AVX2 f32 micro-kernel (6 rows x 16 outputs, one FMA per 8 products), the peer;
   - two prototypes of the u8 x s8 vpmaddubsw form the issue asks about, exact (no saturation)
     with activations per token and block of 32, on weights stored 4 columns per output side by
     side (so that vpmaddubsw + vpmaddwd(1) sum 4 products of one output):
       sign:  activations int8 in [-127, 127]; vpsignb moves their signs onto the weights, so
              |x| x +-w: a pair sum is at most 2 x 127 x 127 = 32,258 < 32,767;
       u7:    activations 7-bit in [-64, 63], stored + 64 in [0, 127]; the offset's share
              (64 x the block's weight sum per output) is subtracted once per block.
     Both finish a block as bert.h does: the int32 sums to float, times weight scale x token
     scale, added by one FMA. Rows: 4 (6 spills registers: 12 accumulators, 2 weight vectors,
     the broadcast, its absolute value and the vector of ones are 17).
   Every kernel's integers are first checked against a plain C sum.

     cc -O2 -mavx2 -mfma -mf16c -o build/q8_kernel_study tools/q8_kernel_study.c -lm && build/q8_kernel_study */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include <immintrin.h>
#include <stdio.h>
#include <time.h>

#define BLOCKS 16 /* K = 512, the K of a piece (BERT_KC): 16 blocks of 32 */
#define LDA (BLOCKS * 32)
#define ROWS 6

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

typedef __v8si i32x8;

/* A block of a prototype panel: 16 f32 weight scales, then 8 groups of 4 columns, each 16
   outputs x 4 bytes (outputs 0-7, then 8-15). */
#define PBLOCK_BYTES (64 + 16 * 32)

static void proto_sign(const int8_t *a, const float *sx, const uint8_t *b, float *acc) {
    const __m256i ones = _mm256_set1_epi16(1);
    int blk, g, i;
    for (i = 0; i < 4; i++) {
        _mm256_storeu_ps(acc + 32 * i, _mm256_setzero_ps());
        _mm256_storeu_ps(acc + 32 * i + 8, _mm256_setzero_ps());
    }
    for (blk = 0; blk < BLOCKS; blk++, a += 32, b += PBLOCK_BYTES) {
        const __m256i zero = _mm256_setzero_si256();
        i32x8 c00 = (i32x8)zero, c10 = c00, c20 = c00, c30 = c00, c01 = c00, c11 = c00, c21 = c00, c31 = c00;
        const float *scale = (const float *)(const void *)b;
        __m256i w0, w1, x, ax;
        __m256 s0, s1;
        for (g = 0; g < 8; g++) {
            w0 = _mm256_loadu_si256((const __m256i *)(const void *)(b + 64 + 64 * g));
            w1 = _mm256_loadu_si256((const __m256i *)(const void *)(b + 64 + 64 * g + 32));
#define ROW(i) x = _mm256_castps_si256(_mm256_broadcast_ss((const float *)(const void *)(a + i * LDA + 4 * g))); \
            ax = _mm256_abs_epi8(x); \
            c##i##0 += (i32x8)_mm256_madd_epi16(_mm256_maddubs_epi16(ax, _mm256_sign_epi8(w0, x)), ones); \
            c##i##1 += (i32x8)_mm256_madd_epi16(_mm256_maddubs_epi16(ax, _mm256_sign_epi8(w1, x)), ones);
            ROW(0) ROW(1) ROW(2) ROW(3)
#undef ROW
        }
        s0 = _mm256_loadu_ps(scale);
        s1 = _mm256_loadu_ps(scale + 8);
#define ROW(i) { __m256 t = _mm256_broadcast_ss(sx + i * BLOCKS + blk); \
        _mm256_storeu_ps(acc + 32 * i, _mm256_fmadd_ps(_mm256_cvtepi32_ps((__m256i)c##i##0), _mm256_mul_ps(s0, t), _mm256_loadu_ps(acc + 32 * i))); \
        _mm256_storeu_ps(acc + 32 * i + 8, _mm256_fmadd_ps(_mm256_cvtepi32_ps((__m256i)c##i##1), _mm256_mul_ps(s1, t), _mm256_loadu_ps(acc + 32 * i + 8))); }
        ROW(0) ROW(1) ROW(2) ROW(3)
#undef ROW
    }
}

/* wsum: per block, 16 int32 = 64 x the block's weight sum per output. */
static void proto_u7(const uint8_t *a, const float *sx, const uint8_t *b, const int32_t *wsum, float *acc) {
    const __m256i ones = _mm256_set1_epi16(1);
    int blk, g, i;
    for (i = 0; i < 4; i++) {
        _mm256_storeu_ps(acc + 32 * i, _mm256_setzero_ps());
        _mm256_storeu_ps(acc + 32 * i + 8, _mm256_setzero_ps());
    }
    for (blk = 0; blk < BLOCKS; blk++, a += 32, b += PBLOCK_BYTES, wsum += 16) {
        const __m256i zero = _mm256_setzero_si256();
        i32x8 c00 = (i32x8)zero, c10 = c00, c20 = c00, c30 = c00, c01 = c00, c11 = c00, c21 = c00, c31 = c00;
        const float *scale = (const float *)(const void *)b;
        __m256i w0, w1, x, o0, o1;
        __m256 s0, s1;
        for (g = 0; g < 8; g++) {
            w0 = _mm256_loadu_si256((const __m256i *)(const void *)(b + 64 + 64 * g));
            w1 = _mm256_loadu_si256((const __m256i *)(const void *)(b + 64 + 64 * g + 32));
#define ROW(i) x = _mm256_castps_si256(_mm256_broadcast_ss((const float *)(const void *)(a + i * LDA + 4 * g))); \
            c##i##0 += (i32x8)_mm256_madd_epi16(_mm256_maddubs_epi16(x, w0), ones); \
            c##i##1 += (i32x8)_mm256_madd_epi16(_mm256_maddubs_epi16(x, w1), ones);
            ROW(0) ROW(1) ROW(2) ROW(3)
#undef ROW
        }
        s0 = _mm256_loadu_ps(scale);
        s1 = _mm256_loadu_ps(scale + 8);
        o0 = _mm256_loadu_si256((const __m256i *)(const void *)wsum);
        o1 = _mm256_loadu_si256((const __m256i *)(const void *)(wsum + 8));
#define ROW(i) { __m256 t = _mm256_broadcast_ss(sx + i * BLOCKS + blk); \
        c##i##0 -= (i32x8)o0; c##i##1 -= (i32x8)o1; \
        _mm256_storeu_ps(acc + 32 * i, _mm256_fmadd_ps(_mm256_cvtepi32_ps((__m256i)c##i##0), _mm256_mul_ps(s0, t), _mm256_loadu_ps(acc + 32 * i))); \
        _mm256_storeu_ps(acc + 32 * i + 8, _mm256_fmadd_ps(_mm256_cvtepi32_ps((__m256i)c##i##1), _mm256_mul_ps(s1, t), _mm256_loadu_ps(acc + 32 * i + 8))); }
        ROW(0) ROW(1) ROW(2) ROW(3)
#undef ROW
    }
}

static int8_t w_of(int o, int k) { return (int8_t)((o * 131 + k * 71) % 255 - 127); }
static int x_of(int i, int k) { return (i * 97 + k * 53) % 255 - 127; }

static float q8_panel_scale(int o, int blk) { return 0.5f + 0.01f * (float)((o + 3 * blk) % 17); }

int main(void) {
    static int16_t a16[ROWS * LDA];
    static int8_t a8[ROWS * LDA];
    static uint8_t a7[ROWS * LDA];
    static float sx[ROWS * BLOCKS], a32[ROWS * LDA], acc[ROWS * 32], c[ROWS * 16];
    static uint8_t q8[BLOCKS * BERT__Q8_BLOCK_BYTES], pb[BLOCKS * PBLOCK_BYTES];
    static float f32w[LDA * 16];
    static int32_t wsum[BLOCKS * 16];
    const long reps = 200000;
    double best[4] = {1e30, 1e30, 1e30, 1e30};
    float sink = 0;
    int i, o, k, blk, round, bad = 0;
    long r;
    for (i = 0; i < ROWS; i++)
        for (k = 0; k < LDA; k++) {
            a16[i * LDA + k] = (int16_t)(x_of(i, k) * 200);
            a8[i * LDA + k] = (int8_t)x_of(i, k);
            a7[i * LDA + k] = (uint8_t)(x_of(i, k) / 2 + 64);
            a32[k * ROWS + i] = (float)x_of(i, k);
        }
    for (i = 0; i < ROWS * BLOCKS; i++) sx[i] = 1;
    for (blk = 0; blk < BLOCKS; blk++)
        for (o = 0; o < 16; o++) {
            float s = q8_panel_scale(o, blk);
            int32_t sum = 0;
            memcpy(q8 + (size_t)blk * BERT__Q8_BLOCK_BYTES + 4 * o, &s, 4);
            memcpy(pb + (size_t)blk * PBLOCK_BYTES + 4 * o, &s, 4);
            for (k = 0; k < 32; k++) {
                int8_t w = w_of(o, 32 * blk + k);
                q8[(size_t)blk * BERT__Q8_BLOCK_BYTES + 64 + 32 * (k / 2) + 2 * o + k % 2] = (uint8_t)w;
                pb[(size_t)blk * PBLOCK_BYTES + 64 + 64 * (k / 4) + 32 * (o / 8) + 4 * (o % 8) + k % 4] = (uint8_t)w;
                f32w[(32 * blk + k) * 16 + o] = (float)w;
                sum += w;
            }
            wsum[blk * 16 + o] = 64 * sum;
        }
    /* Each kernel against a plain C sum (the float steps as the kernels take them). */
    bert__kernel_f32_avx2(a32, ROWS, LDA, f32w, 16, 0, 1, 0, NULL, 0, BERT_ACT_NONE, c, 16, NULL);
    for (i = 0; i < ROWS; i++)
        for (o = 0; o < 16; o++) {
            float f = 0;
            for (k = 0; k < LDA; k++) f = fmaf(a32[k * ROWS + i], f32w[k * 16 + o], f);
            bad += c[16 * i + o] != f;
        }
    bert__kernel_q8_avx2(a16, LDA, BLOCKS, q8, 0, 1, acc);
    for (i = 0; i < ROWS; i++)
        for (o = 0; o < 16; o++) {
            float f = 0;
            for (blk = 0; blk < BLOCKS; blk++) {
                int32_t sum = 0;
                for (k = 0; k < 32; k++) sum += a16[i * LDA + 32 * blk + k] * w_of(o, 32 * blk + k);
                f = fmaf((float)sum, q8_panel_scale(o, blk), f);
            }
            bad += acc[32 * i + o] != f;
        }
    proto_sign(a8, sx, pb, acc);
    for (i = 0; i < 4; i++)
        for (o = 0; o < 16; o++) {
            float f = 0;
            for (blk = 0; blk < BLOCKS; blk++) {
                int32_t sum = 0;
                for (k = 0; k < 32; k++) sum += a8[i * LDA + 32 * blk + k] * w_of(o, 32 * blk + k);
                f = fmaf((float)sum, q8_panel_scale(o, blk) * sx[i * BLOCKS + blk], f);
            }
            bad += acc[32 * i + o] != f;
        }
    proto_u7(a7, sx, pb, wsum, acc);
    for (i = 0; i < 4; i++)
        for (o = 0; o < 16; o++) {
            float f = 0;
            for (blk = 0; blk < BLOCKS; blk++) {
                int32_t sum = 0;
                for (k = 0; k < 32; k++) sum += (a7[i * LDA + 32 * blk + k] - 64) * w_of(o, 32 * blk + k);
                f = fmaf((float)sum, q8_panel_scale(o, blk) * sx[i * BLOCKS + blk], f);
            }
            bad += acc[32 * i + o] != f;
        }
    if (bad) {
        printf("%d results differ from the plain C sums\n", bad);
        return 1;
    }
    for (round = 0; round < 5; round++) {
        double t = seconds();
        for (r = 0; r < reps; r++) {
            bert__kernel_f32_avx2(a32, ROWS, LDA, f32w, 16, 0, 1, 0, NULL, 0, BERT_ACT_NONE, c, 16, NULL);
            sink += c[r % (ROWS * 16)];
        }
        t = seconds() - t;
        if (t < best[0]) best[0] = t;
        t = seconds();
        for (r = 0; r < reps; r++) {
            bert__kernel_q8_avx2(a16, LDA, BLOCKS, q8, 0, 1, acc);
            sink += acc[r % (ROWS * 32)];
        }
        t = seconds() - t;
        if (t < best[1]) best[1] = t;
        t = seconds();
        for (r = 0; r < reps; r++) {
            proto_sign(a8, sx, pb, acc);
            sink += acc[r % 128];
        }
        t = seconds() - t;
        if (t < best[2]) best[2] = t;
        t = seconds();
        for (r = 0; r < reps; r++) {
            proto_u7(a7, sx, pb, wsum, acc);
            sink += acc[r % 128];
        }
        t = seconds() - t;
        if (t < best[3]) best[3] = t;
    }
    if (sink == -1) puts("");
    printf("K = %d, operands in cache, one core; G products/s, best of 5 rounds (results checked)\n", LDA);
    printf("  bert.h f32 (6 x 16, FMA)                        %6.1f\n", (double)reps * ROWS * 16 * LDA / best[0] / 1e9);
    printf("  bert.h q8_0 (6 x 16, int8 x int16 vpmaddwd)     %6.1f\n", (double)reps * ROWS * 16 * LDA / best[1] / 1e9);
    printf("  prototype sign (4 x 16, int8 x int8 vpmaddubsw) %6.1f\n", (double)reps * 4 * 16 * LDA / best[2] / 1e9);
    printf("  prototype u7 (4 x 16, u7 x int8 vpmaddubsw)     %6.1f\n", (double)reps * 4 * 16 * LDA / best[3] / 1e9);
    return 0;
}
