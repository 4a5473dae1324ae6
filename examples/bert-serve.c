/* bert-serve - an HTTP server for embeddings, reranking and classification, with the APIs people
 * already call: Hugging Face text-embeddings-inference (TEI) and OpenAI's /v1/embeddings.
 *
 *   bert-serve -m MODEL [--host 127.0.0.1] [--port 8080] [--threads N] [--max-batch-tokens 16384]
 *              [--max-concurrent-requests 512] [--max-client-batch-size 32] [--payload-limit 2000000]
 *              [--api-key KEY] [--auto-truncate] [--model-id NAME]
 *
 *   POST /embed           {"inputs": "text" | ["text", ...], "normalize": true, "truncate": false,
 *                          "prompt_name": null, "dimensions": null}        -> [[f32, ...], ...]
 *   POST /v1/embeddings   {"input": "text" | [...], "model": "...", "encoding_format": "float" |
 *                          "base64", "dimensions": N}  -> {"object": "list", "data": [...], ...}
 *   POST /embed_sparse    {"inputs": "text" | [...], "truncate": false, "prompt_name": null}
 *                          (a SPLADE model)             -> [[{"index": token id, "value"}, ...], ...]
 *   POST /rerank          {"query": "...", "texts": [...], "raw_scores": false, "return_text": false}
 *                                                       -> [{"index", "score", "text"?}, ...] best first
 *   POST /predict         {"inputs": "text" | ["a", "b"] (a pair) | [[...], ...] (a batch),
 *                          "raw_scores": false}        -> [{"label", "score"}, ...] best first
 *   POST /tokenize        {"inputs": "text" | [...], "add_special_tokens": true}
 *                                                       -> [[{"id", "text", "special", "start", "stop"}]]
 *   GET  /health, /info, /metrics (Prometheus text format)
 *
 * Errors are TEI's: {"error": "...", "error_type": "..."} with 400 (empty input, or a route this
 * model does not serve: /embed_sparse on a dense model, /embed or /v1/embeddings on a sparse one,
 * /rerank or /predict without a classifier), 401 (API key),
 * 413 (payload or batch too large), 422 (invalid request, with bert.h's message), 429 (too many
 * requests in flight), 503 (shutting down); /v1/embeddings answers OpenAI's {"error": {...}}.
 *
 * How it works: libmicrohttpd runs one thread per connection. That thread reads the body, parses
 * it (tools/json.h), tokenizes the texts and queues them; one encoder thread takes queued texts
 * from every request, oldest first, packs up to --max-batch-tokens of them into one bert_encode,
 * and hands each request its rows. bert.h's encoder skips padding, so a batch costs its real
 * tokens; batching many small requests costs little more than one big one. SIGTERM or SIGINT
 * stops accepting connections, finishes the requests in flight and exits.
 *
 * Built with -DSERVE_NO_HTTP (the fuzz target tests/fuzz/fuzz_serve.c), everything but the HTTP
 * layer is compiled, and serve_handle() encodes on the caller's thread.
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifndef SERVE_NO_HTTP
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <microhttpd.h>
#endif

#define SERVE_VERSION "0.1"

/* ---- A growable output buffer ------------------------------------------------------------- */

typedef struct sbuf {
    char *data;
    size_t len, cap;
    int failed; /* an allocation failed: the contents are incomplete */
} sbuf;

static void sbuf_put(sbuf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        char *bigger;
        while (cap < b->len + n + 1) cap *= 2;
        if (!(bigger = (char *)realloc(b->data, cap))) { b->failed = 1; return; }
        b->data = bigger;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void sbuf_str(sbuf *b, const char *s) { sbuf_put(b, s, strlen(s)); }

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void sbuf_printf(sbuf *b, const char *fmt, ...) {
    char small[256];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) { b->failed = 1; return; }
    if ((size_t)n < sizeof small) { sbuf_put(b, small, (size_t)n); return; }
    {
        char *big = (char *)malloc((size_t)n + 1);
        if (!big) { b->failed = 1; return; }
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        sbuf_put(b, big, (size_t)n);
        free(big);
    }
}

/* The length of the well-formed UTF-8 sequence that starts s[0..n) (RFC 3629: no overlong
   forms, no surrogates, nothing past U+10FFFF), or 0 when none does. */
static size_t utf8_sequence(const unsigned char *s, size_t n) {
    unsigned c = s[0], lo = 0x80, hi = 0xBF;
    size_t len, k;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;      /* overlong */
        else if (c == 0xED) hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;      /* overlong */
        else if (c == 0xF4) hi = 0x8F; /* past U+10FFFF */
    } else return 0;
    if (n < len || s[1] < lo || s[1] > hi) return 0;
    for (k = 2; k < len; k++)
        if (s[k] < 0x80 || s[k] > 0xBF) return 0;
    return len;
}

/* A JSON string: quotes, backslashes and control characters escaped, and each byte that is not
   part of well-formed UTF-8 written as U+FFFD. JSON text must be UTF-8 (RFC 8259), and what is
   echoed here need not be: the URL of a 404 (libmicrohttpd decodes %FF to the byte), a text or
   model name the client sent with raw invalid bytes (tools/json.h keeps them), or an error
   message that vsnprintf cut in the middle of a character. Clients (Python's json, serde) reject
   the whole answer for one such byte. */
static void sbuf_json_string(sbuf *b, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, run = 0, k;
    sbuf_put(b, "\"", 1);
    while (i < n) {
        unsigned char c = u[i];
        if (c >= 0x20 && c != '"' && c != '\\' && (k = utf8_sequence(u + i, n - i)) > 0) {
            i += k;
            continue;
        }
        sbuf_put(b, s + run, i - run);
        if (c == '"') sbuf_put(b, "\\\"", 2);
        else if (c == '\\') sbuf_put(b, "\\\\", 2);
        else if (c == '\n') sbuf_put(b, "\\n", 2);
        else if (c == '\t') sbuf_put(b, "\\t", 2);
        else if (c == '\r') sbuf_put(b, "\\r", 2);
        else if (c < 0x20) sbuf_printf(b, "\\u%04x", c);
        else sbuf_put(b, "\\ufffd", 6); /* a byte of no well-formed sequence */
        run = ++i;
    }
    sbuf_put(b, s + run, n - run);
    sbuf_put(b, "\"", 1);
}

/* 9 significant digits: every float reads back as itself. JSON has no NaN or infinity. */
static void sbuf_float(sbuf *b, float v) {
    if (isfinite(v)) sbuf_printf(b, "%.9g", (double)v);
    else sbuf_put(b, "null", 4);
}

static void sbuf_double(sbuf *b, double v) {
    if (isfinite(v)) sbuf_printf(b, "%.9g", v);
    else sbuf_put(b, "null", 4);
}

static void sbuf_base64(sbuf *b, const unsigned char *p, size_t n) {
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i;
    for (i = 0; i + 2 < n; i += 3) {
        char q[4];
        unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
        q[0] = digits[v >> 18 & 63]; q[1] = digits[v >> 12 & 63]; q[2] = digits[v >> 6 & 63]; q[3] = digits[v & 63];
        sbuf_put(b, q, 4);
    }
    if (i < n) {
        char q[4];
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0);
        q[0] = digits[v >> 18 & 63]; q[1] = digits[v >> 12 & 63];
        q[2] = i + 1 < n ? digits[v >> 6 & 63] : '=';
        q[3] = '=';
        sbuf_put(b, q, 4);
    }
}

/* ---- Metrics ------------------------------------------------------------------------------ */

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

#define HIST_MAX_BOUNDS 16
typedef struct histogram {
    const double *bounds; /* upper bounds, ascending; +Inf is implied */
    int nbounds;
    long counts[HIST_MAX_BOUNDS + 1];
    double sum;
    long total;
} histogram;

static void hist_observe(histogram *h, double v) {
    int i = 0;
    while (i < h->nbounds && v > h->bounds[i]) i++;
    h->counts[i]++;
    h->sum += v;
    h->total++;
}

static void hist_write(sbuf *b, const char *name, const char *help, const histogram *h) {
    long cumulative = 0;
    int i;
    sbuf_printf(b, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name);
    for (i = 0; i < h->nbounds; i++) {
        cumulative += h->counts[i];
        sbuf_printf(b, "%s_bucket{le=\"%g\"} %ld\n", name, h->bounds[i], cumulative);
    }
    sbuf_printf(b, "%s_bucket{le=\"+Inf\"} %ld\n%s_sum %.9g\n%s_count %ld\n", name, h->total, name, h->sum, name, h->total);
}

