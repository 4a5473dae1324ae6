/* bert - the bert.h command line.
 *
 *   bert run -m MODEL [--threads N] < in.json > out.json
 *                                               every output of the model for given token ids
 *   bert info -m MODEL                          what the model file holds
 *   bert tokenize -m MODEL [--pair] [--max-length N] < lines > out.jsonl
 *   bert bench -m MODEL [--batch B] [--seq S] [--threads T] [--iters N] [--json]
 *                                               speed: median ms per batch, GFLOP/s, FMA peak
 *   bert embed -m MODEL [--batch N] [--max-length N] [--pooling cls|mean|max|mean_sqrt_len]
 *              [--normalize | --no-normalize] [--threads N] < lines > out.jsonl
 *                                               one embedding (a JSON array) per input line
 *                                               one JSON object per input line: ids, type_ids,
 *                                               tokens and UTF-8 byte offsets (per text of a pair)
 *
 * in.json:  {"input_ids": [[...], ...], "attention_mask": [[...]], "token_type_ids": [[...]]}
 *           (the last two optional: all ones / all zeros)
 * out.json: last_hidden_state [B][T][H], pooler_output [B][H], mean_pooled [B][H], cls [B][H],
 *           seq_logits [B][labels], token_logits [B][T][labels], start_logits/end_logits [B][T],
 *           mlm_logits [B][T][V], rtd_logits [B][T], nsp_logits/sop_logits [B][2] - each only
 *           where the model has it. Floats have 9 significant digits; values at positions whose
 *           mask is 0 are 0.
 * Errors are one line on stderr and a non-zero exit status.
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>
#include <sys/resource.h>
#ifndef BERT_NO_THREADS
#include <pthread.h>
#endif

static int die(const char *fmt, const char *arg) {
    fprintf(stderr, "bert: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 1;
}

/* ---- Reading stdin ---------------------------------------------------------------------------- */

static char *read_all(FILE *f, size_t *len_out) {
    size_t len = 0, cap = 1 << 16, got;
    char *buf = (char *)malloc(cap + 1);
    if (!buf) return NULL;
    while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            char *nb = (char *)realloc(buf, cap * 2 + 1);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
            cap *= 2;
        }
    }
    buf[len] = 0;
    *len_out = len;
    return buf;
}

/* Reads in.json key `key` as a [B][T] int matrix. Returns 1 read, 0 absent, -1 error (printed). */
static int read_matrix(json_doc *doc, const char *key, int32_t **out, int *B, int *T) {
    int arr = json_get(doc, 0, key), row, b = 0, t;
    int32_t *m;
    if (arr < 0 || json_type_of(doc, arr) == JSON_NULL) return 0;
    if (json_type_of(doc, arr) != JSON_ARRAY || json_count(doc, arr) == 0) { die("input: %s must be a non-empty array of arrays", key); return -1; }
    if (*B == 0) {
        int first = json_first(doc, arr);
        if (json_type_of(doc, first) != JSON_ARRAY || json_count(doc, first) == 0) { die("input: %s[0] must be a non-empty array", key); return -1; }
        *B = json_count(doc, arr);
        *T = json_count(doc, first);
    }
    if (json_count(doc, arr) != *B) { die("input: %s has a different number of rows than input_ids", key); return -1; }
    m = (int32_t *)malloc((size_t)*B * (size_t)*T * sizeof *m);
    if (!m) { die("%s", "out of memory"); return -1; }
    for (row = json_first(doc, arr); row >= 0; row = json_next(doc, row), b++) {
        int v;
        if (json_type_of(doc, row) != JSON_ARRAY || json_count(doc, row) != *T) {
            fprintf(stderr, "bert: input: %s is ragged: row %d has %d values, row 0 has %d (pad the batch)\n", key, b,
                    json_count(doc, row), *T);
            free(m);
            return -1;
        }
        for (v = json_first(doc, row), t = 0; v >= 0; v = json_next(doc, v), t++) {
            double x = doc->nodes[v].number;
            if (json_type_of(doc, v) != JSON_NUMBER || !doc->nodes[v].is_integer || x < -2147483648.0 || x > 2147483647.0) {
                fprintf(stderr, "bert: input: %s[%d][%d] is not a 32-bit integer\n", key, b, t);
                free(m);
                return -1;
            }
            m[(size_t)b * *T + t] = (int32_t)x;
        }
    }
    *out = m;
    return 1;
}

