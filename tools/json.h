/* json.h - a small strict JSON reader for the bert.h tools (converter, CLI, tests).
 *
 * Parses a whole document into a flat array of nodes. Strings are unescaped into one pool
 * (UTF-8, NUL-terminated, with their byte length kept because JSON strings may hold \u0000).
 * Every error names the line and column. Not part of bert.h: the library never reads JSON.
 *
 *   json_doc doc;
 *   if (json_parse(&doc, text, len, err, sizeof err) != 0) ... err says what and where
 *   int root = 0;                                  node 0 is the document's value
 *   int n = json_get(&doc, root, "hidden_size");   -1 when absent
 *   double h = doc.nodes[n].number;
 *   for (int c = json_first(&doc, arr); c >= 0; c = json_next(&doc, c)) ...
 *   json_free(&doc);
 */
#ifndef BERT_TOOLS_JSON_H
#define BERT_TOOLS_JSON_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } json_type;

typedef struct json_node {
    json_type type;
    int count;          /* array/object: number of children */
    int first;          /* array/object: index of the first child, -1 if none */
    int next;           /* index of the next sibling, -1 if last */
    size_t str;         /* string: offset of its text in doc.pool; number: of its text as written */
    size_t len;         /* string, number: byte length of that text */
    size_t key;         /* object member: offset of its key in doc.pool */
    size_t key_len;     /* object member: key byte length */
    double number;      /* number value */
    int is_integer;     /* number written without fraction or exponent */
} json_node;

typedef struct json_doc {
    json_node *nodes;
    int count, capacity;
    char *pool;
    size_t pool_used, pool_capacity;
} json_doc;

#define JSON_MAX_DEPTH 256

typedef struct json__parser {
    const char *text, *end, *at;
    json_doc *doc;
    char *err;
    size_t err_size;
    int failed;
} json__parser;

static inline void json__fail(json__parser *p, const char *what) {
    int line = 1, col = 1;
    const char *c;
    if (p->failed) return;
    p->failed = 1;
    for (c = p->text; c < p->at && c < p->end; c++) {
        if (*c == '\n') { line++; col = 1; } else col++;
    }
    snprintf(p->err, p->err_size, "%s at line %d column %d", what, line, col);
}

static inline int json__new_node(json__parser *p, json_type type) {
    json_doc *d = p->doc;
    if (d->count == d->capacity) {
        int cap = d->capacity ? d->capacity * 2 : 256;
        json_node *n = (json_node *)realloc(d->nodes, (size_t)cap * sizeof *n);
        if (!n) { json__fail(p, "out of memory"); return -1; }
        d->nodes = n;
        d->capacity = cap;
    }
    memset(&d->nodes[d->count], 0, sizeof d->nodes[0]);
    d->nodes[d->count].type = type;
    d->nodes[d->count].first = -1;
    d->nodes[d->count].next = -1;
    return d->count++;
}

static inline void json__skip_space(json__parser *p) {
    while (p->at < p->end && (*p->at == ' ' || *p->at == '\t' || *p->at == '\n' || *p->at == '\r')) p->at++;
}

static inline int json__hex4(json__parser *p, unsigned *out) {
    unsigned v = 0;
    int i;
    if (p->end - p->at < 4) { json__fail(p, "truncated \\u escape"); return -1; }
    for (i = 0; i < 4; i++) {
        char c = p->at[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else { json__fail(p, "bad hex digit in \\u escape"); return -1; }
    }
    p->at += 4;
    *out = v;
    return 0;
}

static inline char *json__put_utf8(char *o, unsigned cp) {
    if (cp < 0x80) *o++ = (char)cp;
    else if (cp < 0x800) { *o++ = (char)(0xC0 | (cp >> 6)); *o++ = (char)(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12)); *o++ = (char)(0x80 | ((cp >> 6) & 0x3F)); *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18)); *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F)); *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

/* Reads a string at p->at (which is on the opening quote) into the pool. A lone surrogate
 * escape becomes U+FFFD, as serde_json-based writers never produce one anyway. */