static const double latency_bounds[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
static const double batch_size_bounds[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};
static const double batch_token_bounds[] = {16, 64, 256, 1024, 2048, 4096, 8192, 16384, 32768, 65536};
#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* The routes, for counting requests per route. */
typedef enum route {
    ROUTE_EMBED, ROUTE_OPENAI, ROUTE_SPARSE, ROUTE_RERANK, ROUTE_PREDICT, ROUTE_TOKENIZE, /* the POSTs serve_handle takes */
    ROUTE_HEALTH, ROUTE_INFO, ROUTE_METRICS, ROUTE_OTHER, ROUTE_COUNT
} route;
static const char *const route_names[ROUTE_COUNT] = {"embed", "openai_embeddings", "embed_sparse", "rerank", "predict", "tokenize",
                                                      "health", "info", "metrics", "other"};
static const int status_codes[] = {200, 400, 401, 404, 405, 413, 422, 429, 500, 503};
#define STATUS_COUNT COUNT_OF(status_codes)

typedef struct metrics {
    long requests[ROUTE_COUNT][STATUS_COUNT];
    long texts, tokens, batches;
    histogram request_seconds, encode_seconds, batch_size, batch_tokens;
} metrics;

/* ---- The server's state --------------------------------------------------------------------- */

typedef struct serve_config {
    const char *model_path, *model_id, *host, *api_key;
    int port, threads, max_batch_tokens, max_concurrent, max_client_batch, auto_truncate;
    size_t payload_limit;
    int test_delay_ms; /* tests only: the encoder sleeps this long before each batch */
} serve_config;

typedef struct serve_request serve_request;

/* One text (or pair) of a request in an encoder batch. */
typedef struct batch_item {
    serve_request *req;
    int seq;
} batch_item;

/* Context lengths: powers of two from 16 up to the model's max_length. */
#define SERVE_SPARSE_ITEMS 64 /* the most texts of a batch for a sparse model, each row vocab_size floats */
#define SERVE_BUCKETS 24

typedef struct serve {
    serve_config cfg;
    const bert_model *model;
    const bert_config *mc;
    int limit;            /* tokens per text (or pair), special tokens included */
    int pooling_output;   /* the bert_output of the model's pooling */
    int encode_inline;    /* no encoder thread: serve_handle encodes on its own thread (fuzzing) */
    pthread_mutex_t lock; /* everything below */
    pthread_cond_t wake;  /* the encoder: work queued, or stop */
    pthread_cond_t idle;  /* shutdown: a request finished */
    serve_request *head, *tail; /* requests with texts not yet taken by the encoder, oldest first */
    int queued_texts;     /* texts waiting in them */
    int in_flight;        /* compute requests admitted and not yet answered */
    int active;           /* HTTP requests begun and not yet completed (sent or dropped) */
    int stopping;         /* shutdown began: new requests get 503 */
    int encoder_stop;     /* the encoder ends once the queue is empty */
    int busy;             /* a batch is being encoded (encoder_step), by the encoder thread or, when
                             the queue was idle, by the thread of the request it holds */
    metrics m;
    /* the encoder's own: touched only by the thread that encodes */
    bert_ctx *ctx[SERVE_BUCKETS];
    batch_item *items;
    int max_items;
    int32_t *ids, *mask, *types; /* [max_batch_tokens] */
    float *pooled, *logits;      /* [max_items][hidden_size, or vocab_size for a sparse model], [max_items][num_labels] */
    int *entry_ids;              /* [vocab_size] a sparse row's nonzero entries, before they are kept */
    float *entry_values;
} serve;

/* ---- Requests --------------------------------------------------------------------------- */

typedef struct serve_text {
    const char *text, *pair; /* pair: NULL for a single text */
    size_t len, pair_len;
} serve_text;

struct serve_request {
    route kind;
    json_doc doc;         /* the body; the texts point into its string pool */
    int n;                /* texts (or pairs) */
    serve_text *texts;
    int single;           /* the input was one text, not a list */
    int normalize, truncate, dim, raw_scores, return_text, base64, add_special_tokens;
    const char *prompt;   /* put before every text (embeddings only); NULL for none */
    const char *model_name;
    /* tokenized */
    int32_t *tokens;      /* each text's ids then its type ids */
    size_t *token_at;     /* [n] where text i's ids start in tokens */
    int *token_count;     /* [n] */
    long total_tokens;
    /* encoded: n rows of width floats, written by the encoder; /embed_sparse: each text's nonzero
       entries instead (a row is vocab_size wide) */
    float *out;
    int width;
    int **sparse_ids, *sparse_count;
    float **sparse_values;
    /* the queue */
    serve_request *next;
    int taken, done, failed;
    char error[256];
    pthread_cond_t ready; /* done == n */
};

static void request_free(serve_request *r) {
    int i;
    json_free(&r->doc);
    free(r->texts);
    free(r->tokens);
    free(r->token_at);
    free(r->token_count);
    free(r->out);
    if (r->sparse_ids)
        for (i = 0; i < r->n; i++) free(r->sparse_ids[i]);
    if (r->sparse_values)
        for (i = 0; i < r->n; i++) free(r->sparse_values[i]);
    free(r->sparse_ids);
    free(r->sparse_values);
    free(r->sparse_count);
}

/* What serve_handle answers: an HTTP status and a JSON (or text) body. */
typedef struct reply {
    int status;
    sbuf body;
    const char *content_type;
} reply;

static const char *error_type_of(int status) {
    switch (status) {
    case 400: return "Empty";
    case 401: return "Unauthorized";
    case 404: return "NotFound";
    case 405: return "MethodNotAllowed";
    case 413: return "Validation";
    case 422: return "Tokenizer";
    case 429: return "Overloaded";
    case 503: return "Unhealthy";
    default: return "Backend";
    }
}

/* An error body: TEI's {"error", "error_type"}, or OpenAI's {"error": {"message", "type", "code"}}. */
static int reply_error(reply *out, route kind, int status, const char *fmt, ...) {
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    free(out->body.data);
    memset(&out->body, 0, sizeof out->body);
    out->status = status;
    out->content_type = "application/json";
    if (kind == ROUTE_OPENAI) {
        sbuf_str(&out->body, "{\"error\":{\"message\":");
        sbuf_json_string(&out->body, message, strlen(message));
        sbuf_printf(&out->body, ",\"type\":\"%s\",\"code\":%d}}", error_type_of(status), status);
    } else {
        sbuf_str(&out->body, "{\"error\":");
        sbuf_json_string(&out->body, message, strlen(message));
        sbuf_printf(&out->body, ",\"error_type\":\"%s\"}", error_type_of(status));
    }
    return status;
}

/* ---- Parsing request bodies ------------------------------------------------------------- */

/* Reads an optional boolean member; 0 when it is absent or null, -1 (and the error) when it is
   not a boolean. */
static int get_bool(const json_doc *d, const char *key, int fallback, int *value, reply *out, route kind) {
    int node = json_get(d, 0, key);
    json_type t = json_type_of(d, node);
    if (node < 0 || t == JSON_NULL) { *value = fallback; return 0; }
    if (t != JSON_TRUE && t != JSON_FALSE) return reply_error(out, kind, 422, "\"%s\" must be true or false", key), -1;
    *value = t == JSON_TRUE;
    return 0;
}

/* An optional positive integer (0 when absent or null). */
static int get_count(const json_doc *d, const char *key, int most, int *value, reply *out, route kind) {
    int node = json_get(d, 0, key);
    const json_node *v;
    *value = 0;
    if (node < 0 || json_type_of(d, node) == JSON_NULL) return 0;
    v = &d->nodes[node];
    if (v->type != JSON_NUMBER || !v->is_integer || v->number < 1 || v->number > most)
        return reply_error(out, kind, 422, "\"%s\" must be an integer from 1 to %d", key, most), -1;
    *value = (int)v->number;
    return 0;
}

/* An optional string (NULL when absent or null). */
static int get_string(const json_doc *d, const char *key, const char **value, reply *out, route kind) {
    int node = json_get(d, 0, key);
    *value = NULL;
    if (node < 0 || json_type_of(d, node) == JSON_NULL) return 0;
    if (json_type_of(d, node) != JSON_STRING) return reply_error(out, kind, 422, "\"%s\" must be a string", key), -1;
    *value = json_str(d, node);
    return 0;
}

static serve_text text_of(const json_doc *d, int node) {
    serve_text t;
    memset(&t, 0, sizeof t);
    t.text = json_str(d, node);
    t.len = d->nodes[node].len;
    return t;
}

/* The size check every list of inputs passes: not empty (400), not over the client limit (413). */
static int check_batch_size(const serve *s, int n, const char *what, reply *out, route kind) {
    if (n == 0) return reply_error(out, kind, 400, "%s is empty", what), -1;
    if (n > s->cfg.max_client_batch)
        return reply_error(out, kind, 413, "batch size %d > maximum allowed batch size %d (--max-client-batch-size)", n,
                           s->cfg.max_client_batch), -1;
    return 0;
}

/* A text or a list of texts (TEI's "inputs", OpenAI's "input") into r->texts. */
static int parse_text_list(const serve *s, serve_request *r, const char *key, reply *out) {
    const json_doc *d = &r->doc;
    int node = json_get(d, 0, key), c, i = 0;
    json_type t = json_type_of(d, node);
    if (node < 0) return reply_error(out, r->kind, 422, "missing \"%s\"", key), -1;
    if (t == JSON_STRING) {
        r->single = 1;
        r->n = 1;
    } else if (t == JSON_ARRAY) {
        r->n = json_count(d, node);
        if (check_batch_size(s, r->n, key, out, r->kind)) return -1;
        for (c = json_first(d, node); c >= 0; c = json_next(d, c))
            if (json_type_of(d, c) != JSON_STRING)
                return reply_error(out, r->kind, 422, "\"%s\" must be a string or a list of strings", key), -1;
    } else return reply_error(out, r->kind, 422, "\"%s\" must be a string or a list of strings", key), -1;
    if (!(r->texts = (serve_text *)calloc((size_t)r->n, sizeof *r->texts))) return reply_error(out, r->kind, 500, "out of memory"), -1;
    if (r->single) r->texts[0] = text_of(d, node);
    else for (c = json_first(d, node); c >= 0; c = json_next(d, c)) r->texts[i++] = text_of(d, c);
    return 0;
}

/* A /predict sequence: a string, or a list of one or two strings (a pair). */
static int parse_sequence(const json_doc *d, int node, serve_text *t) {
    int a, b;
    if (json_type_of(d, node) == JSON_STRING) { *t = text_of(d, node); return 0; }
    if (json_type_of(d, node) != JSON_ARRAY || json_count(d, node) < 1 || json_count(d, node) > 2) return -1;
    a = json_first(d, node);
    b = json_next(d, a);
    if (json_type_of(d, a) != JSON_STRING || (b >= 0 && json_type_of(d, b) != JSON_STRING)) return -1;
    *t = text_of(d, a);
    if (b >= 0) {
        t->pair = json_str(d, b);
        t->pair_len = d->nodes[b].len;
    }
    return 0;
}

/* /predict's inputs: a string, a pair ["a", "b"], or a list of those. A list of two strings is a
   pair, as TEI reads it; a batch of two single texts is [["a"], ["b"]]. */
static int parse_predict_inputs(const serve *s, serve_request *r, reply *out) {
    static const char *shape = "\"inputs\" must be a text, a pair [\"text\", \"text\"] or a list of texts and pairs";
    const json_doc *d = &r->doc;
    int node = json_get(d, 0, "inputs"), c, i = 0, pair;
    if (node < 0) return reply_error(out, r->kind, 422, "missing \"inputs\""), -1;
    pair = json_type_of(d, node) == JSON_ARRAY && json_count(d, node) == 2 && json_type_of(d, json_first(d, node)) == JSON_STRING;
    if (json_type_of(d, node) == JSON_STRING || pair) {
        r->single = 1;
        r->n = 1;
        if (!(r->texts = (serve_text *)calloc(1, sizeof *r->texts))) return reply_error(out, r->kind, 500, "out of memory"), -1;
        if (parse_sequence(d, node, &r->texts[0])) return reply_error(out, r->kind, 422, "%s", shape), -1;
        return 0;
    }
    if (json_type_of(d, node) != JSON_ARRAY) return reply_error(out, r->kind, 422, "%s", shape), -1;
    r->n = json_count(d, node);
    if (check_batch_size(s, r->n, "inputs", out, r->kind)) return -1;
    if (!(r->texts = (serve_text *)calloc((size_t)r->n, sizeof *r->texts))) return reply_error(out, r->kind, 500, "out of memory"), -1;
    for (c = json_first(d, node); c >= 0; c = json_next(d, c))
        if (parse_sequence(d, c, &r->texts[i++])) return reply_error(out, r->kind, 422, "%s", shape), -1;
    return 0;
}

/* /rerank: the query paired with each of "texts". */
static int parse_rerank(const serve *s, serve_request *r, reply *out) {
    const json_doc *d = &r->doc;
    int q = json_get(d, 0, "query"), c, i = 0;
    int list = json_get(d, 0, "texts");
    if (json_type_of(d, q) != JSON_STRING) return reply_error(out, r->kind, 422, "\"query\" must be a string"), -1;
    if (json_type_of(d, list) != JSON_ARRAY) return reply_error(out, r->kind, 422, "\"texts\" must be a list of strings"), -1;
    r->n = json_count(d, list);
    if (check_batch_size(s, r->n, "texts", out, r->kind)) return -1;
    if (!(r->texts = (serve_text *)calloc((size_t)r->n, sizeof *r->texts))) return reply_error(out, r->kind, 500, "out of memory"), -1;
    for (c = json_first(d, list); c >= 0; c = json_next(d, c)) {
        if (json_type_of(d, c) != JSON_STRING) return reply_error(out, r->kind, 422, "\"texts\" must be a list of strings"), -1;
        r->texts[i] = text_of(d, q);
        r->texts[i].pair = json_str(d, c);
        r->texts[i].pair_len = d->nodes[c].len;
        i++;
    }
    return get_bool(d, "raw_scores", 0, &r->raw_scores, out, r->kind) || get_bool(d, "return_text", 0, &r->return_text, out, r->kind) ? -1 : 0;
}

/* The prompt a request asks for by name; without a name, the model's default when use_default
   (embeddings: sentence-transformers and bert embed put it before every text), else none. */
static int resolve_prompt(const serve *s, serve_request *r, int use_default, reply *out) {
    const char *name;
    int p;
    if (get_string(&r->doc, "prompt_name", &name, out, r->kind)) return -1;
    p = name || use_default ? bert_model_find_prompt(s->model, name) : -1;
    if (p < 0 && name) return reply_error(out, r->kind, 422, "the model has no prompt called \"%s\"", name), -1;
    r->prompt = p >= 0 ? bert_model_prompt_text(s->model, p) : NULL;
    return 0;
}

/* 1 for a SPLADE model: its embeddings are sparse, vocab_size wide (/embed_sparse). */
static int is_sparse(const serve *s) { return s->mc->pooling == BERT_POOL_SPLADE || s->mc->pooling == BERT_POOL_SPLADE_SUM; }

static int needs_classifier(const serve *s, serve_request *r, reply *out) {
    if (!(s->mc->heads & BERT_HEAD_SEQ_CLS) || s->mc->num_labels < 1)
        return reply_error(out, r->kind, 400, "this model has no sequence-classification head (not a classifier or cross-encoder)"), -1;
    if (s->mc->heads & BERT_HEAD_CHOICE)
        return reply_error(out, r->kind, 400, "a multiple-choice model, whose score means something only against the other choices: "
                           "use bert choose or bert_choose"), -1;
    if (r->kind == ROUTE_RERANK && s->mc->num_labels != 1)
        return reply_error(out, r->kind, 400, "/rerank needs a cross-encoder with one label; this model has %d (use /predict)",
                           s->mc->num_labels), -1;
    return 0;
}

/* The body of a POST into r: what to encode and how. 0, or -1 with the error in out. */
static int parse_request(const serve *s, serve_request *r, const char *body, size_t len, reply *out) {
    char why[200];
    const json_doc *d = &r->doc;
    if (len == 0) return reply_error(out, r->kind, 400, "empty request body"), -1;
    if (json_parse(&r->doc, body, len, why, sizeof why) != 0) return reply_error(out, r->kind, 422, "invalid JSON: %s", why), -1;
    if (json_type_of(d, 0) != JSON_OBJECT) return reply_error(out, r->kind, 422, "the body must be a JSON object"), -1;
    r->truncate = s->cfg.auto_truncate;
    if (get_bool(d, "truncate", r->truncate, &r->truncate, out, r->kind)) return -1;
    {
        const char *direction;
        if (get_string(d, "truncation_direction", &direction, out, r->kind)) return -1;
        if (direction && strcmp(direction, "right") != 0 && strcmp(direction, "Right") != 0)
            return reply_error(out, r->kind, 422, "\"truncation_direction\": \"%.40s\" is not supported (texts are cut on the right)",
                               direction), -1;
    }
    switch (r->kind) {
    case ROUTE_EMBED:
        if (is_sparse(s))
            return reply_error(out, r->kind, 400, "this is a sparse (SPLADE) model, whose embeddings are vocab_size wide: use /embed_sparse"), -1;
        if (parse_text_list(s, r, "inputs", out) || get_bool(d, "normalize", 1, &r->normalize, out, r->kind) ||
            get_count(d, "dimensions", s->mc->hidden_size, &r->dim, out, r->kind) || resolve_prompt(s, r, 1, out))
            return -1;
        return 0;
    case ROUTE_OPENAI: {
        const char *format;
        if (is_sparse(s))
            return reply_error(out, r->kind, 400, "this is a sparse (SPLADE) model, whose embeddings are vocab_size wide: use /embed_sparse"), -1;
        if (parse_text_list(s, r, "input", out) || get_count(d, "dimensions", s->mc->hidden_size, &r->dim, out, r->kind) ||
            get_string(d, "encoding_format", &format, out, r->kind) || get_string(d, "model", &r->model_name, out, r->kind) ||
            resolve_prompt(s, r, 1, out))
            return -1;
        if (format && strcmp(format, "float") != 0 && strcmp(format, "base64") != 0)
            return reply_error(out, r->kind, 422, "\"encoding_format\" must be \"float\" or \"base64\""), -1;
        r->base64 = format && strcmp(format, "base64") == 0;
        r->normalize = 1;
        return 0;
    }
    case ROUTE_SPARSE:
        if (!is_sparse(s))
            return reply_error(out, r->kind, 400, "/embed_sparse needs a sparse (SPLADE) model; this one's embeddings are dense (use /embed)"), -1;
        return parse_text_list(s, r, "inputs", out) || resolve_prompt(s, r, 1, out) ? -1 : 0;
    case ROUTE_RERANK: return parse_rerank(s, r, out) || needs_classifier(s, r, out) ? -1 : 0;
    case ROUTE_PREDICT:
        return parse_predict_inputs(s, r, out) || get_bool(d, "raw_scores", 0, &r->raw_scores, out, r->kind) || needs_classifier(s, r, out)
                   ? -1 : 0;
    case ROUTE_TOKENIZE:
        /* a prompt only when named: /tokenize shows the text as sent otherwise */
        return parse_text_list(s, r, "inputs", out) || get_bool(d, "add_special_tokens", 1, &r->add_special_tokens, out, r->kind) ||
                       resolve_prompt(s, r, 0, out) ? -1 : 0;
    default: return reply_error(out, r->kind, 404, "no such route"), -1;
    }
}

/* ---- Tokenizing (on the request's own thread) ----------------------------------------------- */

/* Text i of r (after its prompt) into enc, cut to the limit when the request allows, else an
   error when longer. Tokenizing one token past the limit tells a text that just fits from one
   that is cut, and costs only what the limit keeps however long the text. */
static int tokenize_one(const serve *s, serve_request *r, int i, bert_encoding *enc, sbuf *joined, reply *out) {
    const serve_text *t = &r->texts[i];
    const char *text = t->text;
    size_t len = t->len;
    bert_error err;
    int rc, k;
    if (r->prompt && *r->prompt) {
        joined->len = 0;
        sbuf_str(joined, r->prompt);
        sbuf_put(joined, t->text, t->len);
        if (joined->failed) return reply_error(out, r->kind, 500, "out of memory"), -1;
        text = joined->data;
        len = joined->len;
    }
    rc = t->pair ? bert_tokenize_pair(s->model, text, len, t->pair, t->pair_len, s->limit + 1, enc, &err)
                 : bert_tokenize(s->model, text, len, s->limit + 1, enc, &err);
    if (rc == BERT_OK && enc->count > s->limit) {
        if (!r->truncate)
            return reply_error(out, r->kind, 422, "text %d has more than %d tokens, the model's limit (send \"truncate\": true to cut it)",
                               i, s->limit), -1;
        rc = t->pair ? bert_tokenize_pair(s->model, text, len, t->pair, t->pair_len, s->limit, enc, &err)
                     : bert_tokenize(s->model, text, len, s->limit, enc, &err);
    }
    if (rc != BERT_OK) return reply_error(out, r->kind, rc == BERT_E_NOMEM ? 500 : 422, "text %d: %s", i, err.message), -1;
    if (r->kind == ROUTE_TOKENIZE) return 0;
    if (enc->count == 0) return reply_error(out, r->kind, 422, "text %d has no tokens (the tokenizer adds no special tokens)", i), -1;
    for (k = 0; k < enc->count; k++)
        if (enc->ids[k] < 0 || enc->ids[k] >= s->mc->vocab_size)
            return reply_error(out, r->kind, 422, "text %d: token %d has id %d, outside the model's vocabulary of %d", i, k,
                               (int)enc->ids[k], s->mc->vocab_size), -1;
    return 0;
}

/* Keeps text i's ids and type ids in r->tokens for the encoder. */
static int keep_tokens(serve_request *r, int i, const bert_encoding *enc, size_t *cap, reply *out) {
    size_t need = r->token_at[i] + 2 * (size_t)enc->count;
    if (need > *cap) {
        size_t bigger = *cap ? *cap : 1024;
        int32_t *grown;
        while (bigger < need) bigger *= 2;
        if (!(grown = (int32_t *)realloc(r->tokens, bigger * sizeof *grown))) return reply_error(out, r->kind, 500, "out of memory"), -1;
        r->tokens = grown;
        *cap = bigger;
    }
    memcpy(r->tokens + r->token_at[i], enc->ids, (size_t)enc->count * sizeof(int32_t));
    memcpy(r->tokens + r->token_at[i] + enc->count, enc->type_ids, (size_t)enc->count * sizeof(int32_t));
    r->token_count[i] = enc->count;
    r->total_tokens += enc->count;
    if (i + 1 < r->n) r->token_at[i + 1] = need;
    return 0;
}

/* /tokenize's answer for one text: TEI's tokens {id, text, special, start, stop}. */
static void write_tokens(const serve *s, const serve_request *r, const bert_encoding *enc, sbuf *b) {
    int k, first = 1;
    sbuf_put(b, "[", 1);
    for (k = 0; k < enc->count; k++) {
        size_t len;
        const char *text = bert_encoding_token(s->model, enc, k, &len);
        if (enc->special_mask[k] && !r->add_special_tokens) continue;
        sbuf_printf(b, "%s{\"id\":%d,\"text\":", first ? "" : ",", (int)enc->ids[k]);
        sbuf_json_string(b, text ? text : "", text ? len : 0);
        if (enc->special_mask[k]) sbuf_str(b, ",\"special\":true,\"start\":null,\"stop\":null}");
        else sbuf_printf(b, ",\"special\":false,\"start\":%d,\"stop\":%d}", (int)enc->offsets[2 * k], (int)enc->offsets[2 * k + 1]);
        first = 0;
    }
    sbuf_put(b, "]", 1);
}

/* Tokenizes every text of r: into r->tokens for the encoder, or, for /tokenize, straight into
   the answer. */
static int tokenize_request(const serve *s, serve_request *r, reply *out) {
    bert_encoding enc = BERT_ENCODING_INIT;
    sbuf joined = {0};
    size_t cap = 0;
    int i, rc = 0;
    if (r->kind == ROUTE_TOKENIZE) sbuf_put(&out->body, "[", 1);
    else if (!(r->token_at = (size_t *)calloc((size_t)r->n, sizeof *r->token_at)) ||
             !(r->token_count = (int *)calloc((size_t)r->n, sizeof *r->token_count)))
        rc = reply_error(out, r->kind, 500, "out of memory");
    for (i = 0; i < r->n && rc == 0; i++) {
        if ((rc = tokenize_one(s, r, i, &enc, &joined, out)) != 0) break;
        if (r->kind == ROUTE_TOKENIZE) {
            if (i) sbuf_put(&out->body, ",", 1);
            write_tokens(s, r, &enc, &out->body);
        } else rc = keep_tokens(r, i, &enc, &cap, out);
    }
    if (r->kind == ROUTE_TOKENIZE && rc == 0) sbuf_put(&out->body, "]", 1);
    bert_encoding_free(&enc);
    free(joined.data);
    return rc ? -1 : 0;
}

/* ---- The encoder -------------------------------------------------------------------------- */

/* The context length a batch whose longest text has `tokens` runs in: the next power of two from
   16, at most the model's max_length. Few lengths, so few contexts. */
static int bucket_of(const serve *s, int tokens, int *index) {
    int len = 16, i = 0;
    while (len < tokens && len < s->mc->max_length) { len *= 2; i++; }
    if (len > s->mc->max_length) len = s->mc->max_length;
    if (index) *index = i;
    return len;
}

/* Takes the oldest queued texts, as many as fit in max_batch_tokens counting each at the batch's
   context length (so the batch fits one context). Called with the lock held. */
static int take_batch(serve *s, int *longest) {
    int count = 0, most = 0;
    while (s->head) {
        serve_request *r = s->head;
        while (r->taken < r->n) {
            int c = r->token_count[r->taken], m = c > most ? c : most;
            if (count == s->max_items || (count > 0 && (long)(count + 1) * bucket_of(s, m, NULL) > s->cfg.max_batch_tokens)) goto full;
            s->items[count].req = r;
            s->items[count].seq = r->taken++;
            count++;
            most = m;
        }
        s->head = r->next;
        if (!s->head) s->tail = NULL;
    }
full:
    s->queued_texts -= count;
    *longest = most;
    return count;
}

/* The context for batches of up to `longest` tokens per text, made the first time. */
static bert_ctx *context_for(serve *s, int longest, bert_error *err) {
    int index, len = bucket_of(s, longest, &index);
    if (!s->ctx[index]) {
        if (bert_ctx_create(&s->ctx[index], s->model, s->cfg.max_batch_tokens / len, len, err) != BERT_OK) return NULL;
        if (bert_ctx_set_threads(s->ctx[index], s->cfg.threads, err) != BERT_OK) {
            bert_ctx_free(s->ctx[index]);
            s->ctx[index] = NULL;
            return NULL;
        }
    }
    return s->ctx[index];
}

/* Each item's row: an embedding cut to its request's dimensions and normalized after the cut (a
   Matryoshka prefix is compared alone), a sparse embedding's nonzero entries, or the classifier's
   logits. -1 when out of memory for the entries. */
static int deliver_rows(serve *s, int count) {
    int H = s->mc->hidden_size, L = s->mc->num_labels, V = s->mc->vocab_size, b;
    for (b = 0; b < count; b++) {
        serve_request *r = s->items[b].req;
        int seq = s->items[b].seq;
        float *row = r->out + (size_t)seq * (size_t)r->width;
        if (r->kind == ROUTE_SPARSE) {
            int n = bert_sparse_entries(s->pooled + (size_t)b * (size_t)V, V, 0, s->entry_ids, s->entry_values);
            r->sparse_ids[seq] = (int *)malloc((size_t)(n ? n : 1) * sizeof(int));
            r->sparse_values[seq] = (float *)malloc((size_t)(n ? n : 1) * sizeof(float));
            if (!r->sparse_ids[seq] || !r->sparse_values[seq]) return -1;
            memcpy(r->sparse_ids[seq], s->entry_ids, (size_t)n * sizeof(int));
            memcpy(r->sparse_values[seq], s->entry_values, (size_t)n * sizeof(float));
            r->sparse_count[seq] = n;
        } else if (r->kind == ROUTE_EMBED || r->kind == ROUTE_OPENAI) {
            memcpy(row, s->pooled + (size_t)b * (size_t)H, (size_t)r->width * sizeof *row);
            if (r->normalize) bert_l2_normalize(row, r->width);
        } else memcpy(row, s->logits + (size_t)b * (size_t)L, (size_t)L * sizeof *row);
    }
    return 0;
}

/* Encodes the taken items as one right-padded batch (bert.h computes none of the padding). */
static int run_batch(serve *s, int count, int longest, bert_error *err) {
    bert_batch batch;
    bert_ctx *ctx;
    int b, k, embed = 0, classify = 0;
    int32_t pad = s->mc->pad_id >= 0 ? s->mc->pad_id : 0;
    if (!(ctx = context_for(s, longest, err))) return -1;
    for (b = 0; b < count; b++) {
        const serve_request *r = s->items[b].req;
        int c = r->token_count[s->items[b].seq];
        const int32_t *ids = r->tokens + r->token_at[s->items[b].seq], *types = ids + c;
        size_t at = (size_t)b * (size_t)longest;
        for (k = 0; k < longest; k++) {
            s->ids[at + k] = k < c ? ids[k] : pad;
            s->mask[at + k] = k < c;
            s->types[at + k] = k < c ? types[k] : 0;
        }
        if (r->kind == ROUTE_EMBED || r->kind == ROUTE_OPENAI || r->kind == ROUTE_SPARSE) embed = 1;
        else classify = 1;
    }
    batch.batch = count;
    batch.seq_len = longest;
    batch.input_ids = s->ids;
    batch.attention_mask = s->mask;
    batch.token_type_ids = s->types;
    if (bert_encode(ctx, &batch, err) != BERT_OK) return -1;
    if (embed && bert_output_get(ctx, (bert_output)s->pooling_output, s->pooled, err) != BERT_OK) return -1;
    if (classify && bert_output_get(ctx, BERT_OUT_SEQ_LOGITS, s->logits, err) != BERT_OK) return -1;
    if (deliver_rows(s, count) != 0) {
        snprintf(err->message, sizeof err->message, "out of memory for the sparse embeddings");
        return -1;
    }
    return 0;
}

/* Counts the items done (or failed) and wakes each request whose texts are all done. Called with
   the lock held. */
static void finish_batch(serve *s, int count, int failed, const char *why) {
    int b;
    for (b = 0; b < count; b++) {
        serve_request *r = s->items[b].req;
        if (failed && !r->failed) {
            r->failed = 1;
            snprintf(r->error, sizeof r->error, "%s", why);
        }
        if (++r->done == r->n) pthread_cond_broadcast(&r->ready);
    }
}

/* One batch from the queue, if anything is queued and no batch is being encoded: 1 when one ran.
   Whoever runs it (the encoder thread, or a request's own thread) has the encoder's buffers and
   contexts to itself until it ends; work queued meanwhile wakes the encoder thread then. */
static int encoder_step(serve *s) {
    bert_error err;
    double start;
    int count, longest, failed;
    long tokens = 0;
    pthread_mutex_lock(&s->lock);
    count = s->head && !s->busy ? take_batch(s, &longest) : 0;
    s->busy = count > 0;
    pthread_mutex_unlock(&s->lock);
    if (count == 0) return 0;
    if (s->cfg.test_delay_ms > 0) {
        struct timespec t;
        t.tv_sec = s->cfg.test_delay_ms / 1000;
        t.tv_nsec = (long)(s->cfg.test_delay_ms % 1000) * 1000000L;
        nanosleep(&t, NULL);
    }
    start = now_seconds();
    failed = run_batch(s, count, longest, &err) != 0;
    pthread_mutex_lock(&s->lock);
    {
        int b;
        for (b = 0; b < count; b++) tokens += s->items[b].req->token_count[s->items[b].seq];
    }
    s->m.batches++;
    s->m.tokens += tokens;
    s->m.texts += count;
    hist_observe(&s->m.encode_seconds, now_seconds() - start);
    hist_observe(&s->m.batch_size, count);
    hist_observe(&s->m.batch_tokens, (double)tokens);
    finish_batch(s, count, failed, failed ? err.message : "");
    s->busy = 0;
    if (s->head) pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->lock);
    return 1;
}