/* ---- Writing JSON ----------------------------------------------------------------------------- */

/* Writes floats as nested arrays of the given dims (1 to 3), 9 significant digits. */
static void write_array(FILE *f, const char *key, const float *v, const size_t *dims, int ndim, int *first_key) {
    size_t counts[3] = {0, 0, 0}, total = 1, i;
    int d;
    for (d = 0; d < ndim; d++) total *= dims[d];
    fprintf(f, "%s\n\"%s\": ", *first_key ? "" : ",", key);
    *first_key = 0;
    for (d = 0; d < ndim; d++) fputc('[', f);
    for (i = 0; i < total; i++) {
        float x = v[i];
        if (x != x || x > 3.4e38f || x < -3.4e38f) fputs("null", f); /* NaN/inf have no JSON form */
        else fprintf(f, "%.9g", (double)x);
        /* close and reopen brackets at dimension boundaries */
        for (d = ndim - 1; d >= 0; d--) {
            counts[d]++;
            if (counts[d] < dims[d]) break;
            counts[d] = 0;
            fputc(']', f);
        }
        if (i + 1 < total) {
            fputc(',', f);
            for (d = d < 0 ? 0 : d + 1; d < ndim; d++) fputc('[', f);
        }
    }
}

/* ---- bert run --------------------------------------------------------------------------------- */

static int cmd_run(bert_model *model, FILE *in, int threads) {
    const bert_config *cfg = bert_model_config(model);
    size_t len, B_, T_, H_;
    char *text, msg[256];
    json_doc doc;
    int32_t *ids = NULL, *mask = NULL, *types = NULL;
    int B = 0, T = 0, r, first_key = 1, rc = 1;
    bert_ctx *ctx = NULL;
    bert_error err;
    float *buf = NULL;
    static const struct { bert_output which; const char *key; int ndim; } outputs[] = {
        {BERT_OUT_LAST_HIDDEN_STATE, "last_hidden_state", 3}, {BERT_OUT_POOLER, "pooler_output", 2},
        {BERT_OUT_MEAN, "mean_pooled", 2}, {BERT_OUT_CLS, "cls", 2}, {BERT_OUT_SEQ_LOGITS, "seq_logits", 2},
        {BERT_OUT_TOKEN_LOGITS, "token_logits", 3}, {BERT_OUT_START_LOGITS, "start_logits", 2},
        {BERT_OUT_END_LOGITS, "end_logits", 2}, {BERT_OUT_MLM_LOGITS, "mlm_logits", 3},
        {BERT_OUT_RTD_LOGITS, "rtd_logits", 2}, {BERT_OUT_NSP_LOGITS, "nsp_logits", 2}, {BERT_OUT_SOP_LOGITS, "sop_logits", 2},
    };
    size_t i;

    if (!cfg->has_weights) return die("%s", "this model file holds only a tokenizer; run needs weights");
    text = read_all(in, &len);
    if (!text) return die("%s", "cannot read standard input");
    if (json_parse(&doc, text, len, msg, sizeof msg) != 0) { free(text); return die("input is not valid JSON: %s", msg); }
    free(text);
    if (json_type_of(&doc, 0) != JSON_OBJECT) { json_free(&doc); return die("%s", "input must be a JSON object with \"input_ids\""); }
    r = read_matrix(&doc, "input_ids", &ids, &B, &T);
    if (r == 0) die("%s", "input has no \"input_ids\"");
    if (r <= 0) goto done;
    if (read_matrix(&doc, "attention_mask", &mask, &B, &T) < 0) goto done;
    if (read_matrix(&doc, "token_type_ids", &types, &B, &T) < 0) goto done;
    if (T > cfg->max_length) {
        fprintf(stderr, "bert: input: sequences of %d tokens are longer than the model allows (%d)\n", T, cfg->max_length);
        goto done;
    }
    if (bert_ctx_create(&ctx, model, B, T, &err) != BERT_OK || bert_ctx_set_threads(ctx, threads, &err) != BERT_OK) {
        die("%s", err.message);
        goto done;
    }
    {
        bert_batch batch;
        batch.batch = B;
        batch.seq_len = T;
        batch.input_ids = ids;
        batch.attention_mask = mask;
        batch.token_type_ids = types;
        if (bert_encode(ctx, &batch, &err) != BERT_OK) { die("%s", err.message); goto done; }
    }
    B_ = (size_t)B; T_ = (size_t)T; H_ = (size_t)cfg->hidden_size;
    fputc('{', stdout);
    for (i = 0; i < sizeof outputs / sizeof outputs[0]; i++) {
        size_t n = bert_output_size(ctx, outputs[i].which), dims[3];
        if (n == 0) continue;
        buf = (float *)malloc(n * sizeof *buf);
        if (!buf) { die("%s", "out of memory"); goto done; }
        if (bert_output_get(ctx, outputs[i].which, buf, &err) != BERT_OK) { die("%s", err.message); goto done; }
        dims[0] = B_;
        if (outputs[i].ndim == 3) { dims[1] = T_; dims[2] = n / (B_ * T_); }
        else dims[1] = n / B_;
        (void)H_;
        write_array(stdout, outputs[i].key, buf, dims, outputs[i].ndim, &first_key);
        free(buf);
        buf = NULL;
    }
    fputs("\n}\n", stdout);
    if (fflush(stdout) != 0 || ferror(stdout)) { die("%s", "cannot write the output"); goto done; }
    rc = 0;
done:
    free(buf);
    free(ids);
    free(mask);
    free(types);
    bert_ctx_free(ctx);
    json_free(&doc);
    return rc;
}

