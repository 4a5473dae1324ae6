/* tok_util.h - what the tokenizer tests share: converting a fixture tokenizer, reading text
 * files line by line (split on \n only, as the goldens were made), reading .jsonl.xz goldens. */
#ifndef BERT_TESTS_TOK_UTIL_H
#define BERT_TESTS_TOK_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOK_FIXTURES "tests/fixtures/tokenizers"

/* A model file's bytes at a 64-byte-aligned address, as bert_model_load_memory requires (the
   corruption tests damage such copies); raw is what to free. */
typedef struct tok_file {
    uint8_t *raw, *data;
    size_t size;
} tok_file;

/* Copies size bytes into a new aligned tok_file; 0, or -1 when out of memory. */
static inline int tok_file_copy(tok_file *f, const void *bytes, size_t size) {
    f->raw = (uint8_t *)malloc(size + 64);
    if (!f->raw) return -1;
    f->data = f->raw + (64 - (uintptr_t)f->raw % 64) % 64;
    f->size = size;
    memcpy(f->data, bytes, size);
    return 0;
}

/* The corruption tests' view of a model file: 32-bit little-endian word i at p, written or read,
   and the tokenizer section (its offset is the header's 64-bit word at byte 56). */
static inline uint32_t tok_word(const uint8_t *p, uint32_t i) {
    p += 4 * (size_t)i;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline void tok_put_word(uint8_t *p, uint32_t i, uint32_t v) {
    p += 4 * (size_t)i;
    p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}
static inline uint8_t *tok_section(const tok_file *f) {
    return f->data + ((uint64_t)tok_word(f->data, 15) << 32 | tok_word(f->data, 14));
}

/* Converts fixture tokenizer `name` into build/tests/<name>.bert; returns the path or NULL. */
static inline char *tok_convert(const char *name) {
    static char out[4][256];
    static int next;
    char cmd[1024];
    char *path = out[next++ % 4];
    snprintf(path, 256, "build/tests/%s.bert", name);
    snprintf(cmd, sizeof cmd, "build/bert-convert --tokenizer-only %s/%s %s 2>/dev/null", TOK_FIXTURES, name, path);
    return system(cmd) == 0 ? path : NULL;
}

/* A whole file in memory. */
static inline char *tok_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = (char *)malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    fclose(f);
    if (buf) { buf[n] = 0; *len = (size_t)n; }
    return buf;
}

/* Splits text into lines on \n only; a final \n ends the last line. Returns the count. */
static inline int tok_split_lines(char *text, size_t len, char ***starts, size_t **lens) {
    int n = 0, cap = 1024;
    size_t at = 0;
    *starts = (char **)malloc((size_t)cap * sizeof **starts);
    *lens = (size_t *)malloc((size_t)cap * sizeof **lens);
    while (at < len) {
        char *nl = (char *)memchr(text + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - text) : len;
        if (n == cap) {
            cap *= 2;
            *starts = (char **)realloc(*starts, (size_t)cap * sizeof **starts);
            *lens = (size_t *)realloc(*lens, (size_t)cap * sizeof **lens);
        }
        (*starts)[n] = text + at;
        (*lens)[n] = end - at;
        n++;
        at = end + 1;
    }
    return n;
}