/* The encoder thread: batches until told to stop and the queue is empty. */
static void *encoder_main(void *arg) {
    serve *s = (serve *)arg;
    for (;;) {
        pthread_mutex_lock(&s->lock);
        while (!(s->head && !s->busy) && !(s->encoder_stop && !s->head)) pthread_cond_wait(&s->wake, &s->lock);
        if (!s->head) { /* stopping, and nothing left */
            pthread_mutex_unlock(&s->lock);
            return NULL;
        }
        pthread_mutex_unlock(&s->lock);
        encoder_step(s);
    }
}

/* Queues r's texts and waits until the encoder has done them all. When the queue was idle (r
   alone in it, no batch running), this thread encodes r itself: at concurrency 1 a request costs
   no hand-off to the encoder thread and back, two wake-ups that a busy machine can delay by a
   time slice each. Requests that queue behind a running batch go to the encoder thread, which
   packs them together. */
static void encode_request(serve *s, serve_request *r) {
    int idle, width = r->kind == ROUTE_EMBED || r->kind == ROUTE_OPENAI ? (r->dim ? r->dim : s->mc->hidden_size)
                    : r->kind == ROUTE_SPARSE ? 0 : s->mc->num_labels;
    r->width = width;
    r->out = (float *)calloc((size_t)r->n * (size_t)width + 1, sizeof(float));
    if (r->kind == ROUTE_SPARSE) {
        r->sparse_ids = (int **)calloc((size_t)r->n, sizeof *r->sparse_ids);
        r->sparse_values = (float **)calloc((size_t)r->n, sizeof *r->sparse_values);
        r->sparse_count = (int *)calloc((size_t)r->n, sizeof *r->sparse_count);
    }
    if (!r->out || (r->kind == ROUTE_SPARSE && (!r->sparse_ids || !r->sparse_values || !r->sparse_count))) {
        r->failed = 1;
        snprintf(r->error, sizeof r->error, "out of memory");
        return;
    }
    pthread_cond_init(&r->ready, NULL);
    pthread_mutex_lock(&s->lock);
    if (s->tail) s->tail->next = r;
    else s->head = r;
    s->tail = r;
    s->queued_texts += r->n;
    idle = s->head == r && !s->busy;
    if (!idle) pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->lock);
    if (s->encode_inline) {
        while (encoder_step(s)) {}
    } else if (idle) {
        int done = 0;
        while (!done && encoder_step(s)) {
            pthread_mutex_lock(&s->lock);
            done = r->done == r->n;
            pthread_mutex_unlock(&s->lock);
        }
    }
    pthread_mutex_lock(&s->lock);
    while (r->done < r->n) pthread_cond_wait(&r->ready, &s->lock);
    pthread_mutex_unlock(&s->lock);
    pthread_cond_destroy(&r->ready);
}