/* ---- bert info -------------------------------------------------------------------------------- */

static int cmd_info(const bert_model *model) {
    const bert_config *c = bert_model_config(model);
    static const struct { unsigned bit; const char *name; } heads[] = {
        {BERT_HEAD_POOLER, "pooler"}, {BERT_HEAD_SEQ_CLS, "sequence-classification"}, {BERT_HEAD_TOKEN_CLS, "token-classification"},
        {BERT_HEAD_QA, "question-answering"}, {BERT_HEAD_MLM, "masked-lm"}, {BERT_HEAD_RTD, "replaced-token-detection"},
        {BERT_HEAD_NSP, "next-sentence"}, {BERT_HEAD_SOP, "sentence-order"},
    };
    size_t i;
    int l;
    printf("architecture: %s\n", c->has_weights ? bert_arch_name(c->arch) : "(tokenizer only)");
    if (c->has_weights) {
        printf("dtype: %s\n", bert_dtype_name(c->dtype));
        printf("vocab_size: %d\nhidden_size: %d\nembedding_size: %d\nlayers: %d\nheads: %d\nintermediate_size: %d\n", c->vocab_size,
               c->hidden_size, c->embedding_size, c->num_layers, c->num_heads, c->intermediate_size);
        if (c->inner_group_num > 1 || c->num_groups != c->num_layers)
            printf("layer_groups: %d x %d inner (shared)\n", c->num_groups, c->inner_group_num);
        printf("max_position_embeddings: %d\ntype_vocab_size: %d\n", c->max_position_embeddings, c->type_vocab_size);
        printf("activation: %s\nlayer_norm_eps: %g\n", bert_act_name(c->hidden_act), (double)c->layer_norm_eps);
        printf("positions: %s\n", c->positions == BERT_POSITIONS_PADDED ? "padded (roberta)" : "absolute");
        printf("max_length: %d\ntruncate_length: %d\n", c->max_length, c->truncate_length);
        printf("pooling: %s%s\n", bert_pooling_name(c->pooling), c->normalize ? " + l2 normalize" : "");
        printf("heads:");
        for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
            if (c->heads & heads[i].bit) printf(" %s", heads[i].name);
        printf("%s\n", c->heads ? "" : " (none: base encoder)");
        if (c->num_labels) {
            printf("labels:");
            for (l = 0; l < c->num_labels; l++) printf(" %d=%s", l, bert_model_label(model, l));
            printf("\n");
        }
    }
    printf("special_ids: pad=%d cls=%d sep=%d unk=%d mask=%d\n", c->pad_id, c->cls_id, c->sep_id, c->unk_id, c->mask_id);
    printf("tokenizer: %s\n", bert_model_tokenizer_kind(model));
    return 0;
}

/* ---- bert tokenize ---------------------------------------------------------------------------- */

/* Writes s[0..len) as a JSON string: UTF-8 passes through, controls, quotes and backslashes are
   escaped, and each invalid UTF-8 sequence becomes \ufffd. */
