/* test_threads.c - bert_ctx_set_threads: every output is bit-for-bit the same with 1, 2, 3 and
 * 4 threads (the parts of a step are the same whoever runs them), for f32, f16 and q8_0 files,
 * at batch 1 and on a padded batch, for BERT and for ModernBERT (rotary, local attention, a gated
 * feed-forward: steps of their own split between threads); bad thread counts are refused; many
 * encodes in a row on a pool (its wake-ups and hand-offs) give the same result each time.
 */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "test.h"

#define WORK "build/tests/threads"
#define B 3
#define T 40

static float *encode(bert_model *m, int threads, const bert_batch *batch, size_t *n) {
    bert_ctx *c;
    bert_error err;
    float *out = NULL;
    if (bert_ctx_create(&c, m, B, T, &err) != BERT_OK) return NULL;
    if (bert_ctx_set_threads(c, threads, &err) == BERT_OK && bert_encode(c, batch, &err) == BERT_OK) {
        *n = bert_output_size(c, BERT_OUT_LAST_HIDDEN_STATE) + bert_output_size(c, BERT_OUT_POOLER);
        out = (float *)malloc(*n * sizeof *out);
        bert_output_get(c, BERT_OUT_LAST_HIDDEN_STATE, out, &err);
        if (bert_output_size(c, BERT_OUT_POOLER))
            bert_output_get(c, BERT_OUT_POOLER, out + bert_output_size(c, BERT_OUT_LAST_HIDDEN_STATE), &err);
    }
    bert_ctx_free(c);
    return out;
}

int main(void) {
    static const char *dtypes[] = {"f32", "f16", "q8_0"}, *fixtures[] = {"bert", "modernbert"};
    int32_t ids[B * T], mask[B * T];
    int d, i, t, b, f; /* f: fixture f / 3, dtype f % 3 */
    for (b = 0; b < B; b++)
        for (t = 0; t < T; t++) {
            ids[b * T + t] = 1 + (b * 131 + t * 17) % 900;
            mask[b * T + t] = t < T - 13 * b; /* lengths 40, 27, 14 */
        }
    if (system("mkdir -p " WORK) != 0) return 1;
    for (f = 0; f < 2 * 3; f++) {
        d = f % 3;
        char cmd[512], path[256];
        bert_model *m;
        bert_error err;
        bert_batch one = {1, T, ids, NULL, NULL}, padded = {B, T, ids, mask, NULL};
        size_t n1 = 0, n = 0;
        float *ref1, *ref;
        snprintf(path, sizeof path, WORK "/%s.%s.bert", fixtures[f / 3], dtypes[d]);
        snprintf(cmd, sizeof cmd, "build/bert-convert tests/fixtures/models/%s %s --dtype %s 2>/dev/null", fixtures[f / 3], path, dtypes[d]);
        if (system(cmd) != 0 || bert_model_load_file(&m, path, &err) != BERT_OK) {
            CHECKF(0, "%s %s: convert and load", fixtures[f / 3], dtypes[d]);
            continue;
        }
        ref1 = encode(m, 1, &one, &n1);
        ref = encode(m, 1, &padded, &n);
        CHECKF(ref1 && ref, "%s %s: encodes with 1 thread", fixtures[f / 3], dtypes[d]);
        for (i = 2; ref1 && ref && i <= 4; i++) {
            size_t n1b = 0, nb = 0;
            float *o1 = encode(m, i, &one, &n1b), *o = encode(m, i, &padded, &nb);
            CHECKF(o1 && n1b == n1 && memcmp(o1, ref1, n1 * sizeof *o1) == 0, "%s %s: batch 1 with %d threads equals 1 thread, bit for bit",
                   fixtures[f / 3], dtypes[d], i);
            CHECKF(o && nb == n && memcmp(o, ref, n * sizeof *o) == 0, "%s %s: a padded batch of 3 with %d threads equals 1 thread",
                   fixtures[f / 3], dtypes[d], i);
            free(o1);
            free(o);
        }
        if (f == 0 && ref) {
            bert_ctx *c;
            int same = 1, r;
            float *out = (float *)malloc(n * sizeof *out);
            bert_ctx_create(&c, m, B, T, &err);
            CHECK(bert_ctx_set_threads(c, 0, &err) == BERT_E_ARG, "0 threads is refused");
            CHECK(bert_ctx_set_threads(c, 100000, &err) == BERT_E_ARG, "100000 threads is refused");
            CHECK(bert_ctx_set_threads(NULL, 2, &err) == BERT_E_ARG, "a NULL context is refused");
            CHECK(bert_ctx_set_threads(c, 2, &err) == BERT_OK, "2 threads");
            for (r = 0; r < 200 && same; r++) {
                if (r == 100) bert_ctx_set_threads(c, 3, &err); /* a new pool mid-way */
                same = bert_encode(c, &padded, &err) == BERT_OK &&
                       bert_output_get(c, BERT_OUT_LAST_HIDDEN_STATE, out, &err) == BERT_OK &&
                       memcmp(out, ref, bert_output_size(c, BERT_OUT_LAST_HIDDEN_STATE) * sizeof *out) == 0;
            }
            CHECKF(same, "200 encodes in a row on one pool give the same result (%d compared)", r);
            bert_ctx_free(c);
            free(out);
        }
        free(ref1);
        free(ref);
        bert_model_free(m);
    }
    return test_done();
}
