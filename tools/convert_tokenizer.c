/* convert_tokenizer.c - reads a Hugging Face tokenizer folder into bert.h's tokenizer section.
 *
 * Sources, first found wins:
 *   tokenizer.json                       the fast tokenizer: everything is in it
 *   vocab.txt (+ tokenizer_config.json,  a BERT WordPiece vocabulary and the flags of
 *   special_tokens_map.json)             transformers' BertTokenizer
 *   spiece.model + tokenizer_config.json a SentencePiece Unigram model, rebuilt as transformers'
 *                                        converters build AlbertTokenizer and XLMRobertaTokenizer
 *                                        (spm.model: DebertaV2Tokenizer, looked for last)
 *   vocab.json + merges.txt              byte-level BPE as transformers' RobertaTokenizer
 *   (+ tokenizer_config.json)            (GPT2Tokenizer when tokenizer_class says so); a
 *                                        vocab.json alone converts ids-only
 *
 * The section layout is docs/TOKENIZER_FORMAT.md. Everything the tokenizer needs at run time is
 * precomputed here (vocabulary hash table, added-token trie, normalized added tokens, BPE's
 * merge table), so loading it is a bounds check. To add a model: parse its JSON in
 * read_model(), write its model data after PLACE(BERT__TK_MODEL_DATA) in write_section(), and
 * give bert.h its bert__tokenize_word case.
 */
#define BERT_IMPLEMENTATION
#define BERT_STATIC
#include "../bert.h"
#include "convert.h"
#include "json.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- What a tokenizer is made of, before it is laid out ------------------------------------ */

typedef struct tk_string {
    char *s;
    size_t len;
} tk_string;

typedef struct tk_added {
    tk_string content, normalized;
    int id;
    unsigned flags; /* BERT__ADDED_* */
} tk_added;

#define TK_MAX_STEPS 64
#define TK_MAX_PIECES 16

typedef struct tk_piece {
    int kind, type_id;
    int ids[8], id_count;
} tk_piece;

/* A BPE model: merges resolved to ids, in rank order. */
typedef struct tk_bpe {
    uint32_t flags;             /* BERT__BPE_* */
    tk_string prefix, suffix;   /* continuing_subword_prefix, end_of_word_suffix */
    int (*merges)[3];           /* left id, right id, merged id */
    int merge_count, merge_cap;
    uint32_t char_ids[BERT__BPE_CHARS], byte_ids[256];
} tk_bpe;

typedef struct tk_desc {
    int model;                  /* BERT__MODEL_* */
    tk_string *vocab;           /* [vocab_count], by id; empty for unused ids */
    int vocab_count;
    int unk_id, pad_id;
    uint32_t norm[TK_MAX_STEPS][BERT__STEP_WORDS];
    tk_string norm_str[TK_MAX_STEPS][2]; /* strings of Replace / Prepend steps */
    int norm_count;
    uint32_t pre[TK_MAX_STEPS][BERT__STEP_WORDS];
    int pre_count;
    tk_added *added;
    int added_count;
    tk_piece single[TK_MAX_PIECES], pair[TK_MAX_PIECES];
    int single_count, pair_count;
    int trunc_max_length, trunc_strategy, trunc_direction;
    tk_string wp_prefix;
    int wp_max_chars;
    double *uni_scores;         /* Unigram: the scores of pieces vocab[0 .. uni_count) */
    int uni_count, uni_byte_fallback;
    uint32_t *charsmap[TK_MAX_STEPS]; /* Precompiled steps: the trie units (their blob is norm_str[i][0]) */
    uint32_t charsmap_units[TK_MAX_STEPS];
    tk_bpe bpe;
    uint32_t post_flags;        /* BERT__POST_*: offset trimming by the post-processor */
} tk_desc;

typedef struct tk_ctx {
    const char *dir;
    char file[1024];            /* the file being read, for messages */
    char *err, *warn;
    size_t err_size, warn_size;
} tk_ctx;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int tk_fail(tk_ctx *c, const char *fmt, ...) {
    va_list ap;
    size_t n;
    snprintf(c->err, c->err_size, "%s: ", c->file);
    n = strlen(c->err);
    va_start(ap, fmt);
    vsnprintf(c->err + n, c->err_size - n, fmt, ap);
    va_end(ap);
    return -1;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void tk_warn(tk_ctx *c, const char *fmt, ...) {
    va_list ap;
    size_t n = strlen(c->warn);
    if (n + 2 >= c->warn_size) return;
    snprintf(c->warn + n, c->warn_size - n, "warning: ");
    n = strlen(c->warn);
    va_start(ap, fmt);
    vsnprintf(c->warn + n, c->warn_size - n, fmt, ap);
    va_end(ap);
    n = strlen(c->warn);
    if (n + 1 < c->warn_size) { c->warn[n] = '\n'; c->warn[n + 1] = 0; }
}

/* The size limit for a tokenizer folder's file: the vocabularies can be large, the configs not. */
static size_t tk_limit(const char *name) {
    return strcmp(name, "tokenizer.json") == 0 || strcmp(name, "vocab.json") == 0 ? BC_LIMIT_TOKENIZER : BC_LIMIT_JSON;
}

/* Whether dir/name is there: 1 a regular file, 0 absent, -1 error (named in c->err). */
static int tk_file_status(tk_ctx *c, const char *name) {
    char msg[256];
    int r = bc_file_status(c->dir, name, msg, sizeof msg);
    if (r < 0) {
        snprintf(c->file, sizeof c->file, "%s/%s", c->dir, name);
        return tk_fail(c, "%s", msg);
    }
    return r;
}

/* Reads all of dir/name (at most `limit` bytes); NULL on error (in c->err), c->file naming it. */
static char *tk_read_file(tk_ctx *c, const char *name, size_t limit, size_t *len) {
    char *path = bc_path(c->dir, name), msg[256], *text;
    snprintf(c->file, sizeof c->file, "%s/%s", c->dir, name);
    if (!path) { tk_fail(c, "out of memory"); return NULL; }
    text = bc_read_file(path, limit, len, msg, sizeof msg);
    free(path);
    if (!text) tk_fail(c, "%s", msg);
    return text;
}

/* Reads and parses dir/name. 1 read, 0 absent, -1 error. */
static int tk_read_json(tk_ctx *c, const char *name, json_doc *doc) {
    char msg[256], *text;
    size_t len;
    int r = tk_file_status(c, name);
    snprintf(c->file, sizeof c->file, "%s/%s", c->dir, name);
    if (r <= 0) return r;
    text = tk_read_file(c, name, tk_limit(name), &len);
    if (!text) return -1;
    if (json_parse(doc, text, len, msg, sizeof msg) != 0) {
        free(text);
        return tk_fail(c, "malformed JSON: %s", msg);
    }
    free(text);
    return 1;
}

static int tk_copy(tk_string *out, const char *s, size_t len) {
    out->s = (char *)malloc(len + 1);
    if (!out->s) return -1;
    memcpy(out->s, s, len);
    out->s[len] = 0;
    out->len = len;
    return 0;
}

static void tk_desc_free(tk_desc *d) {
    int i, j;
    for (i = 0; i < d->vocab_count; i++) free(d->vocab[i].s);
    free(d->vocab);
    for (i = 0; i < d->added_count; i++) { free(d->added[i].content.s); free(d->added[i].normalized.s); }
    free(d->added);
    for (i = 0; i < TK_MAX_STEPS; i++) {
        for (j = 0; j < 2; j++) free(d->norm_str[i][j].s);
        free(d->charsmap[i]);
    }
    free(d->wp_prefix.s);
    free(d->uni_scores);
    free(d->bpe.prefix.s);
    free(d->bpe.suffix.s);
    free(d->bpe.merges);
    memset(d, 0, sizeof *d);
}

/* ---- JSON helpers: every wrong type is an error naming the field ------------------------------ */

static int js_bool(tk_ctx *c, const json_doc *doc, int obj, const char *key, int dflt, const char *where) {
    int n = json_get(doc, obj, key);
    if (n < 0 || json_type_of(doc, n) == JSON_NULL) return dflt;
    if (json_type_of(doc, n) == JSON_TRUE) return 1;
    if (json_type_of(doc, n) == JSON_FALSE) return 0;
    tk_fail(c, "%s.%s must be true or false", where, key);
    return -1;
}

/* An integer field in [lo, hi]; dflt when absent or null; -2 (after tk_fail) when wrong. */
static long js_int(tk_ctx *c, const json_doc *doc, int obj, const char *key, long dflt, long lo, long hi, const char *where) {
    int n = json_get(doc, obj, key);
    double v;
    if (n < 0 || json_type_of(doc, n) == JSON_NULL) return dflt;
    v = doc->nodes[n].number;
    if (json_type_of(doc, n) != JSON_NUMBER || !doc->nodes[n].is_integer || v < (double)lo || v > (double)hi) {
        tk_fail(c, "%s.%s must be an integer in [%ld, %ld]", where, key, lo, hi);
        return -2;
    }
    return (long)v;
}

/* A string field: node index, or -1 when absent/null, -2 (after tk_fail) when not a string. */
static int js_string(tk_ctx *c, const json_doc *doc, int obj, const char *key, const char *where) {
    int n = json_get(doc, obj, key);
    if (n < 0 || json_type_of(doc, n) == JSON_NULL) return -1;
    if (json_type_of(doc, n) != JSON_STRING) {
        tk_fail(c, "%s.%s must be a string", where, key);
        return -2;
    }
    return n;
}

/* ---- The vocabulary ------------------------------------------------------------------------- */

static int vocab_set(tk_ctx *c, tk_desc *d, int id, const char *s, size_t len) {
    if (id < 0 || id >= (1 << 24)) return tk_fail(c, "token id %d is out of range", id);
    if (id >= d->vocab_count) {
        int n = id + 1, i;
        tk_string *v = (tk_string *)realloc(d->vocab, (size_t)n * sizeof *v);
        if (!v) return tk_fail(c, "out of memory");
        for (i = d->vocab_count; i < n; i++) v[i].s = NULL, v[i].len = 0;
        d->vocab = v;
        d->vocab_count = n;
    }
    free(d->vocab[id].s);
    if (tk_copy(&d->vocab[id], s, len)) return tk_fail(c, "out of memory");
    return 0;
}

/* The id of token s, or -1 (linear: used a handful of times per conversion). Later ids win,
   as a HashMap filled in id order does. */
static int vocab_find(const tk_desc *d, const char *s) {
    int i;
    size_t len = strlen(s);
    for (i = d->vocab_count - 1; i >= 0; i--)
        if (d->vocab[i].s && d->vocab[i].len == len && memcmp(d->vocab[i].s, s, len) == 0) return i;
    return -1;
}

/* ---- tokenizer.json ------------------------------------------------------------------------- */

static int add_norm_step(tk_ctx *c, tk_desc *d, uint32_t type) {
    if (d->norm_count == TK_MAX_STEPS) return tk_fail(c, "more than %d normalizers", TK_MAX_STEPS);
    memset(d->norm[d->norm_count], 0, sizeof d->norm[0]);
    d->norm[d->norm_count][0] = type;
    return d->norm_count++;
}

/* Replace(String): the pattern (non-empty) and its content. */
static int add_replace(tk_ctx *c, tk_desc *d, const char *pattern, size_t plen, const char *content, size_t clen) {
    int i = add_norm_step(c, d, BERT__NORM_REPLACE);
    if (i < 0) return -1;
    if (tk_copy(&d->norm_str[i][0], pattern, plen) || tk_copy(&d->norm_str[i][1], content, clen)) return tk_fail(c, "out of memory");
    return 0;
}

/* One character of a regex outside or inside a class: a literal or an escaped punctuation or
   control character. Returns the bytes used, 0 when it is not one we read exactly. */
static int regex_char(const char *s, size_t n, uint32_t *cp) {
    static const char *controls = "t\tn\nr\rf\fv\va\a";
    const char *k;
    if (n == 0) return 0;
    if (s[0] != '\\') return bert__utf8_decode((const uint8_t *)s, n, cp);
    if (n < 2) return 0;
    for (k = controls; *k; k += 2)
        if (s[1] == k[0]) { *cp = (uint8_t)k[1]; return 2; }
    if (strchr(" .^$|?*+()[]{}\\/-#", s[1]) && s[1]) { *cp = (uint8_t)s[1]; return 2; }
    return 0; /* \s, \d, \w, \p{..}, \x..: Unicode-dependent or rare; not read */
}

/* Replace(Regex): the patterns SentencePiece tokenizers use. A regex without metacharacters is a
   Replace(String); one character or [class] with a quantifier (+, {m}, {m,}, {m,n}, m >= 1)
   becomes a BERT__NORM_REPLACE_REGEX step. Anything else is an error naming the pattern. */
static int add_replace_regex(tk_ctx *c, tk_desc *d, const char *re, size_t len, const char *content, size_t clen, const char *where) {
    uint32_t ranges[2 * BERT__REGEX_MAX_RANGES], cp, lo, hi, min = 1, max = 1;
    char literal[256], cls[2 * BERT__REGEX_MAX_RANGES * 4];
    size_t at = 0, lit = 0, cl = 0;
    int nr = 0, negate = 0, k, i;
    /* A literal string? */
    while (at < len && lit + 4 < sizeof literal && !strchr(".^$|?*+()[]{}", re[at]) && (k = regex_char(re + at, len - at, &cp)) > 0) {
        lit += (size_t)bert__utf8_encode(cp, (uint8_t *)literal + lit);
        at += (size_t)k;
    }
    if (at == len && lit > 0) return add_replace(c, d, literal, lit, content, clen);
    /* One atom: a character or a class. */
    at = 0;
    if (len > 0 && re[0] == '[') {
        at = 1;
        if (at < len && re[at] == '^') negate = 1, at++;
        while (at < len && re[at] != ']') {
            if ((k = regex_char(re + at, len - at, &lo)) == 0) goto unsupported;
            at += (size_t)k;
            hi = lo;
            if (at + 1 < len && re[at] == '-' && re[at + 1] != ']') {
                if ((k = regex_char(re + at + 1, len - at - 1, &hi)) == 0 || hi < lo) goto unsupported;
                at += 1 + (size_t)k;
            }
            if (nr == BERT__REGEX_MAX_RANGES) goto unsupported;
            ranges[2 * nr] = lo, ranges[2 * nr + 1] = hi, nr++;
        }
        if (at >= len || nr == 0) goto unsupported;
        at++;
    } else {
        if (len == 0 || strchr(".^$|?*+()[]{}", re[0]) || (k = regex_char(re, len, &lo)) == 0) goto unsupported;
        at = (size_t)k;
        ranges[0] = ranges[1] = lo, nr = 1;
    }
    /* The quantifier. */
    if (at < len && re[at] == '+') {
        max = 0xFFFFFFFFu;
        at++;
    } else if (at < len && re[at] == '{') {
        char *end;
        unsigned long a = strtoul(re + at + 1, &end, 10), b = a;
        if (end == re + at + 1 || a < 1 || a > 1000000) goto unsupported;
        if (*end == ',') {
            if (end[1] == '}') b = 0xFFFFFFFFul, end++;
            else if ((b = strtoul(end + 1, &end, 10)) < a || b > 1000000) goto unsupported;
        }
        if (*end != '}') goto unsupported;
        min = (uint32_t)a, max = (uint32_t)b;
        at = (size_t)(end + 1 - re);
    }
    if (at != len) goto unsupported;
    if ((i = add_norm_step(c, d, BERT__NORM_REPLACE_REGEX)) < 0) return -1;
    for (k = 0; k < 2 * nr; k++) cl += (size_t)bert__utf8_encode(ranges[k], (uint8_t *)cls + cl);
    d->norm[i][5] = min;
    d->norm[i][6] = max;
    d->norm[i][7] = (uint32_t)negate;
    if (tk_copy(&d->norm_str[i][0], cls, cl) || tk_copy(&d->norm_str[i][1], content, clen)) return tk_fail(c, "out of memory");
    return 0;
unsupported:
    return tk_fail(c, "%s: Replace pattern {\"Regex\": \"%.*s\"} is not supported (bert.h reads a literal, or one character or "
                      "[class] repeated +, {m}, {m,} or {m,n} with m >= 1)", where, (int)(len < 200 ? len : 200), re);
}

/* Standard base64 (padding optional); NULL when malformed. */
static uint8_t *base64_decode(const char *s, size_t n, size_t *len) {
    uint8_t *out = (uint8_t *)malloc(n / 4 * 3 + 3);
    uint32_t acc = 0;
    int bits = 0;
    size_t i, o = 0;
    if (!out) return NULL;
    for (i = 0; i < n; i++) {
        int v;
        char ch = s[i];
        if (ch == '=') break;
        v = ch >= 'A' && ch <= 'Z' ? ch - 'A' : ch >= 'a' && ch <= 'z' ? ch - 'a' + 26 : ch >= '0' && ch <= '9' ? ch - '0' + 52
          : ch == '+' ? 62 : ch == '/' ? 63 : -1;
        if (v < 0) { free(out); return NULL; }
        acc = acc << 6 | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (uint8_t)(acc >> bits);
        }
    }
    for (; i < n; i++)
        if (s[i] != '=') { free(out); return NULL; }
    *len = o;
    return out;
}