static void write_json_string(FILE *f, const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    fputc('"', f);
    while (i < len) {
        unsigned c = p[i];
        int n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0, k;
        if (c == '"' || c == '\\') { fputc('\\', f); fputc((int)c, f); i++; continue; }
        if (c < 0x20 || c == 0x7F) { fprintf(f, "\\u%04x", c); i++; continue; }
        for (k = 1; k < n; k++) {
            unsigned b = i + (size_t)k < len ? p[i + (size_t)k] : 0;
            unsigned lo = (k == 1 && c == 0xE0) ? 0xA0 : (k == 1 && c == 0xF0) ? 0x90 : 0x80;
            unsigned hi = (k == 1 && c == 0xED) ? 0x9F : (k == 1 && c == 0xF4) ? 0x8F : 0xBF;
            if (b < lo || b > hi) break;
        }
        if (n == 0 || k < n) { fputs("\\ufffd", f); i += n == 0 ? 1 : (size_t)k; continue; }
        fwrite(p + i, 1, (size_t)n, f);
        i += (size_t)n;
    }
    fputc('"', f);
}

static void write_encoding(FILE *f, const bert_model *model, const bert_encoding *enc) {
    int i;
    fputs("{\"ids\":[", f);
    for (i = 0; i < enc->count; i++) fprintf(f, "%s%d", i ? "," : "", (int)enc->ids[i]);
    fputs("],\"type_ids\":[", f);
    for (i = 0; i < enc->count; i++) fprintf(f, "%s%d", i ? "," : "", (int)enc->type_ids[i]);
    fputs("],\"tokens\":[", f);
    for (i = 0; i < enc->count; i++) {
        size_t len = 0;
        const char *t = bert_encoding_token(model, enc, i, &len);
        if (i) fputc(',', f);
        write_json_string(f, t ? t : "", t ? len : 0);
    }
    fputs("],\"offsets\":[", f);
    for (i = 0; i < enc->count; i++) fprintf(f, "%s[%d,%d]", i ? "," : "", (int)enc->offsets[2 * i], (int)enc->offsets[2 * i + 1]);
    fputs("]}\n", f);
}

/* One JSON line per input line (split on \n only: a \r stays in the text); with --pair each
   line is two texts split at its first TAB. */
static int cmd_tokenize(const bert_model *model, FILE *in, int pair, int max_length) {
    size_t len, at = 0;
    char *text = read_all(in, &len);
    bert_encoding enc;
    bert_error err;
    int rc = 0;
    if (!text) return die("%s", "cannot read standard input");
    if (strcmp(bert_model_tokenizer_kind(model), "none") == 0) { free(text); return die("%s", "this model file has no tokenizer"); }
    memset(&enc, 0, sizeof enc);
    while (at < len) {
        char *line = text + at, *nl = (char *)memchr(line, '\n', len - at);
        size_t n = nl ? (size_t)(nl - line) : len - at;
        int r;
        if (pair) {
            char *tab = (char *)memchr(line, '\t', n);
            size_t a = tab ? (size_t)(tab - line) : n;
            r = bert_tokenize_pair(model, line, a, tab ? tab + 1 : "", tab ? n - a - 1 : 0, max_length, &enc, &err);
        } else {
            r = bert_tokenize(model, line, n, max_length, &enc, &err);
        }
        if (r != BERT_OK) { rc = die("%s", err.message); break; }
        write_encoding(stdout, model, &enc);
        at += n + 1;
    }
    bert_encoding_free(&enc);
    free(text);
    if (rc == 0 && (fflush(stdout) != 0 || ferror(stdout))) rc = die("%s", "cannot write the output");
    return rc;
}

/* ---- bert embed ------------------------------------------------------------------------------- */

typedef struct embed_options {
    int batch;          /* lines per forward pass */
    int max_length;     /* truncation; BERT_TRUNCATE_DEFAULT: the model's own */
    int pooling;        /* a bert_pooling, or 0 for the model's default */
    int normalize;      /* 1, 0, or -1 for the model's default */
    int threads;        /* threads per forward pass */
} embed_options;

static bert_output pooling_output(int pooling) {
    return pooling == BERT_POOL_CLS ? BERT_OUT_CLS : pooling == BERT_POOL_MAX ? BERT_OUT_MAX
         : pooling == BERT_POOL_MEAN_SQRT_LEN ? BERT_OUT_MEAN_SQRT_LEN : BERT_OUT_MEAN;
}