/* ---- Answers -------------------------------------------------------------------------------- */

static void write_vector(sbuf *b, const float *v, int n) {
    int k;
    sbuf_put(b, "[", 1);
    for (k = 0; k < n; k++) {
        if (k) sbuf_put(b, ",", 1);
        sbuf_float(b, v[k]);
    }
    sbuf_put(b, "]", 1);
}

/* text-embeddings-inference's /embed_sparse: per text, [{"index": token id, "value": v}, ...]
   over its nonzero entries in index order. */
static void write_sparse(const serve_request *r, sbuf *b) {
    int i, k;
    sbuf_put(b, "[", 1);
    for (i = 0; i < r->n; i++) {
        sbuf_str(b, i ? ",[" : "[");
        for (k = 0; k < r->sparse_count[i]; k++) {
            sbuf_printf(b, "%s{\"index\":%d,\"value\":", k ? "," : "", r->sparse_ids[i][k]);
            sbuf_float(b, r->sparse_values[i][k]);
            sbuf_put(b, "}", 1);
        }
        sbuf_put(b, "]", 1);
    }
    sbuf_put(b, "]", 1);
}

static void write_embed(const serve_request *r, sbuf *b) {
    int i;
    sbuf_put(b, "[", 1);
    for (i = 0; i < r->n; i++) {
        if (i) sbuf_put(b, ",", 1);
        write_vector(b, r->out + (size_t)i * (size_t)r->width, r->width);
    }
    sbuf_put(b, "]", 1);
}