/* Is s[0..n) valid UTF-8? */
static int utf8_valid(const uint8_t *s, size_t n) {
    size_t at = 0;
    while (at < n) {
        uint32_t cp;
        int k = bert__utf8_decode(s + at, n - at, &cp);
        if (cp == 0xFFFD && !(k == 3 && s[at] == 0xEF && s[at + 1] == 0xBF && s[at + 2] == 0xBD)) return 0;
        at += (size_t)k;
    }
    return 1;
}

/* A Precompiled step from SentencePiece's precompiled_charsmap: a little-endian u32 trie size in
   bytes, the trie's u32 units, then the replacement blob (valid UTF-8), as spm_precompiled
   parses it. The blob is stored with a NUL after it, so every replacement ends inside it. */
static int add_precompiled(tk_ctx *c, tk_desc *d, const uint8_t *map, size_t len, const char *where) {
    uint32_t units, k;
    size_t blob_at;
    int i;
    if (len < 4) return tk_fail(c, "%s.precompiled_charsmap is too short", where);
    units = ((uint32_t)map[0] | (uint32_t)map[1] << 8 | (uint32_t)map[2] << 16 | (uint32_t)map[3] << 24) / 4;
    if (units == 0 || (len - 4) / 4 < units) return tk_fail(c, "%s.precompiled_charsmap: its trie does not fit", where);
    blob_at = 4 + (size_t)units * 4;
    if (!utf8_valid(map + blob_at, len - blob_at)) return tk_fail(c, "%s.precompiled_charsmap: its replacements are not UTF-8", where);
    if ((i = add_norm_step(c, d, BERT__NORM_PRECOMPILED)) < 0) return -1;
    d->charsmap[i] = (uint32_t *)malloc((size_t)units * 4);
    d->norm_str[i][0].s = (char *)malloc(len - blob_at + 2);
    if (!d->charsmap[i] || !d->norm_str[i][0].s) return tk_fail(c, "out of memory");
    for (k = 0; k < units; k++) {
        const uint8_t *u = map + 4 + (size_t)k * 4;
        d->charsmap[i][k] = (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
    }
    d->charsmap_units[i] = units;
    memcpy(d->norm_str[i][0].s, map + blob_at, len - blob_at);
    d->norm_str[i][0].s[len - blob_at] = 0;
    d->norm_str[i][0].len = len - blob_at + 1;
    return 0;
}

/* The "type" of the normalizer or pre-tokenizer object at n: 1 with *type set, 0 when n is absent
   or null (none), -1 after an error. */
static int component_type(tk_ctx *c, const json_doc *doc, int n, const char *where, const char **type) {
    int t;
    if (n < 0 || json_type_of(doc, n) == JSON_NULL) return 0;
    if (json_type_of(doc, n) != JSON_OBJECT) return tk_fail(c, "%s must be an object or null", where);
    t = js_string(c, doc, n, "type", where);
    if (t < 0) return t == -2 ? -1 : tk_fail(c, "%s has no type", where);
    *type = json_str(doc, t);
    return 1;
}

typedef int (*component_reader)(tk_ctx *c, tk_desc *d, const json_doc *doc, int n, const char *where);

/* A Sequence: each element of the array under `key`, in order, read by `read` as where.key[i]. */
static int read_sequence(tk_ctx *c, tk_desc *d, const json_doc *doc, int n, const char *key, const char *where,
                         component_reader read) {
    int list = json_get(doc, n, key), e, i;
    char sub[128];
    if (json_type_of(doc, list) != JSON_ARRAY) return tk_fail(c, "%s.%s must be an array", where, key);
    for (e = json_first(doc, list), i = 0; e >= 0; e = json_next(doc, e), i++) {
        snprintf(sub, sizeof sub, "%s.%s[%d]", where, key, i);
        if (read(c, d, doc, e, sub)) return -1;
    }
    return 0;
}

static int read_normalizer(tk_ctx *c, tk_desc *d, const json_doc *doc, int n, const char *where) {
    const char *t;
    int i, r = component_type(c, doc, n, where, &t);
    if (r <= 0) return r;
    if (strcmp(t, "Sequence") == 0) return read_sequence(c, d, doc, n, "normalizers", where, read_normalizer);
    if (strcmp(t, "BertNormalizer") == 0) {
        int clean = js_bool(c, doc, n, "clean_text", 1, where), chinese = js_bool(c, doc, n, "handle_chinese_chars", 1, where);
        int lower = js_bool(c, doc, n, "lowercase", 1, where), strip = js_bool(c, doc, n, "strip_accents", -2, where);
        if (clean < 0 || chinese < 0 || lower < 0 || strip == -1) return -1;
        if (strip == -2) strip = lower; /* strip_accents null follows lowercase */
        if ((i = add_norm_step(c, d, BERT__NORM_BERT)) < 0) return -1;
        d->norm[i][1] = (clean ? BERT__BERT_CLEAN_TEXT : 0) | (chinese ? BERT__BERT_CHINESE_CHARS : 0) |
                        (strip ? BERT__BERT_STRIP_ACCENTS : 0) | (lower ? BERT__BERT_LOWERCASE : 0);
        return 0;
    }
    {
        static const struct { const char *name; uint32_t type; } simple[] = {
            {"NFD", BERT__NORM_NFD}, {"NFKD", BERT__NORM_NFKD}, {"NFC", BERT__NORM_NFC}, {"NFKC", BERT__NORM_NFKC},
            {"Lowercase", BERT__NORM_LOWERCASE}, {"StripAccents", BERT__NORM_STRIP_ACCENTS},
        };
        size_t k;
        for (k = 0; k < sizeof simple / sizeof simple[0]; k++)
            if (strcmp(t, simple[k].name) == 0) return add_norm_step(c, d, simple[k].type) < 0 ? -1 : 0;
    }
    if (strcmp(t, "Strip") == 0) {
        int left = js_bool(c, doc, n, "strip_left", 1, where), right = js_bool(c, doc, n, "strip_right", 1, where);
        if (left < 0 || right < 0 || (i = add_norm_step(c, d, BERT__NORM_STRIP)) < 0) return -1;
        d->norm[i][1] = (uint32_t)left;
        d->norm[i][2] = (uint32_t)right;
        return 0;
    }
    if (strcmp(t, "Replace") == 0) {
        int pattern = json_get(doc, n, "pattern"), str = json_get(doc, pattern, "String"), content = js_string(c, doc, n, "content", where);
        int regex = json_get(doc, pattern, "Regex");
        if (content < 0) return content == -2 ? -1 : tk_fail(c, "%s.content is missing", where);
        if (json_type_of(doc, regex) == JSON_STRING)
            return add_replace_regex(c, d, json_str(doc, regex), doc->nodes[regex].len, json_str(doc, content), doc->nodes[content].len, where);
        if (json_type_of(doc, str) != JSON_STRING || doc->nodes[str].len == 0)
            return tk_fail(c, "%s.pattern must be {\"String\": non-empty string} or {\"Regex\": string}", where);
        return add_replace(c, d, json_str(doc, str), doc->nodes[str].len, json_str(doc, content), doc->nodes[content].len);
    }
    if (strcmp(t, "Precompiled") == 0) {
        int map = js_string(c, doc, n, "precompiled_charsmap", where);
        uint8_t *bytes;
        size_t len;
        if (map < 0) return map == -2 ? -1 : tk_fail(c, "%s.precompiled_charsmap is missing", where);
        if (!(bytes = base64_decode(json_str(doc, map), doc->nodes[map].len, &len)))
            return tk_fail(c, "%s.precompiled_charsmap is not base64", where);
        i = add_precompiled(c, d, bytes, len, where);
        free(bytes);
        return i;
    }
    if (strcmp(t, "Prepend") == 0) {
        int s = js_string(c, doc, n, "prepend", where);
        if (s < 0) return s == -2 ? -1 : tk_fail(c, "%s.prepend is missing", where);
        if ((i = add_norm_step(c, d, BERT__NORM_PREPEND)) < 0) return -1;
        if (tk_copy(&d->norm_str[i][0], json_str(doc, s), doc->nodes[s].len)) return tk_fail(c, "out of memory");
        return 0;
    }
    return tk_fail(c, "%s: normalizer type \"%s\" is not supported yet", where, t);
}

/* Metaspace: replacement (one character), prepend_scheme (always, first, never; older files say
   add_prefix_space), split (default true), as Hugging Face reads them. */
static int read_metaspace(tk_ctx *c, tk_desc *d, const json_doc *doc, int n, const char *where) {
    int rep = js_string(c, doc, n, "replacement", where), scheme = js_string(c, doc, n, "prepend_scheme", where);
    int prefix = js_bool(c, doc, n, "add_prefix_space", -2, where), split = js_bool(c, doc, n, "split", 1, where);
    uint32_t cp, step[BERT__STEP_WORDS];
    if (rep == -2 || scheme == -2 || prefix == -1 || split < 0) return -1;
    if (rep < 0 || doc->nodes[rep].len == 0 ||
        bert__utf8_decode((const uint8_t *)json_str(doc, rep), doc->nodes[rep].len, &cp) != (int)doc->nodes[rep].len)
        return tk_fail(c, "%s.replacement must be one character", where);
    memset(step, 0, sizeof step);
    step[0] = BERT__PRE_METASPACE;
    step[1] = cp;
    step[2] = BERT__PREPEND_ALWAYS;
    step[3] = (uint32_t)split;
    if (scheme >= 0) {
        const char *v = json_str(doc, scheme);
        if (strcmp(v, "always") == 0) step[2] = BERT__PREPEND_ALWAYS;
        else if (strcmp(v, "first") == 0) step[2] = BERT__PREPEND_FIRST;
        else if (strcmp(v, "never") == 0) step[2] = BERT__PREPEND_NEVER;
        else return tk_fail(c, "%s.prepend_scheme \"%s\" is unknown", where, v);
    }
    if (prefix == 0) {
        if (scheme >= 0 && step[2] != BERT__PREPEND_NEVER) return tk_fail(c, "%s: add_prefix_space false does not match prepend_scheme", where);
        step[2] = BERT__PREPEND_NEVER;
    }
    if (d->pre_count == TK_MAX_STEPS) return tk_fail(c, "more than %d pre-tokenizers", TK_MAX_STEPS);
    memcpy(d->pre[d->pre_count++], step, sizeof step);
    return 0;
}

static int read_pre_tokenizer(tk_ctx *c, tk_desc *d, const json_doc *doc, int n, const char *where) {
    static const struct { const char *name; uint32_t type; } known[] = {
        {"BertPreTokenizer", BERT__PRE_BERT}, {"Whitespace", BERT__PRE_WHITESPACE}, {"WhitespaceSplit", BERT__PRE_WHITESPACE_SPLIT},
    };
    size_t k;
    const char *t;
    int i, r = component_type(c, doc, n, where, &t);
    if (r <= 0) return r;
    if (strcmp(t, "Sequence") == 0) return read_sequence(c, d, doc, n, "pretokenizers", where, read_pre_tokenizer);
    if (strcmp(t, "Metaspace") == 0) return read_metaspace(c, d, doc, n, where);
    if (strcmp(t, "ByteLevel") == 0) { /* trim_offsets does nothing here: the post-processor trims */
        int prefix = js_bool(c, doc, n, "add_prefix_space", 1, where), regex = js_bool(c, doc, n, "use_regex", 1, where);
        for (i = 0; i < d->pre_count; i++)
            if (d->pre[i][0] == BERT__PRE_BYTE_LEVEL) return tk_fail(c, "%s: a second ByteLevel pre-tokenizer is not supported", where);
        if (prefix < 0 || regex < 0) return -1;
        if (d->pre_count == TK_MAX_STEPS) return tk_fail(c, "more than %d pre-tokenizers", TK_MAX_STEPS);
        memset(d->pre[d->pre_count], 0, sizeof d->pre[0]);
        d->pre[d->pre_count][0] = BERT__PRE_BYTE_LEVEL;
        d->pre[d->pre_count][1] = (uint32_t)prefix;
        d->pre[d->pre_count++][2] = (uint32_t)regex;
        return 0;
    }
    for (k = 0; k < sizeof known / sizeof known[0]; k++) {
        if (strcmp(t, known[k].name) != 0) continue;
        if (d->pre_count == TK_MAX_STEPS) return tk_fail(c, "more than %d pre-tokenizers", TK_MAX_STEPS);
        memset(d->pre[d->pre_count], 0, sizeof d->pre[0]);
        d->pre[d->pre_count++][0] = known[k].type;
        return 0;
    }
    return tk_fail(c, "%s: pre-tokenizer type \"%s\" is not supported yet", where, t);
}

/* A vocabulary object {token: id, ...} (tokenizer.json's model.vocab, vocab.json). */
static int read_vocab_object(tk_ctx *c, tk_desc *d, const json_doc *doc, int vocab, const char *where) {
    int e;
    if (json_type_of(doc, vocab) != JSON_OBJECT) return tk_fail(c, "%s must be an object of token: id", where);
    for (e = json_first(doc, vocab); e >= 0; e = json_next(doc, e)) {
        double v = doc->nodes[e].number;
        if (json_type_of(doc, e) != JSON_NUMBER || !doc->nodes[e].is_integer || v < 0 || v >= (1 << 24))
            return tk_fail(c, "%s[\"%s\"] must be a token id in [0, %d)", where, json_key(doc, e), 1 << 24);
        if (vocab_set(c, d, (int)v, json_key(doc, e), doc->nodes[e].key_len)) return -1;
    }
    if (d->vocab_count == 0) return tk_fail(c, "%s is empty", where);
    return 0;
}

static int read_wordpiece(tk_ctx *c, tk_desc *d, const json_doc *doc, int model) {
    int vocab = json_get(doc, model, "vocab"), unk = js_string(c, doc, model, "unk_token", "model");
    int prefix = js_string(c, doc, model, "continuing_subword_prefix", "model");
    long max_chars = js_int(c, doc, model, "max_input_chars_per_word", 100, 1, 1L << 30, "model");
    if (unk == -2 || prefix == -2 || max_chars == -2) return -1;
    if (read_vocab_object(c, d, doc, vocab, "model.vocab")) return -1;
    d->model = BERT__MODEL_WORDPIECE;
    d->wp_max_chars = (int)max_chars;
    if (tk_copy(&d->wp_prefix, prefix >= 0 ? json_str(doc, prefix) : "##", prefix >= 0 ? doc->nodes[prefix].len : 2))
        return tk_fail(c, "out of memory");
    d->unk_id = vocab_find(d, unk >= 0 ? json_str(doc, unk) : "[UNK]");
    if (d->unk_id < 0) return tk_fail(c, "model.unk_token \"%s\" is not in model.vocab", unk >= 0 ? json_str(doc, unk) : "[UNK]");
    return 0;
}

/* A JSON number as Hugging Face's Rust reads it: serde_json without float_roundtrip takes the
   digits as a u64 (digits past its range dropped, counted in the exponent), converts that to
   f64, then multiplies or divides once by the power of ten. That can be one ulp off the correctly
   rounded value, and Unigram ties depend on it. */
static double hf_json_f64(const char *s, size_t n) {
    static double pow10[309];
    static int ready;
    uint64_t sig = 0;
    int exponent = 0, negative = 0, overflow = 0;
    size_t i = 0;
    double f;
    if (!ready) {
        char tmp[16];
        int k;
        for (k = 0; k < 309; k++) { snprintf(tmp, sizeof tmp, "1e%d", k); pow10[k] = strtod(tmp, NULL); }
        ready = 1;
    }
    if (i < n && s[i] == '-') negative = 1, i++;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) { /* integer part */
        unsigned digit = (unsigned)(s[i] - '0');
        if (overflow || sig > UINT64_MAX / 10 || (sig == UINT64_MAX / 10 && digit > UINT64_MAX % 10)) overflow = 1, exponent++;
        else sig = sig * 10 + digit;
    }
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
            unsigned digit = (unsigned)(s[i] - '0');
            if (overflow || sig > UINT64_MAX / 10 || (sig == UINT64_MAX / 10 && digit > UINT64_MAX % 10)) overflow = 1;
            else sig = sig * 10 + digit, exponent--;
        }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) exponent += atoi(s + i + 1);
    f = (double)sig;
    while (exponent < -308 && f != 0.0) f /= 1e308, exponent += 308;
    if (exponent > 308) f = f == 0.0 ? 0.0 : HUGE_VAL;
    else if (exponent >= 0) f *= pow10[exponent];
    else f /= pow10[-exponent];
    return negative ? -f : f;
}