/* Embeds `count` lines (spans of text) as one batch and prints one JSON array per line. The
   context grows when a batch needs more room than it has. */
static int embed_batch(const bert_model *model, const char **lines, const size_t *lens, int count, const embed_options *o,
                       bert_token_batch *tb, bert_ctx **ctx, int *ctx_batch, int *ctx_len, float *out) {
    const bert_config *cfg = bert_model_config(model);
    int pooling = o->pooling ? o->pooling : (int)cfg->pooling;
    int normalize = o->normalize >= 0 ? o->normalize : cfg->normalize, b, i, H = cfg->hidden_size;
    bert_error err;
    if (bert_tokenize_batch(model, lines, lens, NULL, NULL, count, o->max_length, tb, &err) != BERT_OK) return die("%s", err.message);
    if (!*ctx || count > *ctx_batch || tb->batch.seq_len > *ctx_len) {
        bert_ctx_free(*ctx);
        *ctx = NULL;
        *ctx_batch = count > *ctx_batch ? count : *ctx_batch;
        *ctx_len = tb->batch.seq_len > *ctx_len ? tb->batch.seq_len : *ctx_len;
        if (bert_ctx_create(ctx, model, *ctx_batch, *ctx_len, &err) != BERT_OK || bert_ctx_set_threads(*ctx, o->threads, &err) != BERT_OK)
            return die("%s", err.message);
    }
    if (bert_encode(*ctx, &tb->batch, &err) != BERT_OK || bert_output_get(*ctx, pooling_output(pooling), out, &err) != BERT_OK)
        return die("%s", err.message);
    for (b = 0; b < count; b++) {
        float *v = out + (size_t)b * H;
        if (normalize) bert_l2_normalize(v, H);
        fputc('[', stdout);
        for (i = 0; i < H; i++) printf(i ? ",%.9g" : "%.9g", (double)v[i]);
        fputs("]\n", stdout);
    }
    return 0;
}

static int cmd_embed(const bert_model *model, FILE *in, const embed_options *o) {
    size_t len, at = 0;
    char *text = read_all(in, &len);
    const char **lines = NULL;
    size_t *lens = NULL;
    float *out = NULL;
    bert_token_batch tb;
    bert_ctx *ctx = NULL;
    int n = 0, rc = 0, ctx_batch = 0, ctx_len = 0;
    if (!text) return die("%s", "cannot read standard input");
    memset(&tb, 0, sizeof tb);
    if (!bert_model_config(model)->has_weights) rc = die("%s", "this model file holds only a tokenizer; embed needs weights");
    else if (strcmp(bert_model_tokenizer_kind(model), "none") == 0) rc = die("%s", "this model file has no tokenizer");
    lines = (const char **)malloc((size_t)o->batch * sizeof *lines);
    lens = (size_t *)malloc((size_t)o->batch * sizeof *lens);
    out = (float *)malloc((size_t)o->batch * (size_t)bert_model_config(model)->hidden_size * sizeof *out);
    if (!rc && (!lines || !lens || !out)) rc = die("%s", "out of memory");
    /* Lines split on \n only (a \r stays in the text); a final line without \n counts too. */
    while (!rc && at < len) {
        char *nl = (char *)memchr(text + at, '\n', len - at);
        lines[n] = text + at;
        lens[n] = nl ? (size_t)(nl - (text + at)) : len - at;
        at += lens[n] + 1;
        if (++n == o->batch || at >= len) {
            rc = embed_batch(model, lines, lens, n, o, &tb, &ctx, &ctx_batch, &ctx_len, out);
            n = 0;
        }
    }
    if (rc == 0 && (fflush(stdout) != 0 || ferror(stdout))) rc = die("%s", "cannot write the output");
    bert_ctx_free(ctx);
    bert_token_batch_free(&tb);
    free(out);
    free(lens);
    free(lines);
    free(text);
    return rc;
}


/* ---- bert bench ------------------------------------------------------------------------------- */

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The machine's FMA peak for the vector type the kernels use (bert.h's bert__vf, the same
   translation unit): 12 independent chains of fused multiply-adds per thread, enough to cover
   the FMA latency on every current core, so the loop runs at the FMA units' throughput. */
