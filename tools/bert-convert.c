/* bert-convert - turns a Hugging Face model folder into one flat bert.h model file.
 *
 *   bert-convert HF_DIR OUT [--dtype f32|f16|q8_0] [--layout panels|rows] [--task seq|token] [--no-tokenizer]
 *   bert-convert --tokenizer-only HF_DIR OUT
 *   (bert-convert --help lists the options and their defaults; HF_DIR may also be a file in the folder)
 *
 * Reads config.json and model.safetensors (or the shards named by model.safetensors.index.json;
 * failing those, pytorch_model.bin or its shards, through tools/torch_bin.h),
 * the sentence-transformers files when present (modules.json, 1_Pooling/config.json,
 * sentence_bert_config.json), and the tokenizer files. Writes OUT atomically: on any error
 * nothing is left at OUT. docs/FORMAT.md describes the output byte by byte.
 *
 * --dtype picks how the large matrices are stored (biases and norms are always f32): f32, f16,
 * or q8_0 (the encoder layers' weights as int8 with one scale per block of 32; embedding tables and task
 * heads are f16 then). Linear weights are written in panels (tensor layouts 1 and 2), the order
 * the kernels read;
 * --layout rows keeps them row-major (for builds with BERT_USE_OPENBLAS; slower without it).
 */
#define BERT_IMPLEMENTATION
#define BERT_STATIC
#include "../bert.h"
#include "convert.h"
#include "json.h"
#include "torch_bin.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- Errors ---------------------------------------------------------------------------------- */

static char g_err[1024];

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static int fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g_err, sizeof g_err, fmt, ap);
    va_end(ap);
    return -1;
}

/* Reads and parses dir/name (at most BC_LIMIT_JSON bytes). Returns 1 parsed, 0 absent, -1 error
 * (in g_err): a file that is there but cannot be read is an error, never "absent". */
static int read_json(const char *dir, const char *name, json_doc *doc) {
    char *path, msg[256], *text;
    size_t len;
    int r = bc_file_status(dir, name, msg, sizeof msg);
    if (r <= 0) return r < 0 ? fail("%s/%s: %s", dir, name, msg) : 0;
    path = bc_path(dir, name);
    if (!path) return fail("out of memory");
    text = bc_read_file(path, BC_LIMIT_JSON, &len, msg, sizeof msg);
    if (!text) { fail("%s: %s", path, msg); free(path); return -1; }
    if (json_parse(doc, text, len, msg, sizeof msg) != 0) {
        fail("%s: malformed JSON: %s", path, msg);
        free(text);
        free(path);
        return -1;
    }
    free(text);
    free(path);
    return 1;
}

/* ---- config.json ----------------------------------------------------------------------------- */

typedef struct hf_config {
    json_doc doc;
    const char *file; /* for messages */
} hf_config;

/* An integer field; `fallback` when absent (required = 1: absent is an error). */
static int cfg_int(hf_config *c, const char *key, long fallback, int required, long lo, long hi, long *out) {
    int n = json_get(&c->doc, 0, key);
    double v;
    if (n < 0 || json_type_of(&c->doc, n) == JSON_NULL) {
        if (required) return fail("%s: field \"%s\" is missing", c->file, key);
        *out = fallback;
        return 0;
    }
    if (json_type_of(&c->doc, n) != JSON_NUMBER || !c->doc.nodes[n].is_integer)
        return fail("%s: field \"%s\" must be an integer", c->file, key);
    v = c->doc.nodes[n].number;
    if (v < (double)lo || v > (double)hi) return fail("%s: field \"%s\" = %.0f is out of range [%ld, %ld]", c->file, key, v, lo, hi);
    *out = (long)v;
    return 0;
}

static int cfg_float(hf_config *c, const char *key, double fallback, double *out) {
    int n = json_get(&c->doc, 0, key);
    if (n < 0 || json_type_of(&c->doc, n) == JSON_NULL) { *out = fallback; return 0; }
    if (json_type_of(&c->doc, n) != JSON_NUMBER) return fail("%s: field \"%s\" must be a number", c->file, key);
    *out = c->doc.nodes[n].number;
    return 0;
}

/* A string field, or NULL when absent; an error when present but not a string. */
static int cfg_str(hf_config *c, const char *key, const char **out) {
    int n = json_get(&c->doc, 0, key);
    *out = NULL;
    if (n < 0 || json_type_of(&c->doc, n) == JSON_NULL) return 0;
    if (json_type_of(&c->doc, n) != JSON_STRING) return fail("%s: field \"%s\" must be a string", c->file, key);
    *out = json_str(&c->doc, n);
    return 0;
}

/* Hugging Face activation names (transformers' ACT2FN) that bert.h runs. */
static int parse_act(const char *name, bert_act *out) {
    static const struct { const char *name; bert_act act; } acts[] = {
        {"gelu", BERT_ACT_GELU}, {"gelu_python", BERT_ACT_GELU},
        {"gelu_new", BERT_ACT_GELU_TANH}, {"gelu_pytorch_tanh", BERT_ACT_GELU_TANH},
        {"gelu_fast", BERT_ACT_GELU_TANH}, {"gelu_accurate", BERT_ACT_GELU_TANH},
        {"quick_gelu", BERT_ACT_QUICK_GELU}, {"relu", BERT_ACT_RELU},
        {"silu", BERT_ACT_SILU}, {"swish", BERT_ACT_SILU}, {"tanh", BERT_ACT_TANH},
    };
    size_t i;
    for (i = 0; i < sizeof acts / sizeof acts[0]; i++)
        if (strcmp(name, acts[i].name) == 0) { *out = acts[i].act; return 0; }
    return -1;
}

/* ---- safetensors ----------------------------------------------------------------------------- */

enum { ST_F32, ST_F16, ST_BF16, ST_OTHER };

/* The reference implementation (huggingface/safetensors) refuses headers over 100 MB. */
#define ST_MAX_HEADER 100000000

typedef struct st_tensor {
    char *name;       /* after prefix stripping and legacy renames */
    char *raw_name;   /* as in the file, for messages */
    int dtype;        /* ST_* */
    int ndim;
    int64_t shape[8];
    const uint8_t *data;
    size_t bytes;
    int used;
    const char *file;
} st_tensor;

typedef struct st_set {
    st_tensor *t;
    int count, cap;
    char *files[256];
    uint8_t *buffers[256];
    int nfiles;
} st_set;

static const char *g_prefix;      /* the architecture's base-model prefix, e.g. "bert." */
static char g_weights_name[600];  /* where the weights come from, for messages */
static char g_config_name[600];   /* DIR/config.json, for messages */

/* Base-model keys may carry the model prefix; old BERT checkpoints say LayerNorm.gamma/beta. */
static char *normalize_name(const char *raw) {
    size_t plen = strlen(g_prefix), n;
    char *name;
    if (strncmp(raw, g_prefix, plen) == 0) raw += plen;
    n = strlen(raw);
    name = (char *)malloc(n + 8);
    if (!name) return NULL;
    memcpy(name, raw, n + 1);
    if (n > 6 && strcmp(name + n - 6, ".gamma") == 0) strcpy(name + n - 6, ".weight");
    else if (n > 5 && strcmp(name + n - 5, ".beta") == 0) strcpy(name + n - 5, ".bias");
    return name;
}

static int st_dtype(const char *s, size_t *size) {
    if (strcmp(s, "F32") == 0) { *size = 4; return ST_F32; }
    if (strcmp(s, "F16") == 0) { *size = 2; return ST_F16; }
    if (strcmp(s, "BF16") == 0) { *size = 2; return ST_BF16; }
    if (strcmp(s, "F64") == 0 || strcmp(s, "I64") == 0 || strcmp(s, "U64") == 0) { *size = 8; return ST_OTHER; }
    if (strcmp(s, "I32") == 0 || strcmp(s, "U32") == 0) { *size = 4; return ST_OTHER; }
    if (strcmp(s, "I16") == 0 || strcmp(s, "U16") == 0) { *size = 2; return ST_OTHER; }
    if (strcmp(s, "I8") == 0 || strcmp(s, "U8") == 0 || strcmp(s, "BOOL") == 0 || strcmp(s, "F8_E4M3") == 0 ||
        strcmp(s, "F8_E5M2") == 0) { *size = 1; return ST_OTHER; }
    return -1;
}

/* One tensor's byte range in a file's data region, for the tiling check. */
typedef struct st_range {
    double begin, end;
    const char *name;
} st_range;

static int st_range_order(const void *a, const void *b) {
    const st_range *x = (const st_range *)a, *y = (const st_range *)b;
    if (x->begin != y->begin) return x->begin < y->begin ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

/* The rule of the reference implementation (huggingface/safetensors, Metadata::validate and
 * read_metadata): in offset order, each tensor starts where the previous one ends, the first at
 * 0, and the last ends at the end of the file. No overlap, which would give two tensors the same
 * bytes, and no hole or tail of bytes that belong to no tensor. Sorts `r`. */
static int st_check_tiling(const char *path, st_range *r, int n, size_t data_len) {
    double at = 0;
    int i;
    qsort(r, (size_t)n, sizeof *r, st_range_order);
    for (i = 0; i < n; i++) {
        if (r[i].begin < at)
            return fail("%s: tensor \"%s\" data_offsets [%.0f, %.0f] overlap those of \"%s\"", path, r[i].name, r[i].begin, r[i].end,
                        r[i - 1].name);
        if (r[i].begin > at)
            return fail("%s: data bytes [%.0f, %.0f) belong to no tensor (a hole before \"%s\"'s data_offsets)", path, at, r[i].begin,
                        r[i].name);
        at = r[i].end;
    }
    if (at != (double)data_len)
        return fail("%s: %.0f data bytes after the last tensor belong to none", path, (double)data_len - at);
    return 0;
}

/* Reads weights file dir/fname into the set (which frees it): 1 when the set has it already, 0
   when read (*path, *buf, *len set), -1 on failure (said). A regular file, read no further than
   its size (bc_read_file): weights are as large as they are. */
static int weights_read(st_set *set, const char *dir, const char *fname, char **path, uint8_t **buf, size_t *len) {
    char msg[256];
    int i;
    *path = bc_path(dir, fname);
    if (!*path) return fail("out of memory");
    for (i = 0; i < set->nfiles; i++)
        if (strcmp(set->files[i], *path) == 0) { free(*path); return 1; }
    if (set->nfiles == (int)(sizeof set->files / sizeof set->files[0])) { free(*path); return fail("too many shards"); }
    *buf = (uint8_t *)bc_read_file(*path, (size_t)-1, len, msg, sizeof msg);
    if (!*buf) { fail("%s: %s", *path, msg); free(*path); return -1; }
    set->files[set->nfiles] = *path;
    set->buffers[set->nfiles] = *buf;
    set->nfiles++;
    return 0;
}

static int st_load_file(st_set *set, const char *dir, const char *fname) {
    char *path, msg[256];
    uint8_t *buf;
    size_t len, hlen, data_len;
    json_doc doc;
    st_range *ranges = NULL;
    int c, i, nranges = 0;
    if ((i = weights_read(set, dir, fname, &path, &buf, &len)) != 0) return i < 0 ? -1 : 0;
    if (tb_is_lfs_pointer(buf, len)) return fail("%s: is a Git LFS pointer, not the weights: run git lfs pull", path);
    if (len < 8) return fail("%s: truncated (%lu bytes, no safetensors header)", path, (unsigned long)len);
    /* Anything else (a link to a text file, a pickle) reads as a meaningless length: say what the
       file is not rather than quote the number. */
    hlen = (size_t)bert__u64(buf);
    if (hlen > len - 8 || hlen < 2 || buf[8] != '{')
        return fail("%s: not a safetensors file (its first 8 bytes are no header length that fits the %lu-byte file, "
                    "followed by a JSON object)", path, (unsigned long)len);
    if (hlen > ST_MAX_HEADER)
        return fail("%s: safetensors header of %lu bytes is over the %d-byte limit of the format's reference implementation", path,
                    (unsigned long)hlen, ST_MAX_HEADER);
    if (json_parse(&doc, (const char *)buf + 8, hlen, msg, sizeof msg) != 0)
        return fail("%s: malformed safetensors header: %s", path, msg);
    if (json_type_of(&doc, 0) != JSON_OBJECT) { fail("%s: safetensors header is not an object", path); goto bad; }
    data_len = len - 8 - hlen;
    ranges = (st_range *)malloc(((size_t)json_count(&doc, 0) + 1) * sizeof *ranges);
    if (!ranges) { fail("out of memory"); goto bad; }
    for (c = json_first(&doc, 0); c >= 0; c = json_next(&doc, c)) {
        const char *name = json_key(&doc, c);
        int dt = json_get(&doc, c, "dtype"), sh = json_get(&doc, c, "shape"), of = json_get(&doc, c, "data_offsets"), d, k;
        size_t esize = 0;
        double numel = 1, begin, end;
        st_tensor *t;
        if (strcmp(name, "__metadata__") == 0) continue;
        if (json_type_of(&doc, dt) != JSON_STRING || json_type_of(&doc, sh) != JSON_ARRAY || json_type_of(&doc, of) != JSON_ARRAY ||
            json_count(&doc, of) != 2) {
            fail("%s: tensor \"%s\" lacks dtype, shape or data_offsets", path, name);
            goto bad;
        }
        if (st_dtype(json_str(&doc, dt), &esize) < 0) {
            fail("%s: tensor \"%s\" has unknown dtype \"%s\"", path, name, json_str(&doc, dt));
            goto bad;
        }
        if (json_count(&doc, sh) > 8) { fail("%s: tensor \"%s\" has too many dimensions", path, name); goto bad; }
        if (set->count == set->cap) {
            int cap = set->cap ? set->cap * 2 : 256;
            st_tensor *nt = (st_tensor *)realloc(set->t, (size_t)cap * sizeof *nt);
            if (!nt) { fail("out of memory"); goto bad; }
            set->t = nt;
            set->cap = cap;
        }
        t = &set->t[set->count];
        memset(t, 0, sizeof *t);
        t->dtype = st_dtype(json_str(&doc, dt), &esize);
        t->file = path;
        for (d = json_first(&doc, sh), k = 0; d >= 0; d = json_next(&doc, d), k++) {
            double v = doc.nodes[d].number;
            if (json_type_of(&doc, d) != JSON_NUMBER || !doc.nodes[d].is_integer || v < 0 || v > 1e12) {
                fail("%s: tensor \"%s\" has a bad shape", path, name);
                goto bad;
            }
            t->shape[k] = (int64_t)v;
            numel *= v;
        }
        t->ndim = k;
        if (json_type_of(&doc, json_at(&doc, of, 0)) != JSON_NUMBER || json_type_of(&doc, json_at(&doc, of, 1)) != JSON_NUMBER) {
            fail("%s: tensor \"%s\" has non-numeric data_offsets", path, name);
            goto bad;
        }
        if (!doc.nodes[json_at(&doc, of, 0)].is_integer || !doc.nodes[json_at(&doc, of, 1)].is_integer) {
            fail("%s: tensor \"%s\" has data_offsets that are not integers", path, name);
            goto bad;
        }
        begin = doc.nodes[json_at(&doc, of, 0)].number;
        end = doc.nodes[json_at(&doc, of, 1)].number;
        if (!(begin >= 0 && end >= begin && end <= (double)data_len)) {
            fail("%s: tensor \"%s\" data_offsets [%.0f, %.0f] lie outside the %lu data bytes (truncated file?)", path, name, begin,
                 end, (unsigned long)data_len);
            goto bad;
        }
        if (end - begin != numel * (double)esize) {
            fail("%s: tensor \"%s\" holds %.0f bytes but its shape needs %.0f", path, name, end - begin, numel * (double)esize);
            goto bad;
        }
        ranges[nranges].begin = begin;
        ranges[nranges].end = end;
        ranges[nranges++].name = name;
        t->data = buf + 8 + hlen + (size_t)begin;
        t->bytes = (size_t)(end - begin);
        t->raw_name = strdup(name);
        t->name = normalize_name(name);
        if (!t->raw_name || !t->name) { fail("out of memory"); goto bad; }
        set->count++;
    }
    if (st_check_tiling(path, ranges, nranges, data_len)) goto bad;
    free(ranges);
    json_free(&doc);
    return 0;
bad:
    free(ranges);
    json_free(&doc);
    return -1;
}

/* ---- pytorch_model.bin (tools/torch_bin.h) -------------------------------------------------- */

static int pt_load_file(st_set *set, const char *dir, const char *fname) {
    char *path, msg[512];
    uint8_t *buf;
    size_t len;
    tb_file tf;
    int i;
    static const int dtypes[] = {ST_F32, ST_F16, ST_BF16, ST_OTHER};
    if ((i = weights_read(set, dir, fname, &path, &buf, &len)) != 0) return i < 0 ? -1 : 0;
    if (tb_read(&tf, buf, len, 1, msg, sizeof msg)) return fail("%s: %s", path, msg);
    if (tf.arena) { /* row-major copies of strided tensors: kept, and freed, like a file's bytes */
        size_t n = strlen(path) + 32;
        if (set->nfiles == (int)(sizeof set->files / sizeof set->files[0])) { tb_free(&tf); return fail("too many shards"); }
        if (!(set->files[set->nfiles] = (char *)malloc(n))) { tb_free(&tf); return fail("out of memory"); }
        snprintf(set->files[set->nfiles], n, "%s (row-major copies)", path);
        set->buffers[set->nfiles++] = tf.arena;
        tf.arena = NULL;
    }
    for (i = 0; i < tf.count; i++) {
        const tb_tensor *s = &tf.t[i];
        st_tensor *t;
        int k;
        if (set->count == set->cap) {
            int cap = set->cap ? set->cap * 2 : 256;
            st_tensor *nt = (st_tensor *)realloc(set->t, (size_t)cap * sizeof *nt);
            if (!nt) { tb_free(&tf); return fail("out of memory"); }
            set->t = nt;
            set->cap = cap;
        }
        t = &set->t[set->count];
        memset(t, 0, sizeof *t);
        t->dtype = dtypes[s->dtype];
        t->file = path;
        t->ndim = s->ndim;
        for (k = 0; k < s->ndim; k++) t->shape[k] = s->shape[k];
        t->data = s->data;
        t->bytes = s->bytes;
        t->raw_name = strdup(s->name);
        t->name = normalize_name(s->name);
        if (!t->raw_name || !t->name) { free(t->raw_name); free(t->name); tb_free(&tf); return fail("out of memory"); }
        set->count++;
    }
    tb_free(&tf);
    return 0;
}

/* pytorch_model.bin, or the shards named by pytorch_model.bin.index.json (the same weight_map). */
static int pt_load(st_set *set, const char *dir) {
    json_doc idx;
    int r = read_json(dir, "pytorch_model.bin.index.json", &idx), wm, c;
    const char *iname = "pytorch_model.bin.index.json";
    if (r < 0) return -1;
    snprintf(g_weights_name, sizeof g_weights_name, "%s/%s", dir, r ? iname : "pytorch_model.bin");
    if (r == 0) return pt_load_file(set, dir, "pytorch_model.bin");
    wm = json_get(&idx, 0, "weight_map");
    if (json_type_of(&idx, wm) != JSON_OBJECT) { json_free(&idx); return fail("%s/%s: no \"weight_map\" object", dir, iname); }
    for (c = json_first(&idx, wm); c >= 0; c = json_next(&idx, c)) {
        const char *f;
        if (json_type_of(&idx, c) != JSON_STRING) { json_free(&idx); return fail("%s/%s: weight_map values must be file names", dir, iname); }
        f = json_str(&idx, c);
        if (strchr(f, '/') || strcmp(f, "..") == 0) {
            /* the message quotes the name, which lives in the index: write it before freeing */
            fail("%s/%s: shard name \"%s\" is not a plain file name", dir, iname, f);
            json_free(&idx);
            return -1;
        }
        if (pt_load_file(set, dir, f) != 0) { json_free(&idx); return -1; }
    }
    json_free(&idx);
    return 0;
}

static int st_load(st_set *set, const char *dir) {
    json_doc idx;
    int r = read_json(dir, "model.safetensors.index.json", &idx), wm, c;
    if (r < 0) return -1;
    snprintf(g_weights_name, sizeof g_weights_name, "%s/%s", dir, r ? "model.safetensors.index.json" : "model.safetensors");
    if (r == 0) {
        char msg[256];
        int st = bc_file_status(dir, "model.safetensors", msg, sizeof msg), pt, pti = 0;
        if (st < 0) return fail("%s/model.safetensors: %s", dir, msg);
        if (st == 0) {
            pt = bc_file_status(dir, "pytorch_model.bin", msg, sizeof msg);
            if (pt < 0) return fail("%s/pytorch_model.bin: %s", dir, msg);
            if (pt == 0 && (pti = bc_file_status(dir, "pytorch_model.bin.index.json", msg, sizeof msg)) < 0)
                return fail("%s/pytorch_model.bin.index.json: %s", dir, msg);
            if (pt > 0 || pti > 0) return pt_load(set, dir);
            return fail("%s: no model.safetensors, model.safetensors.index.json or pytorch_model.bin", dir);
        }
        return st_load_file(set, dir, "model.safetensors");
    }
    wm = json_get(&idx, 0, "weight_map");
    if (json_type_of(&idx, wm) != JSON_OBJECT) { json_free(&idx); return fail("%s/model.safetensors.index.json: no \"weight_map\" object", dir); }
    for (c = json_first(&idx, wm); c >= 0; c = json_next(&idx, c)) {
        const char *f;
        if (json_type_of(&idx, c) != JSON_STRING) { json_free(&idx); return fail("%s/model.safetensors.index.json: weight_map values must be file names", dir); }
        f = json_str(&idx, c);
        if (strchr(f, '/') || strcmp(f, "..") == 0) {
            /* the message quotes the name, which lives in the index: write it before freeing */
            fail("%s/model.safetensors.index.json: shard name \"%s\" is not a plain file name", dir, f);
            json_free(&idx);
            return -1;
        }
        if (st_load_file(set, dir, f) != 0) { json_free(&idx); return -1; }
    }
    json_free(&idx);
    return 0;
}

static st_tensor *st_find(st_set *set, const char *name) {
    int i;
    for (i = 0; i < set->count; i++)
        if (strcmp(set->t[i].name, name) == 0) return &set->t[i];
    return NULL;
}

static void st_free(st_set *set) {
    int i;
    for (i = 0; i < set->count; i++) { free(set->t[i].name); free(set->t[i].raw_name); }
    for (i = 0; i < set->nfiles; i++) { free(set->files[i]); free(set->buffers[i]); }
    free(set->t);
    memset(set, 0, sizeof *set);
}

static float st_element(const st_tensor *t, size_t i) {
    const uint8_t *p = t->data;
    if (t->dtype == ST_F32) return bert__f32_bits(bert__u32(p + 4 * i));
    if (t->dtype == ST_F16) return bert__f16_to_f32((uint16_t)(p[2 * i] | p[2 * i + 1] << 8));
    return bert__f32_bits((uint32_t)(p[2 * i] | p[2 * i + 1] << 8) << 16); /* BF16 */
}

/* ---- The output plan: canonical tensors and where their data comes from ---------------------- */

typedef struct out_tensor {
    char name[96];
    int rows, cols;           /* rows = 0: a vector */
    bert_dtype dtype;
    int layout;               /* BERT__LAYOUT_ROWS, or _PANELS (f32, f16) or _Q8 for linear weights */
    st_tensor *src[3];        /* concatenated along rows (q, k, v); src[1], src[2] may be NULL */
    const int *drop_cols;     /* columns written as zeros (the outlier dimensions, kept apart f32), or NULL */
    int drop_count;
    int alias;                /* >= 0: shares the data of that earlier tensor (tied weights) */
    uint64_t offset;          /* in the data section */
} out_tensor;

#define MAX_OUTLIERS 32   /* more "outlier" dimensions than this is no longer a few outliers */
#define OUTLIER_FACTOR 8  /* see plan_outliers */

typedef struct plan {
    out_tensor *t;
    int count, cap;
    st_tensor **made;         /* tensors the converter computes (DeBERTa's position keys), owned here */
    int made_count, made_cap;
    bert_dtype matrix_dtype;  /* for 2-D tensors; vectors are always f32 */
    int row_major;            /* --layout rows: linear weights row-major too (for BERT_USE_OPENBLAS) */
    int outlier_dims[MAX_OUTLIERS]; /* the hidden state's outlier dimensions, ascending (see plan_outliers) */
    int outlier_count;
} plan;

/* Embedding tables are read a row at a time, so they stay row-major; every other matrix is a
   linear weight, stored in the panels the matrix-multiply kernels read. q8_0 is for the encoder
   layers' weights, where the time goes; tables and task heads (pooler, classifiers, MLM) stay
   f16 in a q8_0 file: they cost little and keep the outputs close to f32. */
static int is_table(const char *name) {
    return strcmp(name, BERT__T_WORD) == 0 || strcmp(name, BERT__T_POSITION) == 0 || strcmp(name, BERT__T_TOKEN_TYPE) == 0 ||
           strcmp(name, BERT__T_REL_BIAS) == 0;
}

/* Adds canonical tensor `name` from source `src` (already shape-checked by the caller). */
static out_tensor *plan_add(plan *p, const char *name, int rows, int cols, st_tensor *src) {
    out_tensor *t;
    if (p->count == p->cap) {
        int cap = p->cap ? p->cap * 2 : 64;
        out_tensor *nt = (out_tensor *)realloc(p->t, (size_t)cap * sizeof *nt);
        if (!nt) return NULL;
        p->t = nt;
        p->cap = cap;
    }
    t = &p->t[p->count++];
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "%s", name);
    t->rows = rows;
    t->cols = cols;
    t->dtype = rows ? p->matrix_dtype : BERT_DTYPE_F32;
    t->layout = rows ? BERT__LAYOUT_PANELS : BERT__LAYOUT_ROWS;
    if (rows && (is_table(name) || p->row_major)) t->layout = BERT__LAYOUT_ROWS;
    if (t->dtype == BERT_DTYPE_Q8_0 && (t->layout == BERT__LAYOUT_ROWS || strncmp(name, "layers.", 7) != 0)) t->dtype = BERT_DTYPE_F16;
    if (t->dtype == BERT_DTYPE_Q8_0) t->layout = BERT__LAYOUT_Q8;
    t->src[0] = src;
    t->alias = -1;
    if (src) src->used = 1;
    return t;
}