/* Unigram: vocab [[piece, score], ...] (ids in order), unk_id (or null), byte_fallback. */
static int read_unigram(tk_ctx *c, tk_desc *d, const json_doc *doc, int model) {
    int vocab = json_get(doc, model, "vocab"), e, id;
    long unk = js_int(c, doc, model, "unk_id", -1, 0, (1L << 24) - 1, "model");
    int fallback = js_bool(c, doc, model, "byte_fallback", 0, "model");
    if (unk == -2 || fallback < 0) return -1;
    if (json_type_of(doc, vocab) != JSON_ARRAY || json_count(doc, vocab) == 0)
        return tk_fail(c, "model.vocab must be a non-empty array of [piece, score]");
    if (json_count(doc, vocab) > (1 << 24)) return tk_fail(c, "model.vocab has more than %d pieces", 1 << 24);
    d->uni_scores = (double *)malloc((size_t)json_count(doc, vocab) * sizeof *d->uni_scores);
    if (!d->uni_scores) return tk_fail(c, "out of memory");
    for (e = json_first(doc, vocab), id = 0; e >= 0; e = json_next(doc, e), id++) {
        int piece = json_first(doc, e), score = json_next(doc, piece);
        if (json_type_of(doc, e) != JSON_ARRAY || json_count(doc, e) != 2 || json_type_of(doc, piece) != JSON_STRING ||
            json_type_of(doc, score) != JSON_NUMBER)
            return tk_fail(c, "model.vocab[%d] must be [piece, score]", id);
        if (vocab_set(c, d, id, json_str(doc, piece), doc->nodes[piece].len)) return -1;
        d->uni_scores[id] = hf_json_f64(json_str(doc, score), doc->nodes[score].len);
    }
    if (unk >= id) return tk_fail(c, "model.unk_id %ld is not in model.vocab", unk);
    d->model = BERT__MODEL_UNIGRAM;
    d->uni_count = id;
    d->uni_byte_fallback = fallback;
    d->unk_id = (int)unk;
    return 0;
}

/* ---- BPE: tokenizer.json's model, or vocab.json + merges.txt ------------------------------------ */

/* The model's own vocabulary, string -> id, for resolving merges (the section's hash also holds
   the added tokens, which BPE never looks up). Later ids win, as the section's hash does. */
typedef struct vocab_map {
    const tk_desc *d;
    int *slots;                 /* id + 1, or 0 */
    uint32_t mask;
} vocab_map;

static int map_build(vocab_map *m, const tk_desc *d) {
    uint32_t size = 1;
    int i;
    while (size < 2 * (uint32_t)d->vocab_count + 2) size *= 2;
    m->d = d;
    m->mask = size - 1;
    m->slots = (int *)calloc(size, sizeof *m->slots);
    if (!m->slots) return -1;
    for (i = 0; i < d->vocab_count; i++) {
        uint32_t at;
        if (!d->vocab[i].s) continue;
        for (at = bert__fnv1a(BERT__FNV_BASIS, d->vocab[i].s, d->vocab[i].len) & m->mask; m->slots[at]; at = (at + 1) & m->mask) {
            const tk_string *o = &d->vocab[m->slots[at] - 1];
            if (o->len == d->vocab[i].len && memcmp(o->s, d->vocab[i].s, o->len) == 0) break;
        }
        m->slots[at] = i + 1;
    }
    return 0;
}

static int map_find(const vocab_map *m, const char *s, size_t len) {
    uint32_t at;
    for (at = bert__fnv1a(BERT__FNV_BASIS, s, len) & m->mask; m->slots[at]; at = (at + 1) & m->mask) {
        const tk_string *o = &m->d->vocab[m->slots[at] - 1];
        if (o->len == len && memcmp(o->s, s, len) == 0) return m->slots[at] - 1;
    }
    return -1;
}

/* Adds merge `a b` (rank: the merges added before it), as Hugging Face's BPE builder: both
   tokens and their concatenation (b without the continuing_subword_prefix's length) must be in
   the vocabulary. `where` names the merge in messages. */
static int bpe_add_merge(tk_ctx *c, tk_desc *d, const vocab_map *m, const char *a, size_t alen, const char *b, size_t blen,
                         const char *where) {
    size_t plen = d->bpe.prefix.len;
    int ids[3];
    char *joined;
    if ((ids[0] = map_find(m, a, alen)) < 0) return tk_fail(c, "%s: \"%.*s\" is not in the vocabulary", where, (int)alen, a);
    if ((ids[1] = map_find(m, b, blen)) < 0) return tk_fail(c, "%s: \"%.*s\" is not in the vocabulary", where, (int)blen, b);
    if (blen < plen) return tk_fail(c, "%s: \"%.*s\" is shorter than continuing_subword_prefix", where, (int)blen, b);
    joined = (char *)malloc(alen + blen - plen + 1);
    if (!joined) return tk_fail(c, "out of memory");
    memcpy(joined, a, alen);
    memcpy(joined + alen, b + plen, blen - plen);
    ids[2] = map_find(m, joined, alen + blen - plen);
    if (ids[2] < 0) {
        tk_fail(c, "%s: the merged token \"%.*s\" is not in the vocabulary", where, (int)(alen + blen - plen), joined);
        free(joined);
        return -1;
    }
    free(joined);
    if (d->bpe.merge_count == d->bpe.merge_cap) {
        int cap = d->bpe.merge_cap ? 2 * d->bpe.merge_cap : 1024;
        int (*grown)[3] = (int (*)[3])realloc(d->bpe.merges, (size_t)cap * sizeof *grown);
        if (!grown) return tk_fail(c, "out of memory");
        d->bpe.merges = grown;
        d->bpe.merge_cap = cap;
    }
    memcpy(d->bpe.merges[d->bpe.merge_count++], ids, sizeof ids);
    return 0;
}

/* A merges.txt line or a tokenizer.json merge string: two tokens separated by one space. */
static int bpe_add_merge_line(tk_ctx *c, tk_desc *d, const vocab_map *m, const char *s, size_t len, const char *where) {
    const char *sp = (const char *)memchr(s, ' ', len);
    if (!sp || memchr(sp + 1, ' ', len - (size_t)(sp + 1 - s)))
        return tk_fail(c, "%s: a merge must be two tokens separated by one space, not \"%.*s\"", where, (int)len, s);
    return bpe_add_merge(c, d, m, s, (size_t)(sp - s), sp + 1, len - (size_t)(sp + 1 - s), where);
}

/* The tables the section precomputes: each one-character token's id, each byte's <0xXX>. */
static void bpe_fill_tables(tk_desc *d, const vocab_map *m) {
    uint32_t cp;
    for (cp = 0; cp < BERT__BPE_CHARS; cp++) {
        uint8_t u[4];
        int id = map_find(m, (const char *)u, (size_t)bert__utf8_encode(cp, u));
        d->bpe.char_ids[cp] = id < 0 ? BERT__BPE_NONE : (uint32_t)id;
    }
    for (cp = 0; cp < 256; cp++) {
        char name[8];
        int id;
        snprintf(name, sizeof name, "<0x%02X>", cp);
        id = map_find(m, name, strlen(name));
        d->bpe.byte_ids[cp] = id < 0 ? BERT__BPE_NONE : (uint32_t)id;
    }
}

/* An optional string setting ("" and null: none), at most BERT__BPE_MAX_AFFIX bytes. */
static int read_affix(tk_ctx *c, const json_doc *doc, int model, const char *key, tk_string *out) {
    int n = js_string(c, doc, model, key, "model");
    if (n == -2) return -1;
    if (n < 0 || doc->nodes[n].len == 0) return 0;
    if (doc->nodes[n].len > BERT__BPE_MAX_AFFIX) return tk_fail(c, "model.%s is longer than %d bytes", key, BERT__BPE_MAX_AFFIX);
    return tk_copy(out, json_str(doc, n), doc->nodes[n].len) ? tk_fail(c, "out of memory") : 0;
}

/* The BPE options Hugging Face has: supported, or a clear error (dropout would be random). */
static int read_bpe_options(tk_ctx *c, tk_desc *d, const json_doc *doc, int model) {
    static const struct { const char *key; uint32_t flag; } flags[] = {
        {"byte_fallback", BERT__BPE_BYTE_FALLBACK}, {"fuse_unk", BERT__BPE_FUSE_UNK}, {"ignore_merges", BERT__BPE_IGNORE_MERGES},
    };
    int dropout = json_get(doc, model, "dropout");
    size_t k;
    if (json_type_of(doc, dropout) != JSON_NULL &&
        (json_type_of(doc, dropout) != JSON_NUMBER || doc->nodes[dropout].number != 0))
        return tk_fail(c, "model.dropout: BPE dropout is not supported (it makes tokenization random); set it to null");
    for (k = 0; k < sizeof flags / sizeof flags[0]; k++) {
        int v = js_bool(c, doc, model, flags[k].key, 0, "model");
        if (v < 0) return -1;
        if (v) d->bpe.flags |= flags[k].flag;
    }
    if (read_affix(c, doc, model, "continuing_subword_prefix", &d->bpe.prefix) ||
        read_affix(c, doc, model, "end_of_word_suffix", &d->bpe.suffix))
        return -1;
    if ((d->bpe.flags & BERT__BPE_BYTE_FALLBACK) && (d->bpe.prefix.len || d->bpe.suffix.len))
        return tk_fail(c, "model: byte_fallback with a continuing_subword_prefix or end_of_word_suffix is not supported");
    return 0;
}

/* tokenizer.json's BPE model: vocab, merges ("a b" strings or ["a", "b"] pairs), options. */
static int read_bpe(tk_ctx *c, tk_desc *d, const json_doc *doc, int model) {
    int merges = json_get(doc, model, "merges"), unk = js_string(c, doc, model, "unk_token", "model"), e, i, r = 0;
    vocab_map m;
    if (unk == -2 || read_vocab_object(c, d, doc, json_get(doc, model, "vocab"), "model.vocab") || read_bpe_options(c, d, doc, model))
        return -1;
    if (json_type_of(doc, merges) != JSON_ARRAY) return tk_fail(c, "model.merges must be an array");
    if (map_build(&m, d)) return tk_fail(c, "out of memory");
    for (e = json_first(doc, merges), i = 0; e >= 0 && !r; e = json_next(doc, e), i++) {
        char where[64];
        int a = json_first(doc, e), b = json_next(doc, a);
        snprintf(where, sizeof where, "model.merges[%d]", i);
        if (json_type_of(doc, e) == JSON_STRING) {
            if (doc->nodes[e].len >= 8 && memcmp(json_str(doc, e), "#version", 8) == 0) continue; /* skipped, as there */
            r = bpe_add_merge_line(c, d, &m, json_str(doc, e), doc->nodes[e].len, where);
        } else if (json_type_of(doc, e) == JSON_ARRAY && json_count(doc, e) == 2 && json_type_of(doc, a) == JSON_STRING &&
                   json_type_of(doc, b) == JSON_STRING) {
            r = bpe_add_merge(c, d, &m, json_str(doc, a), doc->nodes[a].len, json_str(doc, b), doc->nodes[b].len, where);
        } else {
            r = tk_fail(c, "%s must be a string \"a b\" or a pair [\"a\", \"b\"]", where);
        }
    }
    if (!r && unk >= 0 && (d->unk_id = map_find(&m, json_str(doc, unk), doc->nodes[unk].len)) < 0)
        r = tk_fail(c, "model.unk_token \"%s\" is not in model.vocab", json_str(doc, unk));
    if (!r) bpe_fill_tables(d, &m);
    free(m.slots);
    d->model = BERT__MODEL_BPE;
    return r;
}