#define FMA_ITERS 20000000L
static void *fma_loop(void *out) {
    bert__vf a0 = bert__vset(0.1f), a1 = bert__vset(0.2f), a2 = bert__vset(0.3f), a3 = bert__vset(0.4f);
    bert__vf a4 = bert__vset(0.5f), a5 = bert__vset(0.6f), a6 = bert__vset(0.7f), a7 = bert__vset(0.8f);
    bert__vf a8 = bert__vset(0.9f), a9 = bert__vset(1.0f), a10 = bert__vset(1.1f), a11 = bert__vset(1.2f);
    bert__vf m = bert__vset(0.9999999f), c = bert__vset(1e-7f);
    float sink[BERT__VL];
    long i;
    for (i = 0; i < FMA_ITERS / BERT__VL; i++) {
        a0 = bert__vfma(a0, m, c); a1 = bert__vfma(a1, m, c); a2 = bert__vfma(a2, m, c); a3 = bert__vfma(a3, m, c);
        a4 = bert__vfma(a4, m, c); a5 = bert__vfma(a5, m, c); a6 = bert__vfma(a6, m, c); a7 = bert__vfma(a7, m, c);
        a8 = bert__vfma(a8, m, c); a9 = bert__vfma(a9, m, c); a10 = bert__vfma(a10, m, c); a11 = bert__vfma(a11, m, c);
    }
    bert__vstore(sink, bert__vadd(bert__vadd(bert__vadd(a0, a1), bert__vadd(a2, a3)), bert__vadd(bert__vadd(a4, a5), bert__vadd(a6, a7))));
    bert__vstore(sink, bert__vadd(bert__vload(sink), bert__vadd(bert__vadd(a8, a9), bert__vadd(a10, a11))));
    *(float *)out = sink[0];
    return NULL;
}

/* GFLOP/s of `threads` threads running the FMA loop at once (best of 3). */
static double fma_peak(int threads) {
    double best = 0;
    int rep, t;
    for (rep = 0; rep < 3; rep++) {
        float sinks[64];
        double t0 = now_ms(), ms;
#ifndef BERT_NO_THREADS
        pthread_t tid[64];
        for (t = 1; t < threads && t < 64; t++) pthread_create(&tid[t], NULL, fma_loop, &sinks[t]);
        fma_loop(&sinks[0]);
        for (t = 1; t < threads && t < 64; t++) pthread_join(tid[t], NULL);
#else
        threads = 1;
        fma_loop(&sinks[0]);
#endif
        (void)t;
        ms = now_ms() - t0;
        if (threads * 24.0 * FMA_ITERS / (ms * 1e6) > best) best = threads * 24.0 * FMA_ITERS / (ms * 1e6);
    }
    return best;
}

/* Floating-point operations of one forward pass over B sequences of S tokens: the linear layers
   (2 per multiply-add) and attention's two S x S products per layer. */
static double forward_flops(const bert_config *c, int B, int S) {
    double H = c->hidden_size, I = c->intermediate_size, E = c->embedding_size, L = c->num_layers;
    double per_token = L * 2 * (4 * H * H + 2 * H * I) + (E != H ? 2 * E * H : 0);
    return (double)B * ((double)S * per_token + L * 4.0 * S * S * H);
}