/* OpenAI's list object. base64 holds the little-endian float32 bytes, as OpenAI sends them. */
static void write_openai(const serve *s, const serve_request *r, sbuf *b) {
    int i;
    sbuf_str(b, "{\"object\":\"list\",\"data\":[");
    for (i = 0; i < r->n; i++) {
        const float *row = r->out + (size_t)i * (size_t)r->width;
        sbuf_printf(b, "%s{\"object\":\"embedding\",\"index\":%d,\"embedding\":", i ? "," : "", i);
        if (r->base64) {
            unsigned char *bytes = (unsigned char *)malloc((size_t)r->width * 4);
            int k;
            if (!bytes) { b->failed = 1; return; }
            for (k = 0; k < r->width; k++) {
                uint32_t u;
                memcpy(&u, &row[k], 4);
                bytes[4 * k] = (unsigned char)u; bytes[4 * k + 1] = (unsigned char)(u >> 8);
                bytes[4 * k + 2] = (unsigned char)(u >> 16); bytes[4 * k + 3] = (unsigned char)(u >> 24);
            }
            sbuf_put(b, "\"", 1);
            sbuf_base64(b, bytes, (size_t)r->width * 4);
            sbuf_put(b, "\"", 1);
            free(bytes);
        } else write_vector(b, row, r->width);
        sbuf_put(b, "}", 1);
    }
    sbuf_str(b, "],\"model\":");
    {
        const char *model = r->model_name ? r->model_name : s->cfg.model_id;
        sbuf_json_string(b, model, strlen(model));
    }
    sbuf_printf(b, ",\"usage\":{\"prompt_tokens\":%ld,\"total_tokens\":%ld}}", r->total_tokens, r->total_tokens);
}

/* The model's activation over one row of logits, as sentence-transformers' CrossEncoder: the
   sigmoid for one label, the softmax for several. */
static void activate(const float *logits, int L, int raw, double *out) {
    int k;
    if (raw) for (k = 0; k < L; k++) out[k] = logits[k];
    else if (L == 1) out[0] = 1 / (1 + exp(-(double)logits[0]));
    else {
        double top = logits[0], sum = 0;
        for (k = 1; k < L; k++) if (logits[k] > top) top = logits[k];
        for (k = 0; k < L; k++) sum += exp((double)logits[k] - top);
        for (k = 0; k < L; k++) out[k] = exp((double)logits[k] - top) / sum;
    }
}

/* Indices 0..n-1 ordered by score, best first; ties keep their order. Insertion sort: n is at
   most --max-client-batch-size (rerank) or the labels (predict). */
static void order_by_score(const double *score, int *order, int n) {
    int i, j;
    for (i = 0; i < n; i++) {
        int x = order[i] = i;
        for (j = i; j > 0 && score[order[j - 1]] < score[x]; j--) order[j] = order[j - 1];
        order[j] = x;
    }
}

static int write_rerank(const serve_request *r, sbuf *b) {
    double *score = (double *)malloc((size_t)r->n * sizeof *score);
    int *order = (int *)malloc((size_t)r->n * sizeof *order), i;
    if (!score || !order) { free(score); free(order); return -1; }
    for (i = 0; i < r->n; i++) activate(r->out + i, 1, r->raw_scores, &score[i]);
    order_by_score(score, order, r->n);
    sbuf_put(b, "[", 1);
    for (i = 0; i < r->n; i++) {
        const serve_text *t = &r->texts[order[i]];
        sbuf_printf(b, "%s{\"index\":%d,\"score\":", i ? "," : "", order[i]);
        sbuf_double(b, score[order[i]]);
        if (r->return_text) {
            sbuf_str(b, ",\"text\":");
            sbuf_json_string(b, t->pair, t->pair_len);
        }
        sbuf_put(b, "}", 1);
    }
    sbuf_put(b, "]", 1);
    free(score);
    free(order);
    return 0;
}