/* The model: 1 read, 0 a model type not supported yet (warned: the file converts ids-only). */
static int read_model(tk_ctx *c, tk_desc *d, const json_doc *doc) {
    int model = json_get(doc, 0, "model"), type;
    if (json_type_of(doc, model) != JSON_OBJECT) return tk_fail(c, "model must be an object");
    type = js_string(c, doc, model, "type", "model");
    if (type == -2) return -1;
    if (type < 0) { /* old files leave the type out: WordPiece has continuing_subword_prefix + vocab object */
        if (json_get(doc, model, "continuing_subword_prefix") >= 0 && json_get(doc, model, "merges") < 0)
            return read_wordpiece(c, d, doc, model) ? -1 : 1;
        return tk_fail(c, "model.type is missing");
    }
    if (strcmp(json_str(doc, type), "WordPiece") == 0) return read_wordpiece(c, d, doc, model) ? -1 : 1;
    if (strcmp(json_str(doc, type), "Unigram") == 0) return read_unigram(c, d, doc, model) ? -1 : 1;
    if (strcmp(json_str(doc, type), "BPE") == 0) return read_bpe(c, d, doc, model) ? -1 : 1;
    return tk_fail(c, "model.type \"%s\" is not supported", json_str(doc, type));
}

static int read_added_tokens(tk_ctx *c, tk_desc *d, const json_doc *doc) {
    int list = json_get(doc, 0, "added_tokens"), e, i;
    if (list < 0 || json_type_of(doc, list) == JSON_NULL) return 0;
    if (json_type_of(doc, list) != JSON_ARRAY) return tk_fail(c, "added_tokens must be an array");
    d->added = (tk_added *)calloc((size_t)json_count(doc, list) + 1, sizeof *d->added);
    if (!d->added) return tk_fail(c, "out of memory");
    for (e = json_first(doc, list), i = 0; e >= 0; e = json_next(doc, e), i++) {
        char where[64];
        int content, flag_values[5], k;
        long id;
        static const char *flag_names[5] = {"special", "single_word", "lstrip", "rstrip", "normalized"};
        tk_added *a = &d->added[d->added_count];
        snprintf(where, sizeof where, "added_tokens[%d]", i);
        if (json_type_of(doc, e) != JSON_OBJECT) return tk_fail(c, "%s must be an object", where);
        content = js_string(c, doc, e, "content", where);
        id = js_int(c, doc, e, "id", -1, 0, (1L << 24) - 1, where);
        if (content == -2 || id == -2) return -1;
        if (content < 0 || id < 0) return tk_fail(c, "%s needs an id and a content", where);
        if (doc->nodes[content].len == 0) continue; /* Hugging Face ignores empty added tokens */
        for (k = 0; k < 5; k++) {
            flag_values[k] = js_bool(c, doc, e, flag_names[k], k == 4 ? -2 : 0, where);
            if (flag_values[k] == -1) return -1;
        }
        if (flag_values[4] == -2) flag_values[4] = !flag_values[0]; /* normalized defaults to !special */
        a->id = (int)id;
        for (k = 0; k < 5; k++)
            if (flag_values[k]) a->flags |= 1u << k;
        if (tk_copy(&a->content, json_str(doc, content), doc->nodes[content].len)) return tk_fail(c, "out of memory");
        if (vocab_set(c, d, a->id, a->content.s, a->content.len)) return -1;
        d->added_count++;
    }
    return 0;
}

/* ["[CLS]", 101] as BertProcessing and RobertaProcessing write their tokens. */
static int read_token_pair(tk_ctx *c, const json_doc *doc, int n, const char *where, int *id) {
    int s = json_first(doc, n), v = json_next(doc, s);
    if (json_type_of(doc, n) != JSON_ARRAY || json_count(doc, n) != 2 || json_type_of(doc, s) != JSON_STRING ||
        json_type_of(doc, v) != JSON_NUMBER || !doc->nodes[v].is_integer || doc->nodes[v].number < 0 ||
        doc->nodes[v].number > 2147483647.0)
        return tk_fail(c, "%s must be [token, id]", where);
    *id = (int)doc->nodes[v].number;
    return 0;
}

static void set_piece(tk_piece *p, int kind, int type_id, int id) {
    p->kind = kind;
    p->type_id = type_id;
    p->id_count = kind == BERT__PIECE_SPECIAL;
    p->ids[0] = id;
}

/* [CLS] A [SEP] / [CLS] A [SEP] B [SEP] (types 0 then 1), or RoBERTa's <s> A </s> </s> B </s>. */
static void cls_sep_template(tk_desc *d, int cls, int sep, int roberta) {
    set_piece(&d->single[0], BERT__PIECE_SPECIAL, 0, cls);
    set_piece(&d->single[1], BERT__PIECE_A, 0, 0);
    set_piece(&d->single[2], BERT__PIECE_SPECIAL, 0, sep);
    d->single_count = 3;
    set_piece(&d->pair[0], BERT__PIECE_SPECIAL, 0, cls);
    set_piece(&d->pair[1], BERT__PIECE_A, 0, 0);
    set_piece(&d->pair[2], BERT__PIECE_SPECIAL, 0, sep);
    if (roberta) {
        set_piece(&d->pair[3], BERT__PIECE_SPECIAL, 0, sep);
        set_piece(&d->pair[4], BERT__PIECE_B, 0, 0);
        set_piece(&d->pair[5], BERT__PIECE_SPECIAL, 0, sep);
        d->pair_count = 6;
    } else {
        set_piece(&d->pair[3], BERT__PIECE_B, 1, 0);
        set_piece(&d->pair[4], BERT__PIECE_SPECIAL, 1, sep);
        d->pair_count = 5;
    }
}

static int read_template(tk_ctx *c, tk_desc *d, const json_doc *doc, int post, const char *key, tk_piece *out, int *count) {
    int list = json_get(doc, post, key), e, i, specials = json_get(doc, post, "special_tokens");
    if (json_type_of(doc, list) != JSON_ARRAY) return tk_fail(c, "post_processor.%s must be an array", key);
    *count = 0;
    for (e = json_first(doc, list), i = 0; e >= 0; e = json_next(doc, e), i++) {
        int special = json_get(doc, e, "SpecialToken"), seq = json_get(doc, e, "Sequence"), body = special >= 0 ? special : seq;
        int name = js_string(c, doc, body, "id", "post_processor");
        long type_id = js_int(c, doc, body, "type_id", 0, 0, 65535, "post_processor");
        tk_piece *p = &out[*count];
        if (name == -2 || type_id == -2) return -1;
        if (body < 0 || name < 0) return tk_fail(c, "post_processor.%s[%d] must be a SpecialToken or a Sequence with an id", key, i);
        if (*count == TK_MAX_PIECES) return tk_fail(c, "post_processor.%s has too many pieces", key);
        p->type_id = (int)type_id;
        p->id_count = 0;
        if (seq >= 0) {
            const char *s = json_str(doc, name);
            if (strcmp(s, "A") != 0 && strcmp(s, "B") != 0) return tk_fail(c, "post_processor.%s[%d]: sequence id must be A or B", key, i);
            p->kind = s[0] == 'A' ? BERT__PIECE_A : BERT__PIECE_B;
        } else {
            int tok = json_get(doc, specials, json_str(doc, name)), ids = json_get(doc, tok, "ids"), v;
            p->kind = BERT__PIECE_SPECIAL;
            if (json_type_of(doc, ids) != JSON_ARRAY || json_count(doc, ids) < 1 || json_count(doc, ids) > 8)
                return tk_fail(c, "post_processor.special_tokens[\"%s\"].ids must be an array of 1 to 8 ids", json_str(doc, name));
            for (v = json_first(doc, ids); v >= 0; v = json_next(doc, v)) {
                double x = doc->nodes[v].number;
                if (json_type_of(doc, v) != JSON_NUMBER || !doc->nodes[v].is_integer || x < 0 || x >= d->vocab_count)
                    return tk_fail(c, "post_processor.special_tokens[\"%s\"].ids holds an id outside the vocabulary", json_str(doc, name));
                p->ids[p->id_count++] = (int)x;
            }
        }
        (*count)++;
    }
    return 0;
}

/* trim_offsets and add_prefix_space of a ByteLevel or RobertaProcessing post-processor. */
static int read_trim_offsets(tk_ctx *c, tk_desc *d, const json_doc *doc, int post) {
    int trim = js_bool(c, doc, post, "trim_offsets", 1, "post_processor"), prefix = js_bool(c, doc, post, "add_prefix_space", 1, "post_processor");
    if (trim < 0 || prefix < 0) return -1;
    if (!trim) return 0;
    if (d->post_flags) return tk_fail(c, "post_processor: offsets trimmed twice (two trimming processors) is not supported");
    d->post_flags = BERT__POST_TRIM_OFFSETS | (prefix ? BERT__POST_ADD_PREFIX_SPACE : 0);
    return 0;
}

static int read_post_processor(tk_ctx *c, tk_desc *d, const json_doc *doc, int post) {
    int type = js_string(c, doc, post, "type", "post_processor");
    const char *t;
    if (post < 0 || json_type_of(doc, post) == JSON_NULL) return 0;
    if (json_type_of(doc, post) != JSON_OBJECT) return tk_fail(c, "post_processor must be an object or null");
    if (type < 0) return type == -2 ? -1 : tk_fail(c, "post_processor has no type");
    t = json_str(doc, type);
    if (strcmp(t, "TemplateProcessing") == 0) {
        if (read_template(c, d, doc, post, "single", d->single, &d->single_count)) return -1;
        return read_template(c, d, doc, post, "pair", d->pair, &d->pair_count);
    }
    if (strcmp(t, "BertProcessing") == 0 || strcmp(t, "RobertaProcessing") == 0) {
        int cls, sep;
        if (read_token_pair(c, doc, json_get(doc, post, "cls"), "post_processor.cls", &cls) ||
            read_token_pair(c, doc, json_get(doc, post, "sep"), "post_processor.sep", &sep))
            return -1;
        if (cls >= d->vocab_count || sep >= d->vocab_count) return tk_fail(c, "post_processor: cls or sep id outside the vocabulary");
        cls_sep_template(d, cls, sep, t[0] == 'R');
        return t[0] == 'R' ? read_trim_offsets(c, d, doc, post) : 0;
    }
    if (strcmp(t, "ByteLevel") == 0) return read_trim_offsets(c, d, doc, post); /* adds no tokens */
    if (strcmp(t, "Sequence") == 0) { /* e.g. ByteLevel (trimming offsets) then TemplateProcessing (adding tokens) */
        int list = json_get(doc, post, "processors"), e;
        if (json_type_of(doc, list) != JSON_ARRAY) return tk_fail(c, "post_processor.processors must be an array");
        for (e = json_first(doc, list); e >= 0; e = json_next(doc, e))
            if (read_post_processor(c, d, doc, e)) return -1;
        return 0;
    }
    return tk_fail(c, "post_processor type \"%s\" is not supported", t);
}

static int read_truncation(tk_ctx *c, tk_desc *d, const json_doc *doc) {
    int tr = json_get(doc, 0, "truncation"), s, dir;
    long max;
    if (tr < 0 || json_type_of(doc, tr) == JSON_NULL) return 0;
    if (json_type_of(doc, tr) != JSON_OBJECT) return tk_fail(c, "truncation must be an object or null");
    max = js_int(c, doc, tr, "max_length", 0, 0, 1L << 30, "truncation");
    s = js_string(c, doc, tr, "strategy", "truncation");
    dir = js_string(c, doc, tr, "direction", "truncation");
    if (max == -2 || s == -2 || dir == -2) return -1;
    d->trunc_max_length = (int)max;
    if (s >= 0) {
        const char *v = json_str(doc, s);
        if (strcmp(v, "LongestFirst") == 0) d->trunc_strategy = BERT__TRUNC_LONGEST_FIRST;
        else if (strcmp(v, "OnlyFirst") == 0) d->trunc_strategy = BERT__TRUNC_ONLY_FIRST;
        else if (strcmp(v, "OnlySecond") == 0) d->trunc_strategy = BERT__TRUNC_ONLY_SECOND;
        else return tk_fail(c, "truncation.strategy \"%s\" is unknown", v);
    }
    if (dir >= 0) {
        const char *v = json_str(doc, dir);
        if (strcmp(v, "Right") == 0) d->trunc_direction = BERT__TRUNC_RIGHT;
        else if (strcmp(v, "Left") == 0) d->trunc_direction = BERT__TRUNC_LEFT;
        else return tk_fail(c, "truncation.direction \"%s\" is unknown", v);
    }
    return 0;
}

/* 1 read, 0 ids-only (warned), -1 error. */
static int read_tokenizer_json(tk_ctx *c, tk_desc *d) {
    json_doc doc;
    int r = tk_read_json(c, "tokenizer.json", &doc), pad;
    if (r <= 0) return r;
    if (json_type_of(&doc, 0) != JSON_OBJECT) { json_free(&doc); return tk_fail(c, "not a JSON object"); }
    r = read_model(c, d, &doc);
    if (r == 1 && (read_added_tokens(c, d, &doc) || read_normalizer(c, d, &doc, json_get(&doc, 0, "normalizer"), "normalizer") ||
                   read_pre_tokenizer(c, d, &doc, json_get(&doc, 0, "pre_tokenizer"), "pre_tokenizer") ||
                   read_post_processor(c, d, &doc, json_get(&doc, 0, "post_processor")) || read_truncation(c, d, &doc)))
        r = -1;
    pad = json_get(&doc, 0, "padding");
    if (r == 1 && json_type_of(&doc, pad) == JSON_OBJECT) {
        long id = js_int(c, &doc, pad, "pad_id", -1, 0, d->vocab_count - 1, "padding");
        if (id == -2) r = -1;
        else d->pad_id = (int)id;
    }
    json_free(&doc);
    return r;
}

/* ---- vocab.txt + tokenizer_config.json (transformers' BertTokenizer) --------------------------- */

/* A special token named in tokenizer_config.json or special_tokens_map.json, as a string or as
   {"content": ...}; dflt when neither file names it. */