static int cmd_bench(bert_model *model, const char *path, int argc, char **argv) {
    const bert_config *cfg = bert_model_config(model);
    int B = 1, S = 128, T = 1, iters = 20, warmup = 2, json = 0, i, b, t;
    int32_t *ids;
    double *ms, median, flops, peak, file_mb;
    uint32_t lcg = 12345;
    bert_ctx *ctx;
    bert_error err;
    bert_batch batch;
    struct rusage ru;
    FILE *f;
    for (i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc) B = atoi(argv[++i]);
        else if (strcmp(argv[i], "--seq") == 0 && i + 1 < argc) S = atoi(argv[++i]);
        else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) T = atoi(argv[++i]);
        else if (strcmp(argv[i], "--iters") == 0 && i + 1 < argc) iters = atoi(argv[++i]);
        else if (strcmp(argv[i], "--warmup") == 0 && i + 1 < argc) warmup = atoi(argv[++i]);
        else if (strcmp(argv[i], "--json") == 0) json = 1;
        else if (strcmp(argv[i], "-m") == 0 || strcmp(argv[i], "--model") == 0) i++;
        else return die("bench: unknown option %s", argv[i]);
    }
    if (!cfg->has_weights) return die("%s", "bench needs a model with weights");
    if (B < 1 || S < 2 || S > cfg->max_length || iters < 1 || warmup < 0) return die("%s", "bench: bad --batch, --seq or --iters");
    if (bert_ctx_create(&ctx, model, B, S, &err) != BERT_OK || bert_ctx_set_threads(ctx, T, &err) != BERT_OK)
        return die("%s", err.message);
    ids = (int32_t *)malloc((size_t)B * S * sizeof *ids);
    ms = (double *)malloc((size_t)iters * sizeof *ms);
    if (!ids || !ms) return die("%s", "out of memory");
    /* [CLS] random ids [SEP], as ../shared/bench/ort_bench.js feeds ONNX Runtime */
    for (b = 0; b < B; b++)
        for (t = 0; t < S; t++) {
            int lo = cfg->vocab_size > 2000 ? 1000 : 0, hi = cfg->vocab_size < 30000 ? cfg->vocab_size : 30000;
            lcg = lcg * 1664525u + 1013904223u;
            ids[(size_t)b * S + t] = t == 0 && cfg->cls_id >= 0 ? cfg->cls_id : t == S - 1 && cfg->sep_id >= 0 ? cfg->sep_id
                                   : lo + (int32_t)((lcg >> 8) % (uint32_t)(hi - lo));
        }
    batch.batch = B;
    batch.seq_len = S;
    batch.input_ids = ids;
    batch.attention_mask = NULL;
    batch.token_type_ids = NULL;
    for (i = 0; i < warmup + iters; i++) {
        double t0 = now_ms();
        if (bert_encode(ctx, &batch, &err) != BERT_OK) return die("%s", err.message);
        if (i >= warmup) ms[i - warmup] = now_ms() - t0;
    }
    qsort(ms, (size_t)iters, sizeof *ms, by_value);
    median = iters % 2 ? ms[iters / 2] : (ms[iters / 2 - 1] + ms[iters / 2]) / 2;
    flops = forward_flops(cfg, B, S);
    getrusage(RUSAGE_SELF, &ru);
    peak = fma_peak(T);
    file_mb = 0;
    if ((f = fopen(path, "rb")) != NULL) {
        if (fseek(f, 0, SEEK_END) == 0) file_mb = (double)ftell(f) / (1024.0 * 1024.0);
        fclose(f);
    }
    if (json)
        printf("{\"model\": \"%s\", \"dtype\": \"%s\", \"isa\": \"%s\", \"batch\": %d, \"seq\": %d, \"threads\": %d, \"iters\": %d, "
               "\"median_ms\": %.3f, \"min_ms\": %.3f, \"ms_per_seq\": %.3f, \"tokens_per_s\": %.1f, \"gflops\": %.1f, "
               "\"fma_peak_gflops\": %.1f, \"peak_fraction\": %.3f, \"peak_rss_mb\": %.1f, \"file_mb\": %.1f}\n",
               path, bert_dtype_name(cfg->dtype), bert_simd_name(), B, S, T, iters, median, ms[0], median / B, B * S / (median / 1e3),
               flops / (median * 1e6), peak, flops / (median * 1e6) / peak, ru.ru_maxrss / 1024.0, file_mb);
    else
        printf("%s (%s, %s kernels): batch %d x %d tokens, %d thread%s, %d runs\n"
               "  median %.2f ms per batch (min %.2f), %.3f ms per sequence, %.0f tokens/s\n"
               "  %.1f GFLOP/s achieved; FMA peak %.1f GFLOP/s on %d thread%s (%.0f%%)\n"
               "  peak resident memory %.1f MB (model file %.1f MB)\n",
               path, bert_dtype_name(cfg->dtype), bert_simd_name(), B, S, T, T == 1 ? "" : "s", iters, median, ms[0], median / B,
               B * S / (median / 1e3), flops / (median * 1e6), peak, T, T == 1 ? "" : "s", 100 * flops / (median * 1e6) / peak,
               ru.ru_maxrss / 1024.0, file_mb);
    free(ids);
    free(ms);
    bert_ctx_free(ctx);
    return 0;
}

/* The default thread count of run and embed: every online CPU (one where that is unknown, or
   where the library is built without threads). */