static int check_shape(const st_tensor *t, int rows, int cols) {
    if (t->dtype == ST_OTHER) return fail("%s: tensor \"%s\" must be F32, F16 or BF16", t->file, t->raw_name);
    if (rows == 0 ? (t->ndim != 1 || t->shape[0] != cols) : (t->ndim != 2 || t->shape[0] != rows || t->shape[1] != cols)) {
        if (rows) return fail("%s: tensor \"%s\" should have shape [%d, %d] by config.json", t->file, t->raw_name, rows, cols);
        return fail("%s: tensor \"%s\" should have shape [%d] by config.json", t->file, t->raw_name, cols);
    }
    return 0;
}

/* Finds HF tensor `hf` (normalized name), checks its shape. required=0: NULL when absent. */
static int need(st_set *set, const char *hf, int rows, int cols, int required, st_tensor **out) {
    st_tensor *t = st_find(set, hf);
    *out = t;
    if (!t) return required ? fail("%s: tensor \"%s\" is missing", g_weights_name, hf) : 0;
    return check_shape(t, rows, cols);
}

/* add_linear's flags: absent is an error; the model has no bias there (bert_config.omitted says so). */
enum { LIN_REQUIRED = 1, LIN_NO_BIAS = 2 };

/* canonical "<can>.weight"/".bias" from HF "<hf>.weight"/".bias". Returns 1 added, 0 absent. */
static int add_linear(plan *p, st_set *set, const char *can, const char *hf, int out, int in, int flags) {
    char hw[160], hb[160], cw[96], cb[96];
    st_tensor *w, *b;
    snprintf(hw, sizeof hw, "%s.weight", hf);
    snprintf(hb, sizeof hb, "%s.bias", hf);
    snprintf(cw, sizeof cw, "%s.weight", can);
    snprintf(cb, sizeof cb, "%s.bias", can);
    if (need(set, hw, out, in, flags & LIN_REQUIRED, &w)) return -1;
    if (!w) return 0;
    if (flags & LIN_NO_BIAS) {
        if (st_find(set, hb)) return fail("%s: tensor \"%s\" is there but config.json says the model has no bias there", g_weights_name, hb);
        return plan_add(p, cw, out, in, w) ? 1 : fail("out of memory");
    }
    if (need(set, hb, 0, out, 1, &b)) return -1;
    if (!plan_add(p, cw, out, in, w) || !plan_add(p, cb, 0, out, b)) return fail("out of memory");
    return 1;
}

/* bias 0: the model's norms have none (BERT_OMIT_NORM_BIAS). */
static int add_norm(plan *p, st_set *set, const char *can, const char *hf, int n, int bias) {
    char hw[160], hb[160], cw[96], cb[96];
    st_tensor *w, *b;
    snprintf(hw, sizeof hw, "%s.weight", hf);
    snprintf(hb, sizeof hb, "%s.bias", hf);
    snprintf(cw, sizeof cw, "%s.weight", can);
    snprintf(cb, sizeof cb, "%s.bias", can);
    if (need(set, hw, 0, n, 1, &w)) return -1;
    if (!bias) {
        if (st_find(set, hb)) return fail("%s: tensor \"%s\" is there but config.json says the norms have no bias", g_weights_name, hb);
        return plan_add(p, cw, 0, n, w) ? 0 : fail("out of memory");
    }
    if (need(set, hb, 0, n, 1, &b)) return -1;
    if (!plan_add(p, cw, 0, n, w) || !plan_add(p, cb, 0, n, b)) return fail("out of memory");
    return 0;
}

/* Linear layers kept apart in the checkpoint but run as one product: their weights (and biases)
 * stacked along the rows in the order given, each part `rows` outputs of `in` inputs. BERT's
 * query, key and value as one [3H][H] matrix; NomicBERT's two halves of its gated up-projection
 * as one [2I][H]. flags: add_linear's (the parts are always required). */
static int add_stacked(plan *p, st_set *set, const char *can, const char *const *parts, int count, int rows, int in, int flags) {
    st_tensor *w[3], *b[3];
    char name[160];
    out_tensor *tw, *tb = NULL;
    int i, bias = !(flags & LIN_NO_BIAS);
    for (i = 0; i < count; i++) {
        snprintf(name, sizeof name, "%s.weight", parts[i]);
        if (need(set, name, rows, in, 1, &w[i])) return -1;
        snprintf(name, sizeof name, "%s.bias", parts[i]);
        if (!bias && st_find(set, name))
            return fail("%s: tensor \"%s\" is there but config.json says the model has no bias there", g_weights_name, name);
        if (bias && need(set, name, 0, rows, 1, &b[i])) return -1;
    }
    snprintf(name, sizeof name, "%s.weight", can);
    if (!plan_add(p, name, count * rows, in, w[0])) return fail("out of memory");
    if (bias) {
        snprintf(name, sizeof name, "%s.bias", can);
        if (!(tb = plan_add(p, name, 0, count * rows, b[0]))) return fail("out of memory");
    }
    tw = &p->t[p->count - (bias ? 2 : 1)]; /* plan_add may have moved the table */
    for (i = 1; i < count; i++) {
        tw->src[i] = w[i]; w[i]->used = 1;
        if (tb) { tb->src[i] = b[i]; b[i]->used = 1; }
    }
    return 0;
}

/* ---- Architectures --------------------------------------------------------------------------- */

/* Hugging Face names of one encoder layer's parts: `layer` is a printf format taking the group and
 * the inner index (only ALBERT's uses the second; elsewhere each layer is its own group), the
 * others are suffixes under it. k and v NULL: q is Q, K and V fused, [3H][H]. ffn_linear: a gated
 * feed-forward whose two halves the checkpoint keeps apart, act(ffn_up) * ffn_linear (NULL: ffn_up
 * holds both halves, or the feed-forward is not gated). */
typedef struct layer_names {
    const char *layer, *q, *k, *v, *attn_out, *attn_norm, *ffn_up, *ffn_down, *ffn_norm, *ffn_linear;
} layer_names;

/* A head on top of the encoder, by its Hugging Face names: a first product (`dense`, NULL where
 * the head has only one), `act` after it, and the second (`out`). For the masked-LM head, `norm`
 * follows the activation and `out` is the decoder, whose bias is `bias` (or `bias2`: checkpoints
 * keep the tied bias under either name). act BERT_ACT_NONE: the config's hidden_act. */
typedef struct head_names {
    const char *dense, *norm, *out, *bias, *bias2;
    bert_act act;
} head_names;

/* config.json names of a rotary model's settings: the global and the local base, how often a layer
 * is global, and the local window (its full width: a query sees keys half of it away). */
typedef struct rotary_keys {
    const char *theta, *local_theta, *global_every, *window;
    double default_theta;
} rotary_keys;

/* config.json booleans (default false) that say whether the attention, feed-forward, norm and task
 * head biases exist. */
typedef struct bias_keys {
    const char *attn, *ffn, *norm, *head;
} bias_keys;

struct model_desc; /* below: an arch_desc's read_own fills one */

/* One row per Hugging Face model_type: everything the converter needs to know about an
 * architecture, as data. ADDING AN ARCHITECTURE here is a row (and, if bert.h needs something it
 * does not do yet, a config word; see "ADDING AN ARCHITECTURE" in bert.h). */
typedef struct arch_desc {
    const char *model_type;        /* config.json "model_type" */
    bert_arch arch;
    const char *prefix;            /* the base model's key prefix inside task checkpoints */
    const char *hidden_key, *layers_key, *heads_key, *intermediate_key, *act_key; /* config.json names */
    int embedding_size;            /* 0: E = H; -1: "embedding_size", default H; > 0: "embedding_size", default this */
    int layer_groups;              /* 1: ALBERT's num_hidden_groups and inner_group_num */
    int token_types;               /* 1: a token-type table of type_vocab_size (default 2; 0 with defaults_v2); 0: none */
    double fixed_eps;              /* > 0: every LayerNorm's eps, whatever the config says */
    int defaults_v2;               /* 1: DebertaV2Config's defaults (type_vocab_size 0, layer_norm_eps 1e-7) */
    const char *position_flag;     /* a config.json boolean that, false, means no position table (or NULL) */
    bert_positions positions;
    int default_pad;               /* pad_token_id when the config has none */
    int position_pad;              /* >= 0: the padding index positions count from, whatever pad_token_id says */
    const char *position_table;    /* NULL: none */
    const char *emb_project;       /* the embedding -> hidden projection, or NULL */
    int project_always;            /* 1: it exists even when E == H (ALBERT); 0: only when they differ (ELECTRA) */
    const layer_names *layer;
    const char *relative_bias;     /* MPNet's relative attention bias table, or NULL */
    int relative_buckets, relative_max_distance; /* its bucket rule (fixed in the model's code, not in config.json) */
    int disentangled;              /* 1: DeBERTa's disentangled attention, as config.json sets it up */
    const char *pooler;
    head_names seq;                /* dense NULL: "classifier" on the pooler (BERT, ALBERT), or a token classifier */
    head_names choice;             /* a multiple-choice head of its own (dense NULL: seq's): ELECTRA's sequence summary */
    const char *seq_act_key;       /* the config.json key of seq's activation (default gelu), or NULL: seq.act */
    head_names mlm;                /* dense NULL: none */
    double mlm_eps;                /* > 0: the MLM LayerNorm's eps, whatever the config says */
    head_names rtd;                /* ELECTRA's replaced-token detection: dense, out; or none */
    const char *pair;              /* NSP / SOP classifier on the pooler, or NULL */
    unsigned pair_head;            /* BERT_HEAD_NSP or BERT_HEAD_SOP */
    const char *word_table, *emb_norm; /* the embedding table and norm (defaults: BERT's names) */
    const char *eps_key;           /* config.json's LayerNorm eps (default "layer_norm_eps") */
    double default_eps;            /* its default when absent (0: 1e-12, or 1e-7 with defaults_v2) */
    int pre_norm;                  /* 1: pre-LayerNorm layers, final_norm after the last, layer 0 without an attention norm */
    const char *final_norm;
    int gated_ffn;                 /* 1: ffn_up gives [act half; gate half] */
    const rotary_keys *rotary;     /* rotary position embedding and local attention, by config.json names; or NULL */
    const bias_keys *biases;       /* config.json booleans that say which biases exist (NULL: all do) */
    head_names shared;             /* one transform (dense -> act -> norm) before whichever task output the checkpoint has
                                    * (decoder, or classifier on the pooled or every token), chosen by architectures[0] */
    const char *shared_act_key, *shared_pooling_key; /* its activation and the classifier's pooling ("cls" or "mean") */
    int (*read_own)(hf_config *hc, struct model_desc *d); /* config.json settings in the model's own words, or NULL */
    const char *layout_key;        /* the row applies only when config.json has this field (one model_type, two
                                    * layouts: the next row of that model_type takes the rest), or NULL */
    const char *position_type;     /* the config.json "position_embedding_type" it runs (NULL: "absolute") */
    const char *fused_up_gate;     /* a layer's [up; gate] feed-forward halves in one tensor, read as the views
                                    * "<it>.up" and "<it>.gate" (split_up_gate), or NULL */
} arch_desc;

static const layer_names BERT_LAYER_NAMES = {
    "encoder.layer.%d", "attention.self.query", "attention.self.key", "attention.self.value",
    "attention.output.dense", "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm", NULL};
static const layer_names ALBERT_LAYER_NAMES = {
    "encoder.albert_layer_groups.%d.albert_layers.%d", "attention.query", "attention.key", "attention.value",
    "attention.dense", "attention.LayerNorm", "ffn", "ffn_output", "full_layer_layer_norm", NULL};
static const layer_names DISTILBERT_LAYER_NAMES = {
    "transformer.layer.%d", "attention.q_lin", "attention.k_lin", "attention.v_lin",
    "attention.out_lin", "sa_layer_norm", "ffn.lin1", "ffn.lin2", "output_layer_norm", NULL};
static const layer_names MPNET_LAYER_NAMES = {
    "encoder.layer.%d", "attention.attn.q", "attention.attn.k", "attention.attn.v",
    "attention.attn.o", "attention.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm", NULL};

static const layer_names MODERNBERT_LAYER_NAMES = {
    "layers.%d", "attn.Wqkv", NULL, NULL, "attn.Wo", "attn_norm", "mlp.Wi", "mlp.Wo", "mlp_norm", NULL};
static const rotary_keys MODERNBERT_ROTARY = {"global_rope_theta", "local_rope_theta", "global_attn_every_n_layers", "local_attention",
                                              160000.0};
static const bias_keys MODERNBERT_BIASES = {"attention_bias", "mlp_bias", "norm_bias", "classifier_bias"};

/* NomicBERT's gated feed-forward is fc2(fc11(x) * act(fc12(x))): fc12 is the activated half. */
static const layer_names NOMIC_BERT_LAYER_NAMES = {
    "encoder.layers.%d", "attn.Wqkv", NULL, NULL, "attn.out_proj", "norm1", "mlp.fc12", "mlp.fc2", "norm2", "mlp.fc11"};
static int read_nomic_bert(hf_config *hc, struct model_desc *d);
static int read_nomic_bert_hf(hf_config *hc, struct model_desc *d);

/* GTE ("new", Alibaba-NLP's code): the fused [up; gate] up_gate_proj computes act(gate) * up, so
 * its gate half is the activated one (views made by split_up_gate). */
static const layer_names GTE_LAYER_NAMES = {
    "encoder.layer.%d", "attention.qkv_proj", NULL, NULL, "attention.o_proj", "attn_ln", "mlp.up_gate_proj.gate", "mlp.down_proj",
    "mlp_ln", "mlp.up_gate_proj.up"};