static const char *config_token(const json_doc *cfg, const json_doc *map, const char *key, const char *dflt) {
    const json_doc *docs[2];
    int i;
    docs[0] = cfg;
    docs[1] = map;
    for (i = 0; i < 2; i++) {
        int n;
        if (!docs[i] || !docs[i]->nodes) continue;
        n = json_get(docs[i], 0, key);
        if (json_type_of(docs[i], n) == JSON_OBJECT) n = json_get(docs[i], n, "content");
        if (json_type_of(docs[i], n) == JSON_STRING) return json_str(docs[i], n);
    }
    return dflt;
}

static int read_vocab_txt(tk_ctx *c, tk_desc *d) {
    json_doc cfg, map;
    char *text, *line, *end;
    size_t len;
    int id = 0, r, lower, strip, chinese, i;
    static const char *specials[5][2] = {
        {"pad_token", "[PAD]"}, {"unk_token", "[UNK]"}, {"cls_token", "[CLS]"}, {"sep_token", "[SEP]"}, {"mask_token", "[MASK]"}};
    memset(&cfg, 0, sizeof cfg);
    memset(&map, 0, sizeof map);
    text = tk_read_file(c, "vocab.txt", BC_LIMIT_TOKENIZER, &len);
    if (!text) return -1;
    for (line = text; line < text + len; line = end + 1) {
        size_t n;
        end = memchr(line, '\n', (size_t)(text + len - line));
        if (!end) end = text + len;
        n = (size_t)(end - line);
        if (n && line[n - 1] == '\r') n--;
        if (vocab_set(c, d, id++, line, n)) { free(text); return -1; }
    }
    free(text);
    if (d->vocab_count == 0) return tk_fail(c, "the vocabulary is empty");
    if (tk_read_json(c, "tokenizer_config.json", &cfg) < 0 || tk_read_json(c, "special_tokens_map.json", &map) < 0) {
        json_free(&cfg);
        json_free(&map);
        return -1;
    }
    snprintf(c->file, sizeof c->file, "%s/tokenizer_config.json", c->dir);
    lower = cfg.nodes ? js_bool(c, &cfg, 0, "do_lower_case", 1, "tokenizer_config") : 1;
    strip = cfg.nodes ? js_bool(c, &cfg, 0, "strip_accents", -2, "tokenizer_config") : -2;
    chinese = cfg.nodes ? js_bool(c, &cfg, 0, "tokenize_chinese_chars", 1, "tokenizer_config") : 1;
    r = 0;
    if (lower < 0 || strip == -1 || chinese < 0) r = -1;
    d->model = BERT__MODEL_WORDPIECE;
    d->wp_max_chars = 100;
    if (!r && tk_copy(&d->wp_prefix, "##", 2)) r = tk_fail(c, "out of memory");
    if (!r) {
        if (strip == -2) strip = lower;
        i = add_norm_step(c, d, BERT__NORM_BERT);
        d->norm[i][1] = BERT__BERT_CLEAN_TEXT | (chinese ? BERT__BERT_CHINESE_CHARS : 0) | (strip ? BERT__BERT_STRIP_ACCENTS : 0) |
                        (lower ? BERT__BERT_LOWERCASE : 0);
        d->pre[d->pre_count++][0] = BERT__PRE_BERT;
        /* The special tokens, as transformers adds them: special, matched in the raw text. */
        d->added = (tk_added *)calloc(5, sizeof *d->added);
        if (!d->added) r = tk_fail(c, "out of memory");
    }
    for (i = 0; !r && i < 5; i++) {
        const char *tok = config_token(&cfg, &map, specials[i][0], specials[i][1]);
        int tid = vocab_find(d, tok);
        tk_added *a = &d->added[d->added_count];
        if (tid < 0) {
            if (i == 1) r = tk_fail(c, "the unknown token \"%s\" is not in vocab.txt", tok);
            continue;
        }
        a->id = tid;
        a->flags = BERT__ADDED_SPECIAL;
        if (tk_copy(&a->content, tok, strlen(tok))) r = tk_fail(c, "out of memory");
        d->added_count++;
        if (i == 1) d->unk_id = tid;
    }
    if (!r) {
        int cls = vocab_find(d, config_token(&cfg, &map, "cls_token", "[CLS]"));
        int sep = vocab_find(d, config_token(&cfg, &map, "sep_token", "[SEP]"));
        if (cls >= 0 && sep >= 0) cls_sep_template(d, cls, sep, 0);
        else tk_warn(c, "%s: no [CLS]/[SEP] tokens; texts get no special tokens", c->file);
    }
    json_free(&cfg);
    json_free(&map);
    return r ? -1 : 1;
}

/* ---- spiece.model + tokenizer_config.json (transformers' AlbertTokenizer, XLMRobertaTokenizer) -- */

/* A protobuf reader over one message: each call returns the next field. */
typedef struct pb_reader {
    const uint8_t *at, *end;
} pb_reader;

typedef struct pb_field {
    uint32_t number;
    int wire;             /* 0 varint, 1 fixed64, 2 bytes, 5 fixed32 */
    uint64_t value;       /* varint and fixed values */
    const uint8_t *data;  /* bytes */
    size_t len;
} pb_field;

static int pb_varint(pb_reader *r, uint64_t *v) {
    int shift;
    *v = 0;
    for (shift = 0; shift < 64; shift += 7) {
        uint8_t b;
        if (r->at >= r->end) return -1;
        b = *r->at++;
        *v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) return 0;
    }
    return -1;
}

/* 1 a field, 0 the end of the message, -1 malformed. */
static int pb_next(pb_reader *r, pb_field *f) {
    uint64_t key;
    int k;
    if (r->at == r->end) return 0;
    if (pb_varint(r, &key) || (key >> 3) == 0 || (key >> 3) > 0x1FFFFFFF) return -1;
    f->number = (uint32_t)(key >> 3);
    f->wire = (int)(key & 7);
    f->value = 0;
    switch (f->wire) {
    case 0: return pb_varint(r, &f->value) ? -1 : 1;
    case 1: case 5:
        if ((size_t)(r->end - r->at) < (f->wire == 1 ? 8u : 4u)) return -1;
        for (k = f->wire == 1 ? 7 : 3; k >= 0; k--) f->value = f->value << 8 | r->at[k];
        r->at += f->wire == 1 ? 8 : 4;
        return 1;
    case 2:
        if (pb_varint(r, &f->value) || f->value > (uint64_t)(r->end - r->at)) return -1;
        f->data = r->at;
        f->len = (size_t)f->value;
        r->at += f->len;
        return 1;
    }
    return -1; /* groups (3, 4) and unknown wire types */
}

typedef struct spm_piece {
    const uint8_t *text;
    size_t len;
    float score;
    int type;             /* 1 normal, 2 unknown, 3 control, 4 user defined, 5 unused, 6 byte */
} spm_piece;

typedef struct spm_model {
    spm_piece *pieces;
    int count;
    int model_type, unk_id, byte_fallback;
    const uint8_t *charsmap;
    size_t charsmap_len;
} spm_model;

static int spm_piece_read(tk_ctx *c, const pb_field *f, spm_piece *p, int i) {
    pb_reader r;
    pb_field g;
    int k;
    r.at = f->data;
    r.end = f->data + f->len;
    p->text = NULL, p->len = 0, p->score = 0, p->type = 1;
    while ((k = pb_next(&r, &g)) == 1) {
        if (g.number == 1 && g.wire == 2) p->text = g.data, p->len = g.len;
        else if (g.number == 2 && g.wire == 5) { uint32_t u = (uint32_t)g.value; memcpy(&p->score, &u, 4); }
        else if (g.number == 3 && g.wire == 0) p->type = (int)g.value;
    }
    if (k < 0) return tk_fail(c, "pieces[%d] is malformed", i);
    if (!p->text || p->len == 0 || !utf8_valid(p->text, p->len)) return tk_fail(c, "pieces[%d].piece is missing or not UTF-8", i);
    if (p->type < 1 || p->type > 6) return tk_fail(c, "pieces[%d].type %d is unknown", i, p->type);
    return 0;
}

/* Reads ModelProto: pieces (1), trainer_spec (2: model_type 3, byte_fallback 35, unk_id 40),
   normalizer_spec (3: precompiled_charsmap 2). Other fields are skipped. */
static int spm_read(tk_ctx *c, const uint8_t *data, size_t len, spm_model *m) {
    pb_reader r, sub;
    pb_field f, g;
    int k, cap = 0;
    memset(m, 0, sizeof *m);
    m->model_type = 1;
    r.at = data;
    r.end = data + len;
    while ((k = pb_next(&r, &f)) == 1) {
        if (f.number == 1 && f.wire == 2) {
            if (m->count == cap) {
                spm_piece *p;
                cap = cap ? cap * 2 : 1024;
                if (cap > (1 << 24) || !(p = (spm_piece *)realloc(m->pieces, (size_t)cap * sizeof *p))) return tk_fail(c, "too many pieces");
                m->pieces = p;
            }
            if (spm_piece_read(c, &f, &m->pieces[m->count], m->count)) return -1;
            m->count++;
        } else if ((f.number == 2 || f.number == 3) && f.wire == 2) {
            sub.at = f.data;
            sub.end = f.data + f.len;
            while ((k = pb_next(&sub, &g)) == 1) {
                if (f.number == 2 && g.wire == 0 && g.number == 3) m->model_type = (int)g.value;
                if (f.number == 2 && g.wire == 0 && g.number == 35) m->byte_fallback = g.value != 0;
                if (f.number == 2 && g.wire == 0 && g.number == 40) m->unk_id = (int)(int32_t)g.value;
                if (f.number == 3 && g.wire == 2 && g.number == 2) m->charsmap = g.data, m->charsmap_len = g.len;
            }
            if (k < 0) return tk_fail(c, "%s is malformed", f.number == 2 ? "trainer_spec" : "normalizer_spec");
        }
    }
    if (k < 0) return tk_fail(c, "not a SentencePiece model (malformed protobuf)");
    if (m->count == 0) return tk_fail(c, "the model has no pieces");
    if (m->model_type != 1) return tk_fail(c, "trainer_spec.model_type %d is not Unigram (1)", m->model_type);
    if (m->unk_id < 0 || m->unk_id >= m->count) return tk_fail(c, "trainer_spec.unk_id %d is not a piece", m->unk_id);
    return 0;
}

/* A float32 score as Hugging Face sees it through tokenizer.json: transformers writes the shortest
   decimal that reads back as the same double, and serde_json reads that back its own way. */
static double spm_score(float score) {
    char text[64];
    int digits;
    for (digits = 1; digits <= 17; digits++) {
        snprintf(text, sizeof text, "%.*e", digits - 1, (double)score);
        if (strtod(text, NULL) == (double)score) break;
    }
    { /* "d.ddde-X" -> digits "dddd" and the exponent, as the JSON would spell the number */
        char plain[64], *e = strchr(text, 'e');
        size_t n = 0, i;
        int exp10 = e ? atoi(e + 1) : 0, frac = 0;
        for (i = 0; text + i < (e ? e : text + strlen(text)); i++) {
            if (text[i] == '.') { frac = 1; continue; }
            plain[n++] = text[i];
            if (frac) exp10--;
        }
        snprintf(plain + n, sizeof plain - n, "e%d", exp10);
        return hf_json_f64(plain, strlen(plain));
    }
}

/* transformers' check_number_comma: AlbertConverter pushes pieces like "1," down by 100. */
static int spm_number_comma(const spm_piece *p) {
    return p->len >= 2 && p->text[p->len - 1] == ',' && p->text[p->len - 2] >= '0' && p->text[p->len - 2] <= '9';
}

/* Adds (or updates) an added token: spm control / user-defined pieces, then the special tokens
   the tokenizer class names, as transformers' converter and fast tokenizer add them. */
static int spm_add_token(tk_ctx *c, tk_desc *d, const char *s, size_t len, unsigned flags) {
    int i, id;
    tk_added *a;
    for (i = 0; i < d->added_count; i++)
        if (d->added[i].content.len == len && memcmp(d->added[i].content.s, s, len) == 0) {
            d->added[i].flags = flags | (d->added[i].flags & BERT__ADDED_SPECIAL);
            return 0;
        }
    for (id = d->vocab_count - 1; id >= 0 && !(d->vocab[id].len == len && memcmp(d->vocab[id].s, s, len) == 0); id--) {}
    if (id < 0) id = d->vocab_count; /* a new token after the vocabulary */
    a = (tk_added *)realloc(d->added, (size_t)(d->added_count + 1) * sizeof *a);
    if (!a) return tk_fail(c, "out of memory");
    d->added = a;
    a = &d->added[d->added_count];
    memset(a, 0, sizeof *a);
    a->id = id;
    a->flags = flags;
    if (tk_copy(&a->content, s, len) || vocab_set(c, d, id, s, len)) return tk_fail(c, "out of memory");
    d->added_count++;
    return 0;
}

/* A special token named in tokenizer_config.json (a string or an AddedToken object) with its
   lstrip/rstrip/single_word flags; dflt when absent. */
static int spm_config_special(tk_ctx *c, tk_desc *d, const json_doc *cfg, const char *key, const char *dflt) {
    int n = cfg->nodes ? json_get(cfg, 0, key) : -1, content = n, k;
    unsigned flags = BERT__ADDED_SPECIAL;
    static const char *names[3] = {"single_word", "lstrip", "rstrip"};
    if (json_type_of(cfg, n) == JSON_OBJECT) {
        content = js_string(c, cfg, n, "content", key);
        if (content < 0) return content == -2 ? -1 : tk_fail(c, "%s.content is missing", key);
        for (k = 0; k < 3; k++) {
            int v = js_bool(c, cfg, n, names[k], 0, key);
            if (v < 0) return -1;
            if (v) flags |= (unsigned)BERT__ADDED_SINGLE_WORD << k;
        }
    } else if (n >= 0 && json_type_of(cfg, n) != JSON_STRING && json_type_of(cfg, n) != JSON_NULL) {
        return tk_fail(c, "%s must be a string or an AddedToken object", key);
    }
    if (json_type_of(cfg, content) == JSON_STRING)
        return spm_add_token(c, d, json_str(cfg, content), cfg->nodes[content].len, flags);
    if (json_type_of(cfg, n) == JSON_NULL || !dflt) return 0;
    return spm_add_token(c, d, dflt, strlen(dflt), flags);
}

static int spm_template(tk_ctx *c, tk_desc *d, const char *cls, const char *sep, int roberta) {
    int cid = vocab_find(d, cls), sid = vocab_find(d, sep);
    if (cid < 0 || sid < 0) return tk_fail(c, "the vocabulary has no %s or %s for the template", cls, sep);
    cls_sep_template(d, cid, sid, roberta);
    return 0;
}

/* The pre-tokenizer every SentencePiece converter ends with: Metaspace with "▁", splitting. */
static void spm_metaspace(tk_desc *d, uint32_t prepend) {
    d->pre[d->pre_count][0] = BERT__PRE_METASPACE;
    d->pre[d->pre_count][1] = 0x2581;
    d->pre[d->pre_count][2] = prepend;
    d->pre[d->pre_count++][3] = 1;
}

