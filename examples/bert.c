/* bert - the bert.h command line. `bert --help` lists every command and option with its default;
 * `bert CMD --help` one command's.
 *
 *   bert run -m MODEL [--threads N] < in.json > out.json
 *                                               every output of the model for given token ids
 *   bert info -m MODEL                          what the model file holds
 *   bert tokenize -m MODEL [--pair] [--max-length N] [-p TEXT]... [-f FILE] < lines > out.jsonl
 *                                               one JSON object per input line: ids, type_ids,
 *                                               tokens and UTF-8 byte offsets (per text of a pair)
 *   bert embed -m MODEL [--batch N] [--max-batch-tokens N] [--max-length N] [--no-truncate] [--pooling P|none]
 *              [--normalize | --no-normalize] [--prompt T | --prompt-name N | --no-prompt] [--dim N]
 *              [--format jsonl|json|npy|npy-f16|f32|f16] [--progress] [--threads N] [-p TEXT]... [-f FILE]
 *                                               one embedding per input line (bert_embed_texts),
 *                                               written and flushed batch by batch
 *   bert score -m CROSS_ENCODER [--raw] ... < pairs.tsv
 *                                               a score line per TAB-separated pair
 *   bert rerank -m CROSS_ENCODER -q QUERY [--top-k K] [--raw] ... < docs
 *   bert similarity -m MODEL -q QUERY [--top-k K] ... < docs
 *                                               the lines ranked against the query, best first
 *   bert bench -m MODEL [--batch B] [--seq S] [--threads T] [--iters N] [--warmup W] [--json]
 *                                               speed: median ms per batch, GFLOP/s, FMA peak
 *
 * in.json:  {"input_ids": [[...], ...], "attention_mask": [[...]], "token_type_ids": [[...]]}
 *           (the last two optional: all ones / all zeros)
 * out.json: last_hidden_state [B][T][H], pooler_output [B][H], mean_pooled [B][H], cls [B][H],
 *           seq_logits [B][labels], token_logits [B][T][labels], start_logits/end_logits [B][T],
 *           mlm_logits [B][T][V], rtd_logits [B][T], nsp_logits/sop_logits [B][2] - each only
 *           where the model has it. Floats have 9 significant digits; values at positions whose
 *           mask is 0 are 0.
 * Errors are one line on stderr and a non-zero exit status; so is a failed read or write.
 * BERT_SIMD=NAME in the environment runs the named kernel set (avx512-vnni, avx512, avx2,
 * scalar: bert_simd_force) instead of the widest this CPU runs, for tests and benchmarks.
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/stat.h>
#ifndef BERT_NO_THREADS
#include <pthread.h>
#endif

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static int die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "bert: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 1;
}

/* ---- Reading input ---------------------------------------------------------------------------- */

/* Reads all of f, at most `limit` bytes: *len_out gets more than limit when there is more
   (the text is then incomplete). */
static char *read_all(FILE *f, size_t limit, size_t *len_out) {
    size_t len = 0, cap = 1 << 16, got;
    char *buf = (char *)malloc(cap + 1);
    if (!buf) return NULL;
    while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len > limit) break;
        if (len == cap) {
            char *nb = (char *)realloc(buf, cap * 2 + 1);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
            cap *= 2;
        }
    }
    if (ferror(f)) { /* a directory, an I/O error: not an empty input */
        free(buf);
        return NULL;
    }
    buf[len] = 0;
    *len_out = len;
    return buf;
}

/* The texts of tokenize and embed: the -p texts in order, then the lines of -f FILE or, when
   neither is given, of standard input. Lines split on \n only (a \r stays in the text); a last
   line without \n counts too. Read with read(2), so that embed can tell whether more input is
   waiting (poll) and embed what it has instead of blocking for a full batch: a co-process that
   writes one line and waits for its embedding gets it. */
typedef struct source {
    const char *const *texts;   /* -p */
    int n_texts, next_text;
    int fd;                     /* -1: no lines to read */
    const char *name;           /* "standard input" or the file's path */
    long count;                 /* inputs returned so far */
    long long consumed;         /* bytes of the descriptor's input used so far */
    int eof;
    char buf[1 << 16];
    size_t pos, n;
} source;

/* Where input number k (1-based) came from, for messages. */
static const char *source_where(const source *s, long k, char *out, size_t size) {
    if (k <= s->n_texts) snprintf(out, size, "-p text %ld", k);
    else snprintf(out, size, "line %ld", k - s->n_texts);
    return out;
}

/* Appends the next text to *arena (growing it) at *used; sets *len. Returns 1, 0 at the end of
   the input, -1 on a read error (printed). */
static int source_next(source *s, char **arena, size_t *cap, size_t *used, size_t *len) {
    size_t start = *used;
    int any = 0;
    if (s->next_text < s->n_texts) {
        const char *t = s->texts[s->next_text++];
        size_t n = strlen(t);
        if (start + n + 1 > *cap) {
            size_t nc = (start + n + 1) * 2;
            char *na = (char *)realloc(*arena, nc);
            if (!na) return -die("out of memory");
            *arena = na;
            *cap = nc;
        }
        memcpy(*arena + start, t, n);
        *used = start + n;
        *len = n;
        s->count++;
        return 1;
    }
    if (s->fd < 0) return 0;
    for (;;) {
        char *nl;
        size_t take;
        if (s->pos == s->n) {
            ssize_t k;
            if (s->eof) break;
            do k = read(s->fd, s->buf, sizeof s->buf);
            while (k < 0 && errno == EINTR);
            if (k < 0) return -die("cannot read %s: %s", s->name, strerror(errno));
            s->pos = 0;
            s->n = (size_t)k;
            if (k == 0) { s->eof = 1; break; }
        }
        any = 1;
        nl = (char *)memchr(s->buf + s->pos, '\n', s->n - s->pos);
        take = nl ? (size_t)(nl - (s->buf + s->pos)) : s->n - s->pos;
        if (*used + take + 1 > *cap) {
            size_t nc = (*used + take + 1) * 2;
            char *na = (char *)realloc(*arena, nc);
            if (!na) return -die("out of memory");
            *arena = na;
            *cap = nc;
        }
        memcpy(*arena + *used, s->buf + s->pos, take);
        *used += take;
        s->pos += take;
        s->consumed += (long long)take + (nl != NULL);
        if (nl) { s->pos++; break; }
    }
    if (!any) return 0;
    *len = *used - start;
    s->count++;
    return 1;
}

/* 1 when the next source_next will not block: -p texts or buffered bytes left, the end reached,
   or input waiting on the descriptor. */
static int source_ready(const source *s) {
    struct pollfd p;
    if (s->next_text < s->n_texts || s->fd < 0 || s->pos < s->n || s->eof) return 1;
    p.fd = s->fd;
    p.events = POLLIN;
    p.revents = 0;
    return poll(&p, 1, 0) != 0;
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

/* ---- bert run's input ------------------------------------------------------------------------- */

/* in.json is read in one pass over its text, the three matrices straight into int32 arrays, so
   parsing costs the text and 4 bytes per id, not a tree of nodes (tools/json.h's is ~36 bytes
   per input byte). The rest of the document is checked as JSON and skipped. The errors are
   those of a parse then read_matrix: invalid JSON first, then input_ids, attention_mask,
   token_type_ids in turn; a key given twice counts its last value, as json_get does. */
typedef struct run_matrix {
    int present, is_array;     /* a value other than null; an array */
    int rows;
    int *lens;                 /* per row: its values, or -1 - its count when it is no array */
    int32_t *v;                /* the values row after row */
    size_t n, cap, lens_cap;
    int bad_row, bad_col;      /* the first value that is no 32-bit integer (-1: none) */
} run_matrix;

typedef struct run_parser {
    const char *text, *at, *end;
    char err[160];
    int failed;
} run_parser;

static void run_fail(run_parser *p, const char *what) {
    int line = 1, col = 1;
    const char *c;
    if (p->failed) return;
    p->failed = 1;
    for (c = p->text; c < p->at && c < p->end; c++) {
        if (*c == '\n') line++, col = 1;
        else col++;
    }
    snprintf(p->err, sizeof p->err, "%s at line %d column %d", what, line, col);
}

static void run_ws(run_parser *p) {
    while (p->at < p->end && (*p->at == ' ' || *p->at == '\t' || *p->at == '\n' || *p->at == '\r')) p->at++;
}

static int run_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

/* A string at p->at ('"'); its unescaped text goes to out (up to size - 1 bytes; *len gets its
   full length) when out is not NULL. Returns 0, -1 on a syntax error. */
static int run_string(run_parser *p, char *out, size_t size, size_t *len) {
    size_t n = 0;
    unsigned cp;
    p->at++;
    for (;;) {
        unsigned char c;
        if (p->at >= p->end) { run_fail(p, "unterminated string"); return -1; }
        c = (unsigned char)*p->at++;
        if (c == '"') break;
        if (c < 0x20) { p->at--; run_fail(p, "control character in string"); return -1; }
        if (c == '\\') {
            if (p->at >= p->end) { run_fail(p, "unterminated escape"); return -1; }
            c = (unsigned char)*p->at++;
            if (c == 'u') {
                int k;
                if (p->end - p->at < 4) { run_fail(p, "truncated \\u escape"); return -1; }
                for (k = 0; k < 4; k++)
                    if (!run_hex(p->at[k])) { run_fail(p, "bad hex digit in \\u escape"); return -1; }
                for (k = 0, cp = 0; k < 4; k++) cp = cp << 4 | (unsigned)(p->at[k] <= '9' ? p->at[k] - '0' : (p->at[k] | 0x20) - 'a' + 10);
                c = cp < 0x80 ? (unsigned char)cp : '?'; /* decoded as json.h does, for the ASCII keys compared */
                p->at += 4;
            } else if (c == 'b') c = '\b';
            else if (c == 'f') c = '\f';
            else if (c == 'n') c = '\n';
            else if (c == 'r') c = '\r';
            else if (c == 't') c = '\t';
            else if (c != '"' && c != '\\' && c != '/') { p->at--; run_fail(p, "bad escape in string"); return -1; }
        }
        if (out && n + 1 < size) out[n] = (char)c;
        n++;
    }
    if (out) out[n < size ? n : size - 1] = 0;
    if (len) *len = n;
    return 0;
}

/* A number at p->at: *integer 1 when it is written as an integer in int32 range, its value in *v. */
static int run_number(run_parser *p, int *integer, int32_t *v) {
    long long x = 0;
    int neg = 0;
    *integer = 1;
    if (p->at < p->end && *p->at == '-') neg = 1, p->at++;
    if (p->at >= p->end || *p->at < '0' || *p->at > '9') { run_fail(p, "bad number"); return -1; }
    if (*p->at == '0') p->at++; /* "01" is 0, then a syntax error */
    else
        while (p->at < p->end && *p->at >= '0' && *p->at <= '9') {
            if (x < 10000000000LL) x = x * 10 + (*p->at - '0');
            p->at++;
        }
    if (p->at < p->end && *p->at == '.') {
        *integer = 0;
        p->at++;
        if (p->at >= p->end || *p->at < '0' || *p->at > '9') { run_fail(p, "bad number"); return -1; }
        while (p->at < p->end && *p->at >= '0' && *p->at <= '9') p->at++;
    }
    if (p->at < p->end && (*p->at == 'e' || *p->at == 'E')) {
        *integer = 0;
        p->at++;
        if (p->at < p->end && (*p->at == '+' || *p->at == '-')) p->at++;
        if (p->at >= p->end || *p->at < '0' || *p->at > '9') { run_fail(p, "bad number"); return -1; }
        while (p->at < p->end && *p->at >= '0' && *p->at <= '9') p->at++;
    }
    if (neg) x = -x;
    if (x < -2147483648LL || x > 2147483647LL) *integer = 0;
    *v = *integer ? (int32_t)x : 0;
    return 0;
}

/* Skips any value; *count gets an array's or object's member count (0 for the others). */
static int run_skip(run_parser *p, int depth, int *count) {
    *count = 0;
    run_ws(p);
    if (depth > 256) { run_fail(p, "nesting too deep"); return -1; } /* json.h's JSON_MAX_DEPTH */
    if (p->at >= p->end) { run_fail(p, "unexpected end of input"); return -1; }
    if (*p->at == '{' || *p->at == '[') {
        char close = *p->at == '{' ? '}' : ']';
        int object = close == '}', sub;
        p->at++;
        run_ws(p);
        if (p->at < p->end && *p->at == close) { p->at++; return 0; }
        for (;;) {
            run_ws(p);
            if (object) {
                if (p->at >= p->end || *p->at != '"') { run_fail(p, "expected a string key"); return -1; }
                if (run_string(p, NULL, 0, NULL)) return -1;
                run_ws(p);
                if (p->at >= p->end || *p->at != ':') { run_fail(p, "expected ':'"); return -1; }
                p->at++;
            }
            if (run_skip(p, depth + 1, &sub)) return -1;
            (*count)++;
            run_ws(p);
            if (p->at < p->end && *p->at == ',') { p->at++; continue; }
            if (p->at < p->end && *p->at == close) { p->at++; return 0; }
            run_fail(p, object ? "expected ',' or '}'" : "expected ',' or ']'");
            return -1;
        }
    }
    if (*p->at == '"') return run_string(p, NULL, 0, NULL);
    if (*p->at == 't' || *p->at == 'f' || *p->at == 'n') {
        const char *word = *p->at == 't' ? "true" : *p->at == 'f' ? "false" : "null";
        size_t n = strlen(word);
        if ((size_t)(p->end - p->at) < n || memcmp(p->at, word, n) != 0) { run_fail(p, "unexpected character"); return -1; }
        p->at += n;
        return 0;
    }
    {
        int integer;
        int32_t v;
        return run_number(p, &integer, &v);
    }
}

static int run_push(int32_t **v, size_t *n, size_t *cap, int32_t x) {
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 1024;
        int32_t *nv = (int32_t *)realloc(*v, c * sizeof *nv);
        if (!nv) return -1;
        *v = nv, *cap = c;
    }
    (*v)[(*n)++] = x;
    return 0;
}

