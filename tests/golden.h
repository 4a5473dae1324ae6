/* golden.h - reading the fixtures' golden.json cases for tests that call the library directly.
 * Include after bert.h and tools/json.h. */
#ifndef BERT_TEST_GOLDEN_H
#define BERT_TEST_GOLDEN_H

#include <math.h>

typedef struct golden_case {
    int B, T;
    int32_t ids[4096], mask[4096], types[4096];
    int has_mask, has_types;
    json_doc *doc;
    int outputs; /* the case's "outputs" object */
} golden_case;

static inline int golden_read(const char *path, json_doc *doc) {
    size_t len;
    char msg[256], *text = json_read_file(path, &len);
    int ok = text && json_parse(doc, text, len, msg, sizeof msg) == 0;
    free(text);
    return ok;
}

static inline void golden__matrix(json_doc *d, int node, int32_t *out) {
    int row, v, i = 0;
    for (row = json_first(d, node); row >= 0; row = json_next(d, row))
        for (v = json_first(d, row); v >= 0; v = json_next(d, v)) out[i++] = (int32_t)d->nodes[v].number;
}

/* Case `index` of a golden document: its inputs, and where its outputs are. */
static inline void golden_case_at(json_doc *d, int index, golden_case *c) {
    int kase = json_at(d, json_get(d, 0, "cases"), index), in = json_get(d, kase, "inputs"), ids = json_get(d, in, "input_ids");
    c->doc = d;
    c->outputs = json_get(d, kase, "outputs");
    c->B = json_count(d, ids);
    c->T = json_count(d, json_first(d, ids));
    golden__matrix(d, ids, c->ids);
    c->has_mask = json_get(d, in, "attention_mask") >= 0;
    c->has_types = json_get(d, in, "token_type_ids") >= 0;
    if (c->has_mask) golden__matrix(d, json_get(d, in, "attention_mask"), c->mask);
    if (c->has_types) golden__matrix(d, json_get(d, in, "token_type_ids"), c->types);
}

static inline bert_batch golden_batch(const golden_case *c) {
    bert_batch b;
    b.batch = c->B;
    b.seq_len = c->T;
    b.input_ids = c->ids;
    b.attention_mask = c->has_mask ? c->mask : NULL;
    b.token_type_ids = c->has_types ? c->types : NULL;
    return b;
}

/* Golden output `key` flattened into out (up to cap values); returns the count. */
static inline size_t golden_values(const golden_case *c, const char *key, double *out, size_t cap) {
    json_doc *d = c->doc;
    int node = json_get(d, c->outputs, key), stack[8], depth = 0, cur = json_first(d, node);
    size_t n = 0;
    while (cur >= 0 || depth > 0) {
        if (cur < 0) { cur = json_next(d, stack[--depth]); continue; }
        if (json_type_of(d, cur) == JSON_ARRAY) { stack[depth++] = cur; cur = json_first(d, cur); continue; }
        if (n < cap) out[n] = d->nodes[cur].number;
        n++;
        cur = json_next(d, cur);
    }
    return n;
}

/* The tolerance measure of the goldens: |x - g| / max(1, |g|). */
static inline double golden_rel_err(double x, double g) { return fabs(x - g) / (fabs(g) > 1 ? fabs(g) : 1); }

static inline double golden_max_err(const float *x, const double *g, size_t n) {
    double w = 0;
    size_t i;
    for (i = 0; i < n; i++)
        if (golden_rel_err(x[i], g[i]) > w) w = golden_rel_err(x[i], g[i]);
    return w;
}

#endif