/* The vocabulary as m's pieces with their scores, in order (ALBERT's converter lowers pieces that
   are a number ending in a comma by 100: comma_penalty). */
static int spm_pieces(tk_ctx *c, tk_desc *d, const spm_model *m, int comma_penalty) {
    int i;
    for (i = 0; i < m->count; i++) {
        if (vocab_set(c, d, i, (const char *)m->pieces[i].text, m->pieces[i].len)) return -1;
        d->uni_scores[i] = spm_score(m->pieces[i].score) - (comma_penalty && spm_number_comma(&m->pieces[i]) ? 100 : 0);
    }
    d->uni_count = m->count;
    d->unk_id = m->unk_id;
    return 0;
}

/* The pipeline transformers' AlbertConverter builds. */
static int spm_albert(tk_ctx *c, tk_desc *d, const spm_model *m, const json_doc *cfg, uint32_t prepend) {
    int lower = cfg->nodes ? js_bool(c, cfg, 0, "do_lower_case", 1, "tokenizer_config") : 1;
    int keep = cfg->nodes ? js_bool(c, cfg, 0, "keep_accents", 0, "tokenizer_config") : 0;
    if (lower < 0 || keep < 0 || spm_pieces(c, d, m, 1)) return -1;
    if (add_replace(c, d, "``", 2, "\"", 1) || add_replace(c, d, "''", 2, "\"", 1)) return -1;
    if (!keep && (add_norm_step(c, d, BERT__NORM_NFKD) < 0 || add_norm_step(c, d, BERT__NORM_STRIP_ACCENTS) < 0)) return -1;
    if (lower && add_norm_step(c, d, BERT__NORM_LOWERCASE) < 0) return -1;
    if (m->charsmap_len && add_precompiled(c, d, m->charsmap, m->charsmap_len, "normalizer_spec")) return -1;
    if (add_replace_regex(c, d, " {2,}", 5, " ", 1, "normalizer")) return -1;
    spm_metaspace(d, prepend);
    return spm_template(c, d, "[CLS]", "[SEP]", 0);
}

/* The pipeline transformers' DebertaV2Converter builds: the pieces with their scores,
   [Lowercase,] Strip, Precompiled, runs of spaces to one; Metaspace; [CLS] A [SEP] (B [SEP]). */
static int spm_deberta(tk_ctx *c, tk_desc *d, const spm_model *m, const json_doc *cfg, uint32_t prepend) {
    int lower = cfg->nodes ? js_bool(c, cfg, 0, "do_lower_case", 0, "tokenizer_config") : 0, i;
    if (lower < 0 || spm_pieces(c, d, m, 0)) return -1;
    if (lower && add_norm_step(c, d, BERT__NORM_LOWERCASE) < 0) return -1;
    if ((i = add_norm_step(c, d, BERT__NORM_STRIP)) < 0) return -1;
    d->norm[i][1] = d->norm[i][2] = 1;
    if (m->charsmap_len && add_precompiled(c, d, m->charsmap, m->charsmap_len, "normalizer_spec")) return -1;
    if (add_replace_regex(c, d, " {2,}", 5, " ", 1, "normalizer")) return -1;
    spm_metaspace(d, prepend);
    return spm_template(c, d, "[CLS]", "[SEP]", 0);
}

/* XLM-RoBERTa: fairseq's ids (<s> <pad> </s> <unk>, then spm pieces from id 3 on, one up, then
   <mask>), the Precompiled normalizer, WhitespaceSplit + Metaspace, as xlm-roberta's own
   tokenizer.json has them (newer transformers versions build an equivalent pipeline from Strip
   and Replace steps whose offsets differ at the edges of whitespace). */
static int spm_xlmr(tk_ctx *c, tk_desc *d, const spm_model *m, uint32_t prepend) {
    static const char *head[4] = {"<s>", "<pad>", "</s>", "<unk>"};
    int i, id = 0;
    for (i = 0; i < 4; i++, id++) {
        if (vocab_set(c, d, id, head[i], strlen(head[i]))) return -1;
        d->uni_scores[id] = 0.0;
    }
    for (i = 3; i < m->count; i++, id++) {
        if (vocab_set(c, d, id, (const char *)m->pieces[i].text, m->pieces[i].len)) return -1;
        d->uni_scores[id] = spm_score(m->pieces[i].score);
    }
    if (vocab_set(c, d, id, "<mask>", 6)) return -1;
    d->uni_scores[id++] = 0.0;
    d->uni_count = id;
    d->unk_id = 3;
    if (m->charsmap_len && add_precompiled(c, d, m->charsmap, m->charsmap_len, "normalizer_spec")) return -1;
    d->pre[d->pre_count++][0] = BERT__PRE_WHITESPACE_SPLIT;
    spm_metaspace(d, prepend);
    return spm_template(c, d, "<s>", "</s>", 1);
}

/* How many tokens the layout builds from m: ALBERT's are the pieces; XLM-R's are its four fairseq
   tokens, the pieces from the fourth on, and <mask>, so at least five even for a model of fewer
   than three pieces (transformers' XLMRobertaConverter accepts one). */
static size_t spm_vocab_size(const spm_model *m, int xlmr) {
    if (!xlmr) return (size_t)m->count;
    return 5 + (m->count > 3 ? (size_t)m->count - 3 : 0);
}

/* spiece.model (ALBERT, XLM-R) or spm.model (DeBERTa-v2/v3) with tokenizer_config.json's
   tokenizer_class: 1 read, 0 a class we do not convert (warned: ids only), -1 error. */
static int read_spiece(tk_ctx *c, tk_desc *d, const char *file) {
    static const char *specials[7][2] = {{"bos_token", NULL}, {"eos_token", NULL}, {"unk_token", "<unk>"}, {"sep_token", NULL},
                                         {"pad_token", NULL}, {"cls_token", NULL}, {"mask_token", NULL}};
    static const char *deberta_specials[7][2] = {{"bos_token", "[CLS]"}, {"eos_token", "[SEP]"}, {"unk_token", "[UNK]"},
                                                 {"sep_token", "[SEP]"}, {"pad_token", "[PAD]"}, {"cls_token", "[CLS]"},
                                                 {"mask_token", "[MASK]"}};
    char *data;
    const char *cls = "";
    json_doc cfg;
    spm_model m;
    size_t len = 0;
    int r = 0, i, xlmr, deberta, prefix, legacy;
    uint32_t prepend;
    memset(&cfg, 0, sizeof cfg);
    memset(&m, 0, sizeof m);
    data = tk_read_file(c, file, BC_LIMIT_TOKENIZER, &len);
    if (!data) return -1;
    if (tk_read_json(c, "tokenizer_config.json", &cfg) < 0) { free(data); return -1; }
    if (cfg.nodes && json_type_of(&cfg, json_get(&cfg, 0, "tokenizer_class")) == JSON_STRING) cls = json_str(&cfg, json_get(&cfg, 0, "tokenizer_class"));
    xlmr = strncmp(cls, "XLMRobertaTokenizer", 19) == 0;
    deberta = strncmp(cls, "DebertaV2Tokenizer", 18) == 0;
    if (!xlmr && !deberta && strncmp(cls, "AlbertTokenizer", 15) != 0) {
        tk_warn(c, "%s/%s: tokenizer_class \"%s\" is not one bert-convert rebuilds (AlbertTokenizer, XLMRobertaTokenizer, "
                "DebertaV2Tokenizer); converting without a tokenizer (ids only)", c->dir, file, cls);
        json_free(&cfg);
        free(data);
        return 0;
    }
    if (deberta && cfg.nodes && js_bool(c, &cfg, 0, "split_by_punct", 0, "tokenizer_config") != 0) {
        tk_warn(c, "%s/%s: split_by_punct (a Punctuation pre-tokenizer) is not one bert-convert rebuilds; converting without a "
                "tokenizer (ids only)", c->dir, file);
        json_free(&cfg);
        free(data);
        return 0;
    }
    prefix = cfg.nodes ? js_bool(c, &cfg, 0, "add_prefix_space", 1, "tokenizer_config") : 1;
    legacy = cfg.nodes ? js_bool(c, &cfg, 0, "legacy", 1, "tokenizer_config") : 1;
    snprintf(c->file, sizeof c->file, "%s/%s", c->dir, file);
    if (prefix < 0 || legacy < 0 || spm_read(c, (const uint8_t *)data, len, &m)) r = -1;
    if (!r) { /* transformers' _get_prepend_scheme */
        prepend = !prefix ? BERT__PREPEND_NEVER : legacy ? BERT__PREPEND_ALWAYS : BERT__PREPEND_FIRST;
        d->model = BERT__MODEL_UNIGRAM;
        d->uni_scores = (double *)malloc(spm_vocab_size(&m, xlmr) * sizeof *d->uni_scores);
        if (!d->uni_scores) r = tk_fail(c, "out of memory");
        else r = xlmr ? spm_xlmr(c, d, &m, prepend) : deberta ? spm_deberta(c, d, &m, &cfg, prepend) : spm_albert(c, d, &m, &cfg, prepend);
    }
    for (i = 0; !r && i < m.count; i++) /* control and user-defined pieces, by content */
        if (m.pieces[i].type == 3 || m.pieces[i].type == 4)
            r = spm_add_token(c, d, (const char *)m.pieces[i].text, m.pieces[i].len, m.pieces[i].type == 3 ? BERT__ADDED_SPECIAL : 0);
    snprintf(c->file, sizeof c->file, "%s/tokenizer_config.json", c->dir);
    for (i = 0; !r && i < 7; i++)
        r = spm_config_special(c, d, &cfg, (deberta ? deberta_specials : specials)[i][0], (deberta ? deberta_specials : specials)[i][1]);
    json_free(&cfg);
    free(m.pieces);
    free(data);
    return r ? -1 : 1;
}

/* ---- vocab.json + merges.txt + tokenizer_config.json (transformers' RobertaTokenizer) ----------- */

/* merges.txt as Hugging Face's BPE reads it: a "#version" line is skipped, every other line is
   two tokens separated by one space (blank lines are skipped too, as transformers does). */
static int read_merges_txt(tk_ctx *c, tk_desc *d, const vocab_map *m) {
    char *text, *line, *end, where[64];
    size_t len;
    int number = 0, r = 0;
    text = tk_read_file(c, "merges.txt", BC_LIMIT_TOKENIZER, &len);
    if (!text) return -1;
    for (line = text; line < text + len && !r; line = end + 1) {
        size_t n;
        end = (char *)memchr(line, '\n', (size_t)(text + len - line));
        if (!end) end = text + len;
        n = (size_t)(end - line);
        number++;
        if (n && line[n - 1] == '\r') n--;
        if (n == 0 || (n >= 8 && memcmp(line, "#version", 8) == 0)) continue;
        snprintf(where, sizeof where, "line %d", number);
        r = bpe_add_merge_line(c, d, m, line, n, where);
    }
    free(text);
    return r;
}

/* A special token of tokenizer_config.json (or special_tokens_map.json), a string or an
   AddedToken object, added as a special token matched in the raw text when the vocabulary has
   it. `lstrip` is the tokenizer class's default for a string (RoBERTa's <mask> has it); dflt
   NULL: no such token unless a file names one. */
static int config_special(tk_ctx *c, tk_desc *d, const json_doc *cfg, const json_doc *map, const char *key, const char *dflt, int lstrip) {
    static const char *flag_names[4] = {"single_word", "lstrip", "rstrip", "normalized"};
    static const unsigned flag_bits[4] = {BERT__ADDED_SINGLE_WORD, BERT__ADDED_LSTRIP, BERT__ADDED_RSTRIP, BERT__ADDED_NORMALIZED};
    const json_doc *doc = cfg->nodes && json_get(cfg, 0, key) >= 0 ? cfg : map->nodes && json_get(map, 0, key) >= 0 ? map : NULL;
    const char *content = config_token(cfg, map, key, dflt);
    tk_added *a = &d->added[d->added_count];
    int i, obj = doc ? json_get(doc, 0, key) : -1, id;
    if (!content) return 0;
    if ((id = vocab_find(d, content)) < 0) {
        tk_warn(c, "%s: %s \"%s\" is not in vocab.json; it is left out", c->file, key, content);
        return 0;
    }
    for (i = 0; i < d->added_count; i++)
        if (d->added[i].id == id) return 0; /* one token under two names (<s> is bos and cls) */
    a->id = id;
    a->flags = BERT__ADDED_SPECIAL | (lstrip ? BERT__ADDED_LSTRIP : 0);
    if (json_type_of(doc, obj) == JSON_OBJECT) {
        a->flags = BERT__ADDED_SPECIAL;
        for (i = 0; i < 4; i++) {
            int v = js_bool(c, doc, obj, flag_names[i], 0, key);
            if (v < 0) return -1;
            if (v) a->flags |= flag_bits[i];
        }
    }
    if (tk_copy(&a->content, content, strlen(content))) return tk_fail(c, "out of memory");
    d->added_count++;
    return 0;
}

/* transformers' RobertaTokenizer (and GPT2Tokenizer, by tokenizer_class) as its fast tokenizer
   converts it: ByteLevel with add_prefix_space, the BPE of vocab.json and merges.txt without an
   unknown token, the special tokens, and RobertaProcessing with trim_offsets (GPT-2: no
   template, no trimming). */