static int write_predict(const serve *s, const serve_request *r, sbuf *b) {
    int L = s->mc->num_labels, i, k;
    double *score = (double *)malloc((size_t)L * sizeof *score);
    int *order = (int *)malloc((size_t)L * sizeof *order);
    if (!score || !order) { free(score); free(order); return -1; }
    if (!r->single) sbuf_put(b, "[", 1);
    for (i = 0; i < r->n; i++) {
        activate(r->out + (size_t)i * (size_t)L, L, r->raw_scores, score);
        order_by_score(score, order, L);
        sbuf_str(b, i ? ",[" : "[");
        for (k = 0; k < L; k++) {
            const char *label = bert_model_label(s->model, order[k]);
            char fallback[32];
            if (!label) { snprintf(fallback, sizeof fallback, "LABEL_%d", order[k]); label = fallback; }
            sbuf_str(b, k ? ",{\"label\":" : "{\"label\":");
            sbuf_json_string(b, label, strlen(label));
            sbuf_str(b, ",\"score\":");
            sbuf_double(b, score[order[k]]);
            sbuf_put(b, "}", 1);
        }
        sbuf_put(b, "]", 1);
    }
    if (!r->single) sbuf_put(b, "]", 1);
    free(score);
    free(order);
    return 0;
}

static void write_answer(const serve *s, const serve_request *r, reply *out) {
    int rc = 0;
    switch (r->kind) {
    case ROUTE_EMBED: write_embed(r, &out->body); break;
    case ROUTE_OPENAI: write_openai(s, r, &out->body); break;
    case ROUTE_SPARSE: write_sparse(r, &out->body); break;
    case ROUTE_RERANK: rc = write_rerank(r, &out->body); break;
    case ROUTE_PREDICT: rc = write_predict(s, r, &out->body); break;
    default: break;
    }
    if (rc != 0 || out->body.failed) reply_error(out, r->kind, 500, "out of memory writing the answer");
}

/* ---- One request, without HTTP --------------------------------------------------------------- */

/* Admits a compute request: 503 while shutting down, 429 when --max-concurrent-requests are in
   flight already. */
static int admit(serve *s, route kind, reply *out) {
    int status = 0;
    pthread_mutex_lock(&s->lock);
    if (s->stopping) status = 503;
    else if (s->in_flight >= s->cfg.max_concurrent) status = 429;
    else s->in_flight++;
    pthread_mutex_unlock(&s->lock);
    if (status == 503) return reply_error(out, kind, 503, "the server is shutting down");
    if (status == 429) return reply_error(out, kind, 429, "model is overloaded: %d requests in flight (--max-concurrent-requests)",
                                          s->cfg.max_concurrent);
    return 0;
}

static void release(serve *s) {
    pthread_mutex_lock(&s->lock);
    s->in_flight--;
    pthread_cond_broadcast(&s->idle);
    pthread_mutex_unlock(&s->lock);
}

/* A POST to one of the compute routes: parse, tokenize, encode, answer. out->status says how it
   went; out->body is the JSON answer or error. What the server runs for every POST, and what
   the fuzz target runs. */
static void serve_handle(serve *s, route kind, const char *body, size_t len, reply *out) {
    serve_request r;
    memset(&r, 0, sizeof r);
    memset(out, 0, sizeof *out);
    out->status = 200;
    out->content_type = "application/json";
    r.kind = kind;
    if (admit(s, kind, out)) return;
    if (parse_request(s, &r, body, len, out) == 0 && tokenize_request(s, &r, out) == 0 && kind != ROUTE_TOKENIZE) {
        encode_request(s, &r);
        if (r.failed) reply_error(out, kind, 500, "encoding failed: %s", r.error);
        else write_answer(s, &r, out);
    }
    if (out->body.failed) reply_error(out, kind, 500, "out of memory");
    request_free(&r);
    release(s);
}

/* ---- GET routes ------------------------------------------------------------------------------- */

static void write_info(const serve *s, sbuf *b) {
    const bert_config *c = s->mc;
    sbuf_str(b, "{\"model_id\":");
    sbuf_json_string(b, s->cfg.model_id, strlen(s->cfg.model_id));
    sbuf_printf(b, ",\"model_dtype\":\"%s\",\"model_type\":", bert_dtype_name(c->dtype));
    if (c->heads & BERT_HEAD_CHOICE) sbuf_str(b, "{\"multiple_choice\":{}}"); /* served by none of the routes */
    else if ((c->heads & BERT_HEAD_SEQ_CLS) && c->num_labels == 1) sbuf_str(b, "{\"reranker\":{\"id2label\":{\"0\":");
    else if (c->heads & BERT_HEAD_SEQ_CLS) sbuf_str(b, "{\"classifier\":{\"id2label\":{");
    if ((c->heads & BERT_HEAD_SEQ_CLS) && !(c->heads & BERT_HEAD_CHOICE)) {
        int k;
        for (k = 0; k < c->num_labels; k++) {
            const char *label = bert_model_label(s->model, k);
            if (c->num_labels > 1) sbuf_printf(b, "%s\"%d\":", k ? "," : "", k);
            sbuf_json_string(b, label ? label : "", label ? strlen(label) : 0);
        }
        sbuf_str(b, "}}}");
    } else if (!(c->heads & BERT_HEAD_CHOICE)) sbuf_printf(b, "{\"embedding\":{\"pooling\":\"%s\"}}", bert_pooling_name(c->pooling));
    sbuf_printf(b, ",\"architecture\":\"%s\",\"hidden_size\":%d,\"tokenizer\":\"%s\",\"max_input_length\":%d,"
                   "\"max_concurrent_requests\":%d,\"max_batch_tokens\":%d,\"max_client_batch_size\":%d,"
                   "\"threads\":%d,\"simd\":\"%s\",\"version\":\"%s\"}",
                bert_arch_name(c->arch), c->hidden_size, bert_model_tokenizer_kind(s->model), s->limit, s->cfg.max_concurrent,
                s->cfg.max_batch_tokens, s->cfg.max_client_batch, s->cfg.threads, bert_simd_name(), SERVE_VERSION);
}

static void write_metrics(serve *s, sbuf *b) {
    metrics m;
    int queued, in_flight, i, k;
    pthread_mutex_lock(&s->lock);
    m = s->m;
    queued = s->queued_texts;
    in_flight = s->in_flight;
    pthread_mutex_unlock(&s->lock);
    sbuf_str(b, "# HELP bert_serve_requests_total HTTP requests answered, by route and status.\n"
                "# TYPE bert_serve_requests_total counter\n");
    for (i = 0; i < ROUTE_COUNT; i++)
        for (k = 0; k < STATUS_COUNT; k++)
            if (m.requests[i][k])
                sbuf_printf(b, "bert_serve_requests_total{route=\"%s\",status=\"%d\"} %ld\n", route_names[i], status_codes[k], m.requests[i][k]);
    sbuf_printf(b, "# HELP bert_serve_texts_total Texts (or pairs) encoded.\n# TYPE bert_serve_texts_total counter\n"
                   "bert_serve_texts_total %ld\n", m.texts);
    sbuf_printf(b, "# HELP bert_serve_tokens_total Tokens encoded (padding not counted).\n# TYPE bert_serve_tokens_total counter\n"
                   "bert_serve_tokens_total %ld\n", m.tokens);
    sbuf_printf(b, "# HELP bert_serve_batches_total Encoder batches run.\n# TYPE bert_serve_batches_total counter\n"
                   "bert_serve_batches_total %ld\n", m.batches);
    sbuf_printf(b, "# HELP bert_serve_queue_texts Texts queued for the encoder.\n# TYPE bert_serve_queue_texts gauge\n"
                   "bert_serve_queue_texts %d\n", queued);
    sbuf_printf(b, "# HELP bert_serve_requests_in_flight Requests admitted and not yet answered.\n"
                   "# TYPE bert_serve_requests_in_flight gauge\nbert_serve_requests_in_flight %d\n", in_flight);
    hist_write(b, "bert_serve_request_duration_seconds", "Time from a request's body to its answer (compute routes).", &m.request_seconds);
    hist_write(b, "bert_serve_encode_duration_seconds", "Time of one encoder batch.", &m.encode_seconds);
    hist_write(b, "bert_serve_batch_size", "Texts per encoder batch.", &m.batch_size);
    hist_write(b, "bert_serve_batch_tokens", "Tokens per encoder batch.", &m.batch_tokens);
}

/* ---- Setup ------------------------------------------------------------------------------------ */

static void metrics_init(metrics *m) {
    memset(m, 0, sizeof *m);
    m->request_seconds.bounds = latency_bounds;
    m->request_seconds.nbounds = COUNT_OF(latency_bounds);
    m->encode_seconds.bounds = latency_bounds;
    m->encode_seconds.nbounds = COUNT_OF(latency_bounds);
    m->batch_size.bounds = batch_size_bounds;
    m->batch_size.nbounds = COUNT_OF(batch_size_bounds);
    m->batch_tokens.bounds = batch_token_bounds;
    m->batch_tokens.nbounds = COUNT_OF(batch_token_bounds);
}

static void count_request(serve *s, route kind, int status, double seconds) {
    int k;
    pthread_mutex_lock(&s->lock);
    for (k = 0; k < STATUS_COUNT; k++)
        if (status_codes[k] == status) s->m.requests[kind][k]++;
    if (kind <= ROUTE_TOKENIZE && seconds >= 0) hist_observe(&s->m.request_seconds, seconds);
    pthread_mutex_unlock(&s->lock);
}