static int read_gte(hf_config *hc, struct model_desc *d);
static int read_gte_hf(hf_config *hc, struct model_desc *d);

static const layer_names DEBERTA_LAYER_NAMES = {
    "encoder.layer.%d", "attention.self.query_proj", "attention.self.key_proj", "attention.self.value_proj",
    "attention.output.dense", "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm", NULL};

/* Rows name only what differs from BERT's: each starts from BERT_LIKE and overrides some of it
 * (which -Wextra's override-init would flag: meant here). */
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Winitializer-overrides"
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#endif
#define BERT_LIKE                                                                                                          \
    .hidden_key = "hidden_size", .layers_key = "num_hidden_layers", .heads_key = "num_attention_heads",                   \
    .intermediate_key = "intermediate_size", .act_key = "hidden_act", .token_types = 1, .positions = BERT_POSITIONS_ABSOLUTE, \
    .position_pad = -1, .position_table = "embeddings.position_embeddings", .layer = &BERT_LAYER_NAMES, .pooler = "pooler.dense"
#define BERT_SEQ {NULL, NULL, "classifier", NULL, NULL, BERT_ACT_NONE}
#define BERT_MLM {"cls.predictions.transform.dense", "cls.predictions.transform.LayerNorm", "cls.predictions.decoder.weight", \
                  "cls.predictions.bias", "cls.predictions.decoder.bias", BERT_ACT_NONE}
/* RobertaLMHead and MPNetLMHead call gelu (erf) directly; their classifiers tanh. */
#define ROBERTA_MLM {"lm_head.dense", "lm_head.layer_norm", "lm_head.decoder.weight", "lm_head.bias", "lm_head.decoder.bias", BERT_ACT_GELU}
#define ROBERTA_SEQ {"classifier.dense", NULL, "classifier.out_proj", NULL, NULL, BERT_ACT_TANH}
#define ROBERTA_ROW(type, arch_value)                                                                                       \
    {BERT_LIKE, .model_type = type, .arch = arch_value, .prefix = "roberta.", .positions = BERT_POSITIONS_PADDED, .default_pad = 1, \
     .seq = ROBERTA_SEQ, .mlm = ROBERTA_MLM}

static const arch_desc ARCHS[] = {
    {BERT_LIKE, .model_type = "bert", .arch = BERT_ARCH_BERT, .prefix = "bert.", .seq = BERT_SEQ, .mlm = BERT_MLM,
     .pair = "cls.seq_relationship", .pair_head = BERT_HEAD_NSP},
    {BERT_LIKE, .model_type = "albert", .arch = BERT_ARCH_ALBERT, .prefix = "albert.", .embedding_size = 128, .layer_groups = 1,
     .emb_project = "encoder.embedding_hidden_mapping_in", .project_always = 1, .layer = &ALBERT_LAYER_NAMES, .pooler = "pooler",
     .seq = BERT_SEQ,
     .mlm = {"predictions.dense", "predictions.LayerNorm", "predictions.decoder.weight", "predictions.bias", "predictions.decoder.bias",
             BERT_ACT_NONE},
     .pair = "sop_classifier.classifier", .pair_head = BERT_HEAD_SOP},
    ROBERTA_ROW("roberta", BERT_ARCH_ROBERTA),
    ROBERTA_ROW("camembert", BERT_ARCH_ROBERTA),
    ROBERTA_ROW("xlm-roberta", BERT_ARCH_XLM_ROBERTA),
    /* ELECTRA: embeddings_project only when the sizes differ; its classifier and generator use gelu
       (erf) whatever hidden_act says. */
    {BERT_LIKE, .model_type = "electra", .arch = BERT_ARCH_ELECTRA, .prefix = "electra.", .embedding_size = -1,
     .emb_project = "embeddings_project", .seq = {"classifier.dense", NULL, "classifier.out_proj", NULL, NULL, BERT_ACT_GELU},
     .choice = {"sequence_summary.summary", NULL, "classifier", NULL, NULL, BERT_ACT_GELU},
     .mlm = {"generator_predictions.dense", "generator_predictions.LayerNorm", "generator_lm_head.weight", "generator_lm_head.bias",
             NULL, BERT_ACT_GELU},
     .rtd = {"discriminator_predictions.dense", NULL, "discriminator_predictions.dense_prediction", NULL, NULL, BERT_ACT_NONE}},
    /* DistilBERT: other config names, no token types, LayerNorms hard-wired to 1e-12. */
    {BERT_LIKE, .model_type = "distilbert", .arch = BERT_ARCH_DISTILBERT, .prefix = "distilbert.", .hidden_key = "dim",
     .layers_key = "n_layers", .heads_key = "n_heads", .intermediate_key = "hidden_dim", .act_key = "activation", .token_types = 0,
     .fixed_eps = 1e-12, .layer = &DISTILBERT_LAYER_NAMES, .seq = {"pre_classifier", NULL, "classifier", NULL, NULL, BERT_ACT_RELU},
     .mlm = {"vocab_transform", "vocab_layer_norm", "vocab_projector.weight", "vocab_projector.bias", NULL, BERT_ACT_NONE},
     .mlm_eps = 1e-12},
    /* MPNet: RoBERTa's positions (from padding_idx 1, fixed in MPNetEmbeddings) and heads, no token
       types, and a T5-style relative attention bias that compute_position_bias always buckets
       32 ways up to distance 128. */
    {BERT_LIKE, .model_type = "mpnet", .arch = BERT_ARCH_MPNET, .prefix = "mpnet.", .token_types = 0,
     .positions = BERT_POSITIONS_PADDED, .default_pad = 1, .position_pad = 1, .layer = &MPNET_LAYER_NAMES,
     .relative_bias = "encoder.relative_attention_bias", .relative_buckets = 32, .relative_max_distance = 128, .seq = ROBERTA_SEQ,
     .mlm = ROBERTA_MLM},
    /* DeBERTa-v2 and v3: disentangled attention; absolute positions only with position_biased_input;
       no pooler: the sequence classifier's ContextPooler is dense -> pooler_hidden_act on the first
       token, then "classifier". */
    {BERT_LIKE, .model_type = "deberta-v2", .arch = BERT_ARCH_DEBERTA_V2, .prefix = "deberta.", .defaults_v2 = 1,
     .position_flag = "position_biased_input", .layer = &DEBERTA_LAYER_NAMES, .disentangled = 1, .pooler = NULL,
     .seq = {"pooler.dense", NULL, "classifier", NULL, NULL, BERT_ACT_GELU}, .seq_act_key = "pooler_hidden_act", .mlm = BERT_MLM},
    /* ModernBERT: pre-LayerNorm, no position table nor token types, rotary with a global and a local
       base, local attention on all layers but every global_attn_every_n_layers-th, GeGLU, biases
       by config.json, one prediction head ("head") before the decoder or the classifier. */
    {BERT_LIKE, .model_type = "modernbert", .arch = BERT_ARCH_MODERNBERT, .prefix = "model.", .act_key = "hidden_activation",
     .token_types = 0, .positions = BERT_POSITIONS_NONE, .position_table = NULL, .default_pad = 50283, .layer = &MODERNBERT_LAYER_NAMES,
     .pooler = NULL, .word_table = "embeddings.tok_embeddings", .emb_norm = "embeddings.norm", .eps_key = "norm_eps",
     .default_eps = 1e-5, .pre_norm = 1, .final_norm = "final_norm", .gated_ffn = 1, .rotary = &MODERNBERT_ROTARY,
     .biases = &MODERNBERT_BIASES, .shared = {"head.dense", "head.norm", "classifier", "decoder.bias", NULL, BERT_ACT_GELU},
     .shared_act_key = "classifier_activation", .shared_pooling_key = "classifier_pooling"},
    /* NomicBERT (nomic-embed-text; nomic-ai's code over a GPT2Config): post-LayerNorm, the embedding
       norm "emb_ln", token types but no position table, rotary on every layer, SwiGLU or GeGLU with
       the halves kept apart, biases by config.json; BERT's pooler and classifiers. read_nomic_bert
       reads the rest. */
    {BERT_LIKE, .model_type = "nomic_bert", .arch = BERT_ARCH_NOMIC_BERT, .prefix = "bert.", .hidden_key = "n_embd",
     .layers_key = "n_layer", .heads_key = "n_head", .intermediate_key = NULL, .act_key = NULL, .positions = BERT_POSITIONS_NONE,
     .position_table = NULL, .layer = &NOMIC_BERT_LAYER_NAMES, .emb_norm = "emb_ln", .eps_key = "layer_norm_epsilon",
     .default_eps = 1e-5, .gated_ffn = 1, .seq = BERT_SEQ,
     .mlm = {"cls.predictions.transform.dense", "cls.predictions.transform.layer_norm", "cls.predictions.decoder.weight",
             "cls.predictions.decoder.bias", NULL, BERT_ACT_NONE},
     .read_own = read_nomic_bert, .layout_key = "n_embd"},
    /* NomicBERT as transformers >= 5 saves it (NomicBertModel and its heads): the same tensors under
       nomic-ai's names, but BertConfig's config names and "rope_parameters", no biases but the
       LayerNorms', the base model under "nomic_bert.", and BERT's masked-LM head. */
    {BERT_LIKE, .model_type = "nomic_bert", .arch = BERT_ARCH_NOMIC_BERT, .prefix = "nomic_bert.", .positions = BERT_POSITIONS_NONE,
     .position_table = NULL, .layer = &NOMIC_BERT_LAYER_NAMES, .emb_norm = "emb_ln", .gated_ffn = 1, .seq = BERT_SEQ,
     .mlm = {"cls.predictions.transform.dense", "cls.predictions.transform.layer_norm", "cls.predictions.decoder.weight",
             "cls.predictions.bias", "cls.predictions.decoder.bias", BERT_ACT_NONE},
     .read_own = read_nomic_bert_hf},
    /* GTE v1.5 and multilingual (Alibaba-NLP, model_type "new", their own code; transformers' GteModel
       loads the same weights): post-LayerNorm, token types (type_vocab_size 0 in gte-base-en-v1.5:
       none), no position table, rotary on every layer, a gated feed-forward act(gate) * up whose
       up_gate_proj has no bias, BERT's pooler and classifiers, a masked-LM head. read_gte reads the
       rest. */
    {BERT_LIKE, .model_type = "new", .arch = BERT_ARCH_GTE, .prefix = "new.", .positions = BERT_POSITIONS_NONE, .position_table = NULL,
     .layer = &GTE_LAYER_NAMES, .gated_ffn = 1, .seq = BERT_SEQ,
     .mlm = {"lm_head.dense", "lm_head.norm", "lm_head.decoder.weight", "lm_head.decoder.bias", NULL, BERT_ACT_NONE},
     .read_own = read_gte, .position_type = "rope", .fused_up_gate = "mlp.up_gate_proj"},
    /* The same model as transformers 5.25 saves it (models/gte: its conversion mapping run
       backwards, Alibaba-NLP's names under the prefix "gte."); its masked-LM head calls gelu (erf)
       whatever hidden_act says. read_gte_hf reads GteConfig's settings. */
    {BERT_LIKE, .model_type = "gte", .arch = BERT_ARCH_GTE, .prefix = "gte.", .positions = BERT_POSITIONS_NONE, .position_table = NULL,
     .layer = &GTE_LAYER_NAMES, .gated_ffn = 1, .seq = BERT_SEQ,
     .mlm = {"lm_head.dense", "lm_head.norm", "lm_head.decoder.weight", "lm_head.decoder.bias", NULL, BERT_ACT_GELU},
     .read_own = read_gte_hf, .position_type = "rope", .fused_up_gate = "mlp.up_gate_proj"},
};
#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

typedef struct model_desc {
    const arch_desc *arch;    /* its row of ARCHS */
    bert_config cfg;
    int has_positions;        /* the checkpoint has a position table */
    bert_act seq_act_config;  /* the sequence head's activation when the config names it (seq_act_key) */
    int choice;               /* a *ForMultipleChoice checkpoint: its head's tensors (plan_heads) */
    bert_act choice_act;      /* its own head's activation (summary_activation) */
    int share_att_key;        /* DeBERTa: the position terms use the layer's own query and key projections */
    int norm_rel_ebd;         /* DeBERTa: the relative embeddings go through encoder.LayerNorm first */
    int seq_source, seq_act, mlm_act, rtd_act, token_act, qa_act, head_norms;
    bert_act shared_act;      /* the shared head's activation (shared_act_key) */
    int shared_mean;          /* 1: its classifier pools by the mean (shared_pooling_key "mean"), 0: the first token */
    float mlm_eps;
    const char *arch_class;   /* config.json architectures[0], or "" */
    char **labels;
    int num_labels;
    char **prompts;           /* sentence-transformers prompts: name, text, name, text, ... */
    int num_prompts;
    int default_prompt;       /* index of default_prompt_name in the prompts, or -1 */
} model_desc;

