/* test_embed_texts.c - bert_embed_texts and bert_score_pairs, the one-call API: texts whose
 * tokenization is a golden case's ids must give that case's Hugging Face values (pooled,
 * normalized, cut to dim, with a prompt; a cross-encoder's logits under its activation), any
 * batch size and order must give what the manual path (bert_tokenize + bert_encode +
 * bert_output_get, one text at a time) gives, in input order, and bad calls fail with a message.
 *
 * The fixture texts: "tok127 tok830tok414" -> [CLS] tok127 tok830 ##tok414 [SEP] and "" ->
 * [CLS] [SEP] are rows 1 and 2 of case b3_len7_padded; ("tok370tok74", "tok846 tok10") is its
 * row 0, a pair with token types 0 0 0 0 1 1 1. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>

/* Allocation hooks: every allocation of a call is freed, and a failure at any of them is
   BERT_E_NOMEM with a message (test_alloc does the same for loading and contexts). */
static long g_allocs, g_frees, g_fail_at = -1;

static void *counting_malloc(size_t n) {
    if (g_fail_at >= 0 && g_allocs == g_fail_at) {
        g_allocs++;
        return NULL;
    }
    g_allocs++;
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
#include "cross_encoder.h"

#include <math.h>

#define WORK "build/tests/embed_texts"

static bert_model *load(const char *dir, const char *file) {
    char cmd[512];
    bert_model *m = NULL;
    bert_error err;
    snprintf(cmd, sizeof cmd, "build/bert-convert %s " WORK "/%s 2>/dev/null", dir, file);
    if (system(cmd) != 0) return NULL;
    snprintf(cmd, sizeof cmd, WORK "/%s", file);
    if (bert_model_load_file(&m, cmd, &err) != BERT_OK) return NULL;
    return m;
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    if (f) { fputs(text, f); fclose(f); }
}

/* Row `row` of golden output `key` of case `kase`, cut to `dim` and L2-normalized when asked. */
static void golden_row(json_doc *g, int kase, const char *key, int row, int dim, int normalize, double *out) {
    golden_case c;
    static double all[4096];
    size_t n;
    int H, k;
    double norm = 0;
    golden_case_at(g, kase, &c);
    n = golden_values(&c, key, all, 4096);
    H = (int)(n / (size_t)c.B);
    for (k = 0; k < dim; k++) { out[k] = all[(size_t)row * H + k]; norm += out[k] * out[k]; }
    if (normalize && norm > 0)
        for (k = 0; k < dim; k++) out[k] /= sqrt(norm);
}

static double max_err(const float *x, const double *want, int n) {
    double w = 0;
    int k;
    for (k = 0; k < n; k++)
        if (golden_rel_err(x[k], want[k]) > w) w = golden_rel_err(x[k], want[k]);
    return w;
}

/* The manual path: one text tokenized (truncate_length), encoded alone, pooled output `which`. */
static int manual_embedding(const bert_model *m, const char *text, bert_output which, float *out) {
    bert_encoding enc = BERT_ENCODING_INIT;
    bert_ctx *ctx = NULL;
    bert_error err;
    bert_batch b;
    int ok = bert_tokenize(m, text, strlen(text), BERT_TRUNCATE_DEFAULT, &enc, &err) == BERT_OK &&
             bert_ctx_create(&ctx, m, 1, enc.count, &err) == BERT_OK;
    if (ok) {
        b.batch = 1;
        b.seq_len = enc.count;
        b.input_ids = enc.ids;
        b.attention_mask = NULL;
        b.token_type_ids = enc.type_ids;
        ok = bert_encode(ctx, &b, &err) == BERT_OK && bert_output_get(ctx, which, out, &err) == BERT_OK;
    }
    bert_ctx_free(ctx);
    bert_encoding_free(&enc);
    return ok;
}

static json_doc g_bert, g_seqcls;

static void test_embed(bert_model *m, bert_model *prompted) {
    static const char *texts[] = {"tok127 tok830tok414", ""};
    static float out[16 * 64], want_f[64];
    double want[64];
    bert_embed_options o = BERT_EMBED_OPTIONS_INIT;
    bert_error err;
    long truncated = 0;
    int r, i;

    /* The goldens: the model's default (mean, no normalization), cls, normalized, Matryoshka cuts. */
    r = bert_embed_texts(m, texts, NULL, 2, NULL, out, &err);
    golden_row(&g_bert, 2, "mean_pooled", 1, 64, 0, want);
    CHECKF(r == BERT_OK && max_err(out, want, 64) <= 1e-4, "embed_texts: text 0 with the defaults is the golden mean_pooled row 1 (%s)", err.message);
    golden_row(&g_bert, 2, "mean_pooled", 2, 64, 0, want);
    CHECK(r == BERT_OK && max_err(out + 64, want, 64) <= 1e-4, "embed_texts: text 1 (empty) is the golden row 2");
    o.pooling = BERT_POOL_CLS;
    r = bert_embed_texts(m, texts, NULL, 2, &o, out, &err);
    golden_row(&g_bert, 2, "cls", 1, 64, 0, want);
    CHECK(r == BERT_OK && max_err(out, want, 64) <= 1e-4, "embed_texts: pooling cls is the golden cls row");
    o.pooling = 0;
    o.normalize = 1;
    r = bert_embed_texts(m, texts, NULL, 2, &o, out, &err);
    golden_row(&g_bert, 2, "mean_pooled", 1, 64, 1, want);
    CHECK(r == BERT_OK && max_err(out, want, 64) <= 1e-5, "embed_texts: normalize 1 is the golden row over its L2 norm");
    o.dim = 16;
    r = bert_embed_texts(m, texts, NULL, 2, &o, out, &err);
    golden_row(&g_bert, 2, "mean_pooled", 1, 16, 1, want);
    CHECK(r == BERT_OK && max_err(out, want, 16) <= 1e-5, "embed_texts: dim 16 normalizing is the golden's first 16 values over their own norm");
    golden_row(&g_bert, 2, "mean_pooled", 2, 16, 1, want);
    CHECK(r == BERT_OK && max_err(out + 16, want, 16) <= 1e-5, "embed_texts: dim 16 rows are packed 16 floats apart");
    o.normalize = 0;
    r = bert_embed_texts(m, texts, NULL, 2, &o, out, &err);
    golden_row(&g_bert, 2, "mean_pooled", 1, 16, 0, want);
    CHECK(r == BERT_OK && max_err(out, want, 16) <= 1e-4, "embed_texts: dim 16 without normalizing is the golden's first 16 values");

    /* lengths: a text with a NUL byte counts by its length, not strlen */
    {
        static const char bytes[] = "tok127 tok830tok414\0ignored";
        const char *t[1];
        size_t len = 19;
        t[0] = bytes;
        r = bert_embed_texts(m, t, &len, 1, NULL, out, &err);
        golden_row(&g_bert, 2, "mean_pooled", 1, 64, 0, want);
        CHECK(r == BERT_OK && max_err(out, want, 64) <= 1e-4, "embed_texts: lengths give each text's bytes");
    }

    /* Order and batching: texts of many lengths, in batches of 1, 3 and 32, sorted inside and
       returned in input order, each as the manual path embeds it alone. */
    {
        static const char *many[] = {"tok5 tok6 tok7 tok8 tok9 tok10 tok11", "tok1", "", "tok300 tok301tok302 tok303", "tok2 tok3",
                                     "tok127 tok830tok414", "tok999 tok998 tok997 tok996 tok995 tok994 tok993 tok992 tok991", "tok42"};
        static float manual[8 * 64];
        int n = 8, batches[3] = {1, 3, 32}, bi, ok = 1;
        for (i = 0; i < n; i++) ok &= manual_embedding(m, many[i], BERT_OUT_MEAN, manual + i * 64);
        CHECK(ok, "the manual path embeds each text");
        for (bi = 0; bi < 3; bi++) {
            double w = 0;
            bert_embed_options ob = BERT_EMBED_OPTIONS_INIT;
            ob.batch_size = batches[bi];
            ob.threads = 2;
            r = bert_embed_texts(m, many, NULL, n, &ob, out, &err);
            for (i = 0; ok && i < n * 64; i++) {
                double e = fabs(out[i] - manual[i]);
                if (e > w) w = e;
            }
            CHECKF(r == BERT_OK && w <= 1e-5, "embed_texts: batch_size %d, 2 threads: every text as the manual path gives it, in input order (%.1e)",
                   batches[bi], w);
        }
        /* max_tokens: batches of at most that many rows x longest row (a longer text alone), the
           context sized by it, and the same values as without it. */
        {
            static const long caps[4] = {1, 9, 20, 1000};
            int ci;
            for (ci = 0; ci < 4; ci++) {
                bert_embed_options om = BERT_EMBED_OPTIONS_INIT;
                bert_ctx *kept = NULL;
                double w = 0;
                om.batch_size = 8;
                om.max_tokens = caps[ci];
                om.keep_ctx = &kept;
                r = bert_embed_texts(m, many, NULL, n, &om, out, &err);
                for (i = 0; r == BERT_OK && i < n * 64; i++) {
                    double e = fabs(out[i] - manual[i]);
                    if (e > w) w = e;
                }
                /* The longest text is 11 tokens ([CLS] 9 words [SEP]): 8 rows of it would be 88; a
                   smaller cap, and no less than one such text. */
                size_t want = caps[ci] > 88 ? 88 : caps[ci] > 11 ? (size_t)caps[ci] : 11;
                CHECKF(r == BERT_OK && w <= 1e-5 && kept && kept->max_tokens == want,
                       "embed_texts max_tokens %ld: every text as the manual path gives it (%.1e), a context of %lu tokens (%s)", caps[ci], w,
                       kept ? (unsigned long)kept->max_tokens : 0UL, r == BERT_OK ? "ok" : err.message);
                bert_ctx_free(kept);
            }
            {
                bert_embed_options om = BERT_EMBED_OPTIONS_INIT;
                om.max_tokens = -1;
                r = bert_embed_texts(m, many, NULL, n, &om, out, &err);
                CHECKF(r == BERT_E_ARG && strstr(err.message, "max_tokens"), "embed_texts: max_tokens -1 is refused (%s)", err.message);
            }
        }
        /* keep_ctx: one context kept over calls, grown when a call needs more, and the results
           those of a context per call: short texts first, then longer ones, then a bigger batch. */
        {
            bert_embed_options ok_opts = BERT_EMBED_OPTIONS_INIT;
            bert_ctx *kept = NULL;
            static const int starts[4] = {1, 4, 0, 6}, counts[4] = {1, 1, 3, 2};
            int call;
            long fresh, reused;
            double w = 0;
            ok_opts.keep_ctx = &kept;
            ok_opts.threads = 2;
            ok_opts.batch_size = 2;
            /* each call's texts are longer than the last's: the kept context must grow, or encoding fails */
            for (call = 0, r = BERT_OK; r == BERT_OK && call < 4; call++) {
                r = bert_embed_texts(m, many + starts[call], NULL, counts[call], &ok_opts, out, &err);
                for (i = 0; r == BERT_OK && i < counts[call] * 64; i++) {
                    double e = fabs(out[i] - manual[starts[call] * 64 + i]);
                    if (e > w) w = e;
                }
            }
            CHECKF(r == BERT_OK && w <= 1e-5 && kept, "embed_texts keep_ctx: calls on one kept context, grown as texts grow, give the "
                   "manual path's values and leave the context (%.1e, %s)", w, r == BERT_OK ? "ok" : err.message);
            /* a context big enough is used as it is: the call makes none (fewer allocations, no threads started) */
            g_allocs = 0;
            ok_opts.keep_ctx = NULL;
            r = bert_embed_texts(m, many + 1, NULL, 1, &ok_opts, out, &err);
            fresh = g_allocs;
            g_allocs = 0;
            ok_opts.keep_ctx = &kept;
            r |= bert_embed_texts(m, many + 1, NULL, 1, &ok_opts, out, &err);
            reused = g_allocs;
            CHECKF(r == BERT_OK && reused < fresh, "embed_texts keep_ctx: a kept context big enough is reused (%ld allocations, %ld without)",
                   reused, fresh);
            bert_ctx_free(kept);
        }
    }

    /* Truncation: to max_length (counted), or an error naming the text with no_truncate. */
    {
        static char longer[1024];
        const char *t[3];
        bert_embed_options ot = BERT_EMBED_OPTIONS_INIT;
        long tokens = 0;
        longer[0] = 0;
        for (i = 0; i < 100; i++) strcat(longer, "tok1 ");
        t[0] = "tok2";
        t[1] = longer;
        t[2] = "tok1 tok1 tok1"; /* 5 tokens: exactly max_length 5, not cut */
        ot.max_length = 5;
        ot.truncated = &truncated;
        ot.tokens = &tokens;
        r = bert_embed_texts(m, t, NULL, 3, &ot, out, &err);
        CHECKF(r == BERT_OK && tokens == 3 + 5 + 5, "embed_texts: tokens counts the tokens encoded, 3 + 5 + 5 (%ld)", tokens);
        manual_embedding(m, "tok1 tok1 tok1", BERT_OUT_MEAN, want_f);
        CHECKF(r == BERT_OK && truncated == 1, "embed_texts: one of three texts cut to max_length 5 is counted (%ld)", truncated);
        {
            double w = 0;
            for (i = 0; i < 64; i++) w = fabs(out[64 + i] - want_f[i]) > w ? fabs(out[64 + i] - want_f[i]) : w;
            CHECKF(w <= 1e-5, "embed_texts: the cut text is its first 3 words' embedding (%.1e)", w);
        }
        ot.no_truncate = 1;
        r = bert_embed_texts(m, t, NULL, 3, &ot, out, &err);
        CHECKF(r == BERT_E_ARG && strncmp(err.message, "text 1 ", 7) == 0 && strstr(err.message, "102 tokens"),
               "embed_texts: no_truncate makes a long text an error naming it (%s)", err.message);
        ot.max_length = 0;
        truncated = 0;
        ot.no_truncate = 0;
        r = bert_embed_texts(m, t, NULL, 3, &ot, out, &err);
        CHECK(r == BERT_OK && truncated == 1, "embed_texts: max_length 0 is the model's truncate_length (64)");
    }

    /* Prompts: a model whose default prompt is "tok127 " embeds "tok830tok414" as the golden
       "tok127 tok830tok414"; prompt_name picks another; "" turns the default off. */
    if (prompted) {
        const char *t[1];
        bert_embed_options op = BERT_EMBED_OPTIONS_INIT;
        t[0] = "tok830tok414";
        r = bert_embed_texts(prompted, t, NULL, 1, &op, out, &err);
        golden_row(&g_bert, 2, "mean_pooled", 1, 64, 0, want);
        CHECKF(r == BERT_OK && max_err(out, want, 64) <= 1e-4, "embed_texts: the model's default prompt is put before the text (%s)", err.message);
        op.prompt_name = "passage";
        t[0] = "tok127 tok830tok414";
        r = bert_embed_texts(prompted, t, NULL, 1, &op, out, &err);
        CHECK(r == BERT_OK && max_err(out, want, 64) <= 1e-4, "embed_texts: prompt_name picks the model's empty \"passage\" prompt");
        op.prompt_name = NULL;
        op.prompt = "";
        r = bert_embed_texts(prompted, t, NULL, 1, &op, out, &err);
        CHECK(r == BERT_OK && max_err(out, want, 64) <= 1e-4, "embed_texts: prompt \"\" turns the default prompt off");
        op.prompt = "tok127 ";
        t[0] = "tok830tok414";
        r = bert_embed_texts(m, t, NULL, 1, &op, out, &err);
        CHECK(r == BERT_OK && max_err(out, want, 64) <= 1e-4, "embed_texts: a prompt text is put before the text");
        op.prompt = NULL;
        op.prompt_name = "qery";
        r = bert_embed_texts(prompted, t, NULL, 1, &op, out, &err);
        CHECKF(r == BERT_E_ARG && strstr(err.message, "\"qery\"") && strstr(err.message, "\"query\"") && strstr(err.message, "\"passage\""),
               "embed_texts: an unknown prompt_name is an error listing the prompts (%s)", err.message);
        op.prompt = "x";
        op.prompt_name = "query";
        CHECK(bert_embed_texts(prompted, t, NULL, 1, &op, out, &err) == BERT_E_ARG, "embed_texts: prompt and prompt_name together are an error");
    } else CHECK(0, "convert the fixture with prompts");

    /* Errors. */
    {
        bert_embed_options e = BERT_EMBED_OPTIONS_INIT;
        CHECK(bert_embed_texts(NULL, texts, NULL, 1, NULL, out, &err) == BERT_E_ARG, "embed_texts: NULL model is an error");
        CHECK(bert_embed_texts(m, NULL, NULL, 1, NULL, out, &err) == BERT_E_ARG, "embed_texts: NULL texts is an error");
        CHECK(bert_embed_texts(m, texts, NULL, 1, NULL, NULL, &err) == BERT_E_ARG, "embed_texts: NULL out is an error");
        CHECK(bert_embed_texts(m, texts, NULL, -1, NULL, out, &err) == BERT_E_ARG, "embed_texts: n < 0 is an error");
        CHECK(bert_embed_texts(m, NULL, NULL, 0, NULL, NULL, &err) == BERT_OK, "embed_texts: n 0 does nothing");
        e.dim = 65;
        CHECK(bert_embed_texts(m, texts, NULL, 1, &e, out, &err) == BERT_E_ARG && strstr(err.message, "dim 65"), "embed_texts: dim above hidden_size is an error");
        e.dim = 0;
        e.max_length = 65;
        CHECK(bert_embed_texts(m, texts, NULL, 1, &e, out, &err) == BERT_E_ARG && strstr(err.message, "max_length 65"),
              "embed_texts: max_length above the model's is an error");
        e.max_length = 0;
        e.pooling = 9;
        CHECK(bert_embed_texts(m, texts, NULL, 1, &e, out, &err) == BERT_E_ARG && strstr(err.message, "pooling"), "embed_texts: a bad pooling is an error");
        e.pooling = 0;
        e.batch_size = -2;
        CHECK(bert_embed_texts(m, texts, NULL, 1, &e, out, &err) == BERT_E_ARG, "embed_texts: a negative batch_size is an error");
        e.batch_size = 0;
        e.prompt_name = "query";
        CHECK(bert_embed_texts(m, texts, NULL, 1, &e, out, &err) == BERT_E_ARG && strstr(err.message, "has none"),
              "embed_texts: a prompt_name on a model without prompts is an error");
    }
}

static void test_score(bert_model *cross3, bert_model *cross1, bert_model *plain) {
    static const char *a[] = {"tok370tok74", "tok127 tok830tok414", ""}, *b[] = {"tok846 tok10", NULL, NULL};
    static float out[3 * 3];
    double logits[9];
    golden_case c;
    bert_score_options o = BERT_SCORE_OPTIONS_INIT;
    bert_error err;
    int r, row, k;

    golden_case_at(&g_seqcls, 2, &c);
    golden_values(&c, "seq_logits", logits, 9);
    o.raw = 1;
    o.batch_size = 2;
    r = bert_score_pairs(cross3, a, b, 3, &o, out, &err);
    CHECKF(r == BERT_OK && max_err(out, logits, 9) <= 1e-4, "score_pairs raw: the golden seq_logits of a pair and two single texts (%s)", err.message);
    o.raw = 0;
    r = bert_score_pairs(cross3, a, b, 3, &o, out, &err);
    {
        double w = 0;
        for (row = 0; row < 3; row++) {
            double sum = 0;
            for (k = 0; k < 3; k++) sum += exp(logits[row * 3 + k]);
            for (k = 0; k < 3; k++) w = fabs(out[row * 3 + k] - exp(logits[row * 3 + k]) / sum) > w ? fabs(out[row * 3 + k] - exp(logits[row * 3 + k]) / sum) : w;
        }
        CHECKF(r == BERT_OK && w <= 1e-5, "score_pairs: three labels give the softmax of the golden logits (%.1e)", w);
    }
    if (cross1) {
        r = bert_score_pairs(cross1, a, b, 3, NULL, out, &err);
        {
            double w = 0;
            for (row = 0; row < 3; row++) w = fabs(out[row] - 1 / (1 + exp(-logits[row * 3]))) > w ? fabs(out[row] - 1 / (1 + exp(-logits[row * 3]))) : w;
            CHECKF(r == BERT_OK && w <= 1e-5, "score_pairs: one label gives the sigmoid of its golden logit, as CrossEncoder (%.1e)", w);
        }
    } else CHECK(0, "make the one-label cross-encoder");
    r = bert_score_pairs(cross3, a, NULL, 1, NULL, out, &err);
    {
        double single[3], sum = 0, w = 0;
        float lg[3];
        bert_encoding enc = BERT_ENCODING_INIT;
        bert_ctx *ctx = NULL;
        bert_batch bb;
        int ok = bert_tokenize(cross3, a[0], strlen(a[0]), 0, &enc, &err) == BERT_OK && bert_ctx_create(&ctx, cross3, 1, enc.count, &err) == BERT_OK;
        bb.batch = 1; bb.seq_len = enc.count; bb.input_ids = enc.ids; bb.attention_mask = NULL; bb.token_type_ids = enc.type_ids;
        ok = ok && bert_encode(ctx, &bb, &err) == BERT_OK && bert_output_get(ctx, BERT_OUT_SEQ_LOGITS, lg, &err) == BERT_OK;
        for (k = 0; k < 3; k++) sum += exp(lg[k]);
        for (k = 0; k < 3; k++) { single[k] = exp(lg[k]) / sum; w = fabs(out[k] - single[k]) > w ? fabs(out[k] - single[k]) : w; }
        CHECK(r == BERT_OK && ok && w <= 1e-5, "score_pairs: b NULL scores a alone, as the manual path does");
        bert_ctx_free(ctx);
        bert_encoding_free(&enc);
    }
    CHECKF(bert_score_pairs(plain, a, b, 1, NULL, out, &err) == BERT_E_STATE && strstr(err.message, "sequence-classification"),
           "score_pairs: a model without a classification head is an error (%s)", err.message);
    CHECK(bert_score_pairs(cross3, NULL, b, 1, NULL, out, &err) == BERT_E_ARG, "score_pairs: NULL a is an error");
    o.max_length = 4;
    o.no_truncate = 1;
    CHECKF(bert_score_pairs(cross3, a, b, 1, &o, out, &err) == BERT_E_ARG && strncmp(err.message, "text 0 ", 7) == 0,
           "score_pairs: no_truncate names the pair that does not fit (%s)", err.message);
}

/* bert_choose on bert_choice: each question of golden.json's "choice_texts" (text through Hugging
   Face's tokenizer and BertForMultipleChoice) gives its logits (raw) and their softmax over the
   choices; the token ids of each (context, choice) pair are the tokenizer's. */
static void test_choose(bert_model *choice, bert_model *cross3) {
    json_doc g;
    int q, qi = 0, questions, i, n, r;
    bert_score_options o = BERT_SCORE_OPTIONS_INIT;
    bert_error err;
    if (!golden_read("tests/fixtures/models/bert_choice/golden.json", &g)) { CHECK(0, "read bert_choice's golden"); return; }
    questions = json_get(&g, 0, "choice_texts");
    CHECK(json_count(&g, questions) == 3, "bert_choice's golden has 3 questions as text");
    for (q = json_first(&g, questions); q >= 0; q = json_next(&g, q), qi++) {
        const char *context = json_str(&g, json_get(&g, q, "context")), *choices[8];
        int list = json_get(&g, q, "choices"), ids = json_get(&g, q, "input_ids"), c;
        double logits[8], probs[8], worst_raw = 0, worst = 0;
        float out[8];
        int same_ids = 1;
        n = 0;
        for (c = json_first(&g, list); c >= 0 && n < 8; c = json_next(&g, c)) choices[n++] = json_str(&g, c);
        for (i = 0, c = json_first(&g, json_get(&g, q, "logits")); c >= 0 && i < 8; c = json_next(&g, c)) logits[i++] = g.nodes[c].number;
        for (i = 0, c = json_first(&g, json_get(&g, q, "probs")); c >= 0 && i < 8; c = json_next(&g, c)) probs[i++] = g.nodes[c].number;
        for (i = 0, c = json_first(&g, ids); c >= 0; c = json_next(&g, c), i++) { /* the pair's ids */
            bert_encoding enc = BERT_ENCODING_INIT;
            int k, t;
            if (bert_tokenize_pair(choice, context, strlen(context), choices[i], strlen(choices[i]), 0, &enc, &err) != BERT_OK ||
                (int)enc.count != json_count(&g, c)) same_ids = 0;
            for (k = 0, t = json_first(&g, c); same_ids && t >= 0; t = json_next(&g, t), k++) same_ids = enc.ids[k] == (int32_t)g.nodes[t].number;
            bert_encoding_free(&enc);
        }
        CHECKF(same_ids, "choose: question %d's (context, choice) ids are Hugging Face's", qi);
        o.raw = 1;
        o.batch_size = 3; /* more choices than a batch */
        r = bert_choose(choice, context, choices, n, &o, out, &err);
        for (i = 0; i < n; i++) worst_raw = fabs(out[i] - logits[i]) > worst_raw ? fabs(out[i] - logits[i]) : worst_raw;
        CHECKF(r == BERT_OK && worst_raw <= 1e-5, "choose raw: %d choices' logits are BertForMultipleChoice's (%.1e)", n, worst_raw);
        r = bert_choose(choice, context, choices, n, NULL, out, &err);
        for (i = 0; i < n; i++) worst = fabs(out[i] - probs[i]) > worst ? fabs(out[i] - probs[i]) : worst;
        CHECKF(r == BERT_OK && worst <= 1e-6, "choose: %d choices' probabilities are the softmax of its logits (%.1e)", n, worst);
    }
    {
        static const char *two[] = {"tok7 tok8", "tok300"};
        float alone[2], scored[2];
        r = bert_choose(choice, NULL, two, 2, &o, alone, &err);
        CHECK(r == BERT_OK && bert_score_pairs(choice, two, NULL, 2, &o, scored, &err) == BERT_OK && alone[0] == scored[0] && alone[1] == scored[1],
              "choose: a NULL context scores each choice alone");
        CHECK(bert_choose(choice, "x", two, 0, NULL, alone, &err) == BERT_OK, "choose: no choices is no work");
        CHECK(bert_choose(choice, "x", NULL, 2, NULL, alone, &err) == BERT_E_ARG, "choose: NULL choices is an error");
        {
            static const char *holed[] = {"tok7", NULL};
            bert_score_options bad = BERT_SCORE_OPTIONS_INIT;
            CHECKF(bert_choose(choice, "x", holed, 2, NULL, alone, &err) == BERT_E_ARG && strstr(err.message, "choice 1 is NULL"),
                   "choose: a NULL choice is an error, by its index (%s)", err.message);
            bad.batch_size = -1;
            CHECKF(bert_choose(choice, "x", two, 2, &bad, alone, &err) == BERT_E_ARG && strncmp(err.message, "bert_choose: ", 13) == 0,
                   "choose: its own name in the messages of the checks it shares with score_pairs (%s)", err.message);
        }
        CHECKF(bert_choose(cross3, "x", two, 2, NULL, alone, &err) == BERT_E_STATE && strstr(err.message, "multiple-choice"),
               "choose: a model without a multiple-choice head is an error (%s)", err.message);
    }
    json_free(&g);
}

/* bert_sparse_entries against hand-worked cases: the nonzero entries in index order, the top_k
   largest (ties: the lower index). */
static void test_sparse_entries(void) {
    static const float v[] = {0, 3, 1, 0, 3, 2}, flat[] = {1, 1, 1};
    int ids[6], got;
    float values[6];
    got = bert_sparse_entries(v, 6, 0, ids, values);
    CHECK(got == 4 && ids[0] == 1 && ids[1] == 2 && ids[2] == 4 && ids[3] == 5 && values[0] == 3 && values[1] == 1 && values[3] == 2,
          "sparse_entries: every nonzero entry, in index order");
    got = bert_sparse_entries(v, 6, 2, ids, values);
    CHECK(got == 2 && ids[0] == 1 && ids[1] == 4 && values[0] == 3 && values[1] == 3, "sparse_entries: top 2 of {0, 3, 1, 0, 3, 2}");
    got = bert_sparse_entries(v, 6, 3, ids, values);
    CHECK(got == 3 && ids[0] == 1 && ids[1] == 4 && ids[2] == 5 && values[2] == 2, "sparse_entries: top 3, in index order");
    got = bert_sparse_entries(v, 6, 9, ids, values);
    CHECK(got == 4 && ids[3] == 5, "sparse_entries: top_k past the count gives them all");
    got = bert_sparse_entries(flat, 3, 2, ids, values);
    CHECK(got == 2 && ids[0] == 0 && ids[1] == 1, "sparse_entries: ties go to the lower index");
    {
        static const float signed_v[] = {-5, 1, 2, -0.5f};
        got = bert_sparse_entries(signed_v, 4, 2, ids, values);
        CHECK(got == 2 && ids[0] == 0 && ids[1] == 2 && values[0] == -5, "sparse_entries: top 2 of {-5, 1, 2, -0.5} by magnitude, as "
              "sentence-transformers' max_active_dims");
    }
    CHECK(bert_sparse_entries(v, 0, 0, ids, values) == 0 && bert_sparse_entries(NULL, 6, 0, ids, values) == -1 &&
              bert_sparse_entries(v, 6, -1, ids, values) == -1 && bert_sparse_entries(v, 6, 0, NULL, values) == -1,
          "sparse_entries: no entries in an empty vector; a bad argument is -1");
}

/* SPLADE: golden.json's "sparse_texts" (sentence-transformers' SparseEncoder on the fixture's own
   folder: MLMTransformer and SpladePooling) give, per text, its ids, every nonzero entry of the
   sparse embedding and the top 5 (max_active_dims). Embedded in one call, batch by batch, and
   again 10 times over in one batch of more tokens than a context takes at once. */
static void test_splade(const char *fixture, bert_pooling pooling, bert_model *dense) {
    char path[256], file[64];
    json_doc g;
    bert_model *m;
    const bert_config *cfg;
    const char *texts[80];
    int t, n = 0, node, V, i, k, r;
    float *out = NULL;
    double worst = 0;
    int same_ids = 1, same_support = 1, same_top = 1;
    bert_embed_options o = BERT_EMBED_OPTIONS_INIT;
    bert_error err;
    snprintf(path, sizeof path, "tests/fixtures/models/%s/golden.json", fixture);
    snprintf(file, sizeof file, "%s.bert", fixture);
    snprintf(path + 200, 56, "tests/fixtures/models/%s", fixture);
    if (!golden_read(path, &g)) { CHECKF(0, "read %s's golden", fixture); return; }
    m = load(path + 200, file);
    if (!m) { CHECKF(0, "convert and load %s", fixture); json_free(&g); return; }
    cfg = bert_model_config(m);
    V = cfg->vocab_size;
    o.sparse = 1;
    CHECKF(cfg->pooling == pooling && cfg->normalize == 0 && bert_embed_width(m, &o) == V && bert_embed_width(m, NULL) == 0,
           "%s: the converter reads SpladePooling (%s, %d floats per text with sparse = 1, 0 without)", fixture, bert_pooling_name(cfg->pooling),
           bert_embed_width(m, &o));
    o.sparse = 0;
    node = json_get(&g, 0, "sparse_texts");
    for (t = json_first(&g, node); t >= 0 && n < 8; t = json_next(&g, t)) texts[n++] = json_str(&g, json_get(&g, t, "text"));
    for (i = n; i < 10 * n; i++) texts[i] = texts[i % n];
    out = (float *)calloc((size_t)10 * n * V, sizeof *out);
    o.batch_size = 3;
    CHECKF(bert_embed_texts(m, texts, NULL, n, &o, out, &err) == BERT_E_ARG && strstr(err.message, "bert_embed_width") &&
               strstr(err.message, "sparse = 1"),
           "%s: without sparse = 1 the model's own sparse pooling is refused, not written past a hidden_size buffer (%s)", fixture, err.message);
    {
        bert_ctx *ctx = NULL;
        static const int32_t ids[] = {101, 1000 - 5, 102};
        bert_batch b = {1, 3, ids, NULL, NULL};
        float one[64];
        CHECKF(bert_ctx_create(&ctx, m, 1, 8, &err) == BERT_OK && bert_encode(ctx, &b, &err) == BERT_OK &&
                   bert_output_size(ctx, BERT_OUT_EMBEDDING) == 0 && bert_output_get(ctx, BERT_OUT_EMBEDDING, one, &err) == BERT_E_STATE &&
                   strstr(err.message, "sparse") && bert_output_size(ctx, BERT_OUT_SPLADE) == (size_t)V,
               "%s: BERT_OUT_EMBEDDING is refused (its size 0), BERT_OUT_SPLADE is %d floats (%s)", fixture, V, err.message);
        bert_ctx_free(ctx);
    }
    o.sparse = 1;
    r = bert_embed_texts(m, texts, NULL, n, &o, out, &err);
    CHECKF(r == BERT_OK, "%s: embed_texts runs (%s)", fixture, r == BERT_OK ? "ok" : err.message);
    for (i = 0, t = json_first(&g, node); r == BERT_OK && t >= 0 && i < n; t = json_next(&g, t), i++) {
        const float *row = out + (size_t)i * V;
        int e, ids[1000], top_ids[5], count = 0, c;
        float values[1000], top_values[5];
        bert_encoding enc = BERT_ENCODING_INIT;
        if (bert_tokenize(m, texts[i], strlen(texts[i]), cfg->truncate_length, &enc, &err) != BERT_OK ||
            (int)enc.count != json_count(&g, json_get(&g, t, "ids")))
            same_ids = 0;
        for (k = 0, c = json_first(&g, json_get(&g, t, "ids")); same_ids && c >= 0; c = json_next(&g, c), k++)
            same_ids = enc.ids[k] == (int32_t)g.nodes[c].number;
        bert_encoding_free(&enc);
        for (k = 0; k < V; k++) count += row[k] != 0;
        same_support &= count == json_count(&g, json_get(&g, t, "entries"));
        for (e = json_first(&g, json_get(&g, t, "entries")); e >= 0; e = json_next(&g, e)) {
            int id = (int)g.nodes[json_first(&g, e)].number;
            double want = g.nodes[json_next(&g, json_first(&g, e))].number, d = fabs(row[id] - want) / (fabs(want) > 1 ? fabs(want) : 1);
            if (d > worst) worst = d;
        }
        /* the top 5, in index order here and by value in the golden */
        if (bert_sparse_entries(row, V, 5, top_ids, top_values) != 5) same_top = 0;
        for (e = json_first(&g, json_get(&g, t, "top")); e >= 0; e = json_next(&g, e)) {
            int id = (int)g.nodes[json_first(&g, e)].number, found = 0;
            for (k = 0; k < 5; k++) found |= top_ids[k] == id;
            same_top &= found;
        }
        same_support &= bert_sparse_entries(row, V, 0, ids, values) == count;
    }
    CHECKF(same_ids, "%s: the ids are the SparseEncoder's tokenizer's, cut at max_seq_length %d", fixture, cfg->truncate_length);
    CHECKF(same_support, "%s: the same nonzero entries as SparseEncoder.encode on %d texts", fixture, n);
    CHECKF(worst <= 1e-5, "%s: their values within 1e-5 (%.1e)", fixture, worst);
    CHECKF(same_top, "%s: the top 5 are SparseEncoder's max_active_dims=5", fixture);
    {
        /* 10 copies in one batch: more tokens than the context makes logits for at once */
        double worst_copy = 0;
        long tokens = 0;
        o.batch_size = 10 * n;
        o.tokens = &tokens;
        r = bert_embed_texts(m, texts, NULL, 10 * n, &o, out, &err);
        o.tokens = NULL;
        CHECKF(tokens > 512, "%s: %d texts make %ld tokens, more than one block of 512", fixture, 10 * n, tokens);
        for (i = n; r == BERT_OK && i < 10 * n; i++)
            for (k = 0; k < V; k++) {
                double d = fabs(out[(size_t)i * V + k] - out[(size_t)(i % n) * V + k]);
                if (d > worst_copy) worst_copy = d;
            }
        if (r == BERT_OK) { /* and the first copy against the golden */
            for (i = 0, t = json_first(&g, node); t >= 0 && i < n; t = json_next(&g, t), i++) {
                int e;
                for (e = json_first(&g, json_get(&g, t, "entries")); e >= 0; e = json_next(&g, e)) {
                    int id = (int)g.nodes[json_first(&g, e)].number;
                    double want = g.nodes[json_next(&g, json_first(&g, e))].number;
                    if (fabs(out[(size_t)i * V + id] - want) > worst_copy) worst_copy = fabs(out[(size_t)i * V + id] - want);
                }
            }
        }
        CHECKF(r == BERT_OK && worst_copy <= 1e-5, "%s: %d texts in one batch (over 512 tokens) give the same (%.1e)", fixture, 10 * n, worst_copy);
    }
    {
        /* f16 and q8_0 files against the golden: cosine of each text's whole vector */
        static const char *const dtypes[] = {"f16", "q8_0"};
        static const double floor[] = {0.9999, 0.999};
        int d;
        for (d = 0; d < 2; d++) {
            char cmd[512], out_file[300];
            bert_model *q = NULL;
            double lowest = 2;
            snprintf(out_file, sizeof out_file, WORK "/%s-%s.bert", fixture, dtypes[d]);
            snprintf(cmd, sizeof cmd, "build/bert-convert %s %s --dtype %s 2>/dev/null", path + 200, out_file, dtypes[d]);
            o.batch_size = 3;
            r = system(cmd) == 0 && bert_model_load_file(&q, out_file, &err) == BERT_OK ? bert_embed_texts(q, texts, NULL, n, &o, out, &err) : -1;
            for (i = 0, t = json_first(&g, node); r == BERT_OK && t >= 0 && i < n; t = json_next(&g, t), i++) {
                double dot = 0, aa = 0, bb = 0;
                int e;
                for (k = 0; k < V; k++) aa += (double)out[(size_t)i * V + k] * out[(size_t)i * V + k];
                for (e = json_first(&g, json_get(&g, t, "entries")); e >= 0; e = json_next(&g, e)) {
                    int id = (int)g.nodes[json_first(&g, e)].number;
                    double want = g.nodes[json_next(&g, json_first(&g, e))].number;
                    dot += want * out[(size_t)i * V + id];
                    bb += want * want;
                }
                if (dot / sqrt(aa * bb) < lowest) lowest = dot / sqrt(aa * bb);
            }
            CHECKF(r == BERT_OK && lowest >= floor[d], "%s %s: every sparse embedding at cosine >= %g to SparseEncoder's (lowest %.7f)", fixture,
                   dtypes[d], floor[d], lowest);
            bert_model_free(q);
        }
    }
    o.batch_size = 0;
    o.sparse = 0;
    o.pooling = pooling; /* asked for by name: still sized by bert_embed_width */
    CHECKF(bert_embed_texts(m, texts, NULL, 1, &o, out, &err) == BERT_E_ARG && strstr(err.message, "sparse = 1") && bert_embed_width(m, &o) == 0,
           "%s: an explicit SPLADE pooling without sparse = 1 is refused too (%s)", fixture, err.message);
    o.sparse = 1;
    o.pooling = 0;
    o.dim = 8;
    CHECKF(bert_embed_texts(m, texts, NULL, 1, &o, out, &err) == BERT_E_ARG && strstr(err.message, "sparse") && bert_embed_width(m, &o) == 0,
           "%s: dim (Matryoshka) is refused on a sparse embedding (%s)", fixture, err.message);
    o.dim = 0;
    o.pooling = BERT_POOL_MEAN; /* the hidden states are there too */
    CHECKF(bert_embed_width(m, &o) == cfg->hidden_size && bert_embed_texts(m, texts, NULL, 1, &o, out, &err) == BERT_OK,
           "%s: a dense pooling of the same model gives hidden_size floats", fixture);
    o.pooling = pooling;
    CHECKF(bert_embed_texts(dense, texts, NULL, 1, &o, out, &err) == BERT_E_ARG && strstr(err.message, "masked-LM") &&
               bert_embed_width(dense, &o) == 0,
           "%s pooling on a model without a masked-LM head is an error (%s)", bert_pooling_name(pooling), err.message);
    free(out);
    bert_model_free(m);
    json_free(&g);
}

/* BERT_OUT_SPLADE and BERT_OUT_SPLADE_SUM on every masked-LM fixture, f32 and q8_0, against the
   published formula applied to the model's own per-token masked-LM logits (BERT_OUT_MLM_LOGITS,
   which test_models checks against transformers): max, or sum, over the mask-1 tokens of
   log(1 + relu(logit)), log1p twice for splade_sum's file. The decoders come tied (the word
   embeddings, row-major) and untied (bert_mlm: panels; q8_0 files); a SPLADE model's context (12 x
   64 tokens) takes them in blocks of 512 tokens by 512 rows, any other's 16 tokens by 64 rows. */
static void test_splade_formula(void) {
    static const char *const fixtures[] = {"bert_mlm", "roberta_mlm", "albert_mlm", "distilbert_mlm", "electra_gen", "mpnet_mlm",
                                           "deberta_mlm", "modernbert_mlm", "nomic_mlm", "gte_mlm", "splade_sum"};
    static float logits[12 * 64 * 1000], pooled[2][12 * 1000];
    static int32_t ids[12 * 64], mask[12 * 64], types[12 * 64];
    size_t f;
    int dt;
    for (f = 0; f < sizeof fixtures / sizeof fixtures[0]; f++)
        for (dt = 0; dt < 2; dt++) {
            char cmd[512], file[300];
            json_doc g;
            golden_case gc;
            bert_batch b;
            bert_model *m = NULL;
            bert_ctx *c = NULL;
            bert_error err;
            double worst = 0;
            int ok, V, twice, sum, bi, t, v;
            snprintf(file, sizeof file, WORK "/formula_%s_%d.bert", fixtures[f], dt);
            snprintf(cmd, sizeof cmd, "build/bert-convert tests/fixtures/models/%s %s %s 2>/dev/null", fixtures[f], file, dt ? "--dtype q8_0" : "");
            snprintf(cmd + 400, 112, "tests/fixtures/models/%s/golden.json", fixtures[f]);
            ok = system(cmd) == 0 && golden_read(cmd + 400, &g);
            if (!ok) { CHECKF(0, "%s: convert and read the golden", fixtures[f]); continue; }
            golden_case_at(&g, 4, &gc); /* b3_len64_padded, 4 times over: more tokens than a SPLADE model's block of 512 */
            {
                int k;
                for (k = 0; k < 4 * gc.B * gc.T; k++) {
                    ids[k] = gc.ids[k % (gc.B * gc.T)];
                    mask[k] = gc.has_mask ? gc.mask[k % (gc.B * gc.T)] : 1;
                    types[k] = gc.has_types ? gc.types[k % (gc.B * gc.T)] : 0;
                }
                b.batch = 4 * gc.B;
                b.seq_len = gc.T;
                b.input_ids = ids;
                b.attention_mask = mask;
                b.token_type_ids = gc.has_types ? types : NULL;
                gc.B *= 4;
            }
            ok = bert_model_load_file(&m, file, &err) == BERT_OK && bert_ctx_create(&c, m, gc.B, gc.T, &err) == BERT_OK &&
                 bert_encode(c, &b, &err) == BERT_OK && bert_output_get(c, BERT_OUT_MLM_LOGITS, logits, &err) == BERT_OK &&
                 bert_output_get(c, BERT_OUT_SPLADE, pooled[0], &err) == BERT_OK &&
                 bert_output_get(c, BERT_OUT_SPLADE_SUM, pooled[1], &err) == BERT_OK;
            V = ok ? bert_model_config(m)->vocab_size : 0;
            twice = ok ? bert_model_config(m)->splade_log1p_twice : 0;
            for (sum = 0; ok && sum < 2; sum++)
                for (bi = 0; bi < gc.B; bi++)
                    for (v = 0; v < V; v++) {
                        double want = 0, d;
                        for (t = 0; t < gc.T; t++) {
                            double l = logits[((size_t)bi * gc.T + t) * V + v], x;
                            if (!mask[bi * gc.T + t]) continue;
                            x = l > 0 ? log1p(l) : 0;
                            if (twice) x = log1p(x);
                            want = sum ? want + x : (x > want ? x : want);
                        }
                        d = fabs(pooled[sum][(size_t)bi * V + v] - want) / (want > 1 ? want : 1);
                        if (d > worst) worst = d;
                    }
            CHECKF(ok && worst <= 2e-5, "%s %s: SPLADE max and sum are the formula over its masked-LM logits (%.1e)%s%s", fixtures[f],
                   dt ? "q8_0" : "f32", worst, ok ? "" : ": ", ok ? "" : err.message);
            bert_ctx_free(c);
            bert_model_free(m);
            json_free(&g);
        }
}

/* The README's one-call program (the ```c block with bert_embed_texts and main), compiled as C99
   and as C++ with -Werror and run on the fixture: its cosine is the golden rows'. */
static void test_readme_program(void) {
    size_t len;
    char *readme = json_read_file("README.md", &len), line[256] = "";
    const char *p, *start = NULL, *end = NULL;
    double g1[64], g2[64], dot = 0, aa = 0, bb = 0, got = -2;
    int k, ok;
    FILE *f;
    for (p = readme; p && (p = strstr(p, "```c\n")) != NULL; p = end) {
        const char *m;
        end = strstr(p + 5, "\n```");
        if (!end) break;
        m = strstr(p, "int main(");
        if (m && m < end && strstr(p, "bert_embed_texts(") && strstr(p, "bert_embed_texts(") < end) { start = p + 5; break; }
    }
    CHECK(start && end, "README: a complete program with bert_embed_texts");
    if (!start || !end) { free(readme); return; }
    f = fopen(WORK "/readme_embed.c", "wb");
    if (f) { fwrite(start, 1, (size_t)(end - start) + 1, f); fclose(f); }
    free(readme);
    CHECK(system("gcc -std=c99 -O1 -Wall -Wextra -pedantic -Werror -I . " WORK "/readme_embed.c -o " WORK "/readme_embed -lm -lpthread") == 0,
          "README one-call program: gcc -std=c99 -Wall -Wextra -pedantic -Werror");
    CHECK(system("g++ -x c++ -O1 -Wall -Wextra -Werror -I . " WORK "/readme_embed.c -o " WORK "/readme_embed_cxx -lm -lpthread") == 0,
          "README one-call program: g++ -Wall -Wextra -Werror");
    f = popen(WORK "/readme_embed " WORK "/bert.bert 'tok127 tok830tok414' ''", "r");
    ok = f && fgets(line, sizeof line, f) && sscanf(line, "cosine similarity %lf", &got) == 1;
    if (f) ok = pclose(f) == 0 && ok;
    line[strcspn(line, "\n")] = 0;
    golden_row(&g_bert, 2, "mean_pooled", 1, 64, 0, g1);
    golden_row(&g_bert, 2, "mean_pooled", 2, 64, 0, g2);
    for (k = 0; k < 64; k++) { dot += g1[k] * g2[k]; aa += g1[k] * g1[k]; bb += g2[k] * g2[k]; }
    CHECKF(ok && fabs(got - dot / sqrt(aa * bb)) < 1e-4, "README one-call program: the cosine of the golden rows, %.4f (%s)", dot / sqrt(aa * bb), line);
}

/* Each allocation of a call failed in turn: BERT_E_NOMEM with a message, nothing leaked. */
/* One call of the API under test: pass 0 bert_embed_texts, 1 bert_score_pairs, 2 bert_choose. */
static int api_call(int pass, bert_model *prompted, bert_model *cross3, bert_model *choice, const char **texts, const char **b,
                    const bert_embed_options *eo, const bert_score_options *so, float *out, bert_error *err) {
    if (pass == 0) return bert_embed_texts(prompted, texts, NULL, 4, eo, out, err);
    if (pass == 1) return bert_score_pairs(cross3, texts, b, 4, so, out, err);
    return bert_choose(choice, "tok1 tok2", texts, 4, so, out, err);
}

static void test_allocations(bert_model *prompted, bert_model *cross3, bert_model *choice) {
    static const char *const names[] = {"embed_texts", "score_pairs", "choose"};
    static const char *texts[] = {"tok830tok414", "tok1 tok2 tok3", "", "tok5"}, *b[] = {"tok1", NULL, "tok2", "tok3"};
    static float out[4 * 64];
    bert_embed_options eo = BERT_EMBED_OPTIONS_INIT;
    bert_score_options so = BERT_SCORE_OPTIONS_INIT;
    bert_error err;
    int pass;
    eo.batch_size = 2;
    eo.threads = 2;
    so.batch_size = 3;
    for (pass = 0; pass < 3; pass++) {
        long total, k;
        int ok = 1, r;
        g_allocs = g_frees = 0;
        g_fail_at = -1;
        r = api_call(pass, prompted, cross3, choice, texts, b, &eo, &so, out, &err);
        total = g_allocs;
        CHECKF(r == BERT_OK && g_allocs == g_frees && total > 0, "%s: all %ld allocations of a call are freed (%ld)", names[pass], total, g_frees);
        for (k = 0; k < total; k++) {
            g_allocs = g_frees = 0;
            g_fail_at = k;
            memset(&err, 0, sizeof err);
            r = api_call(pass, prompted, cross3, choice, texts, b, &eo, &so, out, &err);
            if (r != BERT_E_NOMEM || !err.message[0] || g_allocs - 1 != g_frees) {
                if (ok) printf("  allocation %ld of %ld: status %d, \"%s\", %ld allocated, %ld freed\n", k, total, r, err.message, g_allocs, g_frees);
                ok = 0;
            }
        }
        g_fail_at = -1;
        CHECKF(ok, "%s: a failure at each of the %ld allocations is BERT_E_NOMEM, with a message and no leak", names[pass], total);
    }
}

int main(void) {
    bert_model *m, *prompted, *cross3, *cross1, *roberta, *choice;
    bert_error err;
    if (system("rm -rf " WORK " && mkdir -p " WORK "/prompted && cp tests/fixtures/models/bert/* " WORK "/prompted/") != 0 ||
        !golden_read("tests/fixtures/models/bert/golden.json", &g_bert) || !golden_read("tests/fixtures/models/bert_seqcls/golden.json", &g_seqcls)) {
        CHECK(0, "read the goldens");
        return test_done();
    }
    write_text(WORK "/prompted/config_sentence_transformers.json",
               "{\"prompts\": {\"query\": \"tok127 \", \"passage\": \"\"}, \"default_prompt_name\": \"query\"}");
    m = load("tests/fixtures/models/bert", "bert.bert");
    prompted = load(WORK "/prompted", "prompted.bert");
    cross3 = load("tests/fixtures/models/bert_seqcls", "seqcls.bert");
    cross1 = make_one_label(WORK "/cross") ? load(WORK "/cross", "cross1.bert") : NULL;
    roberta = load("tests/fixtures/models/roberta", "roberta.bert"); /* weights, no tokenizer */
    choice = load("tests/fixtures/models/bert_choice", "choice.bert");
    if (!m || !cross3 || !roberta || !choice) { CHECK(0, "convert and load the fixtures"); return test_done(); }
    test_embed(m, prompted);
    test_score(cross3, cross1, m);
    test_choose(choice, cross3);
    test_sparse_entries();
    test_splade("splade", BERT_POOL_SPLADE, m);
    test_splade("splade_sum", BERT_POOL_SPLADE_SUM, m);
    test_splade_formula();
    {
        /* gte_seqcls has one token type and a WordPiece tokenizer whose pairs give their second
           text type 1 (transformers fails on it too): said by the pair's index, not a batch row */
        static const char *a[] = {"tok1", "tok2 tok3", "tok4"}, *b[] = {NULL, "tok5", NULL};
        static const char *a2[] = {"tok1 tok2 tok3 tok4 tok5", "tok4", "tok9"}, *b2[] = {"tok6", "tok7", NULL};
        bert_model *gte = load("tests/fixtures/models/gte_seqcls", "gte_seqcls.bert");
        float out[3 * 3];
        long tokens = 0;
        bert_score_options one = BERT_SCORE_OPTIONS_INIT;
        CHECKF(gte && bert_score_pairs(gte, a, b, 3, NULL, out, &err) == BERT_E_ARG && strncmp(err.message, "text 1: ", 8) == 0 &&
                   strstr(err.message, "type_vocab_size 1"),
               "score_pairs: a pair on a model with one token type is refused by its index (%s)", gte ? err.message : "no model");
        one.batch_size = 1;
        one.tokens = &tokens;
        CHECKF(gte && bert_score_pairs(gte, a2, b2, 3, &one, out, &err) == BERT_E_ARG && strncmp(err.message, "text 0: ", 8) == 0 && tokens == 0,
               "score_pairs: the first such pair (not the shortest), before any batch runs (%s; %ld tokens)", gte ? err.message : "-", tokens);
        CHECK(gte && bert_score_pairs(gte, a, NULL, 3, NULL, out, &err) == BERT_OK, "score_pairs: single texts on that model run");
        bert_model_free(gte);
    }
    test_readme_program();
    test_allocations(prompted ? prompted : m, cross3, choice);
    {
        static const char *t[] = {"x"};
        float out[64];
        CHECKF(bert_embed_texts(roberta, t, NULL, 1, NULL, out, &err) == BERT_E_STATE && strstr(err.message, "no tokenizer"),
               "embed_texts: a model without a tokenizer is an error (%s)", err.message);
    }
    bert_model_free(m);
    bert_model_free(prompted);
    bert_model_free(cross3);
    bert_model_free(cross1);
    bert_model_free(roberta);
    bert_model_free(choice);
    json_free(&g_bert);
    json_free(&g_seqcls);
    return test_done();
}