/* One row: an array of values, each a number (kept) or anything else (the first marked bad). */
static int run_row(run_parser *p, run_matrix *m, int *len) {
    *len = 0;
    p->at++;
    run_ws(p);
    if (p->at < p->end && *p->at == ']') { p->at++; return 0; }
    for (;;) {
        int32_t x = 0;
        int integer = 0, sub;
        run_ws(p);
        if (p->at < p->end && (*p->at == '-' || (*p->at >= '0' && *p->at <= '9'))) {
            if (run_number(p, &integer, &x)) return -1;
        } else if (run_skip(p, 3, &sub)) {
            return -1;
        }
        if (!integer && m->bad_row < 0) m->bad_row = m->rows, m->bad_col = *len;
        if (run_push(&m->v, &m->n, &m->cap, x)) { run_fail(p, "out of memory"); return -1; }
        (*len)++;
        run_ws(p);
        if (p->at < p->end && *p->at == ',') { p->at++; continue; }
        if (p->at < p->end && *p->at == ']') { p->at++; return 0; }
        run_fail(p, "expected ',' or ']'");
        return -1;
    }
}

/* A matrix value (replacing what an earlier key of the same name gave). */
static int run_matrix_value(run_parser *p, run_matrix *m) {
    int count;
    m->present = m->is_array = 0;
    m->rows = 0;
    m->n = 0;
    m->bad_row = m->bad_col = -1;
    run_ws(p);
    if (p->at < p->end && *p->at != '[') {
        if ((size_t)(p->end - p->at) >= 4 && memcmp(p->at, "null", 4) == 0) { p->at += 4; return 0; }
        m->present = 1;
        return run_skip(p, 1, &count);
    }
    if (p->at >= p->end) { run_fail(p, "unexpected end of input"); return -1; }
    m->present = m->is_array = 1;
    p->at++;
    run_ws(p);
    if (p->at < p->end && *p->at == ']') { p->at++; return 0; }
    for (;;) {
        int len;
        run_ws(p);
        if ((size_t)m->rows == m->lens_cap) {
            size_t c = m->lens_cap ? m->lens_cap * 2 : 64;
            int *nl = (int *)realloc(m->lens, c * sizeof *nl);
            if (!nl) { run_fail(p, "out of memory"); return -1; }
            m->lens = nl, m->lens_cap = c;
        }
        if (p->at < p->end && *p->at == '[') {
            if (run_row(p, m, &len)) return -1;
        } else {
            if (run_skip(p, 2, &count)) return -1;
            len = -1 - count;
        }
        m->lens[m->rows++] = len;
        run_ws(p);
        if (p->at < p->end && *p->at == ',') { p->at++; continue; }
        if (p->at < p->end && *p->at == ']') { p->at++; return 0; }
        run_fail(p, "expected ',' or ']'");
        return -1;
    }
}

/* The document: an object whose three known members are read as matrices. Returns 0, -1 on a
   syntax error (p->err), 1 when it is valid JSON but no object. */
static int run_parse(run_parser *p, run_matrix m[3]) {
    static const char *const keys[3] = {"input_ids", "attention_mask", "token_type_ids"};
    int count;
    run_ws(p);
    if (p->at < p->end && *p->at == '{') {
        p->at++;
        run_ws(p);
        if (p->at < p->end && *p->at == '}') p->at++;
        else
            for (;;) {
                char key[32];
                size_t len, k;
                run_ws(p);
                if (p->at >= p->end || *p->at != '"') { run_fail(p, "expected a string key"); return -1; }
                if (run_string(p, key, sizeof key, &len)) return -1;
                run_ws(p);
                if (p->at >= p->end || *p->at != ':') { run_fail(p, "expected ':'"); return -1; }
                p->at++;
                for (k = 0; k < 3 && !(len == strlen(keys[k]) && strcmp(key, keys[k]) == 0); k++) {}
                if (k < 3 ? run_matrix_value(p, &m[k]) : run_skip(p, 1, &count)) return -1;
                run_ws(p);
                if (p->at < p->end && *p->at == ',') { p->at++; continue; }
                if (p->at < p->end && *p->at == '}') { p->at++; break; }
                run_fail(p, "expected ',' or '}'");
                return -1;
            }
        run_ws(p);
        if (p->at < p->end) { run_fail(p, "trailing characters after the JSON value"); return -1; }
        return 0;
    }
    if (run_skip(p, 0, &count)) return -1;
    run_ws(p);
    if (p->at < p->end) { run_fail(p, "trailing characters after the JSON value"); return -1; }
    return 1;
}

/* read_matrix's checks over a parsed matrix: 1 read (into *out, B x T), 0 absent, -1 error (printed). */
static int run_take(run_matrix *m, const char *key, int32_t **out, int *B, int *T) {
    int b;
    if (!m->present) return 0;
    if (!m->is_array || m->rows == 0) { die("input: %s must be a non-empty array of arrays", key); return -1; }
    if (*B == 0) {
        if (m->lens[0] <= 0) { die("input: %s[0] must be a non-empty array", key); return -1; }
        *B = m->rows;
        *T = m->lens[0];
    }
    if (m->rows != *B) { die("input: %s has a different number of rows than input_ids", key); return -1; }
    for (b = 0; b < m->rows; b++) {
        if (m->lens[b] != *T) {
            fprintf(stderr, "bert: input: %s is ragged: row %d has %d values, row 0 has %d (pad the batch)\n", key, b,
                    m->lens[b] < 0 ? -1 - m->lens[b] : m->lens[b], *T);
            return -1;
        }
        if (m->bad_row == b) {
            fprintf(stderr, "bert: input: %s[%d][%d] is not a 32-bit integer\n", key, b, m->bad_col);
            return -1;
        }
    }
    *out = m->v;
    m->v = NULL;
    return 1;
}

/* ---- bert run --------------------------------------------------------------------------------- */

/* How many values run writes for B x T tokens: what bert_output_size gives after the pass. */
static size_t run_output_values(const bert_config *cfg, size_t B, size_t T) {
    size_t H = (size_t)cfg->hidden_size, L = (size_t)cfg->num_labels, v = B * T * H + 2 * B * H; /* hidden, mean, cls */
    if (cfg->heads & BERT_HEAD_POOLER) v += B * H;
    if (cfg->heads & BERT_HEAD_SEQ_CLS) v += B * L;
    if (cfg->heads & BERT_HEAD_TOKEN_CLS) v += B * T * L;
    if (cfg->heads & BERT_HEAD_QA) v += 2 * B * T;
    if (cfg->heads & BERT_HEAD_MLM) v += B * T * (size_t)cfg->vocab_size;
    if (cfg->heads & BERT_HEAD_RTD) v += B * T;
    if (cfg->heads & BERT_HEAD_NSP) v += 2 * B;
    if (cfg->heads & BERT_HEAD_SOP) v += 2 * B;
    return v;
}