static inline int json__string(json__parser *p, size_t *off, size_t *len) {
    json_doc *d = p->doc;
    char *o, *start;
    p->at++;
    /* Unescaped text is never longer than the escaped text, so reserve that much. */
    {
        const char *q = p->at;
        size_t need;
        while (q < p->end && *q != '"') q += (*q == '\\' && q + 1 < p->end) ? 2 : 1;
        need = (size_t)(q - p->at) + 1;
        if (d->pool_used + need > d->pool_capacity) {
            size_t cap = d->pool_capacity ? d->pool_capacity : 4096;
            char *np;
            while (cap < d->pool_used + need) cap *= 2;
            np = (char *)realloc(d->pool, cap);
            if (!np) { json__fail(p, "out of memory"); return -1; }
            d->pool = np;
            d->pool_capacity = cap;
        }
    }
    start = o = d->pool + d->pool_used;
    for (;;) {
        unsigned char c;
        if (p->at >= p->end) { json__fail(p, "unterminated string"); return -1; }
        c = (unsigned char)*p->at;
        if (c == '"') { p->at++; break; }
        if (c < 0x20) { json__fail(p, "control character in string"); return -1; }
        if (c != '\\') { *o++ = (char)c; p->at++; continue; }
        p->at++;
        if (p->at >= p->end) { json__fail(p, "unterminated escape"); return -1; }
        c = (unsigned char)*p->at++;
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (json__hex4(p, &cp)) return -1;
            if (cp >= 0xD800 && cp < 0xDC00 && p->end - p->at >= 6 && p->at[0] == '\\' && p->at[1] == 'u') {
                const char *save = p->at;
                p->at += 2;
                if (json__hex4(p, &lo)) return -1;
                if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else { p->at = save; cp = 0xFFFD; }
            } else if (cp >= 0xD800 && cp < 0xE000) {
                cp = 0xFFFD;
            }
            o = json__put_utf8(o, cp);
            break;
        }
        default: p->at--; json__fail(p, "bad escape in string"); return -1;
        }
    }
    *len = (size_t)(o - start);
    *o++ = 0;
    *off = d->pool_used;
    d->pool_used += (size_t)(o - start);
    return 0;
}

/* Copies a number's text into the pool, so readers that must round it their own way can. */
static inline int json__keep_text(json__parser *p, const char *s, size_t n, size_t *off) {
    json_doc *d = p->doc;
    if (d->pool_used + n + 1 > d->pool_capacity) {
        size_t cap = d->pool_capacity ? d->pool_capacity : 4096;
        char *np;
        while (cap < d->pool_used + n + 1) cap *= 2;
        np = (char *)realloc(d->pool, cap);
        if (!np) { json__fail(p, "out of memory"); return -1; }
        d->pool = np;
        d->pool_capacity = cap;
    }
    memcpy(d->pool + d->pool_used, s, n);
    d->pool[d->pool_used + n] = 0;
    *off = d->pool_used;
    d->pool_used += n + 1;
    return 0;
}

static inline int json__number(json__parser *p, int node) {
    const char *s = p->at;
    char buf[64];
    size_t n;
    int integer = 1;
    if (p->at < p->end && *p->at == '-') p->at++;
    if (p->at >= p->end || *p->at < '0' || *p->at > '9') { json__fail(p, "bad number"); return -1; }
    if (*p->at == '0') p->at++;
    else while (p->at < p->end && *p->at >= '0' && *p->at <= '9') p->at++;
    if (p->at < p->end && *p->at == '.') {
        integer = 0;
        p->at++;
        if (p->at >= p->end || *p->at < '0' || *p->at > '9') { json__fail(p, "bad number"); return -1; }
        while (p->at < p->end && *p->at >= '0' && *p->at <= '9') p->at++;
    }
    if (p->at < p->end && (*p->at == 'e' || *p->at == 'E')) {
        integer = 0;
        p->at++;
        if (p->at < p->end && (*p->at == '+' || *p->at == '-')) p->at++;
        if (p->at >= p->end || *p->at < '0' || *p->at > '9') { json__fail(p, "bad number"); return -1; }
        while (p->at < p->end && *p->at >= '0' && *p->at <= '9') p->at++;
    }
    n = (size_t)(p->at - s);
    if (json__keep_text(p, s, n, &p->doc->nodes[node].str)) return -1;
    p->doc->nodes[node].len = n;
    if (n >= sizeof buf) {
        /* Very long numbers: strtod needs a terminated copy; integers this long are out of range anyway. */
        char *big = (char *)malloc(n + 1);
        if (!big) { json__fail(p, "out of memory"); return -1; }
        memcpy(big, s, n);
        big[n] = 0;
        p->doc->nodes[node].number = strtod(big, NULL);
        free(big);
    } else {
        memcpy(buf, s, n);
        buf[n] = 0;
        p->doc->nodes[node].number = strtod(buf, NULL);
    }
    p->doc->nodes[node].is_integer = integer;
    return 0;
}

static inline int json__value(json__parser *p, int depth);

static inline int json__container(json__parser *p, int node, int depth, int is_object) {
    int last = -1;
    char close = is_object ? '}' : ']';
    p->at++;
    json__skip_space(p);
    if (p->at < p->end && *p->at == close) { p->at++; return 0; }
    for (;;) {
        size_t key = 0, key_len = 0;
        int child;
        json__skip_space(p);
        if (is_object) {
            if (p->at >= p->end || *p->at != '"') { json__fail(p, "expected a string key"); return -1; }
            if (json__string(p, &key, &key_len)) return -1;
            json__skip_space(p);
            if (p->at >= p->end || *p->at != ':') { json__fail(p, "expected ':'"); return -1; }
            p->at++;
            json__skip_space(p);
        }
        child = json__value(p, depth + 1);
        if (child < 0) return -1;
        p->doc->nodes[child].key = key;
        p->doc->nodes[child].key_len = key_len;
        if (last < 0) p->doc->nodes[node].first = child;
        else p->doc->nodes[last].next = child;
        last = child;
        p->doc->nodes[node].count++;
        json__skip_space(p);
        if (p->at < p->end && *p->at == ',') { p->at++; continue; }
        if (p->at < p->end && *p->at == close) { p->at++; return 0; }
        json__fail(p, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
        return -1;
    }
}

static inline int json__literal(json__parser *p, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(p->end - p->at) < n || memcmp(p->at, word, n) != 0) { json__fail(p, "unexpected character"); return -1; }
    p->at += n;
    return 0;
}