/* Checks the configuration against the model and sizes the encoder's scratch. 0, or -1 with why. */
static int serve_init(serve *s, const serve_config *cfg, const bert_model *model, char *why, size_t why_size) {
    const bert_config *mc = bert_model_config(model);
    int H, L;
    memset(s, 0, sizeof *s);
    s->cfg = *cfg;
    s->model = model;
    s->mc = mc;
    if (!mc->has_weights) return snprintf(why, why_size, "the model file holds only a tokenizer"), -1;
    if (strcmp(bert_model_tokenizer_kind(model), "none") == 0) return snprintf(why, why_size, "the model file has no tokenizer"), -1;
    s->limit = mc->truncate_length > 0 ? mc->truncate_length : mc->max_length;
    if (cfg->max_batch_tokens < mc->max_length)
        return snprintf(why, why_size, "--max-batch-tokens %d is less than the model's max_length %d: one text would not fit",
                        cfg->max_batch_tokens, mc->max_length), -1;
    s->pooling_output = mc->pooling == BERT_POOL_CLS ? BERT_OUT_CLS : mc->pooling == BERT_POOL_MAX ? BERT_OUT_MAX
                      : mc->pooling == BERT_POOL_MEAN_SQRT_LEN ? BERT_OUT_MEAN_SQRT_LEN : BERT_OUT_MEAN;
    H = mc->hidden_size;
    L = mc->num_labels > 0 ? mc->num_labels : 1;
    s->max_items = cfg->max_batch_tokens / bucket_of(s, 1, NULL);
    if (is_sparse(s)) { /* a row is vocab_size floats: batches of fewer texts */
        H = mc->vocab_size;
        if (s->max_items > SERVE_SPARSE_ITEMS) s->max_items = SERVE_SPARSE_ITEMS;
        s->entry_ids = (int *)calloc((size_t)H, sizeof *s->entry_ids);
        s->entry_values = (float *)calloc((size_t)H, sizeof *s->entry_values);
        if (!s->entry_ids || !s->entry_values) return snprintf(why, why_size, "out of memory for sparse embeddings"), -1;
        s->pooling_output = mc->pooling == BERT_POOL_SPLADE ? BERT_OUT_SPLADE : BERT_OUT_SPLADE_SUM;
    }
    s->items = (batch_item *)calloc((size_t)s->max_items, sizeof *s->items);
    s->ids = (int32_t *)calloc((size_t)cfg->max_batch_tokens, sizeof *s->ids);
    s->mask = (int32_t *)calloc((size_t)cfg->max_batch_tokens, sizeof *s->mask);
    s->types = (int32_t *)calloc((size_t)cfg->max_batch_tokens, sizeof *s->types);
    s->pooled = (float *)calloc((size_t)s->max_items * (size_t)H, sizeof *s->pooled);
    s->logits = (float *)calloc((size_t)s->max_items * (size_t)L, sizeof *s->logits);
    if (!s->items || !s->ids || !s->mask || !s->types || !s->pooled || !s->logits)
        return snprintf(why, why_size, "out of memory for batches of %d tokens", cfg->max_batch_tokens), -1;
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->wake, NULL);
    pthread_cond_init(&s->idle, NULL);
    metrics_init(&s->m);
    return 0;
}

static void serve_free(serve *s) {
    int i;
    for (i = 0; i < SERVE_BUCKETS; i++) bert_ctx_free(s->ctx[i]);
    free(s->items);
    free(s->ids);
    free(s->mask);
    free(s->types);
    free(s->pooled);
    free(s->logits);
    free(s->entry_ids);
    free(s->entry_values);
    pthread_mutex_destroy(&s->lock);
    pthread_cond_destroy(&s->wake);
    pthread_cond_destroy(&s->idle);
}

#ifndef SERVE_NO_HTTP
/* ---- HTTP (libmicrohttpd) --------------------------------------------------------------------- */

/* What one HTTP request gathers between libmicrohttpd's calls. */
typedef struct http_request {
    sbuf body;
    int too_large; /* the body passed --payload-limit: the rest is read and dropped */
    double start;
} http_request;

static route route_of(const char *url, int *is_post) {
    static const struct { const char *path; route kind; int post; } routes[] = {
        {"/embed", ROUTE_EMBED, 1}, {"/v1/embeddings", ROUTE_OPENAI, 1}, {"/embeddings", ROUTE_OPENAI, 1}, {"/embed_sparse", ROUTE_SPARSE, 1},
        {"/rerank", ROUTE_RERANK, 1}, {"/predict", ROUTE_PREDICT, 1}, {"/tokenize", ROUTE_TOKENIZE, 1},
        {"/health", ROUTE_HEALTH, 0}, {"/info", ROUTE_INFO, 0}, {"/metrics", ROUTE_METRICS, 0}};
    int i;
    for (i = 0; i < COUNT_OF(routes); i++)
        if (strcmp(url, routes[i].path) == 0) {
            *is_post = routes[i].post;
            return routes[i].kind;
        }
    *is_post = 0;
    return ROUTE_OTHER;
}

static enum MHD_Result send_reply(serve *s, struct MHD_Connection *c, route kind, reply *out, double start) {
    struct MHD_Response *resp;
    enum MHD_Result rc;
    if (out->body.failed) {
        free(out->body.data);
        memset(&out->body, 0, sizeof out->body);
        out->status = 500;
    }
    resp = MHD_create_response_from_buffer(out->body.len, out->body.data ? out->body.data : (void *)"",
                                           out->body.data ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        free(out->body.data);
        return MHD_NO;
    }
    MHD_add_response_header(resp, "Content-Type", out->content_type ? out->content_type : "application/json");
    if (out->status == 401) MHD_add_response_header(resp, "WWW-Authenticate", "Bearer");
    rc = MHD_queue_response(c, (unsigned)out->status, resp);
    MHD_destroy_response(resp);
    count_request(s, kind, out->status, start >= 0 ? now_seconds() - start : -1);
    return rc;
}

/* The GETs: health (503 once shutting down), info, metrics. */
static void serve_get(serve *s, route kind, reply *out) {
    int stopping;
    memset(out, 0, sizeof *out);
    out->status = 200;
    out->content_type = "application/json";
    pthread_mutex_lock(&s->lock);
    stopping = s->stopping;
    pthread_mutex_unlock(&s->lock);
    if (kind == ROUTE_HEALTH) {
        if (stopping) reply_error(out, kind, 503, "the server is shutting down");
    } else if (kind == ROUTE_INFO) write_info(s, &out->body);
    else {
        out->content_type = "text/plain; version=0.0.4";
        write_metrics(s, &out->body);
    }
}

/* --api-key: "Authorization: Bearer KEY" on every route but /health and /metrics (load balancers
   and Prometheus probe those). */
static int authorized(const serve *s, struct MHD_Connection *c, route kind) {
    const char *auth;
    if (!s->cfg.api_key || kind == ROUTE_HEALTH || kind == ROUTE_METRICS) return 1;
    auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
    return auth && strncmp(auth, "Bearer ", 7) == 0 && strcmp(auth + 7, s->cfg.api_key) == 0;
}

