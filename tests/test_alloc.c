/* test_alloc.c - memory discipline through the BERT_MALLOC/BERT_FREE hooks:
 * - encode and every output allocate nothing (all scratch belongs to the context);
 * - everything the model and the context allocate is freed;
 * - an allocation failure at any point of loading or context creation returns BERT_E_NOMEM
 *   with a message, leaks nothing and never crashes;
 * - a small context is small: its scratch is sized by its own rows, not by the kernels' largest block. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>

static long g_allocs, g_frees, g_fail_at = -1, g_bytes;

static void *counting_malloc(size_t n) {
    if (g_fail_at >= 0 && g_allocs == g_fail_at) {
        g_allocs++;
        return NULL;
    }
    g_allocs++;
    g_bytes += (long)n;
    return malloc(n);
}

static void counting_free(void *p) {
    if (p) g_frees++;
    free(p);
}

#define BERT_MALLOC(n) counting_malloc(n)
#define BERT_FREE(p) counting_free(p)
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "golden.h"

#define WORK "build/tests/alloc"

int main(void) {
    static const char *fixtures[] = {"bert_mlm", "albert_seqcls", "electra_disc", "roberta_seqcls", "bert_qa", "distilbert_seqcls"};
    static float out[1 << 20];
    size_t f;
    if (system("mkdir -p " WORK) != 0) return 1;
    for (f = 0; f < sizeof fixtures / sizeof fixtures[0]; f++) {
        char cmd[1100], path[512];
        bert_model *m;
        bert_ctx *c;
        bert_error err;
        json_doc g;
        golden_case gc;
        bert_batch b;
        long before, allocs_in_forward = 0, k, total, failures_ok = 1;
        int which;
        snprintf(path, sizeof path, WORK "/%s.bert", fixtures[f]);
        snprintf(cmd, sizeof cmd, "build/bert-convert tests/fixtures/models/%s %s 2>/dev/null", fixtures[f], path);
        if (system(cmd) != 0) { CHECKF(0, "%s: convert", fixtures[f]); continue; }
        snprintf(cmd, sizeof cmd, "tests/fixtures/models/%s/golden.json", fixtures[f]);
        if (!golden_read(cmd, &g)) { CHECKF(0, "%s: golden", fixtures[f]); continue; }
        golden_case_at(&g, 4, &gc); /* b3_len64_padded */
        b = golden_batch(&gc);

        g_allocs = g_frees = 0;
        g_fail_at = -1;
        if (bert_model_load_file(&m, path, &err) != BERT_OK || bert_ctx_create(&c, m, gc.B, gc.T, &err) != BERT_OK) {
            CHECKF(0, "%s: load (%s)", fixtures[f], err.message);
            json_free(&g);
            continue;
        }
        before = g_allocs;
        for (k = 0; k < 3; k++) {
            bert_encode(c, &b, &err);
            for (which = BERT_OUT_LAST_HIDDEN_STATE; which <= BERT_OUT_SPLADE_SUM; which++)
                if (bert_output_size(c, (bert_output)which) && bert_output_size(c, (bert_output)which) <= sizeof out / sizeof out[0])
                    bert_output_get(c, (bert_output)which, out, &err);
        }
        allocs_in_forward = g_allocs - before;
        CHECKF(allocs_in_forward == 0, "%s: encode and every output allocate nothing (%ld allocations)", fixtures[f], allocs_in_forward);
        bert_ctx_free(c);
        bert_model_free(m);
        total = g_allocs;
        CHECKF(g_allocs == g_frees, "%s: model and context free all %ld allocations (%ld freed)", fixtures[f], g_allocs, g_frees);

        /* Fail each allocation in turn. */
        for (k = 0; k < total; k++) {
            int r;
            g_allocs = g_frees = 0;
            g_fail_at = k;
            m = NULL;
            c = NULL;
            memset(&err, 0, sizeof err);
            r = bert_model_load_file(&m, path, &err);
            if (r == BERT_OK) r = bert_ctx_create(&c, m, gc.B, gc.T, &err);
            if (r != BERT_E_NOMEM || !err.message[0]) failures_ok = 0;
            bert_ctx_free(c);
            bert_model_free(m);
            if (g_allocs - 1 != g_frees) failures_ok = 0; /* the failed allocation is not freed */
        }
        g_fail_at = -1;
        CHECKF(failures_ok, "%s: a failure at each of the %ld allocations is BERT_E_NOMEM, with a message and no leak", fixtures[f], total);
        json_free(&g);
    }
    { /* firmware-sized: one sentence of 7 tokens on a model of hidden size 64, intermediate 256 */
        bert_model *m;
        bert_ctx *c;
        bert_error err;
        if (bert_model_load_file(&m, WORK "/bert_mlm.bert", &err) != BERT_OK) {
            CHECKF(0, "bert_mlm: load (%s)", err.message);
        } else {
            g_bytes = 0;
            if (bert_ctx_create(&c, m, 1, 7, &err) != BERT_OK) {
                CHECKF(0, "bert_mlm: 1 x 7 context (%s)", err.message);
            } else {
                CHECKF(g_bytes < 64 * 1024, "bert_mlm: a 1 x 7-token context allocates %ld bytes (under 64 KB)", g_bytes);
                bert_ctx_free(c);
            }
            bert_model_free(m);
        }
    }
    return test_done();
}
