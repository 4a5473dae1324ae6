/* test_chunks.c - layers cut into chunks of whole sequences (BERT_CHUNK_TOKENS) give the goldens.
 * With 8 tokens per chunk every fixture batch of several sequences and more than 8 tokens is cut:
 * sequences of up to 8 tokens together share a chunk, longer ones have one each. Every
 * golden case of seven architectures (MPNet's and DeBERTa's position terms too) is encoded on 1
 * and 2 threads, f32 and q8_0, and compared with Hugging Face's last_hidden_state at the mask-1
 * positions: f32 within 1e-4 (the bound of test_models), q8_0 with cosine >= 0.999; and every
 * batch of several sequences and more than 8 tokens must really have been cut (its first chunk is
 * not all of it), so that a build that ignored BERT_CHUNK_TOKENS would fail here rather than test
 * one chunk. */
#define _POSIX_C_SOURCE 200809L
#define CHUNK 8 /* tokens per chunk, as this test asks bert.h for them */
#define BERT_CHUNK_TOKENS CHUNK
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "golden.h"

#include <math.h>

#define WORK "build/tests/chunks"

static float g_out[1 << 20];
static double g_gold[1 << 20];

/* Encodes golden case `index` and compares it; returns 0 when the case does not exist. */
static int check_case(bert_ctx *c, json_doc *doc, int index, const char *name, const char *dtype, int threads) {
    golden_case gc;
    bert_batch b;
    bert_error err;
    size_t n, at;
    double w = 0, dot = 0, nx = 0, ng = 0;
    int H = bert_model_config(c->model)->hidden_size, q8 = strcmp(dtype, "q8_0") == 0;
    if (index >= json_count(doc, json_get(doc, 0, "cases"))) return 0;
    golden_case_at(doc, index, &gc);
    b = golden_batch(&gc);
    if (bert_ctx_set_threads(c, threads, &err) != BERT_OK || bert_encode(c, &b, &err) != BERT_OK) {
        CHECKF(0, "%s %s case %d, %d threads: encode (%s)", name, dtype, index, threads, err.message);
        return 1;
    }
    if (gc.B > 1 && c->tokens > CHUNK) { /* the batch really is cut: its first chunk is not all of it */
        int first, rows;
        bert__chunk(c, 0, &first, &rows);
        CHECKF(rows < c->tokens, "%s %s case %d: the first chunk holds %d of the %d tokens", name, dtype, index, rows, c->tokens);
    }
    n = golden_values(&gc, "last_hidden_state", g_gold, 1 << 20);
    bert_output_get(c, BERT_OUT_LAST_HIDDEN_STATE, g_out, &err);
    for (at = 0; at < n; at++) {
        if (gc.has_mask && !gc.mask[at / (size_t)H]) continue;
        if (golden_rel_err(g_out[at], g_gold[at]) > w) w = golden_rel_err(g_out[at], g_gold[at]);
        dot += g_out[at] * g_gold[at];
        nx += (double)g_out[at] * g_out[at];
        ng += g_gold[at] * g_gold[at];
    }
    if (q8)
        CHECKF(dot / sqrt(nx * ng) >= 0.999, "%s %s case %d (%d x %d tokens), %d threads: cosine %.7f", name, dtype, index, gc.B, gc.T,
               threads, dot / sqrt(nx * ng));
    else
        CHECKF(w <= 1e-4, "%s %s case %d (%d x %d tokens), %d threads: max error %.1e", name, dtype, index, gc.B, gc.T, threads, w);
    return 1;
}

int main(void) {
    static const char *fixtures[] = {"bert", "roberta", "distilbert", "albert_groups", "electra_disc", "mpnet", "deberta", "deberta_v2",
                                     "modernbert", "nomic", "gte"};
    static const char *dtypes[] = {"f32", "q8_0"};
    size_t f, d;
    if (system("mkdir -p " WORK) != 0) return 1;
    for (f = 0; f < sizeof fixtures / sizeof *fixtures; f++) {
        char path[512], cmd[1024];
        json_doc doc;
        snprintf(path, sizeof path, "tests/fixtures/models/%s/golden.json", fixtures[f]);
        if (!golden_read(path, &doc)) {
            CHECKF(0, "%s: read the golden", fixtures[f]);
            continue;
        }
        for (d = 0; d < 2; d++) {
            bert_model *m = NULL;
            bert_ctx *c = NULL;
            bert_error err;
            int index, threads;
            snprintf(path, sizeof path, WORK "/%s.%s.bert", fixtures[f], dtypes[d]);
            snprintf(cmd, sizeof cmd, "build/bert-convert tests/fixtures/models/%s %s --dtype %s 2>/dev/null", fixtures[f], path, dtypes[d]);
            if (system(cmd) != 0 || bert_model_load_file(&m, path, &err) != BERT_OK || bert_ctx_create(&c, m, 4, 0, &err) != BERT_OK) {
                CHECKF(0, "%s %s: convert, load and make a context", fixtures[f], dtypes[d]);
                bert_model_free(m);
                continue;
            }
            for (threads = 1; threads <= 2; threads++)
                for (index = 0; check_case(c, &doc, index, fixtures[f], dtypes[d], threads); index++) {
                }
            bert_ctx_free(c);
            bert_model_free(m);
        }
        json_free(&doc);
    }
    return test_done();
}