/* libmicrohttpd calls this once when the headers are in, then once per piece of the body, then
   once more with nothing: that last call answers. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size, void **state) {
    serve *s = (serve *)cls;
    http_request *h = (http_request *)*state;
    int is_post;
    route kind = route_of(url, &is_post);
    reply out;
    (void)version;
    /* Every path below may hand `out` to reply_error, which frees out.body.data first: on the
       last call of a request whose body passed --payload-limit (or ran out of memory), nothing
       else has set it, and a free of whatever was on the stack crashed the server. */
    memset(&out, 0, sizeof out);
    if (!h) { /* the headers: check what can be checked before reading the body */
        const char *length = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (!(h = (http_request *)calloc(1, sizeof *h))) return MHD_NO;
        h->start = now_seconds();
        *state = h;
        pthread_mutex_lock(&s->lock);
        s->active++;
        pthread_mutex_unlock(&s->lock);
        if (kind == ROUTE_OTHER) reply_error(&out, kind, 404, "no route %s %s", method, url);
        else if (strcmp(method, is_post ? "POST" : "GET") != 0) reply_error(&out, kind, 405, "%s takes %s", url, is_post ? "POST" : "GET");
        else if (!authorized(s, c, kind)) reply_error(&out, kind, 401, "missing or wrong API key (Authorization: Bearer KEY)");
        else if (length && strtoull(length, NULL, 10) > s->cfg.payload_limit)
            reply_error(&out, kind, 413, "the body has %s bytes, more than the limit of %lu (--payload-limit)", length,
                        (unsigned long)s->cfg.payload_limit);
        else return MHD_YES; /* read the body (or, for a GET, answer on the next call) */
        return send_reply(s, c, kind, &out, -1);
    }
    if (*upload_data_size > 0) {
        if (!h->too_large && h->body.len + *upload_data_size > s->cfg.payload_limit) {
            h->too_large = 1;
            free(h->body.data);
            memset(&h->body, 0, sizeof h->body);
        }
        if (!h->too_large) sbuf_put(&h->body, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (h->too_large) reply_error(&out, kind, 413, "the body is larger than the limit of %lu bytes (--payload-limit)", (unsigned long)s->cfg.payload_limit);
    else if (h->body.failed) reply_error(&out, kind, 500, "out of memory reading the body");
    else if (is_post) serve_handle(s, kind, h->body.data ? h->body.data : "", h->body.len, &out);
    else serve_get(s, kind, &out);
    return send_reply(s, c, kind, &out, is_post ? h->start : -1);
}

/* libmicrohttpd is done with a request: answered, or the client went away. */
static void on_completed(void *cls, struct MHD_Connection *c, void **state, enum MHD_RequestTerminationCode why) {
    serve *s = (serve *)cls;
    http_request *h = (http_request *)*state;
    (void)c;
    (void)why;
    if (!h) return;
    free(h->body.data);
    free(h);
    *state = NULL;
    pthread_mutex_lock(&s->lock);
    s->active--;
    pthread_cond_broadcast(&s->idle);
    pthread_mutex_unlock(&s->lock);
}

/* ---- Command line ------------------------------------------------------------------------------ */

static void usage(FILE *f) {
    fprintf(f,
            "usage: bert-serve -m MODEL [options]\n"
            "  an HTTP server for embeddings (TEI /embed, OpenAI /v1/embeddings, TEI /embed_sparse for a SPLADE model),\n"
            "  /rerank, /predict, /tokenize\n"
            "options:\n"
            "  -m, --model FILE               the .bert model file (bert-convert makes it)\n"
            "  --host ADDR                    address to listen on (default 127.0.0.1; 0.0.0.0 for every IPv4 one)\n"
            "  --port N                       TCP port (default 8080; 0: any free one, printed at start)\n"
            "  --threads N                    encoder threads (default: the CPUs online)\n"
            "  --max-batch-tokens N           tokens per encoder batch, padded to the batch's context length (default 16384)\n"
            "  --max-concurrent-requests N    requests in flight; more get 429 (default 512)\n"
            "  --max-client-batch-size N      texts per request; more get 413 (default 32)\n"
            "  --payload-limit BYTES          request body size; more get 413 (default 2000000)\n"
            "  --api-key KEY                  require \"Authorization: Bearer KEY\" (not on /health and /metrics)\n"
            "  --auto-truncate                cut long texts to the model's limit unless a request says \"truncate\": false\n"
            "  --model-id NAME                the name /info and /v1/embeddings give (default: the file's name)\n"
            "  --test-delay-ms N              tests only: the encoder waits N ms before each batch\n");
}

/* An integer option's value in [lo, hi], or -1 after saying why. */
static long parse_number(const char *name, const char *text, long lo, long hi) {
    char *end;
    long v;
    errno = 0;
    v = text ? strtol(text, &end, 10) : 0;
    if (!text || errno || *end || end == text || v < lo || v > hi) {
        fprintf(stderr, "bert-serve: %s needs an integer from %ld to %ld\n", name, lo, hi);
        return -1;
    }
    return v;
}

static int parse_args(int argc, char **argv, serve_config *cfg) {
    int i;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    memset(cfg, 0, sizeof *cfg);
    cfg->host = "127.0.0.1";
    cfg->port = 8080;
    cfg->threads = cpus > 0 ? (int)(cpus < 256 ? cpus : 256) : 1;
    cfg->max_batch_tokens = 16384;
    cfg->max_concurrent = 512;
    cfg->max_client_batch = 32;
    cfg->payload_limit = 2000000;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        long n = 0;
        int takes_value = 1;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) { usage(stdout); exit(0); }
        else if (strcmp(a, "--auto-truncate") == 0) { cfg->auto_truncate = 1; takes_value = 0; }
        else if (!v) { fprintf(stderr, "bert-serve: %s needs a value (bert-serve --help)\n", a); return -1; }
        else if (strcmp(a, "-m") == 0 || strcmp(a, "--model") == 0) cfg->model_path = v;
        else if (strcmp(a, "--host") == 0) cfg->host = v;
        else if (strcmp(a, "--api-key") == 0) cfg->api_key = v;
        else if (strcmp(a, "--model-id") == 0) cfg->model_id = v;
        else if (strcmp(a, "--port") == 0) { if ((n = parse_number(a, v, 0, 65535)) < 0) return -1; cfg->port = (int)n; }
        else if (strcmp(a, "--threads") == 0) { if ((n = parse_number(a, v, 1, 256)) < 0) return -1; cfg->threads = (int)n; }
        else if (strcmp(a, "--max-batch-tokens") == 0) { if ((n = parse_number(a, v, 1, 1 << 22)) < 0) return -1; cfg->max_batch_tokens = (int)n; }
        else if (strcmp(a, "--max-concurrent-requests") == 0) { if ((n = parse_number(a, v, 1, 1 << 20)) < 0) return -1; cfg->max_concurrent = (int)n; }
        else if (strcmp(a, "--max-client-batch-size") == 0) { if ((n = parse_number(a, v, 1, 1 << 20)) < 0) return -1; cfg->max_client_batch = (int)n; }
        else if (strcmp(a, "--payload-limit") == 0) { if ((n = parse_number(a, v, 1, LONG_MAX)) < 0) return -1; cfg->payload_limit = (size_t)n; }
        else if (strcmp(a, "--test-delay-ms") == 0) { if ((n = parse_number(a, v, 0, 60000)) < 0) return -1; cfg->test_delay_ms = (int)n; }
        else { fprintf(stderr, "bert-serve: unknown option %s (bert-serve --help)\n", a); return -1; }
        i += takes_value;
    }
    if (!cfg->model_path) { fprintf(stderr, "bert-serve: give the model: -m FILE (bert-serve --help)\n"); return -1; }
    if (!cfg->model_id) {
        const char *slash = strrchr(cfg->model_path, '/');
        cfg->model_id = slash ? slash + 1 : cfg->model_path;
    }
    return 0;
}

/* The listening address: an IPv4 or IPv6 literal. */
static int make_address(const serve_config *cfg, struct sockaddr_storage *addr, int *ipv6) {
    struct sockaddr_in *v4 = (struct sockaddr_in *)addr;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)addr;
    memset(addr, 0, sizeof *addr);
    if (inet_pton(AF_INET, cfg->host, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)cfg->port);
        *ipv6 = 0;
        return 0;
    }
    if (inet_pton(AF_INET6, cfg->host, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)cfg->port);
        *ipv6 = 1;
        return 0;
    }
    fprintf(stderr, "bert-serve: --host %s is not an IPv4 or IPv6 address\n", cfg->host);
    return -1;
}

/* Waits, for at most `seconds`, until `count` (under the lock) is 0. */
static int wait_until_zero(serve *s, const int *count, double seconds) {
    double end = now_seconds() + seconds;
    int left;
    pthread_mutex_lock(&s->lock);
    while (*count > 0 && now_seconds() < end) {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        t.tv_nsec += 100000000L; /* wake every 100 ms to check the deadline */
        if (t.tv_nsec >= 1000000000L) { t.tv_sec++; t.tv_nsec -= 1000000000L; }
        pthread_cond_timedwait(&s->idle, &s->lock, &t);
    }
    left = *count;
    pthread_mutex_unlock(&s->lock);
    return left;
}

/* SIGTERM or SIGINT: no new connections, 503 to new requests on open ones, the requests in
   flight finished and their answers sent (for at most 60 s), then everything stopped. */
static void shut_down(serve *s, struct MHD_Daemon *daemon, pthread_t encoder) {
    MHD_socket listener;
    int in_flight, left;
    pthread_mutex_lock(&s->lock);
    s->stopping = 1;
    in_flight = s->in_flight;
    pthread_mutex_unlock(&s->lock);
    fprintf(stderr, "bert-serve: shutting down, %d request%s in flight\n", in_flight, in_flight == 1 ? "" : "s");
    listener = MHD_quiesce_daemon(daemon);
    if (listener != MHD_INVALID_SOCKET) close(listener);
    wait_until_zero(s, &s->in_flight, 60);
    left = wait_until_zero(s, &s->active, 10); /* the answers being sent */
    pthread_mutex_lock(&s->lock);
    s->encoder_stop = 1;
    pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->lock);
    pthread_join(encoder, NULL);
    MHD_stop_daemon(daemon);
    fprintf(stderr, "bert-serve: stopped%s\n", left ? " (some answers were not sent in time)" : "");
}

int main(int argc, char **argv) {
    serve_config cfg;
    struct sockaddr_storage addr;
    struct MHD_Daemon *daemon;
    const union MHD_DaemonInfo *info;
    bert_model *model;
    bert_error err;
    sigset_t signals;
    pthread_t encoder;
    char why[256];
    int ipv6, sig = 0, port;
    static serve s;
    if (parse_args(argc, argv, &cfg) || make_address(&cfg, &addr, &ipv6)) return 2;
    if (bert_model_load_file(&model, cfg.model_path, &err) != BERT_OK) {
        fprintf(stderr, "bert-serve: %s: %s\n", cfg.model_path, err.message);
        return 1;
    }
    if (serve_init(&s, &cfg, model, why, sizeof why)) {
        fprintf(stderr, "bert-serve: %s\n", why);
        return 1;
    }
    /* Every thread started from here on blocks these signals; main takes them with sigwait. */
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (pthread_create(&encoder, NULL, encoder_main, &s) != 0) {
        fprintf(stderr, "bert-serve: cannot start the encoder thread\n");
        return 1;
    }
    daemon = MHD_start_daemon(MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL | MHD_USE_ITC |
                                  MHD_USE_ERROR_LOG | (ipv6 ? MHD_USE_IPv6 : 0),
                              (uint16_t)cfg.port, NULL, NULL, on_request, &s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
                              MHD_OPTION_NOTIFY_COMPLETED, on_completed, &s, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)120,
                              MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024, MHD_OPTION_END);
    if (!daemon) {
        fprintf(stderr, "bert-serve: cannot listen on %s port %d: %s\n", cfg.host, cfg.port, strerror(errno));
        return 1;
    }
    info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    port = info ? (int)info->port : cfg.port;
    printf("bert-serve: listening on http://%s%s%s:%d (model %s, %s, %d encoder thread%s, %s)\n", ipv6 ? "[" : "", cfg.host,
           ipv6 ? "]" : "", port, cfg.model_id, bert_arch_name(s.mc->arch), cfg.threads, cfg.threads == 1 ? "" : "s", bert_simd_name());
    fflush(stdout);
    while (sigwait(&signals, &sig) != 0) {}
    shut_down(&s, daemon, encoder);
    serve_free(&s);
    bert_model_free(model);
    return 0;
}
#endif /* SERVE_NO_HTTP */