static int read_vocab_json(tk_ctx *c, tk_desc *d) {
    static const struct { const char *key, *roberta, *gpt2; } specials[] = { /* the classes' defaults */
        {"bos_token", "<s>", "<|endoftext|>"}, {"eos_token", "</s>", "<|endoftext|>"}, {"unk_token", "<unk>", "<|endoftext|>"},
        {"sep_token", "</s>", NULL}, {"pad_token", "<pad>", NULL}, {"cls_token", "<s>", NULL}, {"mask_token", "<mask>", NULL},
    };
    json_doc vocab, cfg, map;
    vocab_map m;
    int r, prefix, trim, gpt2 = 0, cls, sep;
    size_t i;
    memset(&cfg, 0, sizeof cfg);
    memset(&map, 0, sizeof map);
    m.slots = NULL;
    if ((r = tk_read_json(c, "vocab.json", &vocab)) <= 0) return r < 0 ? -1 : tk_fail(c, "cannot read");
    r = read_vocab_object(c, d, &vocab, 0, "vocab");
    json_free(&vocab);
    if (r) return -1;
    if (map_build(&m, d)) return tk_fail(c, "out of memory");
    d->model = BERT__MODEL_BPE;
    r = read_merges_txt(c, d, &m);
    if (!r) bpe_fill_tables(d, &m);
    free(m.slots);
    if (r || tk_read_json(c, "tokenizer_config.json", &cfg) < 0 || tk_read_json(c, "special_tokens_map.json", &map) < 0) goto done;
    snprintf(c->file, sizeof c->file, "%s/tokenizer_config.json", c->dir);
    if (cfg.nodes) {
        int cls_name = js_string(c, &cfg, 0, "tokenizer_class", "tokenizer_config");
        if (cls_name == -2) goto fail;
        gpt2 = cls_name >= 0 && strncmp(json_str(&cfg, cls_name), "GPT2", 4) == 0;
    }
    prefix = cfg.nodes ? js_bool(c, &cfg, 0, "add_prefix_space", 0, "tokenizer_config") : 0;
    trim = cfg.nodes ? js_bool(c, &cfg, 0, "trim_offsets", 1, "tokenizer_config") : 1;
    if (prefix < 0 || trim < 0) goto fail;
    d->pre[d->pre_count][0] = BERT__PRE_BYTE_LEVEL;
    d->pre[d->pre_count][1] = (uint32_t)prefix;
    d->pre[d->pre_count++][2] = 1;
    d->added = (tk_added *)calloc(sizeof specials / sizeof specials[0], sizeof *d->added);
    if (!d->added) { tk_fail(c, "out of memory"); goto fail; }
    for (i = 0; i < sizeof specials / sizeof specials[0]; i++)
        if (config_special(c, d, &cfg, &map, specials[i].key, gpt2 ? specials[i].gpt2 : specials[i].roberta,
                           !gpt2 && strcmp(specials[i].key, "mask_token") == 0))
            goto fail;
    if (gpt2) goto done;
    cls = vocab_find(d, config_token(&cfg, &map, "cls_token", "<s>"));
    sep = vocab_find(d, config_token(&cfg, &map, "sep_token", "</s>"));
    if (cls >= 0 && sep >= 0) cls_sep_template(d, cls, sep, 1);
    else tk_warn(c, "%s: no <s>/</s> tokens; texts get no special tokens", c->file);
    if (trim) d->post_flags = BERT__POST_TRIM_OFFSETS | (prefix ? BERT__POST_ADD_PREFIX_SPACE : 0);
    goto done;
fail:
    r = -1;
done:
    json_free(&cfg);
    json_free(&map);
    return r ? -1 : 1;
}

/* ---- Laying the section out ------------------------------------------------------------------ */

typedef struct trie_node {
    uint32_t *edges; /* child << 8 | byte, sorted by byte */
    int edge_count, edge_cap;
    uint32_t added;  /* index + 1, 0 none */
} trie_node;

typedef struct trie {
    trie_node *nodes;
    int count, cap;
} trie;

static int trie_new_node(trie *t) {
    if (t->count == t->cap) {
        int cap = t->cap ? t->cap * 2 : 64;
        trie_node *n = (trie_node *)realloc(t->nodes, (size_t)cap * sizeof *n);
        if (!n) return -1;
        t->nodes = n;
        t->cap = cap;
    }
    memset(&t->nodes[t->count], 0, sizeof t->nodes[0]);
    return t->count++;
}

/* Adds s under root; the first token added for a string keeps it. */
static int trie_add(trie *t, int root, const char *s, size_t len, uint32_t added) {
    int node = root;
    size_t i;
    for (i = 0; i < len; i++) {
        uint8_t b = (uint8_t)s[i];
        int k, child = -1;
        trie_node *n = &t->nodes[node];
        for (k = 0; k < n->edge_count && (n->edges[k] & 0xFF) <= b; k++)
            if ((n->edges[k] & 0xFF) == b) { child = (int)(n->edges[k] >> 8); break; }
        if (child < 0) {
            int at = k;
            if ((child = trie_new_node(t)) < 0) return -1;
            n = &t->nodes[node];
            if (n->edge_count == n->edge_cap) {
                int cap = n->edge_cap ? n->edge_cap * 2 : 4;
                uint32_t *e = (uint32_t *)realloc(n->edges, (size_t)cap * 4);
                if (!e) return -1;
                n->edges = e;
                n->edge_cap = cap;
            }
            memmove(n->edges + at + 1, n->edges + at, (size_t)(n->edge_count - at) * 4);
            n->edges[at] = (uint32_t)child << 8 | b;
            n->edge_count++;
        }
        node = child;
    }
    if (!t->nodes[node].added) t->nodes[node].added = added;
    return 0;
}

static void trie_free(trie *t) {
    int i;
    for (i = 0; i < t->count; i++) free(t->nodes[i].edges);
    free(t->nodes);
}

static uint32_t pool_add(bc_buf *pool, const char *s, size_t len) {
    uint32_t off = (uint32_t)pool->len;
    bc_bytes(pool, s, len);
    bc_u8(pool, 0);
    return off;
}

/* The Unigram block and the arrays it points at (docs/TOKENIZER_FORMAT.md), appended to body at
   section offset BERT__TK_COUNT * 4 + body->len. The pieces' trie is built from the last piece
   to the first, so a string spelled twice keeps its later id, as Hugging Face's token_to_ids. */
static int write_unigram(tk_ctx *c, const tk_desc *d, bc_buf *body) {
    trie tr = {0};
    uint32_t at, nodes, edges = 0, bytes[256], w[BERT__UNIGRAM_WORDS], unk[2];
    double min_score = 1e300, unk_score;
    int i, j;
    memset(bytes, 0, sizeof bytes);
    if (trie_new_node(&tr) < 0) return tk_fail(c, "out of memory");
    for (i = d->uni_count - 1; i >= 0; i--) {
        if (d->uni_scores[i] < min_score) min_score = d->uni_scores[i];
        if (d->vocab[i].len == 0) continue;
        if (trie_add(&tr, 0, d->vocab[i].s, d->vocab[i].len, (uint32_t)i + 1)) { trie_free(&tr); return tk_fail(c, "out of memory"); }
    }
    for (i = 0; i < 256; i++) { /* byte_fallback's <0xXX> pieces, as token_to_ids finds them */
        char name[8];
        snprintf(name, sizeof name, "<0x%02X>", i);
        for (j = d->uni_count - 1; j >= 0 && !(d->vocab[j].len == 6 && memcmp(d->vocab[j].s, name, 6) == 0); j--) {}
        bytes[i] = j >= 0 ? (uint32_t)j + 1 : 0;
    }
    nodes = (uint32_t)tr.count;
    for (i = 0; i < tr.count; i++) edges += (uint32_t)tr.nodes[i].edge_count;
    unk_score = min_score - 10.0; /* Hugging Face's K_UNK_PENALTY */
    memcpy(unk, &unk_score, sizeof unk);
    at = (uint32_t)(BERT__TK_COUNT * 4 + body->len) + 4 * BERT__UNIGRAM_WORDS;
    memset(w, 0, sizeof w);
    w[BERT__UNI_PIECE_COUNT] = (uint32_t)d->uni_count;
    w[BERT__UNI_FLAGS] = d->uni_byte_fallback ? BERT__UNI_BYTE_FALLBACK : 0;
    w[BERT__UNI_NODE_COUNT] = nodes;
    w[BERT__UNI_EDGE_START] = at;
    w[BERT__UNI_NODE_PIECE] = at += 4 * (nodes + 1);
    w[BERT__UNI_EDGE_COUNT] = edges;
    w[BERT__UNI_EDGES] = at += 4 * nodes;
    w[BERT__UNI_SCORES] = at += 4 * edges;
    w[BERT__UNI_UNK_SCORE_LO] = unk[0];
    w[BERT__UNI_UNK_SCORE_HI] = unk[1];
    w[BERT__UNI_BYTE_PIECES] = at += 8 * (uint32_t)d->uni_count;
    for (i = 0; i < BERT__UNIGRAM_WORDS; i++) bc_u32(body, w[i]);
    for (i = 0, at = 0; i <= tr.count; i++) { /* edge ranges: node i has edges [start[i], start[i + 1]) */
        bc_u32(body, at);
        if (i < tr.count) at += (uint32_t)tr.nodes[i].edge_count;
    }
    for (i = 0; i < tr.count; i++) bc_u32(body, tr.nodes[i].added);
    for (i = 0; i < tr.count; i++)
        for (j = 0; j < tr.nodes[i].edge_count; j++) bc_u32(body, tr.nodes[i].edges[j]);
    for (i = 0; i < d->uni_count; i++) {
        uint32_t s[2];
        memcpy(s, &d->uni_scores[i], sizeof s);
        bc_u32(body, s[0]);
        bc_u32(body, s[1]);
    }
    for (i = 0; i < 256; i++) bc_u32(body, bytes[i]);
    trie_free(&tr);
    return 0;
}

/* The BPE block at section offset `at`: its settings words, then the merge table (pairs hashed
   with bert__bpe_pair_hash, a later merge of the same pair replacing an earlier one as Hugging
   Face's map does), the one-character token ids and the byte_fallback ids. */
static int write_bpe_block(const tk_bpe *b, uint32_t at, bc_buf *pool, bc_buf *body) {
    uint32_t words[BERT__BPE_WORDS], slots = 2, *table, i;
    int k;
    while (slots < 2 * (uint32_t)b->merge_count + 2) slots *= 2;
    table = (uint32_t *)calloc((size_t)slots * 4, 4);
    if (!table) return -1;
    for (k = 0; k < b->merge_count; k++) {
        uint32_t left = (uint32_t)b->merges[k][0], right = (uint32_t)b->merges[k][1], s;
        for (s = bert__bpe_pair_hash(left, right) & (slots - 1); table[4 * s]; s = (s + 1) & (slots - 1))
            if (table[4 * s] == left + 1 && table[4 * s + 1] == right) break;
        table[4 * s] = left + 1;
        table[4 * s + 1] = right;
        table[4 * s + 2] = (uint32_t)k;
        table[4 * s + 3] = (uint32_t)b->merges[k][2];
    }
    memset(words, 0, sizeof words);
    words[BERT__BPE_FLAGS] = b->flags;
    words[BERT__BPE_PREFIX] = pool_add(pool, b->prefix.s ? b->prefix.s : "", b->prefix.len);
    words[BERT__BPE_PREFIX_LEN] = (uint32_t)b->prefix.len;
    words[BERT__BPE_SUFFIX] = pool_add(pool, b->suffix.s ? b->suffix.s : "", b->suffix.len);
    words[BERT__BPE_SUFFIX_LEN] = (uint32_t)b->suffix.len;
    words[BERT__BPE_MERGE_COUNT] = (uint32_t)b->merge_count;
    words[BERT__BPE_MERGES] = at + 4 * BERT__BPE_WORDS;
    words[BERT__BPE_MERGE_SLOTS] = slots;
    words[BERT__BPE_CHAR_IDS] = words[BERT__BPE_MERGES] + 16 * slots;
    words[BERT__BPE_BYTE_IDS] = words[BERT__BPE_CHAR_IDS] + 4 * BERT__BPE_CHARS;
    for (i = 0; i < BERT__BPE_WORDS; i++) bc_u32(body, words[i]);
    for (i = 0; i < 4 * slots; i++) bc_u32(body, table[i]);
    for (i = 0; i < BERT__BPE_CHARS; i++) bc_u32(body, b->char_ids[i]);
    for (i = 0; i < 256; i++) bc_u32(body, b->byte_ids[i]);
    free(table);
    return body->oom || pool->oom ? -1 : 0;
}

/* Writes the section for d into out. Added tokens flagged normalized are matched by their
   `normalized` string (their content until the caller has normalized them). */