static inline int json__value(json__parser *p, int depth) {
    int node;
    if (depth > JSON_MAX_DEPTH) { json__fail(p, "nesting too deep"); return -1; }
    json__skip_space(p);
    if (p->at >= p->end) { json__fail(p, "unexpected end of input"); return -1; }
    switch (*p->at) {
    case '{':
        node = json__new_node(p, JSON_OBJECT);
        if (node < 0 || json__container(p, node, depth, 1)) return -1;
        return node;
    case '[':
        node = json__new_node(p, JSON_ARRAY);
        if (node < 0 || json__container(p, node, depth, 0)) return -1;
        return node;
    case '"': {
        size_t off, len;
        node = json__new_node(p, JSON_STRING);
        if (node < 0 || json__string(p, &off, &len)) return -1;
        p->doc->nodes[node].str = off;
        p->doc->nodes[node].len = len;
        return node;
    }
    case 't': node = json__new_node(p, JSON_TRUE); return (node < 0 || json__literal(p, "true")) ? -1 : node;
    case 'f': node = json__new_node(p, JSON_FALSE); return (node < 0 || json__literal(p, "false")) ? -1 : node;
    case 'n': node = json__new_node(p, JSON_NULL); return (node < 0 || json__literal(p, "null")) ? -1 : node;
    default:
        node = json__new_node(p, JSON_NUMBER);
        if (node < 0 || json__number(p, node)) return -1;
        return node;
    }
}

/* Parses text[0..len) into doc. Returns 0, or -1 with a message in err. */
static inline int json_parse(json_doc *doc, const char *text, size_t len, char *err, size_t err_size) {
    json__parser p;
    memset(doc, 0, sizeof *doc);
    p.text = p.at = text;
    p.end = text + len;
    p.doc = doc;
    p.err = err;
    p.err_size = err_size;
    p.failed = 0;
    if (len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB && (unsigned char)text[2] == 0xBF)
        p.at += 3; /* a UTF-8 byte order mark, as some editors write */
    if (json__value(&p, 0) < 0) goto fail;
    json__skip_space(&p);
    if (p.at != p.end) { json__fail(&p, "trailing characters after the JSON value"); goto fail; }
    return 0;
fail:
    free(doc->nodes);
    free(doc->pool);
    memset(doc, 0, sizeof *doc);
    return -1;
}

static inline void json_free(json_doc *doc) {
    free(doc->nodes);
    free(doc->pool);
    memset(doc, 0, sizeof *doc);
}

static inline int json_first(const json_doc *d, int node) { return node < 0 ? -1 : d->nodes[node].first; }
static inline int json_next(const json_doc *d, int node) { return node < 0 ? -1 : d->nodes[node].next; }
static inline int json_count(const json_doc *d, int node) { return node < 0 ? 0 : d->nodes[node].count; }
static inline json_type json_type_of(const json_doc *d, int node) { return node < 0 ? JSON_NULL : d->nodes[node].type; }
static inline const char *json_str(const json_doc *d, int node) { return d->pool + d->nodes[node].str; }
static inline const char *json_key(const json_doc *d, int node) { return d->pool + d->nodes[node].key; }

/* The member of object `node` named `key`, or -1. The last one wins, as in serde_json and Python. */
static inline int json_get(const json_doc *d, int node, const char *key) {
    int c, found = -1;
    size_t n = strlen(key);
    if (node < 0 || d->nodes[node].type != JSON_OBJECT) return -1;
    for (c = d->nodes[node].first; c >= 0; c = d->nodes[c].next)
        if (d->nodes[c].key_len == n && memcmp(d->pool + d->nodes[c].key, key, n) == 0) found = c;
    return found;
}

/* Element i of array `node`, or -1. Linear: iterate with json_first/json_next for whole arrays. */
static inline int json_at(const json_doc *d, int node, int i) {
    int c;
    if (node < 0 || d->nodes[node].type != JSON_ARRAY) return -1;
    for (c = d->nodes[node].first; c >= 0 && i > 0; c = d->nodes[c].next) i--;
    return c;
}

/* Reads a whole file into a malloc'd buffer (NUL-terminated). Returns NULL on failure. */
static inline char *json_read_file(const char *path, size_t *len_out) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0, got;
    if (!f) return NULL;
    for (;;) {
        if (cap - len < 65536) {
            size_t ncap = cap ? cap * 2 : 1 << 16;
            char *nb = (char *)realloc(buf, ncap + 1);
            if (!nb) { free(buf); fclose(f); return NULL; }
            buf = nb;
            cap = ncap;
        }
        got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) break;
    }
    if (ferror(f)) { free(buf); fclose(f); return NULL; }
    fclose(f);
    buf[len] = 0;
    *len_out = len;
    return buf;
}

#endif /* BERT_TOOLS_JSON_H */