/* The lines of a .jsonl.xz golden, decompressed with xz. */
static inline char *tok_read_xz(const char *path, size_t *len) {
    char cmd[1024];
    FILE *p;
    size_t cap = 1 << 20, n = 0, got;
    char *buf = (char *)malloc(cap + 1);
    snprintf(cmd, sizeof cmd, "xz -dc %s", path);
    p = popen(cmd, "r");
    if (!p || !buf) { free(buf); if (p) pclose(p); return NULL; }
    while ((got = fread(buf + n, 1, cap - n, p)) > 0) {
        n += got;
        if (n == cap) { cap *= 2; buf = (char *)realloc(buf, cap + 1); }
    }
    if (pclose(p) != 0) { free(buf); return NULL; }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* Needs bert.h and tools/json.h included first. */
#ifdef BERT_TOOLS_JSON_H
/* Compares one encoding with one golden JSON line. Returns 1 when equal, else 0 with why. */
static inline int same_as_golden(const bert_encoding *enc, const char *line, size_t len, char *why, size_t why_size) {
    json_doc doc;
    char msg[200];
    int ids, offs, types, e, i;
    if (json_parse(&doc, line, len, msg, sizeof msg) != 0) {
        snprintf(why, why_size, "golden is not JSON: %s", msg);
        return 0;
    }
    ids = json_get(&doc, 0, "ids");
    offs = json_get(&doc, 0, "boffsets");
    types = json_get(&doc, 0, "type_ids");
    if (json_count(&doc, ids) != enc->count || json_count(&doc, offs) != enc->count) {
        snprintf(why, why_size, "%d tokens, golden has %d", enc->count, json_count(&doc, ids));
        json_free(&doc);
        return 0;
    }
    for (e = json_first(&doc, ids), i = 0; e >= 0; e = json_next(&doc, e), i++) {
        if ((int)doc.nodes[e].number != enc->ids[i]) {
            snprintf(why, why_size, "token %d: id %d, golden %d", i, enc->ids[i], (int)doc.nodes[e].number);
            json_free(&doc);
            return 0;
        }
    }
    for (e = json_first(&doc, offs), i = 0; e >= 0; e = json_next(&doc, e), i++) {
        int s = (int)doc.nodes[json_first(&doc, e)].number, t = (int)doc.nodes[json_next(&doc, json_first(&doc, e))].number;
        if (s != enc->offsets[2 * i] || t != enc->offsets[2 * i + 1]) {
            snprintf(why, why_size, "token %d (id %d): offsets [%d,%d], golden [%d,%d]", i, enc->ids[i], enc->offsets[2 * i],
                     enc->offsets[2 * i + 1], s, t);
            json_free(&doc);
            return 0;
        }
    }
    for (e = json_first(&doc, types), i = 0; types >= 0 && e >= 0; e = json_next(&doc, e), i++) {
        if ((int)doc.nodes[e].number != enc->type_ids[i]) {
            snprintf(why, why_size, "token %d: type id %d, golden %d", i, enc->type_ids[i], (int)doc.nodes[e].number);
            json_free(&doc);
            return 0;
        }
    }
    json_free(&doc);
    return 1;
}

/* Compares the encoding's token strings (bert_encoding_token) with the golden line's "tokens". */
static inline int tok_same_token_texts(const bert_model *model, const bert_encoding *enc, const char *line, size_t len, char *why,
                                       size_t why_size) {
    json_doc doc;
    char msg[200];
    int tokens, e, i, ok = 1;
    if (json_parse(&doc, line, len, msg, sizeof msg) != 0) return 0;
    tokens = json_get(&doc, 0, "tokens");
    for (e = json_first(&doc, tokens), i = 0; e >= 0 && ok; e = json_next(&doc, e), i++) {
        size_t n = 0;
        const char *t = bert_encoding_token(model, enc, i, &n);
        ok = t && n == doc.nodes[e].len && memcmp(t, json_str(&doc, e), n) == 0;
        if (!ok) snprintf(why, why_size, "token %d: \"%.*s\", golden \"%s\"", i, t ? (int)n : 0, t ? t : "", json_str(&doc, e));
    }
    json_free(&doc);
    return ok;
}

/* Tokenizes every line of golden/texts/<corpus> with `model` (truncating to max_length, 0: no
   truncation) and compares it with <golden_dir>/<corpus>.jsonl.xz under tests/fixtures/tokenizers:
   ids, type ids and offsets, and the token strings when with_tokens. One check named after
   `label`; the first three differing lines printed. */
static inline void tok_run_golden(const char *label, const char *golden_dir, const bert_model *model, const char *corpus,
                                  int max_length, int with_tokens) {
    char path[512], *text, *gold, **lines, **glines, why[400];
    size_t len = 0, glen = 0, *lens, *glens;
    int n, gn, i, bad = 0, shown = 0, is_pair = strcmp(corpus, "pairs") == 0;
    bert_encoding enc;
    bert_error err;
    memset(&enc, 0, sizeof enc);
    snprintf(path, sizeof path, "%s/golden/texts/%s.%s", TOK_FIXTURES, corpus, is_pair ? "tsv" : "txt");
    text = tok_read_file(path, &len);
    snprintf(path, sizeof path, "%s/%s/%s.jsonl.xz", TOK_FIXTURES, golden_dir, corpus);
    gold = tok_read_xz(path, &glen);
    if (!text || !gold) {
        CHECKF(0, "golden %s %s: cannot read the text or the golden", label, corpus);
        free(text);
        free(gold);
        return;
    }
    n = tok_split_lines(text, len, &lines, &lens);
    gn = tok_split_lines(gold, glen, &glines, &glens);
    if (n != gn) bad = n > gn ? n - gn : gn - n;
    for (i = 0; i < n && i < gn; i++) {
        int r;
        if (is_pair) {
            char *tab = (char *)memchr(lines[i], '\t', lens[i]);
            size_t a = tab ? (size_t)(tab - lines[i]) : lens[i];
            r = bert_tokenize_pair(model, lines[i], a, tab ? tab + 1 : "", tab ? lens[i] - a - 1 : 0, max_length, &enc, &err);
        } else {
            r = bert_tokenize(model, lines[i], lens[i], max_length, &enc, &err);
        }
        if (r != BERT_OK) snprintf(why, sizeof why, "error: %s", err.message);
        if (r != BERT_OK || !same_as_golden(&enc, glines[i], glens[i], why, sizeof why) ||
            (with_tokens && !tok_same_token_texts(model, &enc, glines[i], glens[i], why, sizeof why))) {
            bad++;
            if (shown++ < 3) printf("  %s %s line %d: %s\n", label, corpus, i, why);
        }
    }
    CHECKF(bad == 0, "golden %s %s: %d of %d lines identical to Hugging Face", label, corpus, n - bad, n);
    bert_encoding_free(&enc);
    free(lines);
    free(lens);
    free(glines);
    free(glens);
    free(text);
    free(gold);
}

/* Are two JSON values equal (numbers, strings, nested arrays)? */
static inline int tok_json_equal(const json_doc *a, int na, const json_doc *b, int nb) {
    int x, y;
    if (json_type_of(a, na) != json_type_of(b, nb)) return 0;
    switch (json_type_of(a, na)) {
    case JSON_NUMBER: return a->nodes[na].number == b->nodes[nb].number;
    case JSON_STRING: return a->nodes[na].len == b->nodes[nb].len && memcmp(json_str(a, na), json_str(b, nb), a->nodes[na].len) == 0;
    case JSON_ARRAY:
        if (json_count(a, na) != json_count(b, nb)) return 0;
        for (x = json_first(a, na), y = json_first(b, nb); x >= 0; x = json_next(a, x), y = json_next(b, y))
            if (!tok_json_equal(a, x, b, y)) return 0;
        return 1;
    default: return 0;
    }
}

/* `bert tokenize` (the CLI contract) on golden/texts/<corpus> with model file `model`: every
   output line must be one JSON object of exactly ids, type_ids, tokens and offsets, equal to
   golden/<name>/<corpus>'s ids, tokens, boffsets (and type_ids for pairs). */
static inline void tok_cli_vs_golden(const char *model, const char *name, const char *corpus) {
    char cmd[1024], path[512], *out, *gold, **ol, **gl;
    size_t olen = 0, glen = 0, *ols, *gls;
    int pair = strcmp(corpus, "pairs") == 0, on, gn, i, bad = 0;
    snprintf(cmd, sizeof cmd, "build/bert tokenize -m %s %s < %s/golden/texts/%s.%s > build/tests/cli_%s_%s.jsonl", model,
             pair ? "--pair" : "", TOK_FIXTURES, corpus, pair ? "tsv" : "txt", name, corpus);
    if (system(cmd) != 0) { CHECKF(0, "cli %s %s: bert tokenize failed", name, corpus); return; }
    snprintf(path, sizeof path, "build/tests/cli_%s_%s.jsonl", name, corpus);
    out = tok_read_file(path, &olen);
    snprintf(path, sizeof path, "%s/golden/%s/%s.jsonl.xz", TOK_FIXTURES, name, corpus);
    gold = tok_read_xz(path, &glen);
    if (!out || !gold) { CHECKF(0, "cli %s %s: cannot read the output or the golden", name, corpus); free(out); free(gold); return; }
    on = tok_split_lines(out, olen, &ol, &ols);
    gn = tok_split_lines(gold, glen, &gl, &gls);
    for (i = 0; i < on && i < gn; i++) {
        json_doc a, b;
        char msg[200];
        int ok = json_parse(&a, ol[i], ols[i], msg, sizeof msg) == 0;
        if (ok && json_parse(&b, gl[i], gls[i], msg, sizeof msg) == 0) {
            ok = json_type_of(&a, 0) == JSON_OBJECT && json_count(&a, 0) == 4 &&
                 tok_json_equal(&a, json_get(&a, 0, "ids"), &b, json_get(&b, 0, "ids")) &&
                 tok_json_equal(&a, json_get(&a, 0, "tokens"), &b, json_get(&b, 0, "tokens")) &&
                 tok_json_equal(&a, json_get(&a, 0, "offsets"), &b, json_get(&b, 0, "boffsets")) &&
                 json_count(&a, json_get(&a, 0, "type_ids")) == json_count(&b, json_get(&b, 0, "ids")) &&
                 (!pair || tok_json_equal(&a, json_get(&a, 0, "type_ids"), &b, json_get(&b, 0, "type_ids")));
            json_free(&b);
        } else {
            ok = 0;
        }
        json_free(&a);
        if (!ok && bad++ < 3) printf("  cli %s %s line %d:\n    %.300s\n    %.300s\n", name, corpus, i, ol[i], gl[i]);
    }
    CHECKF(bad == 0 && on == gn, "cli %s %s: %d of %d lines with Hugging Face's ids, tokens, type ids and offsets", name, corpus,
           gn - bad, gn);
    free(ol); free(ols); free(gl); free(gls); free(out); free(gold);
}

#endif

#endif /* BERT_TESTS_TOK_UTIL_H */