static void model_desc_free(model_desc *d) {
    int i;
    for (i = 0; i < d->num_labels; i++) free(d->labels[i]);
    for (i = 0; i < 2 * d->num_prompts; i++) free(d->prompts[i]);
    free(d->labels);
    free(d->prompts);
    d->labels = NULL;
    d->prompts = NULL;
    d->num_labels = d->num_prompts = 0;
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Does config.json's `key` hold `word` (a string "p2c|c2p" or a list of strings)? */
static int cfg_has_word(hf_config *hc, const char *key, const char *word) {
    int n = json_get(&hc->doc, 0, key), e;
    if (json_type_of(&hc->doc, n) == JSON_STRING) {
        const char *s = json_str(&hc->doc, n);
        size_t len = strlen(word);
        for (; *s; s++)
            if ((s == json_str(&hc->doc, n) || s[-1] == '|' || s[-1] == ' ') && strncmp(s, word, len) == 0 &&
                (s[len] == 0 || s[len] == '|' || s[len] == ' '))
                return 1;
        return 0;
    }
    if (json_type_of(&hc->doc, n) != JSON_ARRAY) return 0;
    for (e = json_first(&hc->doc, n); e >= 0; e = json_next(&hc->doc, e))
        if (json_type_of(&hc->doc, e) == JSON_STRING && strcmp(json_str(&hc->doc, e), word) == 0) return 1;
    return 0;
}

/* DeBERTa's disentangled attention as config.json sets it up (DebertaV2Config and
 * DisentangledSelfAttention): which terms, how relative positions are bucketed, where the position
 * keys and queries come from. */
static int read_disentangled(hf_config *hc, model_desc *d) {
    bert_config *c = &d->cfg;
    long buckets, max_rel, conv;
    int terms = (cfg_has_word(hc, "pos_att_type", "c2p") ? BERT_C2P : 0) | (cfg_has_word(hc, "pos_att_type", "p2c") ? BERT_P2C : 0);
    int relative = json_type_of(&hc->doc, json_get(&hc->doc, 0, "relative_attention")) == JSON_TRUE;
    if (cfg_int(hc, "conv_kernel_size", 0, 0, 0, 1 << 16, &conv)) return -1;
    if (conv > 0)
        return fail("%s: conv_kernel_size %ld: the convolution layer of DeBERTa-v2 xlarge/xxlarge is not supported by bert.h", hc->file, conv);
    if (!relative) {
        /* The scores would still be scaled as if the terms were there: refuse a model trained so. */
        if (terms) return fail("%s: pos_att_type without relative_attention is not supported", hc->file);
        return 0;
    }
    if (cfg_int(hc, "max_relative_positions", -1, 0, -1, 1 << 16, &max_rel) || cfg_int(hc, "position_buckets", -1, 0, -1, 1 << 16, &buckets))
        return -1;
    if (max_rel < 1) max_rel = c->max_position_embeddings;
    if (buckets > 0 && max_rel <= buckets / 2 + 1)
        return fail("%s: max_relative_positions %ld must exceed half of position_buckets %ld by more than 1", hc->file, max_rel, buckets);
    c->disentangled_terms = terms;
    c->disentangled_span = (int)(buckets > 0 ? buckets : max_rel);
    c->position_buckets = buckets > 0 ? (int)buckets : 0;
    c->max_relative_positions = (int)max_rel;
    d->share_att_key = json_type_of(&hc->doc, json_get(&hc->doc, 0, "share_att_key")) == JSON_TRUE;
    d->norm_rel_ebd = cfg_has_word(hc, "norm_rel_ebd", "layer_norm");
    return 0;
}

/* An activation named by config.json's `key`, `fallback` when absent. */
static int cfg_act(hf_config *hc, const char *key, bert_act fallback, bert_act *out) {
    const char *name;
    if (cfg_str(hc, key, &name)) return -1;
    *out = fallback;
    if (name && parse_act(name, out)) return fail("%s: field \"%s\" = \"%s\" is not a supported activation", hc->file, key, name);
    return 0;
}

/* A config.json boolean: 1 true, 0 false or absent, -1 (said) anything else. */
static int cfg_bool(hf_config *hc, const char *key) {
    int n = json_get(&hc->doc, 0, key), t = json_type_of(&hc->doc, n);
    if (n < 0 || t == JSON_NULL || t == JSON_FALSE) return 0;
    if (t == JSON_TRUE) return 1;
    return fail("%s: field \"%s\" must be true or false", hc->file, key);
}

/* transformers 5 writes a rotary model's bases and its global / local layers in generic words,
 * which its model code reads in place of the older keys (rotary_keys; some still written beside
 * them): rope_parameters {"full_attention": {"rope_type": "default", "rope_theta": 160000.0},
 * "sliding_attention": {...}} and layer_types ["full_attention", "sliding_attention", ...]. Into
 * theta, local and every when the config has them; bert.h runs every n-th layer global from
 * layer 0, plain rotary. */
static int read_rope_parameters(hf_config *hc, int layers, double *theta, double *local, long *every) {
    static const char *const kinds[2] = {"full_attention", "sliding_attention"};
    const json_doc *doc = &hc->doc;
    int params = json_get(doc, 0, "rope_parameters"), types = json_get(doc, 0, "layer_types"), i, n;
    if (params >= 0 && json_type_of(doc, params) != JSON_NULL) {
        if (json_type_of(doc, params) != JSON_OBJECT) return fail("%s: rope_parameters must be an object", hc->file);
        for (i = 0; i < 2; i++) {
            int kind = json_get(doc, params, kinds[i]), type = json_get(doc, kind, "rope_type"), base = json_get(doc, kind, "rope_theta");
            if (json_type_of(doc, kind) != JSON_OBJECT)
                return fail("%s: rope_parameters has no \"%s\" object (transformers 5 writes one per layer type)", hc->file, kinds[i]);
            if (type >= 0 && (json_type_of(doc, type) != JSON_STRING || strcmp(json_str(doc, type), "default") != 0))
                return fail("%s: rope_parameters.%s.rope_type is not supported (plain rotary only: \"default\")", hc->file, kinds[i]);
            if (json_type_of(doc, base) != JSON_NUMBER) return fail("%s: rope_parameters.%s.rope_theta is missing or not a number", hc->file, kinds[i]);
            *(i ? local : theta) = doc->nodes[base].number;
        }
    }
    if (types < 0 || json_type_of(doc, types) == JSON_NULL) return 0;
    if (json_type_of(doc, types) != JSON_ARRAY || json_count(doc, types) != layers)
        return fail("%s: layer_types must be a list of %d layer types", hc->file, layers);
    *every = layers; /* layer 0 global and no other: a period of at least the layer count */
    for (i = 0, n = json_first(doc, types); n >= 0; i++, n = json_next(doc, n)) {
        int global = json_type_of(doc, n) == JSON_STRING && strcmp(json_str(doc, n), kinds[0]) == 0;
        if (!global && !(json_type_of(doc, n) == JSON_STRING && strcmp(json_str(doc, n), kinds[1]) == 0))
            return fail("%s: layer_types[%d] is neither \"%s\" nor \"%s\"", hc->file, i, kinds[0], kinds[1]);
        if (global && i > 0 && *every == layers) *every = i;
        if (global != (i % *every == 0))
            return fail("%s: layer_types: layer %d is %s; bert.h runs every n-th layer global from layer 0, the others local", hc->file, i,
                        kinds[!global]);
    }
    return 0;
}

/* ELECTRA's multiple-choice head is transformers' SequenceSummary: bert.h runs the one ELECTRA's
 * config gives by default, the first token (summary_type "first"), a dense product
 * (summary_use_proj) and summary_activation, then the classifier. */
static int read_summary(hf_config *hc, model_desc *d) {
    const char *type = NULL;
    int proj, act;
    if (cfg_str(hc, "summary_type", &type)) return -1;
    if (type && strcmp(type, "first") != 0)
        return fail("%s: summary_type \"%s\" is not supported (the multiple-choice head reads the first token: \"first\")", hc->file, type);
    if ((proj = json_get(&hc->doc, 0, "summary_use_proj") < 0 ? 1 : cfg_bool(hc, "summary_use_proj")) < 0) return -1;
    if (!proj) return fail("%s: summary_use_proj false (no dense product before the classifier) is not supported", hc->file);
    /* null, "" and "linear": no activation (transformers' Identity); absent: ElectraConfig's default, gelu */
    d->choice_act = BERT_ACT_NONE;
    act = json_get(&hc->doc, 0, "summary_activation");
    if (act >= 0 && json_type_of(&hc->doc, act) == JSON_NULL) return 0;
    if (act >= 0 && json_type_of(&hc->doc, act) == JSON_STRING &&
        (json_str(&hc->doc, act)[0] == 0 || strcmp(json_str(&hc->doc, act), "linear") == 0))
        return 0;
    return cfg_act(hc, "summary_activation", BERT_ACT_GELU, &d->choice_act);
}

/* A rotary model's bases and local attention (rotary_keys), the biases it has (bias_keys), its
 * norm placement and feed-forward, into d->cfg. */
static int read_layer_style(hf_config *hc, model_desc *d) {
    const arch_desc *a = d->arch;
    bert_config *c = &d->cfg;
    int n;
    c->pre_norm = a->pre_norm;
    c->gated_ffn = a->gated_ffn;
    if (a->pre_norm) c->omitted |= BERT_OMIT_FIRST_ATTN_NORM;
    if (a->biases) {
        const char *keys[4];
        static const unsigned bits[4] = {BERT_OMIT_ATTN_BIAS, BERT_OMIT_FFN_BIAS, BERT_OMIT_NORM_BIAS, BERT_OMIT_HEAD_BIAS};
        int i, v;
        keys[0] = a->biases->attn; keys[1] = a->biases->ffn; keys[2] = a->biases->norm; keys[3] = a->biases->head;
        for (i = 0; i < 4; i++) {
            if ((v = cfg_bool(hc, keys[i])) < 0) return -1;
            if (!v) c->omitted |= bits[i];
        }
        if ((n = json_get(&hc->doc, 0, "decoder_bias")) >= 0 && json_type_of(&hc->doc, n) == JSON_FALSE)
            return fail("%s: decoder_bias false (a masked-LM decoder without its bias) is not supported", hc->file);
    }
    if (a->rotary) {
        const rotary_keys *k = a->rotary;
        double theta, local;
        long every, window;
        n = json_get(&hc->doc, 0, "rope_scaling");
        if (n >= 0 && json_type_of(&hc->doc, n) != JSON_NULL) return fail("%s: rope_scaling is not supported (plain rotary only)", hc->file);
        if (cfg_float(hc, k->theta, k->default_theta, &theta) || cfg_float(hc, k->local_theta, theta, &local) ||
            cfg_int(hc, k->global_every, 1, 0, 1, 1024, &every) || read_rope_parameters(hc, c->num_layers, &theta, &local, &every))
            return -1;
        if (!(theta > 0 && theta < 1e30) || !(local > 0 && local < 1e30))
            return fail("%s: rotary bases %g and %g must be positive", hc->file, theta, local);
        if (cfg_int(hc, k->window, 0, every > 1, 0, 1 << 17, &window)) return -1;
        if (every > 1 && window / 2 < 1) return fail("%s: \"%s\" %ld leaves a local layer no keys", hc->file, k->window, window);
        if ((c->hidden_size / c->num_heads) % 2) return fail("%s: rotary needs an even head size, not %d", hc->file, c->hidden_size / c->num_heads);
        c->rope_theta = (float)theta;
        c->rope_local_theta = (float)local;
        c->global_every = every > 1 ? (int)every : 0;
        c->local_window = every > 1 ? (int)(window / 2) : 0;
    }
    if (a->shared_act_key && cfg_act(hc, a->shared_act_key, a->shared.act, &d->shared_act)) return -1;
    if (a->shared_pooling_key) {
        const char *name;
        if (cfg_str(hc, a->shared_pooling_key, &name)) return -1;
        if (name && strcmp(name, "cls") != 0 && strcmp(name, "mean") != 0)
            return fail("%s: field \"%s\" = \"%s\" is not supported (cls or mean)", hc->file, a->shared_pooling_key, name);
        d->shared_mean = name && strcmp(name, "mean") == 0;
    }
    return 0;
}

/* NomicBERT's config.json (NomicBertConfig, a GPT2Config) as nomic-ai's modeling_hf_nomic_bert.py
 * reads it, its defaults included; the options that would change what it computes in ways bert.h
 * does not run are refused by name. */
static int read_nomic_bert(hf_config *hc, model_desc *d) {
    static const char *const refused[] = {"prenorm", "rotary_emb_interleaved", "rotary_head_dim", "norm_mlp"};
    bert_config *c = &d->cfg;
    const char *act;
    double fraction, base, scaling;
    long inner, positions, trained, multiple, heads_kv, moe;
    int i, v, n;
    for (i = 0; i < (int)(sizeof refused / sizeof refused[0]); i++) {
        if ((v = cfg_bool(hc, refused[i])) < 0) return -1;
        if (v) return fail("%s: \"%s\" true is not supported by bert.h (NomicBERT as nomic-embed-text has it: false)", hc->file, refused[i]);
    }
    if (cfg_int(hc, "moe_every_n_layers", 0, 0, 0, 1024, &moe) || cfg_int(hc, "num_heads_kv", c->num_heads, 0, 1, 1024, &heads_kv))
        return -1;
    if (moe > 0) return fail("%s: moe_every_n_layers %ld: mixture-of-experts layers (nomic-embed-text-v2-moe) are not supported", hc->file, moe);
    if (heads_kv != c->num_heads) return fail("%s: num_heads_kv %ld differs from n_head %d: grouped keys are not supported", hc->file, heads_kv, c->num_heads);

    /* The feed-forward: always gated here (fc11, fc12, fc2); "swiglu" multiplies fc11 by silu(fc12),
       "geglu" by gelu (erf) of it. "glu" (a sigmoid) and the plain fc1 -> fc2 feed-forward of the
       gelu variants are not supported. */
    if (cfg_str(hc, "activation_function", &act)) return -1;
    if (!act) act = "gelu_new"; /* GPT2Config's default */
    if (strcmp(act, "swiglu") == 0) c->hidden_act = BERT_ACT_SILU;
    else if (strcmp(act, "geglu") == 0) c->hidden_act = BERT_ACT_GELU;
    else return fail("%s: activation_function \"%s\" is not supported (swiglu or geglu: bert.h runs NomicBERT's gated feed-forward only)",
                     hc->file, act);
    /* n_inner (default 8/3 of n_embd), rounded up to a multiple of 256 as NomciBertGatedMLP does. */
    if (cfg_int(hc, "n_inner", 8L * c->hidden_size / 3, 0, 1, 1 << 17, &inner)) return -1;
    c->intermediate_size = (int)((inner + 255) / 256 * 256);

    /* Rotary over the whole head (rotary_emb_fraction 1), halves rotated together (not interleaved). */
    if (cfg_float(hc, "rotary_emb_fraction", 0.0, &fraction) || cfg_float(hc, "rotary_emb_base", 10000.0, &base)) return -1;
    if (fraction != 1.0)
        return fail("%s: rotary_emb_fraction %g is not supported (1: rotary over the whole head, as nomic-embed-text; 0 would be "
                    "learned absolute positions, between a partial rotary)", hc->file, fraction);
    if (!(base > 0 && base < 1e30)) return fail("%s: rotary_emb_base %g must be positive", hc->file, base);
    if ((c->hidden_size / c->num_heads) % 2) return fail("%s: rotary needs an even head size, not %d", hc->file, c->hidden_size / c->num_heads);
    n = json_get(&hc->doc, 0, "rotary_emb_scale_base");
    if (n >= 0 && json_type_of(&hc->doc, n) != JSON_NULL) return fail("%s: rotary_emb_scale_base (XPos) is not supported", hc->file);
    c->rope_theta = c->rope_local_theta = (float)base;
    c->global_every = c->local_window = 0;

    /* Lengths: n_positions (GPT2Config's max_position_embeddings; 2048 when <= 0, as from_pretrained
       sets it). With rotary_scaling_factor (dynamic NTK), the base changes for a batch longer than
       max_trained_positions: bert.h runs such a model only up to that length, where it is plain rotary. */
    if (cfg_int(hc, "n_positions", 1024, 0, -(1L << 20), 1 << 20, &positions) ||
        cfg_int(hc, "max_trained_positions", 2048, 0, 1, 1 << 20, &trained) || cfg_float(hc, "rotary_scaling_factor", 0.0, &scaling))
        return -1;
    if (positions <= 0) positions = 2048;
    if (positions > 1 << 16) return fail("%s: n_positions %ld is out of range [1, %d]", hc->file, positions, 1 << 16);
    c->max_position_embeddings = c->max_length = (int)positions;
    if (scaling != 0 && trained < c->max_length) c->max_length = (int)trained;

    /* Biases: qkv_proj_bias for Wqkv and out_proj, mlp_fc1_bias and mlp_fc2_bias for the
       feed-forward (default true); the LayerNorms always have theirs. */
    n = json_get(&hc->doc, 0, "qkv_proj_bias");
    if (n >= 0 && json_type_of(&hc->doc, n) == JSON_FALSE) c->omitted |= BERT_OMIT_ATTN_BIAS;
    {
        int fc1 = json_type_of(&hc->doc, json_get(&hc->doc, 0, "mlp_fc1_bias")) != JSON_FALSE;
        int fc2 = json_type_of(&hc->doc, json_get(&hc->doc, 0, "mlp_fc2_bias")) != JSON_FALSE;
        if (fc1 != fc2) return fail("%s: mlp_fc1_bias %s with mlp_fc2_bias %s is not supported (both or neither)", hc->file,
                                    fc1 ? "true" : "false", fc2 ? "true" : "false");
        if (!fc1) c->omitted |= BERT_OMIT_FFN_BIAS;
    }

    /* The vocabulary padded to a multiple of pad_vocab_size_multiple, as NomicBertModel does. */
    if (cfg_int(hc, "pad_vocab_size_multiple", 1, 0, 1, 1 << 16, &multiple)) return -1;
    c->vocab_size = (int)((c->vocab_size + multiple - 1) / multiple * multiple);
    return 0;
}

/* NomicBERT's config.json as transformers >= 5 writes it (its NomicBertConfig, BertConfig's names):
 * the gated feed-forward at exactly intermediate_size, silu (SwiGLU) or gelu (GeGLU); rotary over the
 * whole head with rope_parameters' rope_theta (default 1000), plain only; no biases. */
static int read_nomic_bert_hf(hf_config *hc, model_desc *d) {
    bert_config *c = &d->cfg;
    double theta = 1000.0;
    long head_dim;
    int n = json_get(&hc->doc, 0, "rope_parameters");
    if (c->hidden_act != BERT_ACT_SILU && c->hidden_act != BERT_ACT_GELU)
        return fail("%s: hidden_act is not supported for NomicBERT (silu or gelu: the gated feed-forward's activation)", hc->file);
    if (cfg_int(hc, "head_dim", c->hidden_size / c->num_heads, 0, 1, 1 << 15, &head_dim)) return -1;
    if (head_dim * c->num_heads != c->hidden_size)
        return fail("%s: head_dim %ld times num_attention_heads %d is not hidden_size %d: not supported", hc->file, head_dim, c->num_heads,
                    c->hidden_size);
    if (head_dim % 2) return fail("%s: rotary needs an even head size, not %ld", hc->file, head_dim);
    if (n >= 0 && json_type_of(&hc->doc, n) == JSON_OBJECT) {
        int k = json_get(&hc->doc, n, "rope_type"), t = json_get(&hc->doc, n, "rope_theta");
        if (k >= 0 && json_type_of(&hc->doc, k) != JSON_STRING) return fail("%s: rope_parameters' rope_type must be a string", hc->file);
        if (k >= 0 && strcmp(json_str(&hc->doc, k), "default") != 0)
            return fail("%s: rope_parameters' rope_type \"%s\" is not supported (only \"default\": plain rotary)", hc->file,
                        json_str(&hc->doc, k));
        if (t >= 0) {
            if (json_type_of(&hc->doc, t) != JSON_NUMBER) return fail("%s: rope_parameters' rope_theta must be a number", hc->file);
            theta = hc->doc.nodes[t].number;
        }
    } else if (n >= 0 && json_type_of(&hc->doc, n) != JSON_NULL) {
        return fail("%s: field \"rope_parameters\" must be an object", hc->file);
    }
    if (!(theta > 0 && theta < 1e30)) return fail("%s: rope_theta %g must be positive", hc->file, theta);
    c->rope_theta = c->rope_local_theta = (float)theta;
    c->global_every = c->local_window = 0;
    c->omitted |= BERT_OMIT_ATTN_BIAS | BERT_OMIT_FFN_BIAS;
    return 0;
}

/* GTE's config.json (NewConfig) as Alibaba-NLP's modeling.py reads it, its defaults included; the
 * options that would change what it computes in ways bert.h does not run are refused by name. */
static int read_gte(hf_config *hc, model_desc *d) {
    bert_config *c = &d->cfg;
    const char *norm_type;
    double theta, factor = 1.0;
    long v;
    int d_head = c->hidden_size / c->num_heads, n, k, pack;

    if (cfg_str(hc, "layer_norm_type", &norm_type)) return -1;
    if (norm_type && strcmp(norm_type, "layer_norm") != 0)
        return fail("%s: layer_norm_type \"%s\" is not supported (layer_norm, as every GTE release)", hc->file, norm_type);
    if ((v = cfg_bool(hc, "logn_attention_scale")) < 0) return -1;
    if (v) return fail("%s: logn_attention_scale true (queries scaled by log(length) / log(max_position_embeddings)) is not supported", hc->file);
    n = json_get(&hc->doc, 0, "pack_qkv");
    if ((pack = n < 0 ? 1 : cfg_bool(hc, "pack_qkv")) < 0) return -1;
    if (!pack) return fail("%s: pack_qkv false (separate q_proj, k_proj, v_proj) is not supported (the fused qkv_proj is)", hc->file);
    if (ends_with(d->arch_class, "ForQuestionAnswering") || ends_with(d->arch_class, "ForMultipleChoice"))
        return fail("%s: %s is not supported (GTE: the encoder, masked LM, sequence and token classification)", hc->file, d->arch_class);

    /* NewConfig's defaults where BertConfig's differ: one token type, 2048 positions. Rotary
       positions need no table: max_length is max_position_embeddings. */
    if (cfg_int(hc, "type_vocab_size", 1, 0, 0, 1 << 16, &v)) return -1;
    c->type_vocab_size = (int)v;
    if (cfg_int(hc, "max_position_embeddings", 2048, 0, 1, 1 << 16, &v)) return -1;
    c->max_position_embeddings = c->max_length = (int)v;

    /* Rotary over the whole head, halves rotated together, base rope_theta. rope_scaling "ntk"
       without mixed_b (gte-base-en-v1.5, gte-large-en-v1.5: factor 2) is static: the inverse
       frequencies 1 / (theta * f)^(2i/d) / f^(2/d) at every length, which bert.h runs as base
       theta * f with rope_factor f^(2/d). */
    if (cfg_float(hc, "rope_theta", 10000.0, &theta)) return -1;
    n = json_get(&hc->doc, 0, "rope_scaling");
    if (n >= 0 && json_type_of(&hc->doc, n) != JSON_NULL) {
        int type = json_get(&hc->doc, n, "type"), f = json_get(&hc->doc, n, "factor");
        if (json_type_of(&hc->doc, n) != JSON_OBJECT || json_type_of(&hc->doc, type) != JSON_STRING)
            return fail("%s: rope_scaling must be an object with a \"type\"", hc->file);
        if (strcmp(json_str(&hc->doc, type), "ntk") != 0)
            return fail("%s: rope_scaling type \"%s\" is not supported (GTE's code runs \"ntk\" only)", hc->file, json_str(&hc->doc, type));
        k = json_get(&hc->doc, n, "mixed_b");
        if (k >= 0 && json_type_of(&hc->doc, k) != JSON_NULL) return fail("%s: rope_scaling mixed_b (mixed NTK scaling) is not supported", hc->file);
        /* Alibaba-NLP's code scales only past max_position_embeddings, with a cache built for
           max_position_embeddings x factor positions: the same at every length for factor >= 1,
           and nothing bert.h's static form matches below 1. */
        if (json_type_of(&hc->doc, f) != JSON_NUMBER || !(hc->doc.nodes[f].number >= 1 && hc->doc.nodes[f].number < 1e6))
            return fail("%s: rope_scaling \"ntk\" needs a \"factor\" >= 1 (below 1 is not supported)", hc->file);
        factor = hc->doc.nodes[f].number;
    }
    if (!(theta > 0 && theta * factor < 1e30)) return fail("%s: rope_theta %g must be positive", hc->file, theta);
    if (d_head % 2) return fail("%s: rotary needs an even head size, not %d", hc->file, d_head);
    c->rope_theta = c->rope_local_theta = (float)(theta * factor);
    c->rope_factor = factor != 1.0 ? (float)pow(factor, 2.0 / d_head) : 0.0f;
    c->global_every = c->local_window = 0;

    /* Biases: every product has one but up_gate_proj. */
    c->omitted |= BERT_OMIT_FFN_UP_BIAS;
    return 0;
}

/* GTE's config.json as transformers saves it (GteConfig): one token type, 8192 positions and
 * rope_theta 160000 by default; rope_parameters (or the older rope_theta and rope_scaling) of type
 * "default" or "linear" (every frequency divided by its factor). */
static int read_gte_hf(hf_config *hc, model_desc *d) {
    bert_config *c = &d->cfg;
    double theta = 160000.0, factor = 0;
    const char *type = "default";
    int rope = json_get(&hc->doc, 0, "rope_parameters"), n, d_head = c->hidden_size / c->num_heads;
    long v;
    if (ends_with(d->arch_class, "ForQuestionAnswering") || ends_with(d->arch_class, "ForMultipleChoice"))
        return fail("%s: %s is not supported (GTE: the encoder, masked LM, sequence and token classification)", hc->file, d->arch_class);
    if (cfg_int(hc, "type_vocab_size", 1, 0, 0, 1 << 16, &v)) return -1;
    c->type_vocab_size = (int)v;
    if (cfg_int(hc, "max_position_embeddings", 8192, 0, 1, 1 << 16, &v)) return -1;
    c->max_position_embeddings = c->max_length = (int)v;
    if (rope < 0 || json_type_of(&hc->doc, rope) == JSON_NULL) rope = json_get(&hc->doc, 0, "rope_scaling");
    if (cfg_float(hc, "rope_theta", theta, &theta)) return -1;
    if (rope >= 0 && json_type_of(&hc->doc, rope) != JSON_NULL) {
        int t = json_get(&hc->doc, rope, "rope_type");
        if (json_type_of(&hc->doc, rope) != JSON_OBJECT) return fail("%s: rope_parameters must be an object", hc->file);
        if (t < 0) t = json_get(&hc->doc, rope, "type");
        if (t >= 0 && json_type_of(&hc->doc, t) == JSON_STRING) type = json_str(&hc->doc, t);
        n = json_get(&hc->doc, rope, "rope_theta");
        if (n >= 0 && json_type_of(&hc->doc, n) == JSON_NUMBER) theta = hc->doc.nodes[n].number;
        n = json_get(&hc->doc, rope, "partial_rotary_factor");
        if (n >= 0 && json_type_of(&hc->doc, n) != JSON_NULL && !(json_type_of(&hc->doc, n) == JSON_NUMBER && hc->doc.nodes[n].number == 1.0))
            return fail("%s: partial_rotary_factor is not supported (rotary over the whole head)", hc->file);
        n = json_get(&hc->doc, rope, "factor");
        if (n >= 0 && json_type_of(&hc->doc, n) == JSON_NUMBER) factor = hc->doc.nodes[n].number;
    }
    if (strcmp(type, "linear") == 0) {
        if (!(factor > 0 && factor < 1e6)) return fail("%s: rope type \"linear\" needs a positive \"factor\"", hc->file);
        c->rope_factor = factor != 1.0 ? (float)factor : 0.0f;
    } else if (strcmp(type, "default") != 0) {
        return fail("%s: rope type \"%s\" is not supported (default or linear)", hc->file, type);
    }
    if (!(theta > 0 && theta < 1e30)) return fail("%s: rope_theta %g must be positive", hc->file, theta);
    if (d_head % 2) return fail("%s: rotary needs an even head size, not %d", hc->file, d_head);
    c->rope_theta = c->rope_local_theta = (float)theta;
    c->global_every = c->local_window = 0;
    c->omitted |= BERT_OMIT_FFN_UP_BIAS; /* GteMLP: up_proj and gate_proj without a bias */
    return 0;
}

/* Reads the sizes and options from config.json into d->cfg. */
static int read_arch_config(hf_config *hc, model_desc *d) {
    const char *model_type, *act_name, *pos_type;
    const arch_desc *a;
    bert_config *c = &d->cfg;
    long v;
    double eps = 1e-12;
    int n, i;

    if (cfg_str(hc, "model_type", &model_type)) return -1;
    if (!model_type) return fail("%s: field \"model_type\" is missing", hc->file);
    for (i = 0; i < (int)(sizeof ARCHS / sizeof ARCHS[0]); i++)
        if (strcmp(model_type, ARCHS[i].model_type) == 0 && (!ARCHS[i].layout_key || json_get(&hc->doc, 0, ARCHS[i].layout_key) >= 0)) break;
    if (i == (int)(sizeof ARCHS / sizeof ARCHS[0])) {
        char known[256] = "";
        for (i = 0; i < (int)(sizeof ARCHS / sizeof ARCHS[0]); i++) /* rows of one model_type are adjacent */
            if (i == 0 || strcmp(ARCHS[i].model_type, ARCHS[i - 1].model_type) != 0)
                snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s", i ? ", " : "", ARCHS[i].model_type);
        return fail("%s: field \"model_type\" = \"%s\" is not supported (%s)", hc->file, model_type, known);
    }
    a = d->arch = &ARCHS[i];
    c->arch = a->arch;
    g_prefix = a->prefix;

    n = json_get(&hc->doc, 0, "architectures");
    d->arch_class = "";
    if (json_type_of(&hc->doc, n) == JSON_ARRAY && json_count(&hc->doc, n) > 0 &&
        json_type_of(&hc->doc, json_first(&hc->doc, n)) == JSON_STRING)
        d->arch_class = json_str(&hc->doc, json_first(&hc->doc, n));

    if (cfg_int(hc, "vocab_size", 0, 1, 1, 1 << 22, &v)) return -1;
    c->vocab_size = (int)v;
    if (cfg_int(hc, a->hidden_key, 0, 1, 1, 1 << 15, &v)) return -1;
    c->hidden_size = (int)v;
    if (cfg_int(hc, a->layers_key, 0, 1, 1, 1024, &v)) return -1;
    c->num_layers = (int)v;
    if (cfg_int(hc, a->heads_key, 0, 1, 1, 1024, &v)) return -1;
    c->num_heads = (int)v;
    if (a->intermediate_key) { /* else read_own's */
        if (cfg_int(hc, a->intermediate_key, 0, 1, 1, 1 << 17, &v)) return -1;
        c->intermediate_size = (int)v;
    }
    if (cfg_int(hc, "max_position_embeddings", 512, 0, 1, 1 << 16, &v)) return -1;
    c->max_position_embeddings = (int)v;
    c->type_vocab_size = 0;
    if (a->token_types) {
        if (cfg_int(hc, "type_vocab_size", a->defaults_v2 ? 0 : 2, 0, 0, 1 << 16, &v)) return -1;
        c->type_vocab_size = (int)v;
    }
    c->embedding_size = c->hidden_size;
    if (a->embedding_size) {
        if (cfg_int(hc, "embedding_size", a->embedding_size > 0 ? a->embedding_size : c->hidden_size, 0, 1, 1 << 15, &v)) return -1;
        c->embedding_size = (int)v;
    } else {
        if (cfg_int(hc, "embedding_size", c->hidden_size, 0, 1, 1 << 15, &v)) return -1;
        if (v != c->hidden_size)
            return fail("%s: embedding_size %ld differs from hidden_size %d: bert.h runs %s only with embeddings of the hidden size",
                        hc->file, v, c->hidden_size, a->model_type);
    }
    /* Layer groups: ALBERT shares layers between groups; every other model has one group per
     * layer, so bert.h runs a single schedule rule for all. */
    c->num_groups = c->num_layers;
    c->inner_group_num = 1;
    if (a->layer_groups) {
        if (cfg_int(hc, "num_hidden_groups", 1, 0, 1, 1024, &v)) return -1;
        c->num_groups = (int)v;
        if (cfg_int(hc, "inner_group_num", 1, 0, 1, 1024, &v)) return -1;
        c->inner_group_num = (int)v;
        if (c->num_layers % c->num_groups)
            return fail("%s: num_hidden_layers %d is not a multiple of num_hidden_groups %d", hc->file, c->num_layers, c->num_groups);
    }
    if (c->hidden_size % c->num_heads)
        return fail("%s: \"%s\" %d is not a multiple of \"%s\" %d", hc->file, a->hidden_key, c->hidden_size, a->heads_key, c->num_heads);

    act_name = NULL;
    if (a->act_key && cfg_str(hc, a->act_key, &act_name)) return -1; /* else read_own's */
    if (!act_name) act_name = "gelu";
    if (parse_act(act_name, &c->hidden_act))
        return fail("%s: field \"%s\" = \"%s\" is not a supported activation (gelu, gelu_new, gelu_pytorch_tanh, gelu_fast, "
                    "quick_gelu, relu, silu, swish, tanh)", hc->file, a->act_key, act_name);
    if (a->fixed_eps > 0) eps = a->fixed_eps;
    else if (cfg_float(hc, a->eps_key ? a->eps_key : "layer_norm_eps", a->default_eps > 0 ? a->default_eps : a->defaults_v2 ? 1e-7 : 1e-12,
                       &eps))
        return -1;
    if (!(eps > 0 && eps < 1)) return fail("%s: layer_norm_eps %g is out of range", hc->file, eps);
    c->layer_norm_eps = (float)eps;

    if (cfg_str(hc, "position_embedding_type", &pos_type)) return -1;
    if (pos_type && strcmp(pos_type, a->position_type ? a->position_type : "absolute") != 0)
        return fail("%s: field \"position_embedding_type\" = \"%s\" is not supported (only \"%s\")", hc->file, pos_type,
                    a->position_type ? a->position_type : "absolute");
    /* (DistilBERT's sinusoidal_pos_embds: those tables are stored in the checkpoint like learned ones.) */

    if (cfg_int(hc, "pad_token_id", a->default_pad, 0, -1, c->vocab_size - 1, &v)) return -1;
    c->pad_id = (int)v;
    if (a->position_pad >= 0 && c->pad_id != a->position_pad)
        return fail("%s: pad_token_id %d; %s counts positions from padding index %d, so bert.h needs the pad id to be %d", hc->file,
                    c->pad_id, a->model_type, a->position_pad, a->position_pad);
    c->cls_id = c->sep_id = c->unk_id = c->mask_id = -1;
    c->positions = a->positions;
    d->has_positions = a->position_table != NULL;
    if (a->position_flag) {
        n = json_get(&hc->doc, 0, a->position_flag);
        if (n >= 0 && json_type_of(&hc->doc, n) != JSON_TRUE && json_type_of(&hc->doc, n) != JSON_FALSE && json_type_of(&hc->doc, n) != JSON_NULL)
            return fail("%s: field \"%s\" must be true or false", hc->file, a->position_flag);
        if (json_type_of(&hc->doc, n) == JSON_FALSE) {
            c->positions = BERT_POSITIONS_NONE;
            d->has_positions = 0;
        }
    }
    if (a->positions == BERT_POSITIONS_PADDED) {
        long bos, eos;
        if (cfg_int(hc, "bos_token_id", -1, 0, -1, c->vocab_size - 1, &bos) || cfg_int(hc, "eos_token_id", -1, 0, -1, c->vocab_size - 1, &eos))
            return -1;
        c->cls_id = (int)bos;
        c->sep_id = (int)eos;
        /* RoBERTa numbers positions from pad + 1 and skips pads: the last usable index is P - 1. */
        if (c->pad_id < 0 || c->pad_id + 2 > c->max_position_embeddings)
            return fail("%s: pad_token_id %d leaves no positions in a table of %d", hc->file, c->pad_id, c->max_position_embeddings);
        c->max_length = c->max_position_embeddings - c->pad_id - 1;
    } else {
        c->max_length = c->max_position_embeddings;
    }
    if (a->disentangled && read_disentangled(hc, d)) return -1;
    if (read_layer_style(hc, d)) return -1;
    if (a->read_own && a->read_own(hc, d)) return -1;
    if (a->seq_act_key && cfg_act(hc, a->seq_act_key, a->seq.act, &d->seq_act_config)) return -1;
    if (a->choice.dense && ends_with(d->arch_class, "ForMultipleChoice") && read_summary(hc, d)) return -1;
    if (a->relative_bias) {
        /* The table has the config's rows; the model's code buckets distances its own fixed way. */
        if (cfg_int(hc, "relative_attention_num_buckets", 32, 0, 1, 1024, &v)) return -1;
        if (v != a->relative_buckets)
            return fail("%s: relative_attention_num_buckets %ld; %s's attention always uses %d buckets, so bert.h takes only a "
                        "table of %d", hc->file, v, a->model_type, a->relative_buckets, a->relative_buckets);
        c->relative_buckets = a->relative_buckets;
        c->relative_max_distance = a->relative_max_distance;
    }

    /* Label names from id2label, in id order. */
    n = json_get(&hc->doc, 0, "id2label");
    if (json_type_of(&hc->doc, n) == JSON_OBJECT && json_count(&hc->doc, n) > 0) {
        int k, cnt = json_count(&hc->doc, n);
        d->labels = (char **)calloc((size_t)cnt, sizeof *d->labels);
        if (!d->labels) return fail("out of memory");
        d->num_labels = cnt;
        for (k = json_first(&hc->doc, n); k >= 0; k = json_next(&hc->doc, k)) {
            char *end;
            long id = strtol(json_key(&hc->doc, k), &end, 10);
            if (*end || id < 0 || id >= cnt || json_type_of(&hc->doc, k) != JSON_STRING)
                return fail("%s: id2label must map the ids 0..%d to strings (bad key \"%s\")", hc->file, cnt - 1, json_key(&hc->doc, k));
            if (d->labels[id]) return fail("%s: id2label repeats id %ld", hc->file, id);
            d->labels[id] = strdup(json_str(&hc->doc, k));
            if (!d->labels[id]) return fail("out of memory");
        }
    }
    return 0;
}

typedef enum { TASK_AUTO, TASK_SEQ, TASK_TOKEN } task_hint;

/* A tensor the converter computes: rows x cols floats, owned by the plan. NULL when out of memory. */
static st_tensor *made_tensor(plan *p, const char *name, int rows, int cols) {
    st_tensor *t;
    if (p->made_count == p->made_cap) {
        int cap = p->made_cap ? 2 * p->made_cap : 16;
        st_tensor **grown = (st_tensor **)realloc(p->made, (size_t)cap * sizeof *grown);
        if (!grown) return NULL;
        p->made = grown;
        p->made_cap = cap;
    }
    t = (st_tensor *)calloc(1, sizeof *t);
    if (!t) return NULL;
    t->data = (const uint8_t *)calloc((size_t)rows * cols, sizeof(float));
    t->name = strdup(name);
    if (!t->data || !t->name) { free((void *)t->data); free(t->name); free(t); return NULL; }
    t->raw_name = t->name;
    t->dtype = ST_F32;
    t->ndim = 2;
    t->shape[0] = rows;
    t->shape[1] = cols;
    t->bytes = (size_t)rows * cols * sizeof(float);
    t->file = "(computed by bert-convert)";
    p->made[p->made_count++] = t;
    return t;
}

static void plan_free(plan *p) {
    int i;
    for (i = 0; i < p->made_count; i++) {
        free((void *)p->made[i]->data);
        free(p->made[i]->name);
        free(p->made[i]);
    }
    free(p->made);
    free(p->t);
    memset(p, 0, sizeof *p);
}

/* out[r][o] = b[o] + sum_i x[r][i] w[o][i]: a linear layer in double, for what the converter
 * computes once (the products are exact to float, whatever the order). */
static int linear_rows(const double *x, int rows, int in, const st_tensor *w, const st_tensor *b, float *out) {
    int r, o, i, outs = (int)w->shape[0];
    double *wrow = (double *)malloc((size_t)in * sizeof *wrow);
    if (!wrow) return fail("out of memory");
    for (o = 0; o < outs; o++) {
        for (i = 0; i < in; i++) wrow[i] = st_element(w, (size_t)o * in + i);
        for (r = 0; r < rows; r++) {
            double acc = st_element(b, (size_t)o);
            const double *xr = x + (size_t)r * in;
            for (i = 0; i < in; i++) acc += xr[i] * wrow[i];
            out[(size_t)r * outs + o] = (float)acc;
        }
    }
    free(wrow);
    return 0;
}

/* DeBERTa's position keys (c2p) and queries (p2c) of every layer: the relative embeddings,
 * LayerNorm'd when norm_rel_ebd says so, through the layer's key and query projections (its own
 * with share_att_key, else pos_key_proj and pos_query_proj), [2 span][H]. They depend on the
 * weights only, so they are computed here once rather than per batch; stored in panels, the
 * micro-kernel's operand (f32; f16 in an f16 file; f32 in a q8_0 file, where the attention's
 * share of the time is larger and converting f16 as it is read cost a third of it). */
static int plan_disentangled(plan *p, st_set *set, const model_desc *d) {
    const bert_config *c = &d->cfg;
    int H = c->hidden_size, R = 2 * c->disentangled_span, L, r, i, term;
    st_tensor *emb, *nw = NULL, *nb = NULL;
    double *rel;
    if (need(set, "encoder.rel_embeddings.weight", R, H, 1, &emb)) return -1;
    if (d->norm_rel_ebd && (need(set, "encoder.LayerNorm.weight", 0, H, 1, &nw) || need(set, "encoder.LayerNorm.bias", 0, H, 1, &nb)))
        return -1;
    emb->used = 1;
    rel = (double *)malloc((size_t)R * H * sizeof *rel);
    if (!rel) return fail("out of memory");
    for (r = 0; r < R; r++) {
        double *x = rel + (size_t)r * H, mean = 0, var = 0;
        for (i = 0; i < H; i++) mean += x[i] = st_element(emb, (size_t)r * H + i);
        if (!nw) continue;
        mean /= H;
        for (i = 0; i < H; i++) var += (x[i] - mean) * (x[i] - mean);
        var /= H;
        for (i = 0; i < H; i++) x[i] = (x[i] - mean) / sqrt(var + (double)c->layer_norm_eps) * st_element(nw, (size_t)i) + st_element(nb, (size_t)i);
    }
    if (nw) nw->used = nb->used = 1;
    for (L = 0; L < c->num_layers; L++) {
        for (term = 0; term < 2; term++) {
            const char *proj = term == 0 ? (d->share_att_key ? "key_proj" : "pos_key_proj") : (d->share_att_key ? "query_proj" : "pos_query_proj");
            char base[96], hw[200], hb[200], can[96];
            st_tensor *w, *b, *made;
            out_tensor *t;
            if (!(c->disentangled_terms & (term == 0 ? BERT_C2P : BERT_P2C))) continue;
            snprintf(base, sizeof base, d->arch->layer->layer, L, 0);
            snprintf(hw, sizeof hw, "%s.attention.self.%s.weight", base, proj);
            snprintf(hb, sizeof hb, "%s.attention.self.%s.bias", base, proj);
            snprintf(can, sizeof can, "layers.%d.%s", L, term == 0 ? BERT__T_REL_KEY : BERT__T_REL_QUERY);
            if (need(set, hw, H, H, 1, &w) || need(set, hb, 0, H, 1, &b)) { free(rel); return -1; }
            w->used = b->used = 1;
            if (!(made = made_tensor(p, can, R, H)) || !(t = plan_add(p, can, R, H, made))) { free(rel); return fail("out of memory"); }
            if (linear_rows(rel, R, H, w, b, (float *)made->data)) { free(rel); return -1; }
            t->dtype = p->matrix_dtype == BERT_DTYPE_F16 ? BERT_DTYPE_F16 : BERT_DTYPE_F32;
            t->layout = BERT__LAYOUT_PANELS;
        }
    }
    free(rel);
    return 0;
}

/* Whether canonical tensor `name` is a weight that reads the hidden state: query, key and value,
   and the FFN's up-projection of a layer. */
static int reads_hidden(const char *name) {
    const char *dot = strncmp(name, "layers.", 7) == 0 ? strchr(name + 7, '.') : NULL;
    return dot && (strcmp(dot + 1, BERT__T_QKV ".weight") == 0 || strcmp(dot + 1, BERT__T_FFN_UP ".weight") == 0);
}

static void sort_ints(int *v, int n) {
    int i, j;
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && v[j - 1] > v[j]; j--) { int t = v[j]; v[j] = v[j - 1]; v[j - 1] = t; }
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The median of v[0..n) (the upper one for even n); v is left unchanged. */
static double median_of(const double *v, int n) {
    double *copy = (double *)malloc((size_t)n * sizeof *copy), m;
    if (!copy) return 0;
    memcpy(copy, v, (size_t)n * sizeof *copy);
    qsort(copy, (size_t)n, sizeof *copy, compare_doubles);
    m = copy[n / 2];
    free(copy);
    return m;
}

/* The hidden state's outlier dimensions, and the weights that read them kept apart.
 *
 * Trained encoders carry a few hidden dimensions with very large values (on the first token
 * especially: all-mpnet-base-v2's dimension 555 reaches 26 where the others stay near 0.5). A
 * product reading the hidden state (query, key, value, FFN up) multiplies the rounding error of
 * those dimensions' weights by that value: in f16 and q8_0 files it was most of the error on the
 * texts that suffered most (all-mpnet-base-v2 q8_0: cosine 0.990 on "nom-version.so", from
 * layer 2's value weights at dimension 555; f16: 0.99988). Those dimensions are visible in the
 * weights: they are the rows that some FFN down-projection writes with a largest |weight| at
 * least OUTLIER_FACTOR times the median row's (all-mpnet-base-v2: 34, 442, 461, 555, 568, 688,
 * each from 4 to 63 times; a random or untrained checkpoint has none). Their columns of the
 * products that read the hidden state are written as zeros in the f16 or q8_0 weight and kept
 * f32 apart, `<weight>.outliers` [n][out], row i the column of dimension i; the run time adds
 * them back exactly. encoder.outlier_mask [H] says which dimensions they are. Up to MAX_OUTLIERS
 * of them, the strongest; f32 files and row-major layouts keep every weight where it was. */
static int plan_outliers(plan *p, st_set *set, const model_desc *d) {
    const bert_config *c = &d->cfg;
    const layer_names *n = d->arch->layer;
    int H = c->hidden_size, I = c->intermediate_size, g, j, i, r, k;
    double *strength, *peak;
    st_tensor *mask;
    if (p->matrix_dtype == BERT_DTYPE_F32 || p->row_major) return 0;
    strength = (double *)calloc((size_t)H, sizeof *strength);
    peak = (double *)malloc((size_t)H * sizeof *peak);
    if (!strength || !peak) { free(strength); free(peak); return fail("out of memory"); }
    for (g = 0; g < c->num_groups; g++) {
        for (j = 0; j < c->inner_group_num; j++) {
            char base[96], hw[200];
            st_tensor *down;
            double median;
            snprintf(base, sizeof base, n->layer, g, j);
            snprintf(hw, sizeof hw, "%s.%s.weight", base, n->ffn_down);
            if (!(down = st_find(set, hw))) continue; /* already required (and so found) by plan_encoder */
            for (r = 0; r < H; r++) {
                peak[r] = 0;
                for (k = 0; k < I; k++) {
                    double v = fabs(st_element(down, (size_t)r * I + k));
                    if (v > peak[r]) peak[r] = v;
                }
            }
            median = median_of(peak, H);
            for (r = 0; r < H; r++)
                if (median > 0 && peak[r] / median > strength[r]) strength[r] = peak[r] / median;
        }
    }
    free(peak);
    /* The strongest first, up to MAX_OUTLIERS, then in ascending order. */
    while (p->outlier_count < MAX_OUTLIERS) {
        int best = -1;
        for (r = 0; r < H; r++)
            if (strength[r] >= OUTLIER_FACTOR && (best < 0 || strength[r] > strength[best])) best = r;
        if (best < 0) break;
        p->outlier_dims[p->outlier_count++] = best;
        strength[best] = 0;
    }
    free(strength);
    if (p->outlier_count == 0) return 0;
    sort_ints(p->outlier_dims, p->outlier_count);
    if (!(mask = made_tensor(p, BERT__T_OUTLIER_MASK, 1, H)) || !plan_add(p, BERT__T_OUTLIER_MASK, 0, H, mask)) return fail("out of memory");
    for (i = 0; i < p->outlier_count; i++) ((float *)mask->data)[p->outlier_dims[i]] = 1;
    for (i = 0; i < p->count; i++) {
        out_tensor *t = &p->t[i];
        char name[96];
        st_tensor *kept;
        int rows = t->rows, s, row;
        if (!reads_hidden(t->name)) continue;
        snprintf(name, sizeof name, "%.*s.%s", (int)(strlen(t->name) - strlen(".weight")), t->name, BERT__T_OUTLIERS);
        if (!(kept = made_tensor(p, name, p->outlier_count, rows))) return fail("out of memory");
        for (s = 0, row = 0; s < 3 && t->src[s]; row += (int)t->src[s]->shape[0], s++)
            for (r = 0; r < (int)t->src[s]->shape[0]; r++)
                for (k = 0; k < p->outlier_count; k++)
                    ((float *)kept->data)[(size_t)k * rows + row + r] = st_element(t->src[s], (size_t)r * H + p->outlier_dims[k]);
        t->drop_cols = p->outlier_dims;
        t->drop_count = p->outlier_count;
        if (!(t = plan_add(p, name, p->outlier_count, rows, kept))) return fail("out of memory");
        t->dtype = BERT_DTYPE_F32;
        t->layout = BERT__LAYOUT_ROWS;
    }
    return 0;
}

/* A layer's gated feed-forward kept as one tensor [up; gate] (arch_desc.fused_up_gate): its two
 * halves become the views "<name>.up.weight" and "<name>.gate.weight" (the same bytes), which the
 * layer names then stack in bert.h's order. Runs before planning: adding tensors may move the set. */
static int split_up_gate(st_set *set, const model_desc *d) {
    const bert_config *c = &d->cfg;
    const char *fused_part = d->arch->fused_up_gate;
    static const char *const half_names[2] = {"up", "gate"};
    int I = c->intermediate_size, H = c->hidden_size, L, h;
    if (!fused_part) return 0;
    for (L = 0; L < c->num_layers; L++) {
        char stem[200], fused_name[260], half_name[260], raw[700];
        st_tensor *fused, *t;
        snprintf(stem, sizeof stem, d->arch->layer->layer, L, 0);
        snprintf(fused_name, sizeof fused_name, "%s.%s.bias", stem, fused_part);
        if (st_find(set, fused_name)) return fail("%s: tensor \"%s\" is there but %s's up_gate_proj has no bias", g_weights_name, fused_name, d->arch->model_type);
        snprintf(fused_name, sizeof fused_name, "%s.%s.weight", stem, fused_part);
        if (need(set, fused_name, 2 * I, H, 1, &fused)) return -1;
        fused->used = 1;
        for (h = 0; h < 2; h++) {
            if (set->count == set->cap) {
                int cap = set->cap ? set->cap * 2 : 256;
                st_tensor *nt = (st_tensor *)realloc(set->t, (size_t)cap * sizeof *nt);
                if (!nt) return fail("out of memory");
                set->t = nt;
                set->cap = cap;
                fused = st_find(set, fused_name);
            }
            t = &set->t[set->count];
            *t = *fused;
            t->used = 0;
            t->shape[0] = I;
            t->bytes = fused->bytes / 2;
            t->data = fused->data + h * t->bytes;
            snprintf(half_name, sizeof half_name, "%s.%s.%s.weight", stem, fused_part, half_names[h]);
            snprintf(raw, sizeof raw, "%s (rows %d..%d, the %s half)", fused->raw_name, h * I, h * I + I - 1, half_names[h]);
            t->name = strdup(half_name);
            t->raw_name = strdup(raw);
            if (!t->raw_name || !t->name) { free(t->raw_name); free(t->name); return fail("out of memory"); }
            set->count++;
        }
    }
    return 0;
}

/* The base encoder's tensors. */
static int plan_encoder(plan *p, st_set *set, const model_desc *d) {
    const bert_config *c = &d->cfg;
    int H = c->hidden_size, E = c->embedding_size, I = c->intermediate_size, g, j;
    const arch_desc *a = d->arch;
    const layer_names *n = a->layer;
    st_tensor *t;
    char name[160];
    int norm_bias = !(c->omitted & BERT_OMIT_NORM_BIAS), up = c->gated_ffn ? 2 * I : I;
    int attn_flags = LIN_REQUIRED | (c->omitted & BERT_OMIT_ATTN_BIAS ? LIN_NO_BIAS : 0);
    int ffn_flags = LIN_REQUIRED | (c->omitted & BERT_OMIT_FFN_BIAS ? LIN_NO_BIAS : 0);
    int up_flags = ffn_flags | (c->omitted & BERT_OMIT_FFN_UP_BIAS ? LIN_NO_BIAS : 0);

    snprintf(name, sizeof name, "%s.weight", a->word_table ? a->word_table : "embeddings.word_embeddings");
    if (need(set, name, c->vocab_size, E, 1, &t) || !plan_add(p, BERT__T_WORD, c->vocab_size, E, t)) return -1;
    snprintf(name, sizeof name, "%s.weight", a->position_table ? a->position_table : "");
    if (d->has_positions && (need(set, name, c->max_position_embeddings, E, 1, &t) || !plan_add(p, BERT__T_POSITION, c->max_position_embeddings, E, t)))
        return -1;
    /* type_vocab_size 0 beside a token-type table: transformers builds nn.Embedding(0, hidden)
       for that config, and from_pretrained refuses the checkpoint's table as a size mismatch.
       Dropping the table would give outputs that match neither, so refuse it too. */
    t = c->type_vocab_size == 0 ? st_find(set, "embeddings.token_type_embeddings.weight") : NULL;
    if (t)
        return fail("%s: type_vocab_size is 0 but %s has the token-type table \"%s\" (%lld rows); transformers refuses that "
                    "checkpoint for this config (size mismatch); set type_vocab_size to the table's rows",
                    g_config_name, t->file, t->raw_name, t->ndim > 0 ? (long long)t->shape[0] : 0LL);
    if (c->type_vocab_size > 0 && (need(set, "embeddings.token_type_embeddings.weight", c->type_vocab_size, E, 1, &t) ||
                                   !plan_add(p, BERT__T_TOKEN_TYPE, c->type_vocab_size, E, t)))
        return -1;
    if (add_norm(p, set, BERT__T_EMB_NORM, a->emb_norm ? a->emb_norm : "embeddings.LayerNorm", E, norm_bias)) return -1;
    if (a->final_norm && add_norm(p, set, BERT__T_FINAL_NORM, a->final_norm, H, norm_bias)) return -1;
    if (a->emb_project && (a->project_always || E != H)) {
        if (add_linear(p, set, BERT__T_EMB_PROJECT, a->emb_project, H, E, 1) < 0) return -1;
    } else if (E != H) {
        return fail("%s: embedding_size %d differs from hidden_size %d, which only ALBERT and ELECTRA allow", g_config_name, E, H);
    }
    if (c->disentangled_terms && plan_disentangled(p, set, d)) return -1;
    snprintf(name, sizeof name, "%s.weight", a->relative_bias ? a->relative_bias : "");
    if (a->relative_bias) {
        out_tensor *bias;
        if (need(set, name, c->relative_buckets, c->num_heads, 1, &t) || !(bias = plan_add(p, BERT__T_REL_BIAS, c->relative_buckets, c->num_heads, t)))
            return -1;
        /* f32 whatever the dtype: a few hundred values added to every score, where f16's
           rounding of a bias near 10 moved an all-mpnet-base-v2 embedding to cosine 0.99974. */
        bias->dtype = BERT_DTYPE_F32;
    }

    for (g = 0; g < c->num_groups; g++) {
        for (j = 0; j < c->inner_group_num; j++) {
            char base[96], can[96], hf[5][200];
            const char *qkv[3], *up_halves[2];
            int L = g * c->inner_group_num + j;
            snprintf(base, sizeof base, n->layer, g, j);
#define CAN(part) (snprintf(can, sizeof can, "layers.%d.%s", L, part), can)
#define HF(i, part) (snprintf(hf[i], sizeof hf[i], "%s.%s", base, part), hf[i])
            qkv[0] = HF(0, n->q);
            qkv[1] = n->k ? HF(1, n->k) : NULL;
            qkv[2] = n->v ? HF(2, n->v) : NULL;
            up_halves[0] = HF(3, n->ffn_up);
            up_halves[1] = n->ffn_linear ? HF(4, n->ffn_linear) : NULL;
            if ((n->k ? add_stacked(p, set, CAN(BERT__T_QKV), qkv, 3, H, H, LIN_REQUIRED)
                      : add_linear(p, set, CAN(BERT__T_QKV), qkv[0], 3 * H, H, attn_flags) < 0) ||
                add_linear(p, set, CAN(BERT__T_ATTN_OUT), HF(0, n->attn_out), H, H, attn_flags) < 0 ||
                ((L > 0 || !(c->omitted & BERT_OMIT_FIRST_ATTN_NORM)) && add_norm(p, set, CAN(BERT__T_ATTN_NORM), HF(0, n->attn_norm), H, norm_bias)) ||
                (n->ffn_linear ? add_stacked(p, set, CAN(BERT__T_FFN_UP), up_halves, 2, I, H, up_flags)
                             : add_linear(p, set, CAN(BERT__T_FFN_UP), up_halves[0], up, H, up_flags) < 0) ||
                add_linear(p, set, CAN(BERT__T_FFN_DOWN), HF(0, n->ffn_down), H, I, ffn_flags) < 0 ||
                add_norm(p, set, CAN(BERT__T_FFN_NORM), HF(0, n->ffn_norm), H, norm_bias))
                return -1;
#undef CAN
#undef HF
        }
    }
    return plan_outliers(p, set, d);
}

/* The masked-LM decoder: its own weight when the checkpoint keeps one, else tied to the word
 * embeddings (stored once; the two table entries share data). */
static int plan_mlm_decoder(plan *p, st_set *set, const char *hf_weight, const char *hf_bias, const char *hf_bias2, int V, int dim) {
    st_tensor *w, *b;
    out_tensor *t;
    if (need(set, hf_weight, V, dim, 0, &w)) return -1;
    if (w) { /* a pytorch_model.bin keeps a tied decoder as a second name for the table's storage */
        int i;
        for (i = 0; i < p->count; i++)
            if (strcmp(p->t[i].name, BERT__T_WORD) == 0 && p->t[i].src[0] && p->t[i].src[0]->data == w->data &&
                p->t[i].src[0]->bytes == w->bytes && p->t[i].src[0]->dtype == w->dtype) {
                w->used = 1;
                w = NULL;
                break;
            }
    }
    if (w) {
        if (!plan_add(p, BERT__T_MLM_DECODER ".weight", V, dim, w)) return fail("out of memory");
    } else {
        int i;
        if (!(t = plan_add(p, BERT__T_MLM_DECODER ".weight", V, dim, NULL))) return fail("out of memory");
        for (i = 0; i < p->count; i++)
            if (strcmp(p->t[i].name, BERT__T_WORD) == 0) p->t[p->count - 1].alias = i;
        if (p->t[p->count - 1].alias < 0 || p->t[p->t[p->count - 1].alias].cols != dim)
            return fail("the masked-LM decoder is tied to the word embeddings, whose width does not match");
        t->dtype = p->t[t->alias].dtype; /* shared bytes: the table's row-major layout */
        t->layout = p->t[t->alias].layout;
    }
    if (need(set, hf_bias, 0, V, 0, &b)) return -1;
    if (!b && hf_bias2 && need(set, hf_bias2, 0, V, 0, &b)) return -1;
    if (!b) return fail("%s: tensor \"%s\" is missing", g_weights_name, hf_bias);
    /* The decoder's own bias is the same parameter as the head's bias (tied). */
    if (hf_bias2) { st_tensor *b2 = st_find(set, hf_bias2); if (b2) b2->used = 1; }
    if (!plan_add(p, BERT__T_MLM_DECODER ".bias", 0, V, b)) return fail("out of memory");
    return 0;
}

/* "<hf>.weight", for st_find. */
static const char *weight_name(const char *hf) {
    static char name[200];
    snprintf(name, sizeof name, "%s.weight", hf);
    return name;
}

/* The head of a model with one shared transform (arch_desc.shared: ModernBERT's "head", dense ->
 * act -> norm) before the masked-LM decoder, or the classifier on the pooled first token or mean
 * (sequence classification), on every token (token classification), or on every token with two
 * outputs, start and end (extractive QA); architectures[0] or --task says which classifier. */
static int plan_shared_head(plan *p, st_set *set, model_desc *d, task_hint task) {
    bert_config *c = &d->cfg;
    const head_names *s = &d->arch->shared;
    int H = c->hidden_size, labels, is_token, is_qa = task == TASK_AUTO && ends_with(d->arch_class, "ForQuestionAnswering");
    int dense_flags = LIN_REQUIRED | (c->omitted & BERT_OMIT_HEAD_BIAS ? LIN_NO_BIAS : 0), norm_bias = !(c->omitted & BERT_OMIT_NORM_BIAS);
    st_tensor *cls_w = st_find(set, weight_name(s->out));
    if (!st_find(set, weight_name(s->dense))) return 0; /* the bare encoder */
    if (st_find(set, s->bias)) { /* the decoder's bias: masked LM, decoder tied to the word embeddings */
        if (add_linear(p, set, BERT__T_MLM_DENSE, s->dense, H, H, dense_flags) < 0 || add_norm(p, set, BERT__T_MLM_NORM, s->norm, H, norm_bias) ||
            plan_mlm_decoder(p, set, "decoder.weight", s->bias, NULL, c->vocab_size, H))
            return -1;
        d->mlm_act = d->shared_act;
        d->mlm_eps = c->layer_norm_eps;
        c->heads |= BERT_HEAD_MLM;
        return 0;
    }
    if (!cls_w || cls_w->ndim != 2) return fail("%s: \"%s\" without a decoder bias or a classifier matrix", g_weights_name, weight_name(s->dense));
    labels = (int)cls_w->shape[0];
    if (is_qa) { /* "classifier" is qa_outputs: the start and the end logit of every token */
        if (labels != 2) return fail("%s: a question-answering \"%s\" has 2 outputs (start, end), not %d", g_weights_name, s->out, labels);
        if (add_linear(p, set, BERT__T_QA_PRE, s->dense, H, H, dense_flags) < 0 || add_norm(p, set, BERT__T_QA_NORM, s->norm, H, norm_bias) ||
            add_linear(p, set, BERT__T_QA_OUT, s->out, 2, H, LIN_REQUIRED) < 0)
            return -1;
        d->qa_act = d->shared_act;
        d->head_norms = BERT__NORM_AFTER_QA;
        c->heads |= BERT_HEAD_QA;
        return 0;
    }
    if (task != TASK_AUTO) is_token = task == TASK_TOKEN;
    else if (ends_with(d->arch_class, "ForTokenClassification")) is_token = 1;
    else if (ends_with(d->arch_class, "ForSequenceClassification")) is_token = 0;
    else return fail("%s: \"architectures\" does not say whether \"%s\" is a sequence or a token classifier; pass --task seq or --task token",
                     g_config_name, s->out);
    if (add_linear(p, set, is_token ? BERT__T_TOKEN_PRE : BERT__T_SEQ_PRE, s->dense, H, H, dense_flags) < 0 ||
        add_norm(p, set, is_token ? BERT__T_TOKEN_NORM : BERT__T_SEQ_NORM, s->norm, H, norm_bias) ||
        add_linear(p, set, is_token ? BERT__T_TOKEN_OUT : BERT__T_SEQ_OUT, s->out, labels, H, LIN_REQUIRED) < 0)
        return -1;
    if (is_token) {
        d->token_act = d->shared_act;
        d->head_norms = BERT__NORM_AFTER_TOKEN;
        c->heads |= BERT_HEAD_TOKEN_CLS;
    } else {
        d->seq_act = d->shared_act;
        d->seq_source = d->shared_mean ? BERT__SEQ_FROM_MEAN : BERT__SEQ_FROM_FIRST_TOKEN;
        d->head_norms = BERT__NORM_AFTER_SEQ;
        c->heads |= BERT_HEAD_SEQ_CLS;
    }
    c->num_labels = labels;
    if (d->num_labels && d->num_labels != labels)
        return fail("config.json id2label has %d labels but the classifier has %d outputs", d->num_labels, labels);
    return 0;
}

/* The task heads: chosen by the tensors present, with architectures[0] deciding the one
 * ambiguous case (a plain "classifier" is a sequence or a token classifier). */
static int plan_task_heads(plan *p, st_set *set, model_desc *d, task_hint task) {
    bert_config *c = &d->cfg;
    const arch_desc *a = d->arch;
    int H = c->hidden_size, E = c->embedding_size, V = c->vocab_size, r, labels = 0;
    st_tensor *cls_w = st_find(set, "classifier.weight");
    const head_names *seq = d->choice && a->choice.dense ? &a->choice : &a->seq;
    if (a->shared.dense) return plan_shared_head(p, set, d, task);

    /* Pooler. */
    r = a->pooler ? add_linear(p, set, BERT__T_POOLER, a->pooler, H, H, 0) : 0;
    if (r < 0) return -1;
    if (r) c->heads |= BERT_HEAD_POOLER;

    /* Sequence classification: a two-product head on the first token, or "classifier" on the pooler. */
    if (seq->dense && st_find(set, weight_name(seq->dense))) {
        st_tensor *o = st_find(set, weight_name(seq->out));
        if (!o || o->ndim != 2) return fail("tensor \"%s.weight\" is missing or not a matrix", seq->out);
        labels = (int)o->shape[0];
        if (add_linear(p, set, BERT__T_SEQ_PRE, seq->dense, H, H, 1) < 0) return -1;
        if (add_linear(p, set, BERT__T_SEQ_OUT, seq->out, labels, H, 1) < 0) return -1;
        c->heads |= BERT_HEAD_SEQ_CLS;
        d->seq_source = BERT__SEQ_FROM_FIRST_TOKEN;
        d->seq_act = seq == &a->choice ? d->choice_act : a->seq_act_key ? d->seq_act_config : a->seq.act;
    } else if (cls_w) {
        int is_token;
        if (cls_w->ndim != 2) return fail("tensor \"classifier.weight\" is not a matrix");
        labels = (int)cls_w->shape[0];
        if (task == TASK_SEQ) is_token = 0;
        else if (task == TASK_TOKEN) is_token = 1;
        else if (ends_with(d->arch_class, "ForTokenClassification")) is_token = 1;
        else if (ends_with(d->arch_class, "ForSequenceClassification")) is_token = 0;
        else if (a->seq.dense) is_token = 1; /* their sequence heads have other names */
        else return fail("%s: \"architectures\" does not say whether \"classifier\" is a sequence or a token classifier; "
                         "pass --task seq or --task token", g_config_name);
        if (is_token) {
            if (add_linear(p, set, BERT__T_TOKEN_OUT, "classifier", labels, H, 1) < 0) return -1;
            c->heads |= BERT_HEAD_TOKEN_CLS;
        } else {
            if (!(c->heads & BERT_HEAD_POOLER)) return fail("a BERT/ALBERT sequence classifier needs the pooler, which the checkpoint lacks");
            if (add_linear(p, set, BERT__T_SEQ_OUT, "classifier", labels, H, 1) < 0) return -1;
            c->heads |= BERT_HEAD_SEQ_CLS;
            d->seq_source = BERT__SEQ_FROM_POOLER;
            d->seq_act = BERT_ACT_NONE;
        }
    }
    if (labels) {
        c->num_labels = labels;
        if (d->num_labels && d->num_labels != labels)
            return fail("config.json id2label has %d labels but the classifier has %d outputs", d->num_labels, labels);
    }

    /* Extractive QA. */
    if ((r = add_linear(p, set, BERT__T_QA_OUT, "qa_outputs", 2, H, 0)) < 0) return -1;
    if (r) c->heads |= BERT_HEAD_QA;

    /* Masked LM: dense -> act -> LayerNorm -> decoder, to the embedding width E (H for most). */
    d->mlm_eps = a->mlm_eps > 0 ? (float)a->mlm_eps : c->layer_norm_eps;
    if (a->mlm.dense && st_find(set, weight_name(a->mlm.dense))) {
        if (add_linear(p, set, BERT__T_MLM_DENSE, a->mlm.dense, E, H, 1) < 0 || add_norm(p, set, BERT__T_MLM_NORM, a->mlm.norm, E, 1) ||
            plan_mlm_decoder(p, set, a->mlm.out, a->mlm.bias, a->mlm.bias2, V, E))
            return -1;
        d->mlm_act = a->mlm.act != BERT_ACT_NONE ? a->mlm.act : c->hidden_act;
        c->heads |= BERT_HEAD_MLM;
    }

    /* ELECTRA replaced-token detection. */
    if (a->rtd.dense && st_find(set, weight_name(a->rtd.dense))) {
        if (add_linear(p, set, BERT__T_RTD_DENSE, a->rtd.dense, H, H, 1) < 0 || add_linear(p, set, BERT__T_RTD_OUT, a->rtd.out, 1, H, 1) < 0)
            return -1;
        d->rtd_act = c->hidden_act;
        c->heads |= BERT_HEAD_RTD;
    }

    /* Next-sentence (BERT) and sentence-order (ALBERT) prediction, on the pooler. */
    if (a->pair && st_find(set, weight_name(a->pair))) {
        if (!(c->heads & BERT_HEAD_POOLER)) return fail("%s needs the pooler, which the checkpoint lacks", a->pair);
        if (add_linear(p, set, BERT__T_PAIR_OUT, a->pair, 2, H, 1) < 0) return -1;
        c->heads |= a->pair_head;
    }
    return 0;
}

/* The task heads, and what a multiple-choice checkpoint is. Its "classifier" scores one (context,
 * choice) row with one output, on the same input as its architecture's sequence classifier (or
 * the pooler): left to the tensors, it would pass for a 1-label token classifier. It converts as
 * that 1-label sequence classifier marked BERT_HEAD_CHOICE, whose logits bert_choose compares
 * across the choices; its id2label (transformers' default two labels) names nothing, marked or
 * not. --task seq keeps the head unmarked. */
static int plan_heads(plan *p, st_set *set, model_desc *d, task_hint task) {
    int choice = task == TASK_AUTO && ends_with(d->arch_class, "ForMultipleChoice"), i;
    d->choice = ends_with(d->arch_class, "ForMultipleChoice"); /* its head's names, marked or not */
    if (d->choice) {
        for (i = 0; i < d->num_labels; i++) free(d->labels[i]);
        free(d->labels);
        d->labels = NULL;
        d->num_labels = 0;
    }
    if (plan_task_heads(p, set, d, choice ? TASK_SEQ : task)) return -1;
    if (!choice) return 0;
    if (!(d->cfg.heads & BERT_HEAD_SEQ_CLS) || d->cfg.num_labels != 1)
        return fail("%s: %s: a multiple-choice classifier has one output per (context, choice) row; this one has %d", g_config_name,
                    d->arch_class, d->cfg.heads & BERT_HEAD_SEQ_CLS ? d->cfg.num_labels : 0);
    d->cfg.heads |= BERT_HEAD_CHOICE;
    return 0;
}

/* ---- sentence-transformers defaults ------------------------------------------------------------ */

static int st_bool(json_doc *doc, const char *key) {
    int n = json_get(doc, 0, key);
    return json_type_of(doc, n) == JSON_TRUE;
}

/* Reads config_sentence_transformers.json's prompts ({"query": "query: ", ...}) and
   default_prompt_name, which sentence-transformers prepends to every text when no prompt is given. */
static int read_prompts(const char *dir, model_desc *d) {
    json_doc doc;
    int r = read_json(dir, "config_sentence_transformers.json", &doc), pr, dn, c, n = 0;
    d->default_prompt = -1;
    if (r <= 0) return r;
    pr = json_get(&doc, 0, "prompts");
    dn = json_get(&doc, 0, "default_prompt_name");
    if (pr >= 0 && json_type_of(&doc, pr) != JSON_OBJECT) {
        json_free(&doc);
        return fail("%s/config_sentence_transformers.json: \"prompts\" is not an object", dir);
    }
    if (pr >= 0 && json_count(&doc, pr) > 1000) {
        json_free(&doc);
        return fail("%s/config_sentence_transformers.json: more than 1000 prompts", dir);
    }
    if (pr >= 0 && json_count(&doc, pr) > 0) {
        d->prompts = (char **)calloc(2 * (size_t)json_count(&doc, pr), sizeof *d->prompts);
        if (!d->prompts) { json_free(&doc); return fail("out of memory"); }
        for (c = json_first(&doc, pr); c >= 0; c = json_next(&doc, c), n++) {
            if (json_type_of(&doc, c) != JSON_STRING) {
                fail("%s/config_sentence_transformers.json: prompt \"%s\" is not a string", dir, json_key(&doc, c));
                json_free(&doc);
                return -1;
            }
            d->prompts[2 * n] = strdup(json_key(&doc, c));
            d->prompts[2 * n + 1] = strdup(json_str(&doc, c));
            d->num_prompts = n + 1;
            if (!d->prompts[2 * n] || !d->prompts[2 * n + 1]) { json_free(&doc); return fail("out of memory"); }
        }
    }
    if (dn >= 0 && json_type_of(&doc, dn) == JSON_STRING) {
        for (c = 0; c < d->num_prompts; c++)
            if (strcmp(d->prompts[2 * c], json_str(&doc, dn)) == 0) d->default_prompt = c;
        if (d->default_prompt < 0) {
            fail("%s/config_sentence_transformers.json: default_prompt_name \"%s\" is not one of the prompts", dir, json_str(&doc, dn));
            json_free(&doc);
            return -1;
        }
    } else if (dn >= 0 && json_type_of(&doc, dn) != JSON_NULL) {
        json_free(&doc);
        return fail("%s/config_sentence_transformers.json: default_prompt_name is not a string", dir);
    }
    json_free(&doc);
    return 0;
}

/* Reads a SparseEncoder's SpladePooling config: max or sum over the tokens of log(1 + relu), or of
   log(1 + log(1 + relu)) ("log1p_relu"). */
static int read_splade_pooling(const char *dir, const char *pool_path, bert_config *c) {
    json_doc pool;
    const char *strategy = "max", *act = "relu";
    int r, s, a;
    char rel[600];
    snprintf(rel, sizeof rel, "%s/config.json", pool_path);
    r = read_json(dir, rel, &pool);
    if (r < 0) return -1;
    c->pooling = BERT_POOL_SPLADE; /* SpladePooling's defaults when its config is absent */
    c->splade_log1p_twice = 0;
    if (r == 0) return 0;
    s = json_get(&pool, 0, "pooling_strategy");
    a = json_get(&pool, 0, "activation_function");
    if (json_type_of(&pool, s) == JSON_STRING) strategy = json_str(&pool, s);
    if (json_type_of(&pool, a) == JSON_STRING) act = json_str(&pool, a);
    if (strcmp(strategy, "max") && strcmp(strategy, "sum")) {
        fail("%s/%s: pooling_strategy \"%s\" is not supported (max or sum)", dir, rel, strategy);
        json_free(&pool);
        return -1;
    }
    if (strcmp(act, "relu") && strcmp(act, "log1p_relu")) {
        fail("%s/%s: activation_function \"%s\" is not supported (relu or log1p_relu)", dir, rel, act);
        json_free(&pool);
        return -1;
    }
    c->pooling = strcmp(strategy, "sum") == 0 ? BERT_POOL_SPLADE_SUM : BERT_POOL_SPLADE;
    c->splade_log1p_twice = strcmp(act, "log1p_relu") == 0;
    json_free(&pool);
    return 0;
}

/* Reads modules.json, the pooling config, sentence_bert_config.json and the prompts. Absent
   files: defaults. A module bert.h does not run (Dense, LayerNorm, ...) is an error: the
   embeddings would silently differ from sentence-transformers'. A SparseEncoder (MLMTransformer,
   SpladePooling) makes a SPLADE model. */
static int read_sentence_transformers(const char *dir, model_desc *d, int *truncate) {
    static const char *const known[] = {".Transformer", ".Pooling", ".Normalize", ".MLMTransformer", ".SpladePooling"};
    bert_config *c = &d->cfg;
    json_doc mod, pool, sb;
    int r, m, k, normalize = 0, modes = 0, include_prompt = 1, splade = 0, mlm_transformer = 0;
    char pool_path[512] = "1_Pooling";
    c->pooling = BERT_POOL_MEAN;
    c->normalize = 0;
    *truncate = 0;
    r = read_json(dir, "modules.json", &mod);
    if (r < 0) return -1;
    if (r == 1) {
        if (json_type_of(&mod, 0) != JSON_ARRAY) { json_free(&mod); return fail("%s/modules.json: not an array", dir); }
        for (m = json_first(&mod, 0); m >= 0; m = json_next(&mod, m)) {
            int t = json_get(&mod, m, "type"), pth = json_get(&mod, m, "path"), is_known = 0;
            const char *type = json_type_of(&mod, t) == JSON_STRING ? json_str(&mod, t) : "";
            for (k = 0; k < (int)(sizeof known / sizeof known[0]); k++) is_known |= ends_with(type, known[k]);
            if (!is_known) {
                fail("%s/modules.json: module \"%s\" is not supported (bert.h runs Transformer, Pooling and Normalize, and a "
                     "SparseEncoder's MLMTransformer and SpladePooling); its embeddings would differ from sentence-transformers'",
                     dir, type[0] ? type : "(no type)");
                json_free(&mod);
                return -1;
            }
            if (ends_with(type, ".Normalize")) normalize = 1;
            splade |= ends_with(type, ".SpladePooling");
            mlm_transformer |= ends_with(type, ".MLMTransformer");
            if ((ends_with(type, ".Pooling") || ends_with(type, ".SpladePooling")) && json_type_of(&mod, pth) == JSON_STRING) {
                const char *pp = json_str(&mod, pth);
                if (strstr(pp, "..")) {
                    fail("%s/modules.json: pooling path \"%s\" leaves the folder", dir, pp); /* pp lives in mod */
                    json_free(&mod);
                    return -1;
                }
                snprintf(pool_path, sizeof pool_path, "%s", pp);
            }
        }
        json_free(&mod);
    }
    c->normalize = normalize;
    if (splade != mlm_transformer) /* SpladePooling reads the masked-LM logits an MLMTransformer gives, and nothing else does */
        return fail("%s/modules.json: %s is not supported (a SparseEncoder has the two together; sentence-transformers would pool %s)", dir,
                    splade ? "a SpladePooling after a Transformer, not an MLMTransformer" : "an MLMTransformer without a SpladePooling",
                    splade ? "the hidden states" : "the masked-LM logits");
    if (splade) {
        if (read_splade_pooling(dir, pool_path, c)) return -1;
        r = 0; /* no Pooling config to read */
    } else {
        char rel[600];
        snprintf(rel, sizeof rel, "%s/config.json", pool_path);
        r = read_json(dir, rel, &pool);
    }
    if (r < 0) return -1;
    if (r == 1) {
        int ip = json_get(&pool, 0, "include_prompt");
        if (st_bool(&pool, "pooling_mode_cls_token")) { c->pooling = BERT_POOL_CLS; modes++; }
        if (st_bool(&pool, "pooling_mode_mean_tokens")) { c->pooling = BERT_POOL_MEAN; modes++; }
        if (st_bool(&pool, "pooling_mode_max_tokens")) { c->pooling = BERT_POOL_MAX; modes++; }
        if (st_bool(&pool, "pooling_mode_mean_sqrt_len_tokens")) { c->pooling = BERT_POOL_MEAN_SQRT_LEN; modes++; }
        if (st_bool(&pool, "pooling_mode_weightedmean_tokens") || st_bool(&pool, "pooling_mode_lasttoken")) {
            json_free(&pool);
            return fail("%s/%s/config.json: weighted-mean and last-token pooling are not supported", dir, pool_path);
        }
        include_prompt = json_type_of(&pool, ip) != JSON_FALSE;
        json_free(&pool);
        if (modes > 1) return fail("%s/%s/config.json: several pooling modes at once (concatenated) are not supported", dir, pool_path);
        if (modes == 0) return fail("%s/%s/config.json: no pooling mode is set", dir, pool_path);
    }
    r = read_json(dir, "sentence_bert_config.json", &sb);
    if (r < 0) return -1;
    if (r == 1) {
        int n = json_get(&sb, 0, "max_seq_length");
        if (json_type_of(&sb, n) == JSON_NUMBER && sb.nodes[n].number >= 1 && sb.nodes[n].number < 1e6)
            *truncate = (int)sb.nodes[n].number;
        json_free(&sb);
    }
    if (read_prompts(dir, d) < 0) return -1;
    if (!include_prompt && d->num_prompts > 0)
        return fail("%s/%s/config.json: pooling without the prompt's tokens (include_prompt false) is not supported", dir, pool_path);
    return 0;
}

/* ---- Writing ----------------------------------------------------------------------------------- */

static uint64_t tensor_bytes(const out_tensor *t) {
    return bert__tensor_bytes((uint32_t)t->dtype, (uint32_t)t->layout, (uint64_t)(t->rows ? t->rows : 1), (uint64_t)t->cols);
}

static void put_value(uint8_t *out, size_t at, float v, bert_dtype dtype) {
    if (dtype == BERT_DTYPE_F16) {
        uint16_t h = bert_f32_to_f16(v);
        out[2 * at] = (uint8_t)h;
        out[2 * at + 1] = (uint8_t)(h >> 8);
    } else {
        memcpy(out + 4 * at, &v, 4);
    }
}

/* One q8_0 panel: rows r0..r0+15 of w [rows][cols] (zero past `rows`), each row quantized in
   blocks of 32 columns (cols zero-padded to a multiple of 32): scale = max|w| / 127 over the
   block, q = round(w / scale) in [-127, 127]. Each block is the 16 rows' f32 scales, then for
   each pair of columns the 16 rows' 2 int8 (docs/FORMAT.md has the picture). */
static void put_q8_panel(uint8_t *out, const float *w, int rows, int cols, int r0) {
    int r, k, blk;
    for (r = 0; r < 16 && r0 + r < rows; r++) {
        const float *row = w + (size_t)(r0 + r) * cols;
        for (blk = 0; blk * BERT__Q8_BLOCK < cols; blk++) {
            uint8_t *block = out + (size_t)blk * BERT__Q8_BLOCK_BYTES;
            int k0 = blk * BERT__Q8_BLOCK, k1 = cols - k0 < BERT__Q8_BLOCK ? cols : k0 + BERT__Q8_BLOCK;
            float amax = 0, scale, inv;
            for (k = k0; k < k1; k++)
                if (fabsf(row[k]) > amax) amax = fabsf(row[k]);
            scale = amax / 127.0f;
            inv = amax > 0 ? 127.0f / amax : 0;
            for (k = k0; k < k1; k++) {
                long q = lrintf(row[k] * inv);
                if (q > 127) q = 127;
                if (q < -127) q = -127;
                block[64 + 32 * ((k - k0) / 2) + 2 * r + (k - k0) % 2] = (uint8_t)(int8_t)q;
            }
            memcpy(block + 4 * r, &scale, 4);
        }
    }
}

/* Converts tensor t into `out` (tensor_bytes(t) bytes, zeroed by the caller). */
static int convert_tensor(const out_tensor *t, uint8_t *out) {
    size_t n = (size_t)(t->rows ? t->rows : 1) * (size_t)t->cols, o = 0, s, i;
    int rows = t->rows, cols = t->cols, r, k;
    float *w;
    if (t->layout == BERT__LAYOUT_ROWS) {
        for (s = 0; s < 3 && t->src[s]; s++) {
            const st_tensor *src = t->src[s];
            size_t count = src->bytes / (src->dtype == ST_F32 ? 4 : 2);
            for (i = 0; i < count; i++, o++) put_value(out, o, st_element(src, i), t->dtype);
        }
        return 0;
    }
    /* Panels: gather the [rows][cols] matrix (q, k, v concatenated), then reorder it. */
    w = (float *)malloc(n * sizeof *w);
    if (!w) return fail("out of memory");
    for (s = 0; s < 3 && t->src[s]; s++) {
        const st_tensor *src = t->src[s];
        size_t count = src->bytes / (src->dtype == ST_F32 ? 4 : 2);
        for (i = 0; i < count && o < n; i++, o++) w[o] = st_element(src, i);
    }
    for (i = 0; i < (size_t)t->drop_count; i++)
        for (r = 0; r < rows; r++) w[(size_t)r * cols + t->drop_cols[i]] = 0;
    if (t->dtype == BERT_DTYPE_Q8_0) {
        size_t panel = (size_t)tensor_bytes(t) / (size_t)((rows + 15) / 16);
        for (r = 0; r < rows; r += 16) put_q8_panel(out + (size_t)(r / 16) * panel, w, rows, cols, r);
    } else {
        for (r = 0; r < rows; r++)
            for (k = 0; k < cols; k++)
                put_value(out, ((size_t)(r / 16) * cols + k) * 16 + r % 16, w[(size_t)r * cols + k], t->dtype);
    }
    free(w);
    return 0;
}

/* Adds s to the string table; returns its offset. */
static uint32_t add_string(bc_buf *strings, const char *s) {
    uint32_t off = (uint32_t)strings->len;
    bc_bytes(strings, s, strlen(s) + 1);
    return off;
}

static int write_file(const char *out_path, const model_desc *d, plan *p, const bc_buf *tokenizer, const char *name) {
    bc_buf head = {0}, strings = {0};
    uint32_t cfg[BERT__C_COUNT];
    uint64_t cfg_off, str_off, tok_off, ten_off, data_off, data_size = 0, file_size;
    char *tmp;
    FILE *f;
    int i, ok = 1;
    const bert_config *c = &d->cfg;
    uint8_t *scratch = NULL;
    size_t scratch_cap = 0;
    uint32_t *name_off = (uint32_t *)calloc((size_t)p->count + 1, sizeof *name_off);
    if (!name_off) return fail("out of memory");

    /* Strings: model name, labels (consecutive), tensor names. */
    memset(cfg, 0, sizeof cfg);
    add_string(&strings, ""); /* offset 0 is the empty string */
    cfg[BERT__C_NAME_STR] = add_string(&strings, name);
    if (d->num_labels) {
        cfg[BERT__C_LABELS_STR] = (uint32_t)strings.len;
        for (i = 0; i < d->num_labels; i++) add_string(&strings, d->labels[i]);
    } else if (c->num_labels) {
        /* No id2label: name them as transformers does, LABEL_0, LABEL_1, ... */
        cfg[BERT__C_LABELS_STR] = (uint32_t)strings.len;
        for (i = 0; i < c->num_labels; i++) {
            char lab[32];
            snprintf(lab, sizeof lab, "LABEL_%d", i);
            add_string(&strings, lab);
        }
    }
    if (d->num_prompts) {
        /* Prompts: name and text, one after the other, in the file's order. */
        cfg[BERT__C_PROMPTS_STR] = (uint32_t)strings.len;
        for (i = 0; i < 2 * d->num_prompts; i++) add_string(&strings, d->prompts[i]);
    }
    for (i = 0; i < p->count; i++) name_off[i] = add_string(&strings, p->t[i].name);

    /* The bert_config words, from bert.h's table; the others (RAW) are set here and above. */
#define WRITE_INT(word, member) cfg[BERT__C_##word] = (uint32_t)c->member;
#define WRITE_F32(word, member) memcpy(&cfg[BERT__C_##word], &c->member, 4);
#define WRITE_RAW(word, member)
#define WRITE_ROW(word, kind, member, type, lo, hi) WRITE_##kind(word, member)
    BERT__CONFIG_WORDS(WRITE_ROW)
#undef WRITE_INT
#undef WRITE_F32
#undef WRITE_RAW
#undef WRITE_ROW
    cfg[BERT__C_SEQ_SOURCE] = (uint32_t)d->seq_source;
    cfg[BERT__C_SEQ_ACT] = (uint32_t)d->seq_act;
    cfg[BERT__C_MLM_ACT] = (uint32_t)d->mlm_act;
    memcpy(&cfg[BERT__C_MLM_EPS], &d->mlm_eps, 4);
    cfg[BERT__C_RTD_ACT] = (uint32_t)d->rtd_act;
    cfg[BERT__C_TOKEN_ACT] = (uint32_t)d->token_act;
    cfg[BERT__C_HEAD_NORMS] = (uint32_t)d->head_norms;
    cfg[BERT__C_QA_ACT] = (uint32_t)d->qa_act;
    cfg[BERT__C_DTYPE] = (uint32_t)p->matrix_dtype; /* what the plan stored, whatever c->dtype says */
    cfg[BERT__C_NUM_PROMPTS] = (uint32_t)d->num_prompts;
    cfg[BERT__C_DEFAULT_PROMPT] = (uint32_t)(d->default_prompt + 1);

    /* Layout: header | config | strings | tokenizer | tensor table | data. */
    cfg_off = BERT__HEADER_SIZE;
    str_off = cfg_off + sizeof cfg;
    tok_off = (str_off + strings.len + 7) / 8 * 8;
    ten_off = (tok_off + tokenizer->len + 7) / 8 * 8;
    data_off = (ten_off + (uint64_t)p->count * BERT__TENSOR_ENTRY_SIZE + BERT__DATA_ALIGN - 1) / BERT__DATA_ALIGN * BERT__DATA_ALIGN;
    for (i = 0; i < p->count; i++) {
        if (p->t[i].alias >= 0) { p->t[i].offset = p->t[p->t[i].alias].offset; continue; }
        p->t[i].offset = data_size;
        data_size = (data_size + tensor_bytes(&p->t[i]) + BERT__DATA_ALIGN - 1) / BERT__DATA_ALIGN * BERT__DATA_ALIGN;
    }
    file_size = data_off + data_size;

    bc_bytes(&head, BERT__MAGIC, 8);
    /* The lowest version that says what the file needs: readers of version 1 would ignore the
       outlier columns, readers of 2 the QA head's transform (qa.pre and qa.norm). */
    bc_u32(&head, d->qa_act ? 3 : p->outlier_count ? 2 : 1);
    bc_u32(&head, BERT__HEADER_SIZE);
    bc_u64(&head, file_size);
    bc_u64(&head, cfg_off);
    bc_u64(&head, sizeof cfg);
    bc_u64(&head, str_off);
    bc_u64(&head, strings.len);
    bc_u64(&head, tokenizer->len ? tok_off : 0);
    bc_u64(&head, tokenizer->len);
    bc_u64(&head, ten_off);
    bc_u32(&head, (uint32_t)p->count);
    bc_u32(&head, BERT__TENSOR_ENTRY_SIZE);
    bc_u64(&head, data_off);
    bc_u64(&head, data_size);
    bc_align(&head, BERT__HEADER_SIZE);
    for (i = 0; i < BERT__C_COUNT; i++) bc_u32(&head, cfg[i]);
    bc_bytes(&head, strings.data, strings.len);
    bc_align(&head, 8);
    bc_bytes(&head, tokenizer->data, tokenizer->len);
    bc_align(&head, 8);
    for (i = 0; i < p->count; i++) {
        const out_tensor *t = &p->t[i];
        bc_u32(&head, name_off[i]);
        bc_u32(&head, (uint32_t)t->dtype);
        bc_u32(&head, t->rows ? 2 : 1);
        bc_u32(&head, (uint32_t)t->layout);
        bc_u32(&head, (uint32_t)(t->rows ? t->rows : t->cols));
        bc_u32(&head, (uint32_t)(t->rows ? t->cols : 0));
        bc_u32(&head, 0);
        bc_u32(&head, 0);
        bc_u64(&head, t->offset);
        bc_u64(&head, tensor_bytes(t));
    }
    bc_align(&head, BERT__DATA_ALIGN);
    free(name_off);
    if (head.oom || strings.oom) { bc_free(&head); bc_free(&strings); return fail("out of memory"); }
    if (head.len != data_off) { bc_free(&head); bc_free(&strings); return fail("internal error: layout mismatch"); }

    tmp = (char *)malloc(strlen(out_path) + 32);
    if (!tmp) { bc_free(&head); bc_free(&strings); return fail("out of memory"); }
    sprintf(tmp, "%s.tmp.%ld", out_path, (long)getpid());
    f = fopen(tmp, "wb");
    if (!f) {
        fail("cannot create %s: %s", tmp, strerror(errno));
        free(tmp); bc_free(&head); bc_free(&strings);
        return -1;
    }
    if (fwrite(head.data, 1, head.len, f) != head.len) ok = 0;
    for (i = 0; ok && i < p->count; i++) {
        const out_tensor *t = &p->t[i];
        uint64_t n = tensor_bytes(t), padded = (n + BERT__DATA_ALIGN - 1) / BERT__DATA_ALIGN * BERT__DATA_ALIGN;
        if (t->alias >= 0) continue;
        if (padded > scratch_cap) {
            uint8_t *ns = (uint8_t *)realloc(scratch, (size_t)padded);
            if (!ns) { ok = 0; fail("out of memory"); break; }
            scratch = ns;
            scratch_cap = (size_t)padded;
        }
        memset(scratch, 0, (size_t)padded);
        if (convert_tensor(t, scratch)) { ok = 0; break; }
        if (fwrite(scratch, 1, (size_t)padded, f) != padded) ok = 0;
    }
    free(scratch);
    if (fclose(f) != 0) ok = 0;
    bc_free(&head);
    bc_free(&strings);
    if (!ok) {
        if (!g_err[0]) fail("cannot write %s: %s", tmp, strerror(errno));
        remove(tmp);
        free(tmp);
        return -1;
    }
    /* Check the result with the library's own loader before it takes the final name. */
    {
        bert_model *m;
        bert_error e;
        if (bert_model_load_file(&m, tmp, &e) != BERT_OK) {
            fail("internal error: the written file does not load: %s", e.message);
            remove(tmp);
            free(tmp);
            return -1;
        }
        bert_model_free(m);
    }
    if (rename(tmp, out_path) != 0) {
        fail("cannot rename %s to %s: %s", tmp, out_path, strerror(errno));
        remove(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

/* ---- main -------------------------------------------------------------------------------------- */

static void usage(FILE *f) {
    fprintf(f,
            "usage: bert-convert HF_DIR OUT [options]\n"
            "       bert-convert --tokenizer-only HF_DIR OUT\n"
            "Converts a Hugging Face model folder (config.json, model.safetensors or pytorch_model.bin or their\n"
            "shards, the tokenizer files, sentence-transformers settings) into one bert.h model file OUT. HF_DIR may also name a file\n"
            "in the folder (its config.json, say).\n"
            "options:\n"
            "  --dtype f32|f16|q8_0    how the large matrices are stored (default f32); q8_0: int8 encoder weights\n"
            "                          with one scale per block of 32, f16 embeddings and heads\n"
            "  --layout panels|rows    linear weights in the panels the kernels read (default panels), or row-major\n"
            "                          for builds with BERT_USE_OPENBLAS\n"
            "  --task seq|token        the head to keep when the checkpoint's classifier could be either\n"
            "                          (default: what config.json's architectures says; a *ForMultipleChoice\n"
            "                          checkpoint is a multiple-choice head, for bert choose; seq keeps it as a\n"
            "                          plain 1-label sequence classifier)\n"
            "  --no-tokenizer          leave the tokenizer out: the model then takes token ids only (default: the\n"
            "                          folder's tokenizer, with a warning when it has none)\n"
            "  --tokenizer-only        convert the tokenizer alone, for bert tokenize (no config or weights needed)\n"
            "  -h, --help              this help, to standard output\n");
}

/* The folder of a path that names a file in it (HF_DIR/config.json): "." for a bare name. */
static char *folder_of(const char *path) {
    size_t n = strlen(path);
    char *d;
    while (n > 0 && path[n - 1] != '/') n--;
    while (n > 1 && path[n - 1] == '/') n--;
    d = (char *)malloc(n + 2);
    if (!d) return NULL;
    if (n == 0) strcpy(d, ".");
    else { memcpy(d, path, n); d[n] = 0; }
    return d;
}

static const char *base_name(const char *dir) {
    const char *s = dir + strlen(dir);
    while (s > dir && s[-1] == '/') s--;
    while (s > dir && s[-1] != '/') s--;
    return s;
}

int main(int argc, char **argv) {
    const char *dir = NULL, *out = NULL;
    char *dir_owned = NULL;
    struct stat st;
    int i, tokenizer_only = 0, no_tokenizer = 0, r, truncate = 0, have_tok;
    task_hint task = TASK_AUTO;
    hf_config hc;
    model_desc d;
    st_set set;
    plan p;
    bc_buf tok = {0};
    bc_tokenizer_info ti;
    char warn[2048] = "", name[256];
    bert_dtype dtype = BERT_DTYPE_F32;

    memset(&hc, 0, sizeof hc);
    memset(&d, 0, sizeof d);
    d.default_prompt = -1;
    memset(&set, 0, sizeof set);
    memset(&p, 0, sizeof p);
    for (i = 1; i < argc; i++) {
        if ((strcmp(argv[i], "--dtype") == 0 || strcmp(argv[i], "--layout") == 0 || strcmp(argv[i], "--task") == 0) && i + 1 >= argc) {
            fprintf(stderr, "bert-convert: %s needs a value (%s)\n", argv[i],
                    argv[i][2] == 'd' ? "f32, f16 or q8_0" : argv[i][2] == 'l' ? "panels or rows" : "seq or token");
            return 2;
        }
        if (strcmp(argv[i], "--dtype") == 0 && i + 1 < argc) {
            i++;
            if (strcmp(argv[i], "f32") == 0) dtype = BERT_DTYPE_F32;
            else if (strcmp(argv[i], "f16") == 0) dtype = BERT_DTYPE_F16;
            else if (strcmp(argv[i], "q8_0") == 0) dtype = BERT_DTYPE_Q8_0;
            else { fprintf(stderr, "bert-convert: unknown --dtype \"%s\" (f32, f16 or q8_0)\n", argv[i]); return 2; }
        } else if (strcmp(argv[i], "--layout") == 0 && i + 1 < argc) {
            i++;
            if (strcmp(argv[i], "panels") == 0) p.row_major = 0;
            else if (strcmp(argv[i], "rows") == 0) p.row_major = 1;
            else { fprintf(stderr, "bert-convert: unknown --layout \"%s\" (panels or rows)\n", argv[i]); return 2; }
        } else if (strcmp(argv[i], "--task") == 0 && i + 1 < argc) {
            i++;
            if (strcmp(argv[i], "seq") == 0) task = TASK_SEQ;
            else if (strcmp(argv[i], "token") == 0) task = TASK_TOKEN;
            else { fprintf(stderr, "bert-convert: unknown --task \"%s\" (seq or token)\n", argv[i]); return 2; }
        } else if (strcmp(argv[i], "--tokenizer-only") == 0) tokenizer_only = 1;
        else if (strcmp(argv[i], "--no-tokenizer") == 0) no_tokenizer = 1;
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return fflush(stdout) != 0 || ferror(stdout) ? 1 : 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "bert-convert: unknown option %s (bert-convert --help lists them)\n", argv[i]);
            return 2;
        } else if (!dir) dir = argv[i];
        else if (!out) out = argv[i];
        else { fprintf(stderr, "bert-convert: unexpected argument \"%s\" (bert-convert --help)\n", argv[i]); return 2; }
    }
    if (!dir || !out) { usage(stderr); return 2; }
    if (tokenizer_only && no_tokenizer) { fprintf(stderr, "bert-convert: --tokenizer-only and --no-tokenizer contradict each other\n"); return 2; }
    /* Checked before the work: OUT must be a file name, HF_DIR a folder or a file in one. */
    if (stat(out, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "bert-convert: %s is a directory; OUT is the model file to write (e.g. %s/model.bert)\n", out, out);
        return 2;
    }
    if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
        dir_owned = folder_of(dir);
        if (!dir_owned) { fprintf(stderr, "bert-convert: out of memory\n"); return 1; }
        dir = dir_owned;
    }
    snprintf(name, sizeof name, "%s", base_name(dir));
    p.matrix_dtype = dtype;
    if (p.row_major && dtype == BERT_DTYPE_Q8_0) { fprintf(stderr, "bert-convert: q8_0 is stored in panels only\n"); return 2; }

    if (no_tokenizer) {
        memset(&ti, 0, sizeof ti);
        ti.pad_id = ti.cls_id = ti.sep_id = ti.unk_id = ti.mask_id = -1;
        r = 0;
    } else {
        r = bc_import_tokenizer(dir, &tok, &ti, g_err, sizeof g_err, warn, sizeof warn);
        if (r < 0 || tok.oom) goto failed;
    }
    have_tok = r;
    if (tokenizer_only) {
        if (r == 0) { fail("%s: no tokenizer this build can convert (tokenizer.json, vocab.txt, spiece.model or vocab.json + merges.txt)", dir); goto failed; }
        d.cfg.arch = BERT_ARCH_BERT;
        d.cfg.pad_id = ti.pad_id; d.cfg.cls_id = ti.cls_id; d.cfg.sep_id = ti.sep_id;
        d.cfg.unk_id = ti.unk_id; d.cfg.mask_id = ti.mask_id;
        d.cfg.max_length = ti.model_max_length;
        d.cfg.pooling = BERT_POOL_MEAN;
        if (write_file(out, &d, &p, &tok, name)) goto failed;
        fputs(warn, stderr);
        fprintf(stderr, "bert-convert: wrote %s (%s tokenizer only)\n", out, ti.kind);
        bc_free(&tok);
        return 0;
    }

    snprintf(g_config_name, sizeof g_config_name, "%s/config.json", dir);
    hc.file = g_config_name;
    r = read_json(dir, "config.json", &hc.doc);
    if (r < 0) goto failed;
    if (r == 0) { fail("%s/config.json: not found", dir); goto failed; }
    if (json_type_of(&hc.doc, 0) != JSON_OBJECT) { fail("%s: not a JSON object", hc.file); goto failed; }
    if (read_arch_config(&hc, &d)) goto failed;
    if (have_tok > 0 && tok.len >= 24) {
        /* The tokenizer section's word 5 is its vocabulary size (docs/TOKENIZER_FORMAT.md). */
        uint32_t tv = (uint32_t)tok.data[20] | (uint32_t)tok.data[21] << 8 | (uint32_t)tok.data[22] << 16 | (uint32_t)tok.data[23] << 24;
        if (tv > (uint32_t)d.cfg.vocab_size) {
            fail("%s: the tokenizer (%s) has %u tokens but the weights' vocabulary has %d (%s vocab_size): its ids would not fit; "
                 "give the model's own tokenizer, or --no-tokenizer", dir, ti.kind, (unsigned)tv, d.cfg.vocab_size, hc.file);
            goto failed;
        }
    }
    if (read_sentence_transformers(dir, &d, &truncate)) goto failed;
    if (truncate > 0 && truncate < d.cfg.max_length) d.cfg.truncate_length = truncate;
    else d.cfg.truncate_length = d.cfg.max_length;

    /* Special ids: the tokenizer knows them best; the config fills the gaps. */
    if (r >= 0) {
        if (ti.pad_id >= 0) d.cfg.pad_id = ti.pad_id;
        if (ti.cls_id >= 0) d.cfg.cls_id = ti.cls_id;
        if (ti.sep_id >= 0) d.cfg.sep_id = ti.sep_id;
        if (ti.unk_id >= 0) d.cfg.unk_id = ti.unk_id;
        if (ti.mask_id >= 0) d.cfg.mask_id = ti.mask_id;
    }

    if (st_load(&set, dir)) goto failed;
    if (split_up_gate(&set, &d)) goto failed;
    if (plan_encoder(&p, &set, &d)) goto failed;
    if (plan_heads(&p, &set, &d, task)) goto failed;
    if (d.cfg.pooling >= BERT_POOL_SPLADE && !(d.cfg.heads & BERT_HEAD_MLM)) {
        fail("%s: a SparseEncoder's SpladePooling reads the masked-LM head's logits, and this checkpoint has no masked-LM head "
             "(a *ForMaskedLM checkpoint has one)", dir);
        goto failed;
    }
    d.cfg.dtype = dtype;
    for (i = 0; i < set.count; i++) {
        const char *n = set.t[i].name;
        size_t len = strlen(n), used;
        if (set.t[i].used) continue;
        if ((len >= 12 && strcmp(n + len - 12, "position_ids") == 0) || (len >= 14 && strcmp(n + len - 14, "token_type_ids") == 0))
            continue; /* buffers transformers recomputes */
        used = strlen(warn);
        snprintf(warn + used, sizeof warn - used, "warning: tensor \"%s\" is not used\n", set.t[i].raw_name);
    }
    if (write_file(out, &d, &p, &tok, name)) goto failed;
    if (have_tok == 0 && !no_tokenizer) {
        size_t used = strlen(warn);
        snprintf(warn + used, sizeof warn - used,
                 "warning: %s has no tokenizer this build can convert (tokenizer.json, vocab.txt, spiece.model or vocab.json + "
                 "merges.txt): the model takes token ids only, and bert tokenize and embed refuse it (--no-tokenizer says that is meant)\n",
                 dir);
    }
    fputs(warn, stderr);
    {
        const bert_config *c = &d.cfg;
        fprintf(stderr, "bert-convert: wrote %s (%s, %d layers, hidden %d, %s, %d tensors%s%s)\n", out, bert_arch_name(c->arch),
                c->num_layers, c->hidden_size, bert_dtype_name(dtype), p.count, ti.kind[0] ? ", tokenizer " : ", no tokenizer",
                ti.kind);
    }
    json_free(&hc.doc);
    st_free(&set);
    plan_free(&p);
    bc_free(&tok);
    model_desc_free(&d);
    free(dir_owned);
    return 0;

failed:
    fputs(warn, stderr);
    fprintf(stderr, "bert-convert: %s\n", g_err[0] ? g_err : "out of memory");
    json_free(&hc.doc);
    st_free(&set);
    plan_free(&p);
    bc_free(&tok);
    model_desc_free(&d);
    free(dir_owned);
    return 1;
}