static int online_cpus(void) {
#if defined(_SC_NPROCESSORS_ONLN) && !defined(BERT_NO_THREADS)
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
#else
    return 1;
#endif
}

/* ---- main ------------------------------------------------------------------------------------- */

static void usage(void) {
    fprintf(stderr,
            "usage: bert run -m MODEL [--threads N] < in.json > out.json\n"
            "       bert info -m MODEL\n"
            "       bert tokenize -m MODEL [--pair] [--max-length N] < lines > out.jsonl\n"
            "       bert embed -m MODEL [--batch N] [--max-length N] [--pooling cls|mean|max|mean_sqrt_len]\n"
            "                  [--normalize | --no-normalize] [--threads N] < lines > out.jsonl\n"
            "       bert bench -m MODEL [--batch B] [--seq S] [--threads T] [--iters N] [--warmup W] [--json]\n");
}

int main(int argc, char **argv) {
    const char *cmd, *model_path = NULL;
    bert_model *model;
    bert_error err;
    int i, rc, pair = 0, max_length = 0;
    embed_options eo = {32, BERT_TRUNCATE_DEFAULT, 0, -1, 1};
    eo.threads = online_cpus();
    if (argc < 2) { usage(); return 2; }
    cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) { usage(); return 0; }
    if (strcmp(cmd, "bench") == 0) { /* its own options */
        for (i = 2; i + 1 < argc; i++)
            if (strcmp(argv[i], "-m") == 0 || strcmp(argv[i], "--model") == 0) model_path = argv[i + 1];
        if (!model_path) return die("%s needs -m MODEL", cmd);
        if (bert_model_load_file(&model, model_path, &err) != BERT_OK) return die("%s", err.message);
        rc = cmd_bench(model, model_path, argc, argv);
        bert_model_free(model);
        return rc;
    }
    for (i = 2; i < argc; i++) {
        if ((strcmp(argv[i], "-m") == 0 || strcmp(argv[i], "--model") == 0) && i + 1 < argc) model_path = argv[++i];
        else if (strcmp(argv[i], "--pair") == 0) pair = 1;
        else if (strcmp(argv[i], "--max-length") == 0 && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 1 || v > 1000000) return die("--max-length must be a positive integer, not \"%s\"", argv[i]);
            max_length = eo.max_length = (int)v;
        } else if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 1 || v > 65536) return die("--batch must be an integer from 1 to 65536, not \"%s\"", argv[i]);
            eo.batch = (int)v;
        } else if (strcmp(argv[i], "--pooling") == 0 && i + 1 < argc) {
            const char *p = argv[++i];
            eo.pooling = strcmp(p, "cls") == 0 ? BERT_POOL_CLS : strcmp(p, "mean") == 0 ? BERT_POOL_MEAN
                       : strcmp(p, "max") == 0 ? BERT_POOL_MAX : strcmp(p, "mean_sqrt_len") == 0 ? BERT_POOL_MEAN_SQRT_LEN : 0;
            if (!eo.pooling) return die("--pooling must be cls, mean, max or mean_sqrt_len, not \"%s\"", p);
        } else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 1 || v > 256) return die("--threads must be an integer from 1 to 256, not \"%s\"", argv[i]);
            eo.threads = (int)v;
        } else if (strcmp(argv[i], "--normalize") == 0) {
            eo.normalize = 1;
        } else if (strcmp(argv[i], "--no-normalize") == 0) {
            eo.normalize = 0;
        } else {
            usage();
            return die("unknown option %s", argv[i]);
        }
    }
    if (strcmp(cmd, "run") != 0 && strcmp(cmd, "info") != 0 && strcmp(cmd, "tokenize") != 0 && strcmp(cmd, "embed") != 0) {
        return die("unknown command \"%s\" (bert --help lists them)", cmd);
    }
    if (!model_path) return die("%s needs -m MODEL", cmd);
    if (bert_model_load_file(&model, model_path, &err) != BERT_OK) return die("%s", err.message);
    if (strcmp(cmd, "run") == 0) rc = cmd_run(model, stdin, eo.threads);
    else if (strcmp(cmd, "info") == 0) rc = cmd_info(model);
    else if (strcmp(cmd, "tokenize") == 0) rc = cmd_tokenize(model, stdin, pair, max_length);
    else rc = cmd_embed(model, stdin, &eo);
    bert_model_free(model);
    return rc;
}