static int write_section(tk_ctx *c, const tk_desc *d, bc_buf *out) {
    bc_buf pool = {0}, body = {0};
    uint32_t head[BERT__TK_COUNT], *voff = NULL, *hash = NULL, hash_size = 1, longest = 0, prefix_off;
    uint32_t norm_words[TK_MAX_STEPS][BERT__STEP_WORDS];
    uint8_t *is_added = NULL;
    int i, j, order, template_id_count = 0, r = 0;
    trie tr = {0};
    memset(head, 0, sizeof head);

    /* Strings: the vocabulary in id order, then the others. */
    voff = (uint32_t *)malloc(((size_t)d->vocab_count + 1) * 4);
    while (hash_size < 2 * (uint32_t)d->vocab_count + 2) hash_size *= 2;
    hash = (uint32_t *)calloc(hash_size, 4);
    if (!voff || !hash) { r = tk_fail(c, "out of memory"); goto done; }
    for (i = 0; i < d->vocab_count; i++)
        voff[i] = pool_add(&pool, d->vocab[i].s ? d->vocab[i].s : "", d->vocab[i].len);
    voff[d->vocab_count] = (uint32_t)pool.len;
    /* The hash: later ids replace earlier ones with the same string (HashMap insertion order);
       added tokens go last so they win, as Hugging Face looks them up first. */
    is_added = (uint8_t *)calloc((size_t)d->vocab_count, 1);
    if (!is_added) { r = tk_fail(c, "out of memory"); goto done; }
    for (j = 0; j < d->added_count; j++) is_added[d->added[j].id] = 1;
    for (order = 0; order < 2; order++) {
        for (i = 0; i < d->vocab_count; i++) {
            uint32_t h, at;
            if (!d->vocab[i].s || !d->vocab[i].len || is_added[i] != order) continue;
            if (d->vocab[i].len > longest) longest = (uint32_t)d->vocab[i].len;
            h = bert__fnv1a(BERT__FNV_BASIS, d->vocab[i].s, d->vocab[i].len);
            for (at = h & (hash_size - 1); hash[at]; at = (at + 1) & (hash_size - 1)) {
                const tk_string *o = &d->vocab[hash[at] - 1];
                if (o->len == d->vocab[i].len && memcmp(o->s, d->vocab[i].s, o->len) == 0) break;
            }
            hash[at] = (uint32_t)i + 1;
        }
    }
    prefix_off = pool_add(&pool, d->wp_prefix.s ? d->wp_prefix.s : "", d->wp_prefix.len);
    for (i = 0; i < d->norm_count; i++) {
        memcpy(norm_words[i], d->norm[i], sizeof norm_words[i]);
        for (j = 0; j < 2; j++)
            if (d->norm_str[i][j].s) {
                norm_words[i][1 + 2 * j] = pool_add(&pool, d->norm_str[i][j].s, d->norm_str[i][j].len);
                norm_words[i][2 + 2 * j] = (uint32_t)d->norm_str[i][j].len;
            }
    }

    /* The added-token trie: raw root 0, normalized root 1; special tokens first, as Hugging Face
       orders its patterns. */
    if (trie_new_node(&tr) < 0 || trie_new_node(&tr) < 0) { r = tk_fail(c, "out of memory"); goto done; }
    for (order = 0; order < 2; order++)
        for (i = 0; i < d->added_count; i++) {
            const tk_added *a = &d->added[i];
            int normalized = (a->flags & BERT__ADDED_NORMALIZED) != 0;
            const tk_string *s = normalized && a->normalized.s ? &a->normalized : &a->content;
            if (((a->flags & BERT__ADDED_SPECIAL) != 0) != (order == 0) || s->len == 0) continue;
            if (trie_add(&tr, normalized, s->s, s->len, (uint32_t)i + 1)) { r = tk_fail(c, "out of memory"); goto done; }
        }

    /* The body after the header, each array 4-byte aligned; the string pool last. */
#define PLACE(word) (head[word] = (uint32_t)(BERT__TK_COUNT * 4 + body.len))
    PLACE(BERT__TK_VOCAB_OFFSETS);
    for (i = 0; i <= d->vocab_count; i++) bc_u32(&body, voff[i]);
    PLACE(BERT__TK_HASH);
    for (i = 0; i < (int)hash_size; i++) bc_u32(&body, hash[i]);
    for (i = 0; i < d->norm_count; i++) /* Precompiled steps' tries, which their steps point at */
        if (d->charsmap[i]) {
            norm_words[i][3] = (uint32_t)(BERT__TK_COUNT * 4 + body.len);
            norm_words[i][4] = d->charsmap_units[i];
            for (j = 0; j < (int)d->charsmap_units[i]; j++) bc_u32(&body, d->charsmap[i][j]);
        }
    PLACE(BERT__TK_NORMALIZERS);
    for (i = 0; i < d->norm_count; i++)
        for (j = 0; j < BERT__STEP_WORDS; j++) bc_u32(&body, norm_words[i][j]);
    PLACE(BERT__TK_PRE_TOKENIZERS);
    for (i = 0; i < d->pre_count; i++)
        for (j = 0; j < BERT__STEP_WORDS; j++) bc_u32(&body, d->pre[i][j]);
    PLACE(BERT__TK_ADDED);
    for (i = 0; i < d->added_count; i++) {
        const tk_added *a = &d->added[i];
        const tk_string *ns = a->normalized.s ? &a->normalized : &a->content;
        bc_u32(&body, (uint32_t)a->id);
        bc_u32(&body, a->flags);
        bc_u32(&body, pool_add(&pool, a->content.s, a->content.len));
        bc_u32(&body, (uint32_t)a->content.len);
        bc_u32(&body, pool_add(&pool, ns->s, ns->len));
        bc_u32(&body, (uint32_t)ns->len);
    }
    PLACE(BERT__TK_TRIE_NODES);
    {
        uint32_t first = 0;
        for (i = 0; i < tr.count; i++) {
            bc_u32(&body, first);
            bc_u32(&body, (uint32_t)tr.nodes[i].edge_count);
            bc_u32(&body, tr.nodes[i].added);
            first += (uint32_t)tr.nodes[i].edge_count;
        }
        PLACE(BERT__TK_TRIE_EDGES);
        for (i = 0; i < tr.count; i++)
            for (j = 0; j < tr.nodes[i].edge_count; j++) bc_u32(&body, tr.nodes[i].edges[j]);
        head[BERT__TK_TRIE_EDGE_COUNT] = first;
    }
    for (order = 0; order < 2; order++) {
        const tk_piece *p = order ? d->pair : d->single;
        int n = order ? d->pair_count : d->single_count;
        PLACE(order ? BERT__TK_PAIR : BERT__TK_SINGLE);
        for (i = 0; i < n; i++) {
            bc_u32(&body, (uint32_t)p[i].kind);
            bc_u32(&body, (uint32_t)p[i].type_id);
            bc_u32(&body, (uint32_t)template_id_count);
            bc_u32(&body, (uint32_t)p[i].id_count);
            template_id_count += p[i].id_count;
        }
    }
    PLACE(BERT__TK_TEMPLATE_IDS);
    for (order = 0; order < 2; order++) {
        const tk_piece *p = order ? d->pair : d->single;
        int n = order ? d->pair_count : d->single_count;
        for (i = 0; i < n; i++)
            for (j = 0; j < p[i].id_count; j++) bc_u32(&body, (uint32_t)p[i].ids[j]);
    }
    PLACE(BERT__TK_MODEL_DATA);
    if (d->model == BERT__MODEL_WORDPIECE) {
        bc_u32(&body, prefix_off);
        bc_u32(&body, (uint32_t)d->wp_prefix.len);
        bc_u32(&body, (uint32_t)d->wp_max_chars);
        bc_u32(&body, longest);
        head[BERT__TK_MODEL_DATA_SIZE] = 4 * BERT__WORDPIECE_WORDS;
    } else if (d->model == BERT__MODEL_UNIGRAM) {
        if (write_unigram(c, d, &body)) { r = -1; goto done; }
        head[BERT__TK_MODEL_DATA_SIZE] = 4 * BERT__UNIGRAM_WORDS;
    } else if (d->model == BERT__MODEL_BPE) {
        size_t start = body.len;
        if (write_bpe_block(&d->bpe, (uint32_t)(BERT__TK_COUNT * 4 + start), &pool, &body)) { r = tk_fail(c, "out of memory"); goto done; }
        head[BERT__TK_MODEL_DATA_SIZE] = (uint32_t)(body.len - start);
    }
    PLACE(BERT__TK_STRINGS);
#undef PLACE
    head[BERT__TK_VERSION] = BERT__TOKENIZER_VERSION;
    head[BERT__TK_HEADER_WORDS] = BERT__TK_COUNT;
    head[BERT__TK_MODEL] = (uint32_t)d->model;
    head[BERT__TK_UNK_ID] = (uint32_t)d->unk_id;
    head[BERT__TK_PAD_ID] = (uint32_t)d->pad_id;
    head[BERT__TK_VOCAB_COUNT] = (uint32_t)d->vocab_count;
    head[BERT__TK_STRINGS_SIZE] = (uint32_t)pool.len;
    head[BERT__TK_HASH_SIZE] = hash_size;
    head[BERT__TK_NORMALIZER_COUNT] = (uint32_t)d->norm_count;
    head[BERT__TK_PRE_TOKENIZER_COUNT] = (uint32_t)d->pre_count;
    head[BERT__TK_ADDED_COUNT] = (uint32_t)d->added_count;
    head[BERT__TK_TRIE_NODE_COUNT] = (uint32_t)tr.count;
    head[BERT__TK_SINGLE_COUNT] = (uint32_t)d->single_count;
    head[BERT__TK_PAIR_COUNT] = (uint32_t)d->pair_count;
    head[BERT__TK_TEMPLATE_ID_COUNT] = (uint32_t)template_id_count;
    head[BERT__TK_TRUNC_MAX_LENGTH] = (uint32_t)d->trunc_max_length;
    head[BERT__TK_TRUNC_STRATEGY] = (uint32_t)d->trunc_strategy;
    head[BERT__TK_TRUNC_DIRECTION] = (uint32_t)d->trunc_direction;
    head[BERT__TK_POST_FLAGS] = d->post_flags;
    out->len = 0;
    for (i = 0; i < BERT__TK_COUNT; i++) bc_u32(out, head[i]);
    bc_bytes(out, body.data, body.len);
    bc_bytes(out, pool.data, pool.len);
    bc_align(out, 4);
    if (pool.oom || body.oom || out->oom) r = tk_fail(c, "out of memory");
done:
    free(voff);
    free(hash);
    free(is_added);
    trie_free(&tr);
    bc_free(&pool);
    bc_free(&body);
    return r;
}

/* Normalizes the content of every normalized added token with the tokenizer itself: a first
   section is written and loaded, its normalizer run on each content, then the caller writes the
   section again with the results. */
static int normalize_added(tk_ctx *c, tk_desc *d, const bc_buf *section) {
    bert__tokenizer t;
    bert__tok_ws ws;
    bert_error err;
    int i, r = 0;
    uint8_t *copy = (uint8_t *)malloc(section->len ? section->len : 1);
    if (!copy) return tk_fail(c, "out of memory");
    memcpy(copy, section->data, section->len);
    memset(&ws, 0, sizeof ws);
    if (bert__tokenizer_load(&t, copy, section->len, &err) != BERT_OK) {
        free(copy);
        return tk_fail(c, "internal error: the written tokenizer does not load: %s", err.message);
    }
    for (i = 0; i < d->added_count && !r; i++) {
        tk_added *a = &d->added[i];
        size_t at = 0;
        int n = 0, k;
        if (!(a->flags & BERT__ADDED_NORMALIZED)) continue;
        if (!BERT__GROW(ws.norm, ws.norm_cap, a->content.len + 1)) { r = tk_fail(c, "out of memory"); break; }
        while (at < a->content.len) {
            at += (size_t)bert__utf8_decode((const uint8_t *)a->content.s + at, a->content.len - at, &ws.norm[n].cp);
            ws.norm[n].start = ws.norm[n].end = 0;
            n++;
        }
        if (bert__normalize(&t, &ws, &n, 0, &err) != BERT_OK) { r = tk_fail(c, "normalizing added tokens: %s", err.message); break; }
        free(a->normalized.s);
        a->normalized.s = (char *)malloc((size_t)n * 4 + 1);
        if (!a->normalized.s) { r = tk_fail(c, "out of memory"); break; }
        a->normalized.len = 0;
        for (k = 0; k < n; k++) a->normalized.len += (size_t)bert__utf8_encode(ws.norm[k].cp, (uint8_t *)a->normalized.s + a->normalized.len);
    }
    BERT_FREE(ws.norm);
    BERT_FREE(ws.tmp);
    BERT_FREE(ws.items);
    BERT_FREE(ws.items_tmp);
    free(copy);
    return r;
}

/* ---- Entry point ------------------------------------------------------------------------------ */

/* Special ids for the model config: the tokenizer's own names for them. */
static void fill_info(const tk_desc *d, bc_tokenizer_info *info) {
    static const char *names[5][2] = {{"[PAD]", "<pad>"}, {"[CLS]", "<s>"}, {"[SEP]", "</s>"}, {"[UNK]", "<unk>"}, {"[MASK]", "<mask>"}};
    int *ids[5];
    int i;
    ids[0] = &info->pad_id; ids[1] = &info->cls_id; ids[2] = &info->sep_id; ids[3] = &info->unk_id; ids[4] = &info->mask_id;
    for (i = 0; i < 5; i++) {
        *ids[i] = vocab_find(d, names[i][0]);
        if (*ids[i] < 0) *ids[i] = vocab_find(d, names[i][1]);
    }
    if (d->unk_id >= 0) info->unk_id = d->unk_id;
    if (d->pad_id >= 0) info->pad_id = d->pad_id;
    if (d->model == BERT__MODEL_WORDPIECE) snprintf(info->kind, sizeof info->kind, "wordpiece");
    if (d->model == BERT__MODEL_UNIGRAM) snprintf(info->kind, sizeof info->kind, "unigram");
    if (d->model == BERT__MODEL_BPE) snprintf(info->kind, sizeof info->kind, "bpe");
}

/* model_max_length from tokenizer_config.json (transformers writes 1e30 for "no limit"). An
   unreadable file is an error: taking it for absent would write a model without the limit. */
static int read_model_max_length(tk_ctx *c, bc_tokenizer_info *info) {
    json_doc cfg;
    int r = tk_read_json(c, "tokenizer_config.json", &cfg);
    if (r == 1) {
        int n = json_get(&cfg, 0, "model_max_length");
        if (json_type_of(&cfg, n) == JSON_NUMBER && cfg.nodes[n].number >= 1 && cfg.nodes[n].number <= 1e6)
            info->model_max_length = (int)cfg.nodes[n].number;
        json_free(&cfg);
    }
    snprintf(c->file, sizeof c->file, "%s", c->dir);
    return r < 0 ? -1 : 0;
}

/* Special ids of a folder we cannot tokenize yet (vocab.json without merges, ...). */
static int fill_info_from_vocab_json(tk_ctx *c, bc_tokenizer_info *info) {
    json_doc doc;
    static const char *names[5] = {"<pad>", "<s>", "</s>", "<unk>", "<mask>"};
    int *ids[5], i, r;
    ids[0] = &info->pad_id; ids[1] = &info->cls_id; ids[2] = &info->sep_id; ids[3] = &info->unk_id; ids[4] = &info->mask_id;
    if ((r = tk_read_json(c, "vocab.json", &doc)) != 1) return r;
    for (i = 0; i < 5; i++) {
        int n = json_get(&doc, 0, names[i]);
        /* an id no int holds is left unset (converting it would be undefined behaviour) */
        if (json_type_of(&doc, n) == JSON_NUMBER && doc.nodes[n].is_integer && doc.nodes[n].number >= 0 &&
            doc.nodes[n].number <= 2147483647.0)
            *ids[i] = (int)doc.nodes[n].number;
    }
    json_free(&doc);
    return 0;
}

/* Which tokenizer files the folder has, in the order of preference: 1 tokenizer.json, 2 vocab.txt,
   3 spiece.model, 4 vocab.json + merges.txt, 5 vocab.json alone, 6 spm.model (DeBERTa's name
   for its SentencePiece model), 0 none; -1 error. */
static int tk_find_files(tk_ctx *c) {
    static const char *names[4] = {"tokenizer.json", "vocab.txt", "spiece.model", "vocab.json"};
    int i, r;
    for (i = 0; i < 4; i++) {
        if ((r = tk_file_status(c, names[i])) < 0) return -1;
        if (r == 0) continue;
        if (i < 3) return i + 1;
        if ((r = tk_file_status(c, "merges.txt")) < 0) return -1;
        return r ? 4 : 5;
    }
    if ((r = tk_file_status(c, "spm.model")) < 0) return -1;
    return r ? 6 : 0;
}

int bc_import_tokenizer(const char *dir, bc_buf *out, bc_tokenizer_info *info, char *err, size_t err_size, char *warn,
                        size_t warn_size) {
    tk_ctx c;
    tk_desc d;
    int r;
    memset(&d, 0, sizeof d);
    d.unk_id = d.pad_id = -1;
    c.dir = dir;
    c.err = err;
    c.err_size = err_size;
    c.warn = warn;
    c.warn_size = warn_size;
    snprintf(c.file, sizeof c.file, "%s", dir);
    info->pad_id = info->cls_id = info->sep_id = info->unk_id = info->mask_id = -1;
    info->model_max_length = 0;
    info->kind[0] = 0;
    if (read_model_max_length(&c, info) < 0) return -1;

    switch (tk_find_files(&c)) {
    case 1: r = read_tokenizer_json(&c, &d); break;
    case 2: r = read_vocab_txt(&c, &d); break;
    case 3: r = read_spiece(&c, &d, "spiece.model"); break;
    case 6: r = read_spiece(&c, &d, "spm.model"); break;
    case 4: r = read_vocab_json(&c, &d); break;
    case 5:
        tk_warn(&c, "%s/vocab.json has no merges.txt beside it; converting without a tokenizer (ids only)", dir);
        return fill_info_from_vocab_json(&c, info) < 0 ? -1 : 0;
    case 0: return 0;
    default: return -1;
    }
    if (r == 1) {
        fill_info(&d, info);
        if (write_section(&c, &d, out) || normalize_added(&c, &d, out) || write_section(&c, &d, out)) r = -1;
    }
    tk_desc_free(&d);
    return r;
}