static int cmd_run(bert_model *model, FILE *in, int threads, int max_input_mb, int max_output_mb) {
    const bert_config *cfg = bert_model_config(model);
    size_t len, B_, T_, H_, values = 0, limit = (size_t)max_input_mb << 20;
    char *text;
    run_parser p;
    run_matrix m[3];
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
    errno = 0;
    text = read_all(in, limit, &len);
    if (!text) return die("cannot read standard input: %s", errno ? strerror(errno) : "out of memory");
    if (len > limit) {
        free(text);
        return die("input is larger than %d MB, the limit on run's JSON (--max-input-mb raises it)", max_input_mb);
    }
    memset(m, 0, sizeof m);
    p.text = p.at = text;
    p.end = text + len;
    p.failed = 0;
    r = run_parse(&p, m);
    free(text);
    if (r < 0) { die("input is not valid JSON: %s", p.err); goto done; }
    if (r > 0) { die("%s", "input must be a JSON object with \"input_ids\""); goto done; }
    r = run_take(&m[0], "input_ids", &ids, &B, &T);
    if (r == 0) die("%s", "input has no \"input_ids\"");
    if (r <= 0) goto done;
    if (run_take(&m[1], "attention_mask", &mask, &B, &T) < 0) goto done;
    if (run_take(&m[2], "token_type_ids", &types, &B, &T) < 0) goto done;
    if (T > cfg->max_length) {
        fprintf(stderr, "bert: input: sequences of %d tokens are longer than the model allows (%d)\n", T, cfg->max_length);
        goto done;
    }
    /* Refused before any work: outputs whose JSON would pass the cap (16 bytes a value: 9
       significant digits, sign, point, exponent, comma). */
    values = run_output_values(cfg, (size_t)B, (size_t)T);
    if (values > ((size_t)max_output_mb << 20) / 16) {
        die("the outputs for %d x %d tokens are %lu values, about %lu MB of JSON: more than --max-output-mb %d (raise it, or send "
            "fewer or shorter sequences)", B, T, (unsigned long)values, (unsigned long)((values * 16) >> 20), max_output_mb);
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
    for (i = 0; i < 3; i++) free(m[i].v), free(m[i].lens);
    return rc;
}

/* ---- bert info -------------------------------------------------------------------------------- */

static void write_json_string(FILE *f, const char *s, size_t len);

static int cmd_info(const bert_model *model) {
    const bert_config *c = bert_model_config(model);
    static const struct { unsigned bit; const char *name; } heads[] = {
        {BERT_HEAD_POOLER, "pooler"}, {BERT_HEAD_SEQ_CLS, "sequence-classification"}, {BERT_HEAD_TOKEN_CLS, "token-classification"},
        {BERT_HEAD_QA, "question-answering"}, {BERT_HEAD_MLM, "masked-lm"}, {BERT_HEAD_RTD, "replaced-token-detection"},
        {BERT_HEAD_NSP, "next-sentence"}, {BERT_HEAD_SOP, "sentence-order"}, {BERT_HEAD_CHOICE, "multiple-choice"},
    };
    size_t i;
    int l;
    printf("architecture: %s\n", c->has_weights ? bert_arch_name(c->arch) : "(tokenizer only)");
    if (c->has_weights) {
        printf("dtype: %s\n", bert_dtype_name(c->dtype));
        printf("vocab_size: %d\nhidden_size: %d\nembedding_size: %d\nlayers: %d\nattention_heads: %d\nintermediate_size: %d\n", c->vocab_size,
               c->hidden_size, c->embedding_size, c->num_layers, c->num_heads, c->intermediate_size);
        if (c->inner_group_num > 1 || c->num_groups != c->num_layers)
            printf("layer_groups: %d x %d inner (shared)\n", c->num_groups, c->inner_group_num);
        printf("max_position_embeddings: %d\ntype_vocab_size: %d\n", c->max_position_embeddings, c->type_vocab_size);
        printf("activation: %s\nlayer_norm_eps: %g\n", bert_act_name(c->hidden_act), (double)c->layer_norm_eps);
        printf("positions: %s\n", c->positions == BERT_POSITIONS_PADDED ? "padded (roberta)"
                                 : c->positions == BERT_POSITIONS_NONE ? (c->rope_theta > 0 ? "none (rotary)" : "none (relative only)")
                                 : "absolute");
        if (c->relative_buckets)
            printf("relative_attention_bias: %d buckets up to distance %d\n", c->relative_buckets, c->relative_max_distance);
        if (c->disentangled_terms)
            printf("disentangled_attention: %s%s, span %d, %d position buckets up to %d\n", c->disentangled_terms & BERT_C2P ? "c2p" : "",
                   c->disentangled_terms == (BERT_C2P | BERT_P2C) ? "+p2c" : c->disentangled_terms & BERT_P2C ? "p2c" : "",
                   c->disentangled_span, c->position_buckets, c->max_relative_positions);
        if (c->pre_norm || c->gated_ffn)
            printf("layer_style: %s%s%s\n", c->pre_norm ? "pre-norm, final norm" : "post-norm",
                   c->omitted & BERT_OMIT_FIRST_ATTN_NORM ? " (layer 0 without its attention norm)" : "",
                   c->gated_ffn ? ", gated feed-forward" : "");
        if (c->omitted & (BERT_OMIT_ATTN_BIAS | BERT_OMIT_FFN_BIAS | BERT_OMIT_FFN_UP_BIAS | BERT_OMIT_NORM_BIAS | BERT_OMIT_HEAD_BIAS))
            printf("no biases in:%s%s%s%s\n", c->omitted & BERT_OMIT_ATTN_BIAS ? " attention" : "",
                   c->omitted & BERT_OMIT_FFN_BIAS ? " feed-forward" : c->omitted & BERT_OMIT_FFN_UP_BIAS ? " feed-forward up" : "",
                   c->omitted & BERT_OMIT_NORM_BIAS ? " norms" : "", c->omitted & BERT_OMIT_HEAD_BIAS ? " heads" : "");
        if (c->rope_theta > 0) printf("rotary: base %g (global layers), %g (local)\n", (double)c->rope_theta, (double)c->rope_local_theta);
        if (c->rope_factor > 0) printf("rotary: inverse frequencies divided by %.9g\n", (double)c->rope_factor);
        if (c->global_every > 1)
            printf("local_attention: keys within %d positions, on layers i with i mod %d != 0\n", c->local_window, c->global_every);
        printf("max_length: %d\ntruncate_length: %d\n", c->max_length, c->truncate_length);
        printf("pooling: %s%s%s\n", bert_pooling_name(c->pooling), c->pooling >= BERT_POOL_SPLADE && c->splade_log1p_twice ? " (log1p twice)" : "",
           c->normalize ? " + l2 normalize" : "");
        printf("heads:");
        for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
            if (c->heads & heads[i].bit) printf(" %s", heads[i].name);
        printf("%s\n", c->heads ? "" : " (none: base encoder)");
        if (c->num_labels && !(c->heads & BERT_HEAD_CHOICE)) {
            printf("labels:");
            for (l = 0; l < c->num_labels; l++) printf(" %d=%s", l, bert_model_label(model, l));
            printf("\n");
        }
    }
    if (bert_model_prompt_count(model)) { /* sentence-transformers' prompts: name="text", the default marked */
        int p, def = bert_model_find_prompt(model, NULL);
        printf("prompts:");
        for (p = 0; p < bert_model_prompt_count(model); p++) {
            const char *t = bert_model_prompt_text(model, p);
            printf(" %s=", bert_model_prompt_name(model, p));
            write_json_string(stdout, t, strlen(t));
            if (p == def) printf(" (default)");
        }
        printf("\n");
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

enum { F_IDS, F_TYPE_IDS, F_TOKENS, F_OFFSETS, F_COUNT };
static const char *const field_names[F_COUNT] = {"ids", "type_ids", "tokens", "offsets"};

/* One field of the encoding's JSON line, its elements only; *first: nothing of it written yet. */
static void write_field(FILE *f, const bert_model *model, const bert_encoding *enc, int field, int *first) {
    int i;
    for (i = 0; i < enc->count; i++, *first = 0) {
        if (!*first) fputc(',', f);
        if (field == F_IDS) fprintf(f, "%d", (int)enc->ids[i]);
        else if (field == F_TYPE_IDS) fprintf(f, "%d", (int)enc->type_ids[i]);
        else if (field == F_OFFSETS) fprintf(f, "[%d,%d]", (int)enc->offsets[2 * i], (int)enc->offsets[2 * i + 1]);
        else {
            size_t len = 0;
            const char *t = bert_encoding_token(model, enc, i, &len);
            write_json_string(f, t ? t : "", t ? len : 0);
        }
    }
}

static void write_encoding(FILE *f, const bert_model *model, const bert_encoding *enc) {
    int field, first;
    for (field = 0; field < F_COUNT; field++) {
        fprintf(f, "%s\"%s\":[", field ? "]," : "{", field_names[field]);
        first = 1;
        write_field(f, model, enc, field, &first);
    }
    fputs("]}\n", f);
}

/* One text, untruncated, part by part (bert_tokenize_next), so that memory follows a part and
   not the text: a text of one part is written as it is, a longer one tokenized again for each
   field of its line. */
static int write_parts(FILE *f, const bert_model *model, const char *text, size_t len, bert_encoding *enc, bert_error *err) {
    size_t at = 0;
    int field, first;
    if (bert_tokenize_next(model, text, len, &at, enc, err) != BERT_OK) return -1;
    if (at == len) {
        write_encoding(f, model, enc);
        return 0;
    }
    for (field = 0; field < F_COUNT; field++) {
        fprintf(f, "%s\"%s\":[", field ? "]," : "{", field_names[field]);
        first = 1, at = 0;
        do {
            if (bert_tokenize_next(model, text, len, &at, enc, err) != BERT_OK) return -1;
            write_field(f, model, enc, field, &first);
        } while (at < len);
    }
    fputs("]}\n", f);
    return 0;
}

/* ---- Options ---------------------------------------------------------------------------------- */

enum { C_RUN = 1, C_INFO = 2, C_TOKENIZE = 4, C_EMBED = 8, C_BENCH = 16, C_SCORE = 32, C_RERANK = 64, C_SIMILARITY = 128, C_CHOOSE = 256,
       C_ALL = 511 };
enum { POOL_NONE = 100 }; /* --pooling none: token vectors, embed only */

typedef struct options {
    const char *model;
    int threads;        /* 0: the command's default */
    int batch;          /* 0: the command's default */
    int max_batch_tokens; /* 0: the library's default (batch x 512) */
    int max_length;     /* 0: the command's default */
    int pooling;        /* a bert_pooling, or 0 for the model's default */
    int normalize;      /* 1, 0, or -1 for the model's default */
    int pair, json, no_truncate;
    int seq, iters, warmup; /* bench; 0 (warmup -1): default */
    const char **texts; /* -p TEXT, in order */
    int n_texts;
    const char *file;   /* -f FILE */
    const char *prompt, *prompt_name; /* --prompt, --prompt-name */
    int no_prompt;      /* --no-prompt */
    int dim;            /* --dim; 0: hidden_size */
    int format;         /* FMT_* */
    const char *query;  /* -q */
    int top_k;          /* 0: all; -1: the command's default */
    int raw, progress;
    int max_input_mb, max_output_mb; /* run's caps; 0: the defaults */
} options;

/* ---- bert tokenize ---------------------------------------------------------------------------- */

static int open_source(source *s, const options *o) {
    memset(s, 0, sizeof *s);
    s->texts = o->texts;
    s->n_texts = o->n_texts;
    s->fd = -1;
    if (o->file && strcmp(o->file, "-") != 0) {
        s->fd = open(o->file, O_RDONLY);
        s->name = o->file;
        if (s->fd < 0) return die("cannot open %s: %s", o->file, strerror(errno));
    } else if (o->file || o->n_texts == 0) {
        s->fd = 0;
        s->name = "standard input";
    }
    return 0;
}

static void close_source(source *s) {
    if (s->fd > 0) close(s->fd);
}

/* One JSON line per input text; with --pair each is two texts split at its first TAB. */
static int cmd_tokenize(const bert_model *model, const options *o) {
    source *src = (source *)malloc(sizeof *src);
    char *arena = NULL, where[64];
    size_t cap = 0, used, n;
    bert_encoding enc;
    bert_error err;
    int rc = 0, r;
    if (!src) return die("out of memory");
    if (strcmp(bert_model_tokenizer_kind(model), "none") == 0) { free(src); return die("this model file has no tokenizer"); }
    if (open_source(src, o)) { free(src); return 1; }
    memset(&enc, 0, sizeof enc);
    while ((used = 0, r = source_next(src, &arena, &cap, &used, &n)) > 0) {
        char *line = arena;
        if (o->pair) {
            char *tab = (char *)memchr(line, '\t', n);
            size_t a = tab ? (size_t)(tab - line) : n;
            if (!tab) {
                rc = die("%s has no TAB: with --pair each line is two texts separated by a TAB", source_where(src, src->count, where, sizeof where));
                break;
            }
            r = bert_tokenize_pair(model, line, a, tab + 1, n - a - 1, o->max_length, &enc, &err);
        } else if (o->max_length == 0) {
            if (write_parts(stdout, model, line, n, &enc, &err) != 0) { rc = die("%s: %s", source_where(src, src->count, where, sizeof where), err.message); break; }
            continue;
        } else {
            r = bert_tokenize(model, line, n, o->max_length, &enc, &err);
        }
        if (r != BERT_OK) { rc = die("%s: %s", source_where(src, src->count, where, sizeof where), err.message); break; }
        write_encoding(stdout, model, &enc);
    }
    if (r < 0) rc = 1;
    bert_encoding_free(&enc);
    close_source(src);
    free(src);
    free(arena);
    return rc;
}

/* ---- Output formats --------------------------------------------------------------------------- */

enum { FMT_JSONL, FMT_JSON, FMT_NPY, FMT_NPY_F16, FMT_F32, FMT_F16 };
static const char *const format_names[] = {"jsonl", "json", "npy", "npy-f16", "f32", "f16"};

/* The rows of embed's output in --format. npy: a 128-byte NumPy v1.0 header (magic, version 1.0,
   header length 118, the dict {'descr': '<f4' or '<f2', 'fortran_order': False, 'shape': (n, dim)}
   padded with spaces to a newline), then the rows little-endian. The row count is known only at
   the end: where standard output is a file that can be rewritten, the header is written first
   and rewritten at the end (the rows still stream); on a pipe the rows are held in memory and
   written after the header at the end. */
typedef struct writer {
    int format, dim;
    int sparse, top_k;   /* sparse (SPLADE) rows in jsonl/json: their nonzero entries, the top_k largest (0: all) */
    int *ids;            /* [dim] scratch for them */
    float *values;
    float *kept;         /* [dim] a sparse row with its top_k entries only (the binary formats) */
    long rows;
    long header_at;      /* npy: where the header was written, or -1 when the rows are held */
    unsigned char *held; /* npy on a pipe: the data so far */
    size_t held_len, held_cap;
} writer;

static void npy_header(unsigned char *h, int f16, long rows, int dim) {
    int n;
    memcpy(h, "\x93NUMPY\x01\x00\x76\x00", 10); /* version 1.0, header length 118 (little-endian) */
    n = snprintf((char *)h + 10, 118, "{'descr': '%s', 'fortran_order': False, 'shape': (%ld, %d), }", f16 ? "<f2" : "<f4", rows, dim);
    memset(h + 10 + n, ' ', (size_t)(117 - n));
    h[127] = '\n';
}

static int writer_begin(writer *w, int format, int dim) {
    memset(w, 0, sizeof *w);
    w->format = format;
    w->dim = dim;
    w->header_at = -1;
    if (format == FMT_JSON) fputc('[', stdout);
    if (format == FMT_NPY || format == FMT_NPY_F16) {
        int fl = fcntl(1, F_GETFL);
        long at;
        fflush(stdout);
        at = ftell(stdout);
        if (at >= 0 && fl >= 0 && !(fl & O_APPEND) && lseek(1, 0, SEEK_CUR) == at) {
            unsigned char h[128];
            w->header_at = at;
            npy_header(h, format == FMT_NPY_F16, 0, dim);
            fwrite(h, 1, sizeof h, stdout);
        }
    }
    return 0;
}

static int writer_rows(writer *w, const float *v, int n) {
    int r, i;
    for (r = 0; r < n; r++, w->rows++) {
        const float *x = v + (size_t)r * (size_t)w->dim;
        if (w->sparse && w->top_k > 0 && w->format != FMT_JSONL && w->format != FMT_JSON) {
            /* the whole row, the top_k entries kept and the rest 0, as max_active_dims leaves it */
            int count = bert_sparse_entries(x, w->dim, w->top_k, w->ids, w->values);
            memset(w->kept, 0, (size_t)w->dim * sizeof *w->kept);
            for (i = 0; i < count; i++) w->kept[w->ids[i]] = w->values[i];
            x = w->kept;
        }
        if (w->sparse && (w->format == FMT_JSONL || w->format == FMT_JSON)) { /* as text-embeddings-inference's /embed_sparse */
            int count = bert_sparse_entries(x, w->dim, w->top_k, w->ids, w->values);
            if (w->format == FMT_JSON) fputs(w->rows ? ",\n[" : "\n[", stdout);
            else fputc('[', stdout);
            for (i = 0; i < count; i++) printf("%s{\"index\":%d,\"value\":%.9g}", i ? "," : "", w->ids[i], (double)w->values[i]);
            fputs(w->format == FMT_JSON ? "]" : "]\n", stdout);
            continue;
        }
        if (w->format == FMT_JSONL || w->format == FMT_JSON) {
            if (w->format == FMT_JSON) fputs(w->rows ? ",\n[" : "\n[", stdout);
            else fputc('[', stdout);
            for (i = 0; i < w->dim; i++) printf(i ? ",%.9g" : "%.9g", (double)x[i]);
            fputs(w->format == FMT_JSON ? "]" : "]\n", stdout);
            continue;
        }
        {
            int half = w->format == FMT_F16 || w->format == FMT_NPY_F16;
            size_t bytes = (size_t)w->dim * (half ? 2 : 4);
            unsigned char *dst;
            int hold = (w->format == FMT_NPY || w->format == FMT_NPY_F16) && w->header_at < 0;
            if (hold) {
                if (w->held_len + bytes > w->held_cap) {
                    size_t cap = (w->held_len + bytes) * 2;
                    unsigned char *nb = (unsigned char *)realloc(w->held, cap);
                    if (!nb) return die("out of memory holding the npy rows (write to a file instead of a pipe)");
                    w->held = nb;
                    w->held_cap = cap;
                }
                dst = w->held + w->held_len;
                w->held_len += bytes;
            } else {
                static unsigned char row[65536 * 4];
                dst = row;
            }
            for (i = 0; i < w->dim; i++) { /* little-endian, whatever the host */
                if (half) {
                    uint16_t h = bert_f32_to_f16(x[i]);
                    dst[2 * i] = (unsigned char)h;
                    dst[2 * i + 1] = (unsigned char)(h >> 8);
                } else {
                    uint32_t u;
                    memcpy(&u, &x[i], 4);
                    dst[4 * i] = (unsigned char)u;
                    dst[4 * i + 1] = (unsigned char)(u >> 8);
                    dst[4 * i + 2] = (unsigned char)(u >> 16);
                    dst[4 * i + 3] = (unsigned char)(u >> 24);
                }
            }
            if (!hold) fwrite(dst, 1, bytes, stdout);
        }
    }
    return 0;
}

static int writer_end(writer *w) {
    unsigned char h[128];
    if (w->format == FMT_JSON) fputs("\n]\n", stdout);
    if (w->format == FMT_NPY || w->format == FMT_NPY_F16) {
        npy_header(h, w->format == FMT_NPY_F16, w->rows, w->dim);
        if (w->header_at >= 0) {
            if (fflush(stdout) != 0 || fseek(stdout, w->header_at, SEEK_SET) != 0) return die("cannot rewrite the npy header: %s", strerror(errno));
            fwrite(h, 1, sizeof h, stdout);
            if (fseek(stdout, 0, SEEK_END) != 0) return die("cannot write the output: %s", strerror(errno));
        } else {
            fwrite(h, 1, sizeof h, stdout);
            if (w->held_len) fwrite(w->held, 1, w->held_len, stdout);
        }
    }
    free(w->held);
    w->held = NULL;
    return 0;
}

/* ---- Progress --------------------------------------------------------------------------------- */

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One line on stderr, rewritten in place (\r) at most 4 times a second: texts, tokens/s and,
   when the input is a file of known size, the share read and the time left. */
typedef struct progress {
    int on, shown;
    double t0, last;
    long long total;    /* bytes of the input file, 0 when unknown */
} progress;

static void progress_start(progress *p, const options *o, const source *src) {
    struct stat st;
    memset(p, 0, sizeof *p);
    p->on = o->progress || isatty(2);
    p->t0 = p->last = now_s();
    if (src->fd >= 0 && fstat(src->fd, &st) == 0 && S_ISREG(st.st_mode)) p->total = (long long)st.st_size;
}

static void progress_show(progress *p, const source *src, long tokens, int final) {
    double t = now_s(), dt = t - p->t0;
    if (!p->on || (!final && p->shown && t - p->last < 0.25)) return;
    p->last = t;
    p->shown = 1;
    fprintf(stderr, "\rbert: %ld texts, %.0f tokens/s", src->count, dt > 0 ? tokens / dt : 0.0);
    if (final) fprintf(stderr, ", %.1f s          \n", dt);
    else if (p->total > 0 && src->consumed > 0) {
        double share = (double)src->consumed / (double)p->total, left = dt * (1 - share) / share;
        fprintf(stderr, ", %.0f%%, ETA %d:%02d   ", 100 * share, (int)(left / 60), (int)left % 60);
    } else fputs("   ", stderr);
    fflush(stderr);
}

/* ---- bert embed ------------------------------------------------------------------------------- */

/* A library error about one text ("text I: ..." or "text I has ...") told at its input. */
static int text_error(const source *src, long first, const bert_error *err) {
    char where[64];
    int idx, pos = 0;
    const char *m = err->message;
    if (sscanf(m, "text %d%n", &idx, &pos) == 1 && pos > 0 && (m[pos] == ':' || m[pos] == ' '))
        return die("%s%s", source_where(src, first + 1 + idx, where, sizeof where), m + pos);
    return die("%s (the batch from %s)", m, source_where(src, first + 1, where, sizeof where));
}

static void embed_options_of(const options *o, bert_embed_options *eo) {
    eo->sparse = 1; /* every buffer here is sized by bert_embed_width */
    eo->pooling = o->pooling;
    eo->normalize = o->normalize;
    eo->max_length = o->max_length;
    eo->no_truncate = o->no_truncate;
    eo->prompt = o->no_prompt ? "" : o->prompt;
    eo->prompt_name = o->prompt_name;
    eo->dim = o->dim;
    eo->batch_size = o->batch;
    eo->max_tokens = o->max_batch_tokens;
    eo->threads = o->threads;
}

/* Reads up to o->batch texts into arena (fewer when no more input is waiting), each also
   NUL-terminated. Returns how many: 0 at the end of the input, -1 after a read error (printed). */
static int read_batch(source *src, const options *o, char **arena, size_t *cap, const char **lines, size_t *starts, size_t *lens) {
    size_t used = 0;
    int r = 1, i, n;
    for (n = 0; n < o->batch; n++) {
        if (n > 0 && !source_ready(src)) break;
        starts[n] = used;
        if ((r = source_next(src, arena, cap, &used, &lens[n])) <= 0) break;
        (*arena)[used++] = 0; /* source_next leaves room for it */
    }
    for (i = 0; i < n; i++) lines[i] = *arena + starts[i];
    return r < 0 ? -1 : n;
}

static int embed_tokens(const bert_model *model, const options *o);

static void truncation_note(const char *cmd, long truncated, long count, int limit) {
    if (truncated)
        fprintf(stderr, "bert: %s: %ld of %ld texts were longer than %d tokens and were truncated (--no-truncate makes that an error)\n",
                cmd, truncated, count, limit);
}

/* rows x width elements of `size` bytes, or NULL when that does not fit a size_t (a 32-bit build
   with a large --batch and a vocabulary-wide sparse row). */
static void *malloc_rows(size_t rows, size_t width, size_t size) {
    if (width && rows > (size_t)-1 / width / size) return NULL;
    return malloc(rows * width * size);
}

/* 1 when embed's rows are sparse (SPLADE): --pooling splade[_sum], or the model's own. */
static int embed_is_sparse(const bert_model *model, const options *o) {
    int pooling = o->pooling ? o->pooling : (int)bert_model_config(model)->pooling;
    return pooling == BERT_POOL_SPLADE || pooling == BERT_POOL_SPLADE_SUM;
}

/* Reads, embeds and writes batch by batch, flushing each: a batch is --batch texts, or fewer
   when no more input is waiting. bert_embed_texts does the work of each batch. */
static int cmd_embed(const bert_model *model, const options *o) {
    const bert_config *cfg = bert_model_config(model);
    int dim;
    source *src;
    const char **lines;
    size_t *starts, *lens, cap = 0;
    char *arena = NULL;
    float *out, *values, *kept;
    int *ids;
    bert_embed_options eo = BERT_EMBED_OPTIONS_INIT;
    bert_ctx *ctx = NULL; /* kept from batch to batch, with its threads */
    bert_error err;
    long truncated = 0, tokens = 0, first;
    int n, rc = 0;
    writer w;
    progress pg;
    if (o->pooling == POOL_NONE) return embed_tokens(model, o);
    embed_options_of(o, &eo);
    dim = bert_embed_width(model, &eo); /* checked in main: not 0 */
    src = (source *)malloc(sizeof *src);
    lines = (const char **)malloc((size_t)o->batch * sizeof *lines);
    starts = (size_t *)malloc((size_t)o->batch * sizeof *starts);
    lens = (size_t *)malloc((size_t)o->batch * sizeof *lens);
    out = (float *)malloc_rows((size_t)o->batch, (size_t)dim, sizeof *out);
    ids = (int *)malloc((size_t)dim * sizeof *ids);
    values = (float *)malloc((size_t)dim * sizeof *values);
    kept = (float *)malloc((size_t)dim * sizeof *kept);
    if (!src || !lines || !starts || !lens || !out || !ids || !values || !kept) {
        free(src); free(lines); free(starts); free(lens); free(out); free(ids); free(values); free(kept);
        return die("out of memory");
    }
    eo.truncated = &truncated;
    eo.tokens = &tokens;
    eo.keep_ctx = &ctx;
    if (open_source(src, o)) { free(src); free(lines); free(starts); free(lens); free(out); free(ids); free(values); free(kept); return 1; }
    progress_start(&pg, o, src);
    writer_begin(&w, o->format, dim);
    w.sparse = embed_is_sparse(model, o);
    w.top_k = o->top_k;
    w.ids = ids;
    w.values = values;
    w.kept = kept;
    for (;;) {
        first = src->count;
        if ((n = read_batch(src, o, &arena, &cap, lines, starts, lens)) <= 0) { rc = n < 0; break; }
        if (bert_embed_texts(model, lines, lens, n, &eo, out, &err) != BERT_OK) { rc = text_error(src, first, &err); break; }
        if ((rc = writer_rows(&w, out, n)) != 0) break;
        if (fflush(stdout) != 0 || ferror(stdout)) { rc = die("cannot write the output: %s", strerror(errno)); break; }
        progress_show(&pg, src, tokens, 0);
    }
    if (!rc) rc = writer_end(&w);
    else free(w.held);
    if (pg.shown || (!rc && pg.on)) progress_show(&pg, src, tokens, 1);
    if (!rc) truncation_note("embed", truncated, src->count, o->max_length > 0 ? o->max_length : cfg->truncate_length);
    close_source(src);
    bert_ctx_free(ctx);
    free(ids);
    free(values);
    free(kept);
    free(out);
    free(lens);
    free(starts);
    free(lines);
    free(arena);
    free(src);
    return rc;
}

/* --pooling none: each text's token vectors (last_hidden_state), with its tokens and offsets,
   one JSON object per text. One text per forward pass: the rows are as long as the text. */
static int embed_tokens(const bert_model *model, const options *o) {
    const bert_config *cfg = bert_model_config(model);
    int H = cfg->hidden_size, dim = o->dim ? o->dim : H, limit = o->max_length > 0 ? o->max_length : cfg->truncate_length, ctx_len = 0;
    source *src = (source *)malloc(sizeof *src);
    char *arena = NULL, where[64];
    size_t cap = 0, used, len;
    bert_encoding enc = BERT_ENCODING_INIT;
    bert_ctx *ctx = NULL;
    bert_error err;
    float *hidden = NULL;
    long truncated = 0;
    int r, rc = 0, i, k;
    if (!src) return die("out of memory");
    if (open_source(src, o)) { free(src); return 1; }
    while ((used = 0, r = source_next(src, &arena, &cap, &used, &len)) > 0) {
        bert_batch b;
        if (bert_tokenize(model, arena, len, limit, &enc, &err) != BERT_OK) { rc = die("%s: %s", source_where(src, src->count, where, sizeof where), err.message); break; }
        if (enc.count >= limit) { /* cut, or exactly the limit? One token past it tells (all of them, to say how many) */
            bert_encoding whole = BERT_ENCODING_INIT;
            int cut = bert_tokenize(model, arena, len, o->no_truncate ? 0 : limit + 1, &whole, &err) == BERT_OK && whole.count > limit;
            if (cut && o->no_truncate)
                rc = die("%s has %d tokens, more than the limit of %d (--no-truncate)", source_where(src, src->count, where, sizeof where), whole.count, limit);
            truncated += cut;
            bert_encoding_free(&whole);
            if (rc) break;
        }
        for (i = 0; i < enc.count; i++)
            if (enc.ids[i] < 0 || enc.ids[i] >= cfg->vocab_size) {
                rc = die("%s: token %d has id %d, outside the model's vocabulary of %d (its tokenizer does not fit its weights)",
                         source_where(src, src->count, where, sizeof where), i, (int)enc.ids[i], cfg->vocab_size);
                break;
            }
        if (rc) break;
        if (enc.count > ctx_len) {
            bert_ctx_free(ctx);
            ctx = NULL;
            free(hidden);
            ctx_len = enc.count;
            hidden = (float *)malloc((size_t)ctx_len * (size_t)H * sizeof *hidden);
            if (!hidden) { rc = die("out of memory"); break; }
            if (bert_ctx_create(&ctx, model, 1, ctx_len, &err) != BERT_OK || bert_ctx_set_threads(ctx, o->threads, &err) != BERT_OK) {
                rc = die("%s", err.message);
                break;
            }
        }
        b.batch = 1;
        b.seq_len = enc.count;
        b.input_ids = enc.ids;
        b.attention_mask = NULL;
        b.token_type_ids = enc.type_ids;
        if (bert_encode(ctx, &b, &err) != BERT_OK || bert_output_get(ctx, BERT_OUT_LAST_HIDDEN_STATE, hidden, &err) != BERT_OK) {
            rc = die("%s: %s", source_where(src, src->count, where, sizeof where), err.message);
            break;
        }
        fputs("{\"tokens\":[", stdout);
        for (i = 0; i < enc.count; i++) {
            size_t tl = 0;
            const char *t = bert_encoding_token(model, &enc, i, &tl);
            if (i) fputc(',', stdout);
            write_json_string(stdout, t ? t : "", t ? tl : 0);
        }
        fputs("],\"offsets\":[", stdout);
        for (i = 0; i < enc.count; i++) printf("%s[%d,%d]", i ? "," : "", (int)enc.offsets[2 * i], (int)enc.offsets[2 * i + 1]);
        fputs("],\"vectors\":[", stdout);
        for (i = 0; i < enc.count; i++) {
            float *v = hidden + (size_t)i * H;
            if (o->normalize == 1) bert_l2_normalize(v, dim);
            fputs(i ? ",[" : "[", stdout);
            for (k = 0; k < dim; k++) printf(k ? ",%.9g" : "%.9g", (double)v[k]);
            fputc(']', stdout);
        }
        fputs("]}\n", stdout);
        if (!source_ready(src) && (fflush(stdout) != 0 || ferror(stdout))) { rc = die("cannot write the output: %s", strerror(errno)); break; }
    }
    if (r < 0) rc = 1;
    if (!rc) truncation_note("embed", truncated, src->count, limit);
    bert_ctx_free(ctx);
    bert_encoding_free(&enc);
    free(hidden);
    close_source(src);
    free(src);
    free(arena);
    return rc;
}

/* ---- bert score, rerank, similarity ----------------------------------------------------------- */

static void score_options_of(const options *o, bert_score_options *so) {
    so->raw = o->raw;
    so->max_length = o->max_length;
    so->no_truncate = o->no_truncate;
    so->batch_size = o->batch;
    so->max_tokens = o->max_batch_tokens;
    so->threads = o->threads;
}

/* One JSON line per TAB-separated pair, in order, batch by batch: {"score": s} for a one-label
   cross-encoder, {"label": best, "scores": [...]} for several labels. */
static int cmd_score(const bert_model *model, const options *o) {
    const bert_config *cfg = bert_model_config(model);
    int L = cfg->num_labels, n, rc = 0, i, k;
    source *src = (source *)malloc(sizeof *src);
    const char **a = (const char **)malloc((size_t)o->batch * sizeof *a), **b = (const char **)malloc((size_t)o->batch * sizeof *b);
    size_t *starts = (size_t *)malloc((size_t)o->batch * sizeof *starts), *lens = (size_t *)malloc((size_t)o->batch * sizeof *lens), cap = 0;
    float *out = (float *)malloc((size_t)o->batch * (size_t)L * sizeof *out);
    char *arena = NULL, where[64];
    bert_score_options so = BERT_SCORE_OPTIONS_INIT;
    bert_ctx *ctx = NULL; /* kept from batch to batch, with its threads */
    bert_error err;
    long truncated = 0, tokens = 0, first;
    progress pg;
    memset(&pg, 0, sizeof pg);
    if (!src || !a || !b || !starts || !lens || !out || open_source(src, o)) {
        rc = src && a && b && starts && lens && out ? 1 : die("out of memory");
        free(src); free(a); free(b); free(starts); free(lens); free(out);
        return rc;
    }
    score_options_of(o, &so);
    so.truncated = &truncated;
    so.tokens = &tokens;
    so.keep_ctx = &ctx;
    progress_start(&pg, o, src);
    for (;;) {
        first = src->count;
        if ((n = read_batch(src, o, &arena, &cap, a, starts, lens)) <= 0) { rc = n < 0; break; }
        for (i = 0; i < n; i++) { /* split each line at its first TAB, in place */
            char *line = arena + starts[i], *tab = (char *)memchr(line, '\t', lens[i]);
            if (!tab) { rc = die("%s has no TAB: bert score reads two texts per line separated by a TAB", source_where(src, first + 1 + i, where, sizeof where)); break; }
            *tab = 0;
            a[i] = line;
            b[i] = tab + 1;
        }
        if (rc) break;
        if (bert_score_pairs(model, a, b, n, &so, out, &err) != BERT_OK) { rc = text_error(src, first, &err); break; }
        for (i = 0; i < n; i++) {
            const float *s = out + (size_t)i * L;
            if (L == 1) printf("{\"score\":%.9g}\n", (double)s[0]);
            else {
                const char *name;
                int best = 0;
                for (k = 1; k < L; k++) if (s[k] > s[best]) best = k;
                name = bert_model_label(model, best) ? bert_model_label(model, best) : "";
                fputs("{\"label\":", stdout);
                write_json_string(stdout, name, strlen(name));
                fputs(",\"scores\":[", stdout);
                for (k = 0; k < L; k++) printf(k ? ",%.9g" : "%.9g", (double)s[k]);
                fputs("]}\n", stdout);
            }
        }
        if (fflush(stdout) != 0 || ferror(stdout)) { rc = die("cannot write the output: %s", strerror(errno)); break; }
        progress_show(&pg, src, tokens, 0);
    }
    if (pg.shown || (!rc && pg.on)) progress_show(&pg, src, tokens, 1);
    if (!rc) truncation_note("score", truncated, src->count, o->max_length > 0 ? o->max_length : cfg->truncate_length);
    close_source(src);
    bert_ctx_free(ctx);
    free(src); free(a); free(b); free(starts); free(lens); free(out); free(arena);
    return rc;
}

/* Every text of the source, NUL-terminated, in one arena; *texts points into it. */
static int read_texts(const options *o, char **arena, const char ***texts, int *n) {
    source *src = (source *)malloc(sizeof *src);
    size_t cap = 0, used = 0, len, *starts = NULL, nstarts = 0;
    int r, i;
    *n = 0;
    *texts = NULL;
    if (!src) return die("out of memory");
    if (open_source(src, o)) { free(src); return 1; }
    while ((r = source_next(src, arena, &cap, &used, &len)) > 0) {
        if ((size_t)*n == nstarts) {
            size_t *ns = (size_t *)realloc(starts, (nstarts * 2 + 64) * sizeof *ns);
            if (!ns) { r = -die("out of memory"); break; }
            starts = ns;
            nstarts = nstarts * 2 + 64;
        }
        starts[(*n)++] = used - len;
        (*arena)[used++] = 0; /* source_next leaves room for one byte */
        if (*n == 1 << 30) { r = -die("more than 2^30 texts"); break; }
    }
    close_source(src);
    free(src);
    if (r < 0) { free(starts); return 1; }
    *texts = (const char **)malloc(((size_t)*n + 1) * sizeof **texts);
    if (!*texts) { free(starts); return die("out of memory"); }
    for (i = 0; i < *n; i++) (*texts)[i] = *arena + starts[i];
    free(starts);
    return 0;
}

typedef struct ranked {
    float score;
    int index;
} ranked;

static int by_score(const void *x, const void *y) {
    const ranked *a = (const ranked *)x, *b = (const ranked *)y;
    if (a->score != b->score) return a->score > b->score ? -1 : 1;
    return a->index - b->index;
}

/* {"index":i,"score":s,"text":...} per text, best first, the first top_k (0: all). */
static void print_ranked(ranked *r, int n, int top_k, const char *const *texts) {
    int i;
    qsort(r, (size_t)n, sizeof *r, by_score);
    for (i = 0; i < n && (top_k == 0 || i < top_k); i++) {
        printf("{\"index\":%d,\"score\":%.9g,\"text\":", r[i].index, (double)r[i].score);
        write_json_string(stdout, texts[r[i].index], strlen(texts[r[i].index]));
        fputs("}\n", stdout);
    }
}

#define SIMILARITY_CHUNK 1024 /* texts bert similarity embeds at a time */

/* rerank: the query against every text with a one-label cross-encoder; similarity: the cosine of
   the query's embedding with every text's (the dot product of sparse ones). Both read all the texts, then print them ranked. */
static int cmd_rank(const bert_model *model, const options *o, unsigned command) {
    const bert_config *cfg = bert_model_config(model);
    int dim = 0, n, rc, i, k;
    char *arena = NULL;
    const char **texts = NULL, **queries = NULL;
    float *scores = NULL, *emb = NULL;
    ranked *r = NULL;
    bert_ctx *ctx = NULL;
    bert_error err;
    long truncated = 0;
    if ((rc = read_texts(o, &arena, &texts, &n)) != 0) return rc;
    r = (ranked *)malloc(((size_t)n + 1) * sizeof *r);
    if (!r) rc = die("out of memory");
    else if (command != C_SIMILARITY) {
        bert_score_options so = BERT_SCORE_OPTIONS_INIT;
        score_options_of(o, &so);
        so.truncated = &truncated;
        queries = (const char **)malloc(((size_t)n + 1) * sizeof *queries);
        scores = (float *)malloc(((size_t)n + 1) * sizeof *scores);
        if (!queries || !scores) rc = die("out of memory");
        for (i = 0; !rc && i < n; i++) queries[i] = o->query;
        if (!rc && (command == C_CHOOSE ? bert_choose(model, o->query, texts, n, &so, scores, &err)
                                        : bert_score_pairs(model, queries, texts, n, &so, scores, &err)) != BERT_OK) {
            int idx, pos = 0;
            if (sscanf(err.message, "text %d%n", &idx, &pos) == 1) rc = die("text %d of the input%s", idx + 1, err.message + pos);
            else rc = die("%s", err.message);
        }
        for (i = 0; !rc && i < n; i++) { r[i].score = scores[i]; r[i].index = i; }
    } else {
        bert_embed_options eo = BERT_EMBED_OPTIONS_INIT;
        embed_options_of(o, &eo);
        eo.keep_ctx = &ctx; /* one context (and its threads) for every chunk */
        dim = bert_embed_width(model, &eo);
        if (!embed_is_sparse(model, o)) eo.normalize = 1; /* the cosine; a sparse embedding's dot product as it is, as SparseEncoder's */
        eo.truncated = &truncated;
        /* the texts SIMILARITY_CHUNK at a time, each scored as it comes: a sparse embedding is
           vocab_size floats, too many to hold for every text */
        emb = (float *)malloc_rows(SIMILARITY_CHUNK + 1, (size_t)dim, sizeof *emb);
        if (!emb) rc = die("out of memory");
        else if (bert_embed_texts(model, &o->query, NULL, 1, &eo, emb + (size_t)SIMILARITY_CHUNK * dim, &err) != BERT_OK)
            rc = die("the query: %s", err.message);
        for (i = 0; !rc && i < n; i += SIMILARITY_CHUNK) {
            int count = n - i < SIMILARITY_CHUNK ? n - i : SIMILARITY_CHUNK, j;
            if (bert_embed_texts(model, texts + i, NULL, count, &eo, emb, &err) != BERT_OK) {
                int idx, pos = 0;
                if (sscanf(err.message, "text %d%n", &idx, &pos) == 1) rc = die("text %d of the input%s", i + idx + 1, err.message + pos);
                else rc = die("%s", err.message);
                break;
            }
            for (j = 0; j < count; j++) {
                double dot = 0;
                for (k = 0; k < dim; k++) dot += (double)emb[(size_t)j * dim + k] * emb[(size_t)SIMILARITY_CHUNK * dim + k];
                r[i + j].score = (float)dot;
                r[i + j].index = i + j;
            }
        }
    }
    if (!rc) print_ranked(r, n, o->top_k, texts);
    if (!rc) truncation_note(command == C_RERANK ? "rerank" : command == C_CHOOSE ? "choose" : "similarity", truncated, n,
                             o->max_length > 0 ? o->max_length : cfg->truncate_length);
    bert_ctx_free(ctx);
    free(r); free(scores); free(emb); free((void *)queries); free((void *)texts); free(arena);
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

/* The machine's FMA peak for the vectors of the kernels a context runs (bert.h's
   bert__fma_chains for the set bert_simd_name reports): 12 independent chains of fused
   multiply-adds per thread, FMA_ITERS floats long each. */
#define FMA_ITERS 20000000L
static void *fma_loop(void *out) {
    *(float *)out = bert__kernels_pick()->fma_chains(FMA_ITERS);
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
   (2 per multiply-add; a gated feed-forward's up product is twice as wide) and attention's two
   products per layer, S x S on a global layer, S x (the 2 window + 1 keys a query sees) on a
   local one. */
static double forward_flops(const bert_config *c, int B, int S) {
    double H = c->hidden_size, I = c->intermediate_size, E = c->embedding_size, L = c->num_layers, attn = 0;
    double per_token = L * 2 * (4 * H * H + (c->gated_ffn ? 3 : 2) * H * I) + (E != H ? 2 * E * H : 0);
    int layer;
    for (layer = 0; layer < c->num_layers; layer++) {
        int local = c->global_every > 0 && layer % c->global_every != 0;
        double keys = local && 2.0 * c->local_window + 1 < S ? 2.0 * c->local_window + 1 : S;
        attn += 4.0 * S * keys * H;
    }
    return (double)B * ((double)S * per_token + attn);
}

/* This process's peak resident memory in MB: VmHWM of /proc/self/status where there is one (the
   memory of this program alone), else getrusage's ru_maxrss, which on Linux carries over from the
   process that forked and exec'd this one (a Python harness's hundreds of MB). */
static double peak_rss_mb(void) {
    struct rusage ru;
    char line[256];
    long kb = -1;
    FILE *f = fopen("/proc/self/status", "r");
    if (f) {
        while (kb < 0 && fgets(line, sizeof line, f))
            if (strncmp(line, "VmHWM:", 6) == 0) kb = strtol(line + 6, NULL, 10);
        fclose(f);
    }
    if (kb >= 0) return kb / 1024.0;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0;
}

static int cmd_bench(bert_model *model, const options *o) {
    const bert_config *cfg = bert_model_config(model);
    const char *path = o->model;
    int B = o->batch, S = o->seq, T = o->threads, iters = o->iters, warmup = o->warmup, json = o->json, i, b, t;
    int32_t *ids;
    double *ms, median, flops, peak, file_mb;
    uint32_t lcg = 12345;
    bert_ctx *ctx;
    bert_error err;
    bert_batch batch;
    double rss_mb;
    FILE *f;
    if (bert_ctx_create(&ctx, model, B, S, &err) != BERT_OK || bert_ctx_set_threads(ctx, T, &err) != BERT_OK)
        return die("%s", err.message);
    ids = (int32_t *)malloc((size_t)B * S * sizeof *ids);
    ms = (double *)malloc((size_t)iters * sizeof *ms);
    if (!ids || !ms) return die("out of memory");
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
    rss_mb = peak_rss_mb();
    peak = fma_peak(T);
    file_mb = 0;
    if ((f = fopen(path, "rb")) != NULL) {
        if (fseek(f, 0, SEEK_END) == 0) file_mb = (double)ftell(f) / (1024.0 * 1024.0);
        fclose(f);
    }
    if (json)
        printf("{\"model\": \"%s\", \"dtype\": \"%s\", \"isa\": \"%s\", \"batch\": %d, \"seq\": %d, \"threads\": %d, \"iters\": %d, "
               "\"median_ms\": %.3f, \"min_ms\": %.3f, \"ms_per_seq\": %.3f, \"tokens_per_s\": %.1f, \"gflops\": %.1f, "
               "\"fma_peak_gflops\": %.1f, \"peak_fraction\": %.3f, \"peak_rss_mb\": %.1f, \"file_mb\": %.1f, \"kc\": %d, \"mc\": %d}\n",
               path, bert_dtype_name(cfg->dtype), bert_simd_name(), B, S, T, iters, median, ms[0], median / B, B * S / (median / 1e3),
               flops / (median * 1e6), peak, flops / (median * 1e6) / peak, rss_mb, file_mb, BERT_KC, BERT_MC);
    else
        printf("%s (%s, %s kernels): batch %d x %d tokens, %d thread%s, %d runs\n"
               "  median %.2f ms per batch (min %.2f), %.3f ms per sequence, %.0f tokens/s\n"
               "  %.1f GFLOP/s achieved; FMA peak %.1f GFLOP/s on %d thread%s (%.0f%%)\n"
               "  peak resident memory %.1f MB (model file %.1f MB)\n"
               "  blocking: K in pieces of %d, rows in blocks of %d (BERT_KC, BERT_MC; the tiles are the %s kernels')\n",
               path, bert_dtype_name(cfg->dtype), bert_simd_name(), B, S, T, T == 1 ? "" : "s", iters, median, ms[0], median / B,
               B * S / (median / 1e3), flops / (median * 1e6), peak, T, T == 1 ? "" : "s", 100 * flops / (median * 1e6) / peak,
               rss_mb, file_mb, BERT_KC, BERT_MC, bert_simd_name());
    free(ids);
    free(ms);
    bert_ctx_free(ctx);
    return 0;
}

/* Online CPUs, or 0 where that is unknown. */
static int cpu_count(void) {
#if defined(_SC_NPROCESSORS_ONLN)
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 0 : n > 4096 ? 4096 : (int)n;
#else
    return 0;
#endif
}

/* The default thread count of run and embed: every online CPU (one where that is unknown, or
   where the library is built without threads). */
static int online_cpus(void) {
#ifndef BERT_NO_THREADS
    int n = cpu_count();
    return n < 1 ? 1 : n > 64 ? 64 : n;
#else
    return 1;
#endif
}

/* ---- Commands, options and help --------------------------------------------------------------- */

static const struct command_info {
    const char *name;
    unsigned bit;
    const char *synopsis, *what;
} commands[] = {
    {"run", C_RUN, "bert run -m MODEL [options] < in.json > out.json",
     "Every output of the model for the token ids of in.json:\n"
     "{\"input_ids\": [[...]], \"attention_mask\": [[...]], \"token_type_ids\": [[...]]}\n"
     "(the last two optional: all ones, all zeros). Writes one JSON object: last_hidden_state,\n"
     "pooler_output, mean_pooled, cls, seq_logits, token_logits, start_logits, end_logits, mlm_logits,\n"
     "rtd_logits, nsp_logits, sop_logits, each where the model has it (9 significant digits)."},
    {"info", C_INFO, "bert info -m MODEL", "What the model file holds: architecture, sizes, limits, pooling, heads, labels, tokenizer."},
    {"tokenize", C_TOKENIZE, "bert tokenize -m MODEL [options] < lines > out.jsonl",
     "One JSON object per input line: {\"ids\", \"type_ids\", \"tokens\", \"offsets\"} with special tokens and\n"
     "UTF-8 byte offsets into each text, as Hugging Face tokenizers give them."},
    {"embed", C_EMBED, "bert embed -m MODEL [options] < lines > out.jsonl",
     "One embedding per input line, in order (a JSON array per line by default; see --format): the\n"
     "model's pooling, normalization and default prompt unless the options say otherwise. Reads, embeds\n"
     "and writes batch by batch and flushes each batch, so it can serve as a co-process: a batch is\n"
     "--batch lines or those already waiting."},
    {"score", C_SCORE, "bert score -m MODEL [options] < pairs.tsv > scores.jsonl",
     "A cross-encoder's score for each line's two texts, separated by its first TAB, in order, as\n"
     "sentence-transformers' CrossEncoder.predict gives it: {\"score\": s}, the sigmoid of the logit, for\n"
     "a model with one label; {\"label\": best, \"scores\": [...]}, the softmax, for several."},
    {"rerank", C_RERANK, "bert rerank -m MODEL -q QUERY [options] < docs > ranked.jsonl",
     "The query scored against every line by a one-label cross-encoder, best first:\n"
     "{\"index\": i, \"score\": s, \"text\": ...} per line (i counts from 0 in input order)."},
    {"choose", C_CHOOSE, "bert choose -m MODEL -q CONTEXT [options] < choices > ranked.jsonl",
     "The answer to a multiple-choice question: each line a choice, scored with the context by a\n"
     "multiple-choice head (a *ForMultipleChoice checkpoint) as transformers does, best first:\n"
     "{\"index\": i, \"score\": p, \"text\": ...} per line, p the softmax over the choices (--raw: the logit)."},
    {"similarity", C_SIMILARITY, "bert similarity -m MODEL -q QUERY [options] < docs > ranked.jsonl",
     "The cosine similarity of the query's embedding with every line's, best first, as\n"
     "sentence-transformers' semantic_search: {\"index\": i, \"score\": s, \"text\": ...} per line (a sparse\n"
     "(SPLADE) embedding's dot product, as SparseEncoder.similarity)."},
    {"bench", C_BENCH, "bert bench -m MODEL [options]",
     "Speed on random token ids: median ms per batch, tokens/s, GFLOP/s against the FMA peak measured on\n"
     "the same threads, peak resident memory."},
};

/* An option may have several rows, one per group of commands it means something different to. */
static const struct option_info {
    const char *name, *alt; /* alt: the short form, or NULL */
    const char *arg;        /* the value's placeholder, or NULL for a flag */
    unsigned commands;
    const char *help;
} option_table[] = {
    {"--model", "-m", "MODEL", C_ALL, "the model file bert-convert wrote (required)"},
    {"--text", "-p", "TEXT", C_TOKENIZE | C_EMBED | C_SCORE | C_RERANK | C_CHOOSE | C_SIMILARITY,
     "a text to use instead of standard input; repeat for more (they come first when -f is given too)"},
    {"--file", "-f", "FILE", C_TOKENIZE | C_EMBED | C_SCORE | C_RERANK | C_CHOOSE | C_SIMILARITY,
     "read the lines of FILE instead of standard input (- is standard input)"},
    {"--query", "-q", "QUERY", C_RERANK | C_SIMILARITY, "the query the lines are ranked against (required)"},
    {"--query", "-q", "CONTEXT", C_CHOOSE, "the question (context) the lines are the choices of (required)"},
    {"--top-k", NULL, "K", C_RERANK | C_CHOOSE, "print the K best only (default: all)"},
    {"--top-k", NULL, "K", C_SIMILARITY, "print the K best only (default 10, as semantic_search; 0: all)"},
    {"--pair", NULL, NULL, C_TOKENIZE, "each line is two texts separated by its first TAB (default: one text per line)"},
    {"--max-length", NULL, "N", C_TOKENIZE, "keep at most N tokens per line, special tokens included (default: no truncation)"},
    {"--max-length", NULL, "N", C_EMBED | C_SCORE | C_RERANK | C_CHOOSE | C_SIMILARITY,
     "truncate each text (or pair) to N tokens, at most the model's max_length (default: its truncate_length; bert info shows both)"},
    {"--no-truncate", NULL, NULL, C_EMBED | C_SCORE | C_RERANK | C_CHOOSE | C_SIMILARITY,
     "a text longer than that is an error (default: truncate it; how many were is said on stderr)"},
    {"--batch", NULL, "N", C_EMBED | C_SCORE | C_RERANK | C_CHOOSE | C_SIMILARITY, "texts per forward pass, 1 to 65536 (default 32)"},
    {"--max-batch-tokens", NULL, "N", C_EMBED | C_SCORE | C_RERANK | C_CHOOSE | C_SIMILARITY,
     "tokens per forward pass at most, its texts x its longest (default: batch x 512); a longer text runs alone. Bounds memory for long texts"},
    {"--batch", NULL, "N", C_BENCH, "sequences per batch (default 1)"},
    {"--seq", NULL, "S", C_BENCH, "tokens per sequence (default 128, or the model's max_length when that is less)"},
    {"--pooling", NULL, "cls|mean|max|mean_sqrt_len|splade|splade_sum|none", C_EMBED,
     "how token vectors become one (default: the model's, as bert info shows); splade and splade_sum make a sparse embedding from "
     "a masked-LM head, vocab_size wide, written as its nonzero entries [{\"index\": token id, \"value\": v}, ...] in jsonl and json; "
     "none writes each text's token vectors with its tokens and offsets: {\"tokens\": [...], \"offsets\": [...], \"vectors\": [[...], ...]} "
     "(jsonl only, no prompt)"},
    {"--pooling", NULL, "cls|mean|max|mean_sqrt_len|splade|splade_sum", C_SIMILARITY,
     "how token vectors become one (default: the model's); a sparse (SPLADE) embedding is scored by its dot product"},
    {"--top-k", NULL, "K", C_EMBED,
     "a sparse (SPLADE) embedding keeps its K largest values only, as sentence-transformers' max_active_dims (default: all)"},
    {"--normalize", NULL, NULL, C_EMBED, "scale each embedding to unit L2 norm (default: as the model says, bert info's pooling line)"},
    {"--no-normalize", NULL, NULL, C_EMBED, "do not normalize"},
    {"--prompt", NULL, "TEXT", C_EMBED | C_SIMILARITY, "put TEXT before every text (\"query: \"), instead of the model's default prompt"},
    {"--prompt-name", NULL, "NAME", C_EMBED | C_SIMILARITY, "put the model's prompt NAME before every text (bert info lists them)"},
    {"--no-prompt", NULL, NULL, C_EMBED | C_SIMILARITY,
     "no prompt (default: the model's default prompt when it has one, as sentence-transformers does)"},
    {"--dim", NULL, "N", C_EMBED | C_SIMILARITY,
     "keep the first N values of each embedding (Matryoshka), normalized after the cut when normalizing (default: all)"},
    {"--format", NULL, "jsonl|json|npy|npy-f16|f32|f16", C_EMBED,
     "jsonl: a JSON array per line (default); json: one array of arrays; npy: a NumPy .npy file of float32 (npy-f16: "
     "float16) [n][dim]; f32, f16: raw little-endian rows, dim values each, no header"},
    {"--raw", NULL, NULL, C_SCORE | C_RERANK | C_CHOOSE, "the logits as they are, without the sigmoid or softmax"},
    {"--progress", NULL, NULL, C_EMBED | C_SCORE,
     "a progress line on stderr: texts, tokens/s and, for a file, the share read and the time left (default: only when stderr is a terminal)"},
    {"--threads", NULL, "N", C_RUN | C_EMBED | C_SCORE | C_RERANK | C_CHOOSE | C_SIMILARITY,
     "threads per forward pass, 1 to 256 (default: every online CPU); the output does not depend on it"},
    {"--threads", NULL, "N", C_BENCH, "threads per forward pass (default 1)"},
    {"--max-input-mb", NULL, "N", C_RUN, "refuse a JSON input larger than N MB (default 64)"},
    {"--max-output-mb", NULL, "N", C_RUN,
     "refuse a batch whose outputs would make more than about N MB of JSON, at 16 bytes a value (default 1024)"},
    {"--iters", NULL, "N", C_BENCH, "timed runs (default 20)"},
    {"--warmup", NULL, "N", C_BENCH, "untimed runs before them (default 2)"},
    {"--json", NULL, NULL, C_BENCH, "one JSON object instead of text"},
    {"--help", "-h", NULL, C_ALL, "this help, to standard output"},
};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void help_command(FILE *f, const struct command_info *c) {
    size_t i;
    fprintf(f, "usage: %s\n%s\noptions:\n", c->synopsis, c->what);
    for (i = 0; i < COUNT(option_table); i++) {
        const struct option_info *o = &option_table[i];
        char head[96];
        if (!(o->commands & c->bit)) continue;
        snprintf(head, sizeof head, "%s%s%s%s%s", o->alt ? o->alt : "", o->alt ? ", " : "", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        if (strlen(head) > 22) fprintf(f, "  %s\n  %-22s ", head, "");
        else fprintf(f, "  %-22s ", head);
        { /* the help text wrapped at 100 columns, continuation lines under its start */
            const char *t = o->help;
            while (strlen(t) > 75) {
                int cut = 75;
                while (cut > 0 && t[cut] != ' ') cut--;
                if (cut == 0) break;
                fprintf(f, "%.*s\n  %-22s ", cut, t, "");
                t += cut + 1;
            }
            fprintf(f, "%s\n", t);
        }
    }
}

static void help_all(FILE *f) {
    size_t i;
    fputs("bert - the bert.h command line. Commands:\n", f);
    for (i = 0; i < COUNT(commands); i++) fprintf(f, "  %s\n", commands[i].synopsis);
    fputs("\n", f);
    for (i = 0; i < COUNT(commands); i++) {
        help_command(f, &commands[i]);
        fputs("\n", f);
    }
    fputs("Errors are one line on standard error and a non-zero exit status.\n", f);
    fputs("BERT_SIMD=NAME (avx512-vnni, avx512, avx2, scalar) runs those kernels instead of the widest this CPU runs.\n", f);
}

/* Strict: the whole argument is a decimal integer in [lo, hi]. */
static int parse_int(const char *flag, const char *s, long lo, long hi, int *out) {
    char *end;
    long v;
    errno = 0;
    v = strtol(s, &end, 10);
    if (!(isdigit((unsigned char)s[0]) || (s[0] == '-' && isdigit((unsigned char)s[1]))) || *end || errno || v < lo || v > hi)
        return die("%s must be an integer from %ld to %ld, not \"%s\"", flag, lo, hi, s);
    *out = (int)v;
    return 0;
}

static int write_check(void) {
    if (fflush(stdout) != 0 || ferror(stdout)) {
        int e = errno;
        fclose(stdout);
        return die("cannot write the output: %s", strerror(e ? e : EIO));
    }
    if (fclose(stdout) != 0) return die("cannot write the output: %s", strerror(errno));
    return 0;
}

/* Parses argv[2...] for command c into o. Returns 0, 1 after an error (printed) or 2 after help. */
static int parse_options(const struct command_info *c, int argc, char **argv, options *o) {
    int i;
    for (i = 2; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            help_command(stdout, c);
            return 2;
        }
    for (i = 2; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        const struct option_info *opt = NULL;
        size_t k;
        int known = 0;
        for (k = 0; k < COUNT(option_table); k++)
            if (strcmp(a, option_table[k].name) == 0 || (option_table[k].alt && strcmp(a, option_table[k].alt) == 0)) {
                known = 1;
                if (option_table[k].commands & c->bit) { opt = &option_table[k]; break; }
            }
        if (!opt) {
            if (known) return die("%s does not apply to %s (bert %s --help lists its options)", a, c->name, c->name);
            if (a[0] == '-' && a[1]) return die("unknown option %s (bert %s --help lists the options)", a, c->name);
            return die("unexpected argument \"%s\" (bert %s --help)", a, c->name);
        }
        if (opt->arg) {
            if (i + 1 >= argc) return die("%s needs a value (%s)", a, opt->arg);
            v = argv[++i];
        }
        a = opt->name;
        if (strcmp(a, "--model") == 0) o->model = v;
        else if (strcmp(a, "--text") == 0) o->texts[o->n_texts++] = v;
        else if (strcmp(a, "--file") == 0) {
            if (o->file) return die("-f FILE can be given once");
            o->file = v;
        } else if (strcmp(a, "--pair") == 0) o->pair = 1;
        else if (strcmp(a, "--json") == 0) o->json = 1;
        else if (strcmp(a, "--no-truncate") == 0) o->no_truncate = 1;
        else if (strcmp(a, "--normalize") == 0) o->normalize = 1;
        else if (strcmp(a, "--no-normalize") == 0) o->normalize = 0;
        else if (strcmp(a, "--pooling") == 0) {
            o->pooling = strcmp(v, "cls") == 0 ? BERT_POOL_CLS : strcmp(v, "mean") == 0 ? BERT_POOL_MEAN
                       : strcmp(v, "max") == 0 ? BERT_POOL_MAX : strcmp(v, "mean_sqrt_len") == 0 ? BERT_POOL_MEAN_SQRT_LEN
                       : strcmp(v, "splade") == 0 ? BERT_POOL_SPLADE : strcmp(v, "splade_sum") == 0 ? BERT_POOL_SPLADE_SUM
                       : strcmp(v, "none") == 0 && c->bit == C_EMBED ? POOL_NONE : 0;
            if (!o->pooling)
                return die("--pooling must be cls, mean, max, mean_sqrt_len, splade%s or splade_sum, not \"%s\"", c->bit == C_EMBED ? ", none" : "", v);
        } else if (strcmp(a, "--format") == 0) {
            size_t f;
            for (f = 0; f < COUNT(format_names) && strcmp(v, format_names[f]) != 0; f++) {}
            if (f == COUNT(format_names)) return die("--format must be jsonl, json, npy, npy-f16, f32 or f16, not \"%s\"", v);
            o->format = (int)f;
        } else if (strcmp(a, "--prompt") == 0) o->prompt = v;
        else if (strcmp(a, "--prompt-name") == 0) o->prompt_name = v;
        else if (strcmp(a, "--no-prompt") == 0) o->no_prompt = 1;
        else if (strcmp(a, "--query") == 0) o->query = v;
        else if (strcmp(a, "--raw") == 0) o->raw = 1;
        else if (strcmp(a, "--progress") == 0) o->progress = 1;
        else if (strcmp(a, "--dim") == 0) {
            if (parse_int(a, v, 1, 65536, &o->dim)) return 1;
        } else if (strcmp(a, "--top-k") == 0) {
            if (parse_int(a, v, 0, 1 << 30, &o->top_k)) return 1;
        } else if (strcmp(a, "--max-length") == 0) {
            if (parse_int(a, v, 1, 1000000, &o->max_length)) return 1;
        } else if (strcmp(a, "--batch") == 0) {
            if (parse_int(a, v, 1, 65536, &o->batch)) return 1;
        } else if (strcmp(a, "--max-batch-tokens") == 0) {
            if (parse_int(a, v, 1, 1 << 30, &o->max_batch_tokens)) return 1;
        } else if (strcmp(a, "--threads") == 0) {
            if (parse_int(a, v, 1, 256, &o->threads)) return 1;
        } else if (strcmp(a, "--seq") == 0) {
            if (parse_int(a, v, 2, 1000000, &o->seq)) return 1;
        } else if (strcmp(a, "--iters") == 0) {
            if (parse_int(a, v, 1, 1000000, &o->iters)) return 1;
        } else if (strcmp(a, "--max-input-mb") == 0) {
            if (parse_int(a, v, 1, 1 << 20, &o->max_input_mb)) return 1;
        } else if (strcmp(a, "--max-output-mb") == 0) {
            if (parse_int(a, v, 1, 1 << 24, &o->max_output_mb)) return 1;
        } else if (strcmp(a, "--warmup") == 0) {
            if (parse_int(a, v, 0, 1000000, &o->warmup)) return 1;
        }
    }
    if (!o->model) return die("%s needs -m MODEL", c->name);
    return 0;
}

/* Fills the defaults that depend on the model and checks the options against it, before any
   output. */
static int check_options(const struct command_info *c, const bert_model *model, options *o) {
    const bert_config *cfg = bert_model_config(model);
    int cpus = cpu_count();
    unsigned texts = C_EMBED | C_SCORE | C_RERANK | C_SIMILARITY | C_CHOOSE;
    if ((c->bit & (texts | C_BENCH | C_RUN)) && !cfg->has_weights)
        return die("this model file holds only a tokenizer; %s needs weights", c->name);
    if ((c->bit & texts) && strcmp(bert_model_tokenizer_kind(model), "none") == 0) return die("this model file has no tokenizer");
    if ((c->bit & (C_RERANK | C_SIMILARITY)) && !o->query) return die("%s needs -q QUERY", c->name);
    if (c->bit == C_CHOOSE && !o->query) return die("choose needs -q CONTEXT, the question the lines are choices for");
    if (c->bit == C_CHOOSE && !(cfg->heads & BERT_HEAD_CHOICE))
        return die("choose needs a multiple-choice head (a *ForMultipleChoice checkpoint); this model has none");
    if ((c->bit & (C_SCORE | C_RERANK)) && !(cfg->heads & BERT_HEAD_SEQ_CLS))
        return die("%s needs a cross-encoder (a sequence-classification head); this model has none", c->name);
    if ((c->bit & (C_SCORE | C_RERANK)) && (cfg->heads & BERT_HEAD_CHOICE))
        return die("%s: this is a multiple-choice model, whose score means something only against the other choices: use bert choose",
                   c->name);
    if (c->bit == C_RERANK && cfg->num_labels != 1)
        return die("rerank needs a cross-encoder with one label; this model has %d (bert score prints each label's)", cfg->num_labels);
    if (o->dim > cfg->hidden_size) return die("--dim %d is more than the model's hidden_size %d", o->dim, cfg->hidden_size);
    if (o->no_prompt && (o->prompt || o->prompt_name)) return die("--no-prompt and --prompt or --prompt-name contradict each other");
    if (o->prompt && o->prompt_name) return die("give --prompt or --prompt-name, not both");
    if (o->pooling == POOL_NONE && o->format != FMT_JSONL) return die("--pooling none writes jsonl only, not --format %s", format_names[o->format]);
    if (o->pooling == POOL_NONE && (o->prompt || o->prompt_name)) return die("--pooling none takes no prompt");
    if ((c->bit & (C_EMBED | C_SIMILARITY)) && o->pooling != POOL_NONE) { /* the prompt's name, the pooling, before any output */
        bert_embed_options eo = BERT_EMBED_OPTIONS_INIT;
        bert_error err;
        embed_options_of(o, &eo);
        if (bert_embed_texts(model, NULL, NULL, 0, &eo, NULL, &err) != BERT_OK)
            return die("%s", strncmp(err.message, "bert_embed_texts: ", 18) == 0 ? err.message + 18 : err.message);
        if (c->bit == C_EMBED && o->top_k >= 0 && !embed_is_sparse(model, o))
            return die("--top-k keeps the largest values of a sparse (SPLADE) embedding; this one is dense (--dim cuts a dense one)");
    }
    if (c->bit == C_SIMILARITY && o->top_k < 0) o->top_k = 10;
    if (o->top_k < 0) o->top_k = 0;
    if (o->threads > 1 && cpus > 0 && o->threads > cpus)
        fprintf(stderr, "bert: warning: --threads %d is more than the %d online CPU%s: expect it to be slower, not faster\n", o->threads,
                cpus, cpus == 1 ? "" : "s");
    if ((c->bit & texts) && o->max_length > cfg->max_length)
        return die("--max-length %d is more than this model takes (max_length %d)", o->max_length, cfg->max_length);
    if (c->bit == C_BENCH) {
        if (!o->batch) o->batch = 1;
        if (!o->threads) o->threads = 1;
        if (!o->iters) o->iters = 20;
        if (o->warmup < 0) o->warmup = 2;
        if (!o->seq) o->seq = cfg->max_length < 128 ? cfg->max_length : 128;
        else if (o->seq > cfg->max_length) return die("--seq %d is more than this model takes (max_length %d)", o->seq, cfg->max_length);
        if (o->seq < 2) return die("bench needs a model of at least 2 tokens (max_length %d)", cfg->max_length);
    } else {
        if (!o->threads) o->threads = online_cpus();
        if (!o->batch) o->batch = 32;
        if (!o->max_input_mb) o->max_input_mb = 64;
        if (!o->max_output_mb) o->max_output_mb = 1024;
    }
    return 0;
}

int main(int argc, char **argv) {
    const struct command_info *c = NULL;
    bert_model *model;
    bert_error err;
    options o;
    size_t k;
    int rc;
    if (argc < 2) {
        help_all(stderr);
        return 2;
    }
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        for (k = 0; argc > 2 && k < COUNT(commands); k++)
            if (strcmp(argv[2], commands[k].name) == 0) c = &commands[k];
        if (c) help_command(stdout, c);
        else help_all(stdout);
        return write_check();
    }
    for (k = 0; k < COUNT(commands); k++)
        if (strcmp(argv[1], commands[k].name) == 0) c = &commands[k];
    if (!c) return die("unknown command \"%s\" (bert --help lists them)", argv[1]);
    if (getenv("BERT_SIMD") && bert_simd_force(getenv("BERT_SIMD"), &err) != BERT_OK) return die("BERT_SIMD: %s", err.message);
    memset(&o, 0, sizeof o);
    o.normalize = -1;
    o.warmup = -1;
    o.top_k = -1;
    o.texts = (const char **)malloc((size_t)argc * sizeof *o.texts);
    if (!o.texts) return die("out of memory");
    rc = parse_options(c, argc, argv, &o);
    if (rc) {
        free((void *)o.texts);
        return rc == 2 ? write_check() : rc;
    }
    if (bert_model_load_file(&model, o.model, &err) != BERT_OK) {
        free((void *)o.texts);
        return die("%s", err.message);
    }
    rc = check_options(c, model, &o);
    if (!rc) {
        if (c->bit == C_RUN) rc = cmd_run(model, stdin, o.threads, o.max_input_mb, o.max_output_mb);
        else if (c->bit == C_INFO) rc = cmd_info(model);
        else if (c->bit == C_TOKENIZE) rc = cmd_tokenize(model, &o);
        else if (c->bit == C_EMBED) rc = cmd_embed(model, &o);
        else if (c->bit == C_SCORE) rc = cmd_score(model, &o);
        else if (c->bit & (C_RERANK | C_SIMILARITY | C_CHOOSE)) rc = cmd_rank(model, &o, c->bit);
        else rc = cmd_bench(model, &o);
    }
    bert_model_free(model);
    free((void *)o.texts);
    if (write_check() && !rc) rc = 1;
    return rc;
}
