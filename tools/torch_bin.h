/* torch_bin.h - reads a PyTorch checkpoint (pytorch_model.bin) without Python, and without ever
 * running anything the file asks for. Included by tools/bert-convert.c and the tests; all static.
 *
 * ---- The two containers ------------------------------------------------------------------------
 * torch >= 1.6 (torch.save default): a zip archive whose entries are STORED (not compressed):
 *     TOP/data.pkl        the pickled state_dict; tensors refer to storages by key
 *     TOP/data/<key>      the raw bytes of each storage (little-endian elements)
 *     TOP/byteorder       "little" or "big" (absent in older files: little)
 *     TOP/version         the format version (a decimal number, not needed to read)
 *   TOP varies (the file's stem in recent torch, "archive" in older ones): it is the first path
 *   component of the entry that ends in "/data.pkl". The central directory at the end of the file
 *   gives each entry's name, method, sizes and local header; ZIP64 extra fields (id 0x0001) carry
 *   sizes and offsets past 4 GB. Compressed or encrypted entries are refused; CRC-32s are checked.
 * torch < 1.6 ("legacy", _use_new_zipfile_serialization=False): pickles one after another:
 *     the magic number 0x1950a86a20f9469cfc6c, the protocol version 1001, a sys_info dict
 *     (little_endian must be True), the state_dict, then a list of storage keys, then for each
 *     key in that order: its element count (8 bytes, little-endian) and its raw bytes.
 *   Storage views (a persistent id with view metadata) and the older tar format are refused.
 *
 * ---- The pickle subset ---------------------------------------------------------------------------
 * A restricted reader builds a tree of plain values (none, bool, int, float, str/bytes, tuple,
 * list, dict) from the opcodes of protocols 2 to 5 that a state_dict uses: PROTO FRAME STOP MARK
 * POP POP_MARK DUP NONE NEWTRUE NEWFALSE BININT BININT1 BININT2 LONG1 LONG4 BINFLOAT BINUNICODE
 * SHORT_BINUNICODE BINUNICODE8 BINSTRING SHORT_BINSTRING BINBYTES SHORT_BINBYTES BINBYTES8
 * EMPTY_TUPLE TUPLE TUPLE1-3 EMPTY_LIST LIST APPEND APPENDS EMPTY_DICT DICT SETITEM SETITEMS
 * BINPUT LONG_BINPUT BINGET LONG_BINGET MEMOIZE GLOBAL STACK_GLOBAL REDUCE BUILD BINPERSID.
 * Any other opcode is an error. GLOBAL names only resolve when they are on a short list:
 *     collections.OrderedDict                      (REDUCE with no arguments: an empty dict)
 *     torch._utils._rebuild_tensor_v2, _rebuild_tensor, _rebuild_parameter   (REDUCE: a tensor
 *         described by storage, offset, shape and strides; nothing is called)
 *     torch.{Float,Half,BFloat16,Double,Long,Int,Short,Char,Byte,Bool}Storage  (only as the
 *         storage type inside a persistent id ('storage', type, key, location, numel))
 * every other global (os.system, builtins.eval, ...) is refused by name. BUILD's state is dropped.
 * The tree lives in flat arrays (values, container cells, a memo, a stack and a mark stack),
 * each capped; every length is checked against the bytes left, and nothing recurses.
 *
 * ---- The result ----------------------------------------------------------------------------------
 * The root must be a dict of name -> tensor. Each tensor has a dtype (F32, F16, BF16, or OTHER
 * such as I64 buffers), shape, strides, storage offset and a pointer into the caller's buffer.
 * Tensors may share a storage (tied weights, views at offsets); a tensor whose strides are not
 * row-major (a transposed view) is copied in row-major order into an arena the result owns, up to
 * the file's size in all. Big-endian files are refused. A Git LFS pointer (a small text file in
 * place of the weights) is named as such by tb_is_lfs_pointer, which bert-convert also applies to
 * model.safetensors.
 */
#ifndef BERT_TOOLS_TORCH_BIN_H
#define BERT_TOOLS_TORCH_BIN_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { TB_F32, TB_F16, TB_BF16, TB_OTHER };

typedef struct tb_tensor {
    char *name;
    int dtype;             /* TB_* */
    int esize;             /* bytes per element */
    int ndim;
    int64_t shape[8], stride[8];
    int64_t offset;        /* storage offset, in elements */
    const uint8_t *data;   /* the tensor's first element: into the buffer given to tb_read, or into
                              arena when `copied` */
    size_t bytes;
    int copied;            /* strides were not row-major: a row-major copy in tb_file.arena */
} tb_tensor;

typedef struct tb_file {
    tb_tensor *t;
    int count;
    const char *format;    /* "zip" or "legacy" */
    uint8_t *arena;        /* row-major copies of the strided tensors (NULL if none); tb_free frees it:
                              a caller keeping tensors past tb_free takes it and sets it to NULL */
    size_t arena_size;
} tb_file;

/* Whether a weights file is a Git LFS pointer (a small text file) rather than the weights. */
static int tb_is_lfs_pointer(const uint8_t *buf, size_t len) {
    static const char sig[] = "version https://git-lfs.github.com/spec/";
    return len < 2048 && len >= sizeof sig - 1 && memcmp(buf, sig, sizeof sig - 1) == 0;
}

/* ---- Limits --------------------------------------------------------------------------------- */

/* Real state_dicts need about 25 values per tensor: 2M values is ~80,000 tensors and ~150 MB at
 * most, whatever the file says. A test may define smaller limits before including this file. */
#ifndef TB_MAX_VALUES
#define TB_MAX_VALUES (1 << 21)
#endif
#ifndef TB_MAX_STACK
#define TB_MAX_STACK (1 << 20)
#endif
#ifndef TB_MAX_MARKS
#define TB_MAX_MARKS (1 << 16)
#endif
#ifndef TB_MAX_MEMO
#define TB_MAX_MEMO (1 << 21)
#endif
#define TB_MAX_DIM ((int64_t)1 << 40)
#define TB_MAX_NUMEL ((int64_t)1 << 50)

/* ---- Values -------------------------------------------------------------------------------- */

enum { TV_NONE, TV_BOOL, TV_INT, TV_BIGINT, TV_FLOAT, TV_STR, TV_TUPLE, TV_LIST, TV_DICT, TV_GLOBAL, TV_STORAGE, TV_TENSOR };

enum { TG_ODICT, TG_REBUILD_V2, TG_REBUILD, TG_REBUILD_PARAM, TG_STORAGE };

typedef struct tb_val {
    int kind;
    int first, last, count; /* containers: cells; a dict holds key, value, key, value, ... */
    int64_t i;              /* INT, BOOL; GLOBAL: TG_*; STORAGE: numel; TENSOR: index into tensor descriptions */
    double f;
    const uint8_t *s;       /* STR, BIGINT bytes; STORAGE: key */
    size_t n;
    int dtype, esize;       /* GLOBAL (a storage type), STORAGE */
    const uint8_t *data;    /* STORAGE, once resolved */
    uint64_t avail;         /* STORAGE: bytes available at data */
} tb_val;

typedef struct tb_cell { int val, next; } tb_cell;

typedef struct tb_tdesc {
    int storage, ndim;
    int64_t offset, shape[8], stride[8];
} tb_tdesc;

typedef struct tb_pk {
    tb_val *v; int nv, cv;
    tb_cell *c; int nc, cc;
    tb_tdesc *td; int ntd, ctd;
    int *stack; int sp, scap;
    int *marks; int nm, mcap;
    int *memo; int memocap, memolen;
    char *err; size_t err_size;
} tb_pk;

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int tb_fail(char *err, size_t err_size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, err_size, fmt, ap);
    va_end(ap);
    return -1;
}
#define TB_FAIL(P, ...) tb_fail((P)->err, (P)->err_size, __VA_ARGS__)

/* A printable copy of up to 80 bytes of s, for messages. */
static const char *tb_show(const uint8_t *s, size_t n, char *out, size_t out_size) {
    size_t i, o = 0;
    for (i = 0; i < n && o + 5 < out_size && i < 80; i++)
        out[o++] = (s[i] >= 32 && s[i] < 127 && s[i] != '"') ? (char)s[i] : '?';
    if (i < n && o + 4 < out_size) { memcpy(out + o, "...", 3); o += 3; }
    out[o] = 0;
    return out;
}

static int tb_grow(void **p, int *cap, int need, size_t elem, int limit) {
    void *np;
    int ncap;
    if (need <= *cap) return 0;
    if (need > limit) return -1;
    ncap = *cap ? *cap : 64;
    while (ncap < need) ncap = ncap > limit / 2 ? limit : ncap * 2;
    np = realloc(*p, (size_t)ncap * elem);
    if (!np) return -1;
    *p = np;
    *cap = ncap;
    return 0;
}

static void tb_pk_free(tb_pk *P) {
    free(P->v); free(P->c); free(P->td); free(P->stack); free(P->marks); free(P->memo);
    memset(P, 0, sizeof *P);
}

static int tb_new(tb_pk *P, int kind) {
    tb_val *v;
    if (tb_grow((void **)&P->v, &P->cv, P->nv + 1, sizeof *P->v, TB_MAX_VALUES))
        return TB_FAIL(P, "pickle too large: more than %d values (or out of memory)", TB_MAX_VALUES);
    v = &P->v[P->nv];
    memset(v, 0, sizeof *v);
    v->kind = kind;
    v->first = v->last = -1;
    return P->nv++;
}

static int tb_push(tb_pk *P, int val) {
    if (val < 0) return -1;
    if (tb_grow((void **)&P->stack, &P->scap, P->sp + 1, sizeof *P->stack, TB_MAX_STACK))
        return TB_FAIL(P, "pickle stack deeper than %d (or out of memory)", TB_MAX_STACK);
    P->stack[P->sp++] = val;
    return 0;
}

static int tb_floor(const tb_pk *P) { return P->nm ? P->marks[P->nm - 1] : 0; }

static int tb_pop(tb_pk *P, int *val) {
    if (P->sp <= tb_floor(P)) return TB_FAIL(P, "pickle stack underflow");
    *val = P->stack[--P->sp];
    return 0;
}

static int tb_top(tb_pk *P, int *val) {
    if (P->sp <= tb_floor(P)) return TB_FAIL(P, "pickle stack underflow");
    *val = P->stack[P->sp - 1];
    return 0;
}

/* Appends value `val` to container `box`. */
static int tb_add(tb_pk *P, int box, int val) {
    tb_val *b;
    if (tb_grow((void **)&P->c, &P->cc, P->nc + 1, sizeof *P->c, TB_MAX_VALUES))
        return TB_FAIL(P, "pickle too large: more than %d container items (or out of memory)", TB_MAX_VALUES);
    P->c[P->nc].val = val;
    P->c[P->nc].next = -1;
    b = &P->v[box];
    if (b->last >= 0) P->c[b->last].next = P->nc;
    else b->first = P->nc;
    b->last = P->nc++;
    b->count++;
    return 0;
}

/* Moves the items above the top mark into container `box` (or drops the mark when box < 0). */
static int tb_pop_mark(tb_pk *P, int box) {
    int from, k;
    if (!P->nm) return TB_FAIL(P, "pickle has no MARK to pop");
    from = P->marks[--P->nm];
    if (box >= 0)
        for (k = from; k < P->sp; k++)
            if (tb_add(P, box, P->stack[k])) return -1;
    P->sp = from;
    return 0;
}

/* The k-th item of a container, or -1. */
static int tb_item(const tb_pk *P, int box, int k) {
    int c = P->v[box].first;
    while (c >= 0 && k-- > 0) c = P->c[c].next;
    return c >= 0 ? P->c[c].val : -1;
}

static int tb_is_str(const tb_pk *P, int val, const char *s) {
    size_t n = strlen(s);
    return val >= 0 && P->v[val].kind == TV_STR && P->v[val].n == n && memcmp(P->v[val].s, s, n) == 0;
}

/* ---- Globals -------------------------------------------------------------------------------- */

static const struct tb_global { const char *module, *name; int which, dtype, esize; } tb_globals[] = {
    {"collections", "OrderedDict", TG_ODICT, 0, 0},
    {"torch._utils", "_rebuild_tensor_v2", TG_REBUILD_V2, 0, 0},
    {"torch._utils", "_rebuild_tensor", TG_REBUILD, 0, 0},
    {"torch._utils", "_rebuild_parameter", TG_REBUILD_PARAM, 0, 0},
    {"torch", "FloatStorage", TG_STORAGE, TB_F32, 4},
    {"torch", "HalfStorage", TG_STORAGE, TB_F16, 2},
    {"torch", "BFloat16Storage", TG_STORAGE, TB_BF16, 2},
    {"torch", "DoubleStorage", TG_STORAGE, TB_OTHER, 8},
    {"torch", "LongStorage", TG_STORAGE, TB_OTHER, 8},
    {"torch", "IntStorage", TG_STORAGE, TB_OTHER, 4},
    {"torch", "ShortStorage", TG_STORAGE, TB_OTHER, 2},
    {"torch", "CharStorage", TG_STORAGE, TB_OTHER, 1},
    {"torch", "ByteStorage", TG_STORAGE, TB_OTHER, 1},
    {"torch", "BoolStorage", TG_STORAGE, TB_OTHER, 1},
};

static int tb_global(tb_pk *P, const uint8_t *mod, size_t mn, const uint8_t *name, size_t nn) {
    size_t k;
    char a[100], b[100];
    for (k = 0; k < sizeof tb_globals / sizeof tb_globals[0]; k++) {
        const struct tb_global *g = &tb_globals[k];
        if (strlen(g->module) == mn && memcmp(g->module, mod, mn) == 0 && strlen(g->name) == nn && memcmp(g->name, name, nn) == 0) {
            int v = tb_new(P, TV_GLOBAL);
            if (v < 0) return -1;
            P->v[v].i = g->which;
            P->v[v].dtype = g->dtype;
            P->v[v].esize = g->esize;
            return v;
        }
    }
    return TB_FAIL(P, "pickle global %s.%s is not allowed: a state_dict needs only torch tensors, storages and "
                   "collections.OrderedDict, and nothing in the file is ever run",
                   tb_show(mod, mn, a, sizeof a), tb_show(name, nn, b, sizeof b));
}

/* REDUCE: the only calls are the allowed globals, and none is really called. */
static int tb_reduce(tb_pk *P, int fn, int args) {
    int which, v, k, st, sz, sd, nd;
    tb_tdesc *t;
    if (P->v[fn].kind != TV_GLOBAL) return TB_FAIL(P, "pickle REDUCE calls something that is not an allowed global");
    if (P->v[args].kind != TV_TUPLE) return TB_FAIL(P, "pickle REDUCE arguments are not a tuple");
    which = (int)P->v[fn].i;
    if (which == TG_ODICT) {
        if (P->v[args].count != 0) return TB_FAIL(P, "pickle calls collections.OrderedDict with arguments");
        return tb_new(P, TV_DICT);
    }
    if (which == TG_REBUILD_PARAM) {
        v = tb_item(P, args, 0);
        if (v < 0 || P->v[v].kind != TV_TENSOR) return TB_FAIL(P, "pickle calls _rebuild_parameter without a tensor");
        return v;
    }
    if (which == TG_STORAGE) return TB_FAIL(P, "pickle calls a storage type");
    /* _rebuild_tensor(_v2)(storage, storage_offset, size, stride, ...) */
    if (P->v[args].count < 4) return TB_FAIL(P, "pickle rebuilds a tensor with %d arguments (expected at least 4)", P->v[args].count);
    st = tb_item(P, args, 0);
    k = tb_item(P, args, 1);
    sz = tb_item(P, args, 2);
    sd = tb_item(P, args, 3);
    if (P->v[st].kind != TV_STORAGE) return TB_FAIL(P, "pickle rebuilds a tensor from something that is not a storage");
    if (P->v[k].kind != TV_INT || P->v[k].i < 0 || P->v[k].i > TB_MAX_NUMEL) return TB_FAIL(P, "pickle rebuilds a tensor with a bad storage offset");
    if (P->v[sz].kind != TV_TUPLE || P->v[sd].kind != TV_TUPLE || P->v[sz].count != P->v[sd].count)
        return TB_FAIL(P, "pickle rebuilds a tensor whose size and stride are not tuples of the same length");
    nd = P->v[sz].count;
    if (nd > 8) return TB_FAIL(P, "pickle rebuilds a tensor with %d dimensions (at most 8)", nd);
    if (tb_grow((void **)&P->td, &P->ctd, P->ntd + 1, sizeof *P->td, TB_MAX_VALUES)) return TB_FAIL(P, "out of memory");
    t = &P->td[P->ntd];
    memset(t, 0, sizeof *t);
    t->storage = st;
    t->offset = P->v[k].i;
    t->ndim = nd;
    for (k = 0; k < nd; k++) {
        int a = tb_item(P, sz, k), b = tb_item(P, sd, k);
        if (P->v[a].kind != TV_INT || P->v[b].kind != TV_INT || P->v[a].i < 0 || P->v[a].i > TB_MAX_DIM || P->v[b].i < 0 ||
            P->v[b].i > TB_MAX_NUMEL)
            return TB_FAIL(P, "pickle rebuilds a tensor with a bad size or stride");
        t->shape[k] = P->v[a].i;
        t->stride[k] = P->v[b].i;
    }
    v = tb_new(P, TV_TENSOR);
    if (v < 0) return -1;
    P->v[v].i = P->ntd++;
    return v;
}

/* BINPERSID: ('storage', storage_type, key, location, numel[, view_metadata]) */
static int tb_persid(tb_pk *P, int pid) {
    int ty, key, numel, view, v;
    if (P->v[pid].kind != TV_TUPLE || P->v[pid].count < 5 || !tb_is_str(P, tb_item(P, pid, 0), "storage"))
        return TB_FAIL(P, "pickle persistent id is not a ('storage', type, key, location, numel) tuple");
    ty = tb_item(P, pid, 1);
    key = tb_item(P, pid, 2);
    numel = tb_item(P, pid, 4);
    view = tb_item(P, pid, 5);
    if (P->v[ty].kind != TV_GLOBAL || P->v[ty].i != TG_STORAGE) return TB_FAIL(P, "pickle storage type is not a torch storage class");
    if (P->v[key].kind != TV_STR || P->v[key].n == 0 || P->v[key].n > 200) return TB_FAIL(P, "pickle storage key is not a short string");
    if (P->v[numel].kind != TV_INT || P->v[numel].i < 0 || P->v[numel].i > TB_MAX_NUMEL) return TB_FAIL(P, "pickle storage size is not a valid count");
    if (view >= 0 && P->v[view].kind != TV_NONE) return TB_FAIL(P, "storage views of the legacy format are not supported (re-save with torch >= 1.6)");
    v = tb_new(P, TV_STORAGE);
    if (v < 0) return -1;
    P->v[v].dtype = P->v[ty].dtype;
    P->v[v].esize = P->v[ty].esize;
    P->v[v].s = P->v[key].s;
    P->v[v].n = P->v[key].n;
    P->v[v].i = P->v[numel].i;
    return v;
}

static uint64_t tb_le(const uint8_t *p, int n) {
    uint64_t v = 0;
    while (n-- > 0) v = v << 8 | p[n];
    return v;
}

/* Unpickles one pickle at buf[*pos..len): the result's value index in *out, *pos past STOP.
 * Memo, stack and marks start empty; values accumulate in P across calls. */
static int tb_unpickle(tb_pk *P, const uint8_t *buf, size_t len, size_t *pos, int *out) {
    size_t p = *pos;
    P->sp = 0;
    P->nm = 0;
    P->memolen = 0;
    if (P->memo) memset(P->memo, 0xff, (size_t)P->memocap * sizeof *P->memo);
#define TB_NEED(k) do { if ((uint64_t)(len - p) < (uint64_t)(k)) return TB_FAIL(P, "truncated pickle (at byte %lu)", (unsigned long)p); } while (0)
    for (;;) {
        int op, a, b, c, v;
        uint64_t n;
        size_t at = p;
        if (p >= len) return TB_FAIL(P, "truncated pickle: it ends before its STOP opcode");
        op = buf[p++];
        switch (op) {
        case 0x80: /* PROTO */
            TB_NEED(1);
            if (buf[p] < 2 || buf[p] > 5) return TB_FAIL(P, "pickle protocol %d is not supported (2 to 5)", buf[p]);
            p++;
            break;
        case 0x95: /* FRAME */
            TB_NEED(8);
            p += 8;
            break;
        case '.': /* STOP */
            if (tb_pop(P, out)) return -1;
            *pos = p;
            return 0;
        case '(': /* MARK */
            if (tb_grow((void **)&P->marks, &P->mcap, P->nm + 1, sizeof *P->marks, TB_MAX_MARKS))
                return TB_FAIL(P, "pickle has more than %d nested MARKs", TB_MAX_MARKS);
            P->marks[P->nm++] = P->sp;
            break;
        case '0': /* POP */
            if (P->sp > tb_floor(P)) P->sp--;
            else if (tb_pop_mark(P, -1)) return -1;
            break;
        case '1': /* POP_MARK */
            if (tb_pop_mark(P, -1)) return -1;
            break;
        case '2': /* DUP */
            if (tb_top(P, &a) || tb_push(P, a)) return -1;
            break;
        case 'N':
            if (tb_push(P, tb_new(P, TV_NONE))) return -1;
            break;
        case 0x88: case 0x89: /* NEWTRUE, NEWFALSE */
            if ((v = tb_new(P, TV_BOOL)) < 0) return -1;
            P->v[v].i = op == 0x88;
            if (tb_push(P, v)) return -1;
            break;
        case 'J': case 'K': case 'M': /* BININT, BININT1, BININT2 */
            a = op == 'J' ? 4 : op == 'K' ? 1 : 2;
            TB_NEED(a);
            if ((v = tb_new(P, TV_INT)) < 0) return -1;
            n = tb_le(buf + p, a);
            P->v[v].i = op == 'J' ? (int64_t)(int32_t)(uint32_t)n : (int64_t)n;
            p += (size_t)a;
            if (tb_push(P, v)) return -1;
            break;
        case 0x8a: case 0x8b: /* LONG1, LONG4: little-endian two's complement */
            a = op == 0x8a ? 1 : 4;
            TB_NEED(a);
            n = tb_le(buf + p, a);
            p += (size_t)a;
            if (n > 64) return TB_FAIL(P, "pickle integer of %lu bytes is too long", (unsigned long)n);
            TB_NEED(n);
            if (n <= 8) {
                if ((v = tb_new(P, TV_INT)) < 0) return -1;
                P->v[v].i = n ? (int64_t)(tb_le(buf + p, (int)n) << (64 - 8 * n)) >> (64 - 8 * n) : 0;
            } else {
                if ((v = tb_new(P, TV_BIGINT)) < 0) return -1;
                P->v[v].s = buf + p;
                P->v[v].n = (size_t)n;
            }
            p += (size_t)n;
            if (tb_push(P, v)) return -1;
            break;
        case 'G': { /* BINFLOAT: big-endian double */
            uint64_t bits = 0;
            int k;
            TB_NEED(8);
            for (k = 0; k < 8; k++) bits = bits << 8 | buf[p + (size_t)k];
            p += 8;
            if ((v = tb_new(P, TV_FLOAT)) < 0) return -1;
            memcpy(&P->v[v].f, &bits, 8);
            if (tb_push(P, v)) return -1;
            break;
        }
        case 'X': case 0x8c: case 0x8d: /* BINUNICODE, SHORT_BINUNICODE, BINUNICODE8 */
        case 'T': case 'U': case 'B': case 'C': case 0x8e: /* BINSTRING, SHORT_BINSTRING, BINBYTES, SHORT_BINBYTES, BINBYTES8 */
            a = (op == 0x8c || op == 'U' || op == 'C') ? 1 : (op == 0x8d || op == 0x8e) ? 8 : 4;
            TB_NEED(a);
            n = tb_le(buf + p, a);
            p += (size_t)a;
            if (op == 'T' && n >= 0x80000000u) return TB_FAIL(P, "pickle string has a negative length");
            if (n > (uint64_t)(len - p))
                return TB_FAIL(P, "pickle string of %llu bytes runs past the end of the data (at byte %lu)", (unsigned long long)n,
                               (unsigned long)at);
            if ((v = tb_new(P, TV_STR)) < 0) return -1;
            P->v[v].s = buf + p;
            P->v[v].n = (size_t)n;
            p += (size_t)n;
            if (tb_push(P, v)) return -1;
            break;
        case ')': case ']': case '}': /* EMPTY_TUPLE, EMPTY_LIST, EMPTY_DICT */
            if (tb_push(P, tb_new(P, op == ')' ? TV_TUPLE : op == ']' ? TV_LIST : TV_DICT))) return -1;
            break;
        case 't': case 'l': case 'd': /* TUPLE, LIST, DICT: the items above the mark */
            if ((v = tb_new(P, op == 't' ? TV_TUPLE : op == 'l' ? TV_LIST : TV_DICT)) < 0) return -1;
            if (op == 'd' && P->nm && (P->sp - P->marks[P->nm - 1]) % 2) return TB_FAIL(P, "pickle DICT has an odd number of items");
            if (tb_pop_mark(P, v) || tb_push(P, v)) return -1;
            break;
        case 0x85: case 0x86: case 0x87: /* TUPLE1, TUPLE2, TUPLE3 */
            b = op - 0x84;
            if (P->sp - tb_floor(P) < b) return TB_FAIL(P, "pickle stack underflow");
            if ((v = tb_new(P, TV_TUPLE)) < 0) return -1;
            for (a = P->sp - b; a < P->sp; a++)
                if (tb_add(P, v, P->stack[a])) return -1;
            P->sp -= b;
            if (tb_push(P, v)) return -1;
            break;
        case 'a': /* APPEND */
            if (tb_pop(P, &a) || tb_top(P, &b)) return -1;
            if (P->v[b].kind != TV_LIST) return TB_FAIL(P, "pickle APPEND to something that is not a list");
            if (tb_add(P, b, a)) return -1;
            break;
        case 'e': case 'u': /* APPENDS, SETITEMS */
            if (!P->nm) return TB_FAIL(P, "pickle %s without a MARK", op == 'e' ? "APPENDS" : "SETITEMS");
            b = P->marks[P->nm - 1];
            if (b < 1 + (P->nm > 1 ? P->marks[P->nm - 2] : 0)) return TB_FAIL(P, "pickle stack underflow");
            c = P->stack[b - 1];
            if (P->v[c].kind != (op == 'e' ? TV_LIST : TV_DICT))
                return TB_FAIL(P, "pickle %s to something that is not a %s", op == 'e' ? "APPENDS" : "SETITEMS", op == 'e' ? "list" : "dict");
            if (op == 'u' && (P->sp - b) % 2) return TB_FAIL(P, "pickle SETITEMS has an odd number of items");
            if (tb_pop_mark(P, c)) return -1;
            break;
        case 's': /* SETITEM */
            if (tb_pop(P, &a) || tb_pop(P, &b) || tb_top(P, &c)) return -1;
            if (P->v[c].kind != TV_DICT) return TB_FAIL(P, "pickle SETITEM on something that is not a dict");
            if (tb_add(P, c, b) || tb_add(P, c, a)) return -1;
            break;
        case 'q': case 'r': case 0x94: { /* BINPUT, LONG_BINPUT, MEMOIZE */
            uint64_t idx;
            if (op == 0x94) idx = (uint64_t)P->memolen;
            else {
                a = op == 'q' ? 1 : 4;
                TB_NEED(a);
                idx = tb_le(buf + p, a);
                p += (size_t)a;
            }
            if (tb_top(P, &v)) return -1;
            if (idx >= TB_MAX_MEMO) return TB_FAIL(P, "pickle memo index %llu is too large", (unsigned long long)idx);
            if ((int)idx >= P->memocap) {
                int old = P->memocap;
                if (tb_grow((void **)&P->memo, &P->memocap, (int)idx + 1, sizeof *P->memo, TB_MAX_MEMO)) return TB_FAIL(P, "out of memory");
                memset(P->memo + old, 0xff, (size_t)(P->memocap - old) * sizeof *P->memo);
            }
            if (P->memo[idx] < 0) P->memolen++;
            P->memo[idx] = v;
            break;
        }
        case 'h': case 'j': { /* BINGET, LONG_BINGET */
            uint64_t idx;
            a = op == 'h' ? 1 : 4;
            TB_NEED(a);
            idx = tb_le(buf + p, a);
            p += (size_t)a;
            if (idx >= (uint64_t)P->memocap || P->memo[idx] < 0) return TB_FAIL(P, "pickle memo key %llu was never set", (unsigned long long)idx);
            if (tb_push(P, P->memo[idx])) return -1;
            break;
        }
        case 'c': { /* GLOBAL: "module\nname\n" */
            const uint8_t *m = buf + p, *e1, *e2;
            size_t lim = len - p < 512 ? len - p : 512;
            e1 = (const uint8_t *)memchr(m, '\n', lim);
            if (!e1) return TB_FAIL(P, "pickle GLOBAL without a module line");
            lim = (size_t)(buf + len - (e1 + 1)) < 512 ? (size_t)(buf + len - (e1 + 1)) : 512;
            e2 = (const uint8_t *)memchr(e1 + 1, '\n', lim);
            if (!e2) return TB_FAIL(P, "pickle GLOBAL without a name line");
            if ((v = tb_global(P, m, (size_t)(e1 - m), e1 + 1, (size_t)(e2 - e1 - 1))) < 0 || tb_push(P, v)) return -1;
            p = (size_t)(e2 + 1 - buf);
            break;
        }
        case 0x93: /* STACK_GLOBAL */
            if (tb_pop(P, &b) || tb_pop(P, &a)) return -1;
            if (P->v[a].kind != TV_STR || P->v[b].kind != TV_STR) return TB_FAIL(P, "pickle STACK_GLOBAL names are not strings");
            if ((v = tb_global(P, P->v[a].s, P->v[a].n, P->v[b].s, P->v[b].n)) < 0 || tb_push(P, v)) return -1;
            break;
        case 'R': /* REDUCE */
            if (tb_pop(P, &b) || tb_pop(P, &a)) return -1;
            if ((v = tb_reduce(P, a, b)) < 0 || tb_push(P, v)) return -1;
            break;
        case 'b': /* BUILD: the state (OrderedDict's _metadata, ...) is not needed */
            if (tb_pop(P, &a) || tb_top(P, &b)) return -1;
            if (P->v[b].kind != TV_DICT && P->v[b].kind != TV_TENSOR) return TB_FAIL(P, "pickle BUILD on something that is not a dict or tensor");
            break;
        case 'Q': /* BINPERSID */
            if (tb_pop(P, &a)) return -1;
            if ((v = tb_persid(P, a)) < 0 || tb_push(P, v)) return -1;
            break;
        default:
            return TB_FAIL(P, "pickle opcode 0x%02x at byte %lu is not one a state_dict uses", op, (unsigned long)at);
        }
    }
#undef TB_NEED
}

/* ---- Zip ------------------------------------------------------------------------------------ */

typedef struct tb_zentry {
    const uint8_t *name; size_t name_len;
    const uint8_t *data; uint64_t size;
} tb_zentry;

static uint32_t tb_crc32(const uint8_t *p, uint64_t n) {
    static uint32_t table[256];
    static int ready;
    uint32_t c = 0xffffffffu;
    uint64_t i;
    if (!ready) {
        uint32_t k, j, x;
        for (k = 0; k < 256; k++) {
            for (x = k, j = 0; j < 8; j++) x = x & 1 ? 0xedb88320u ^ (x >> 1) : x >> 1;
            table[k] = x;
        }
        ready = 1;
    }
    for (i = 0; i < n; i++) c = table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

/* Reads the central directory into *out (caller frees). verify_crc: check each entry's CRC-32. */
static int tb_zip_entries(const uint8_t *buf, size_t len, tb_zentry **out, int *count, int verify_crc, char *err, size_t err_size) {
    size_t eocd = 0, k;
    uint64_t entries, cd_size, cd_off, pos, i;
    tb_zentry *z;
    int found = 0;
    *out = NULL;
    *count = 0;
    if (len < 22) return tb_fail(err, err_size, "zip archive truncated (%lu bytes)", (unsigned long)len);
    for (k = len - 22 + 1; k-- > 0 && len - 22 - k <= 65535;)
        if (tb_le(buf + k, 4) == 0x06054b50u && k + 22 + tb_le(buf + k + 20, 2) <= len) { eocd = k; found = 1; break; }
    if (!found) return tb_fail(err, err_size, "zip archive has no end-of-central-directory record (truncated file?)");
    entries = tb_le(buf + eocd + 10, 2);
    cd_size = tb_le(buf + eocd + 12, 4);
    cd_off = tb_le(buf + eocd + 16, 4);
    if (entries == 0xffff || cd_size == 0xffffffffu || cd_off == 0xffffffffu) {
        uint64_t z64;
        if (eocd < 20 || tb_le(buf + eocd - 20, 4) != 0x07064b50u) return tb_fail(err, err_size, "zip64 archive without its end-of-central-directory locator");
        z64 = tb_le(buf + eocd - 20 + 8, 8);
        if (z64 > len || len - z64 < 56 || tb_le(buf + z64, 4) != 0x06064b50u) return tb_fail(err, err_size, "zip64 end-of-central-directory record is missing or truncated");
        entries = tb_le(buf + z64 + 32, 8);
        cd_size = tb_le(buf + z64 + 40, 8);
        cd_off = tb_le(buf + z64 + 48, 8);
    }
    if (cd_off > len || cd_size > len - cd_off) return tb_fail(err, err_size, "zip central directory lies outside the file (truncated file?)");
    if (entries > cd_size / 46 || entries > 1000000) return tb_fail(err, err_size, "zip central directory claims %llu entries in %llu bytes", (unsigned long long)entries, (unsigned long long)cd_size);
    z = (tb_zentry *)calloc(entries ? (size_t)entries : 1, sizeof *z);
    if (!z) return tb_fail(err, err_size, "out of memory");
    *out = z;
    pos = cd_off;
    for (i = 0; i < entries; i++) {
        const uint8_t *h = buf + pos, *x;
        uint64_t method, flags, csize, usize, lho, nlen, elen, clen, lnlen, lelen, data;
        uint32_t crc;
        char shown[100];
        if (cd_off + cd_size - pos < 46 || tb_le(h, 4) != 0x02014b50u) return tb_fail(err, err_size, "zip central directory entry %llu is malformed", (unsigned long long)i);
        flags = tb_le(h + 8, 2);
        method = tb_le(h + 10, 2);
        crc = (uint32_t)tb_le(h + 16, 4);
        csize = tb_le(h + 20, 4);
        usize = tb_le(h + 24, 4);
        nlen = tb_le(h + 28, 2);
        elen = tb_le(h + 30, 2);
        clen = tb_le(h + 32, 2);
        lho = tb_le(h + 42, 4);
        if (cd_off + cd_size - pos - 46 < nlen + elen + clen) return tb_fail(err, err_size, "zip central directory entry %llu runs past the directory", (unsigned long long)i);
        tb_show(h + 46, (size_t)nlen, shown, sizeof shown);
        /* ZIP64 extra field: the fields whose 32-bit value is 0xffffffff, in order */
        for (x = h + 46 + nlen; x + 4 <= h + 46 + nlen + elen;) {
            uint64_t id = tb_le(x, 2), sz = tb_le(x + 2, 2);
            const uint8_t *d = x + 4, *end = x + 4 + sz;
            if (end > h + 46 + nlen + elen) return tb_fail(err, err_size, "zip entry \"%s\" has a malformed extra field", shown);
            if (id == 0x0001) {
                if (usize == 0xffffffffu) { if (end - d < 8) goto bad64; usize = tb_le(d, 8); d += 8; }
                if (csize == 0xffffffffu) { if (end - d < 8) goto bad64; csize = tb_le(d, 8); d += 8; }
                if (lho == 0xffffffffu) { if (end - d < 8) goto bad64; lho = tb_le(d, 8); d += 8; }
            }
            x = end;
        }
        if (flags & 1) return tb_fail(err, err_size, "zip entry \"%s\" is encrypted", shown);
        if (method != 0)
            return tb_fail(err, err_size, "zip entry \"%s\" is compressed (method %llu); torch.save stores entries uncompressed, "
                           "re-save the checkpoint with torch.save", shown, (unsigned long long)method);
        if (csize != usize) return tb_fail(err, err_size, "zip entry \"%s\" is stored but its sizes differ", shown);
        if (lho > len || len - lho < 30 || tb_le(buf + lho, 4) != 0x04034b50u)
            return tb_fail(err, err_size, "zip entry \"%s\" has no local header at byte %llu (truncated file?)", shown, (unsigned long long)lho);
        lnlen = tb_le(buf + lho + 26, 2);
        lelen = tb_le(buf + lho + 28, 2);
        data = lho + 30 + lnlen + lelen;
        if (data > len || usize > len - data)
            return tb_fail(err, err_size, "zip entry \"%s\" (%llu bytes) runs past the end of the file (truncated file?)", shown, (unsigned long long)usize);
        if (verify_crc && tb_crc32(buf + data, usize) != crc) return tb_fail(err, err_size, "zip entry \"%s\" fails its CRC-32 check (corrupt file)", shown);
        z[i].name = h + 46;
        z[i].name_len = (size_t)nlen;
        z[i].data = buf + data;
        z[i].size = usize;
        pos += 46 + nlen + elen + clen;
        continue;
    bad64:
        return tb_fail(err, err_size, "zip entry \"%s\" has a truncated ZIP64 extra field", shown);
    }
    *count = (int)entries;
    return 0;
}

/* Byte strings in order: memcmp, then length. */
static int tb_bytes_cmp(const uint8_t *a, size_t an, const uint8_t *b, size_t bn) {
    int r = memcmp(a, b, an < bn ? an : bn);
    return r ? r : an < bn ? -1 : an > bn;
}

static int tb_zentry_cmp(const void *a, const void *b) {
    const tb_zentry *x = (const tb_zentry *)a, *y = (const tb_zentry *)b;
    return tb_bytes_cmp(x->name, x->name_len, y->name, y->name_len);
}

/* The entry named top + mid + tail in z (sorted by tb_zentry_cmp), or NULL. */
static const tb_zentry *tb_zfind(const tb_zentry *z, int n, const uint8_t *top, size_t top_len, const char *mid, const uint8_t *tail, size_t tail_len) {
    size_t ml = strlen(mid), len = top_len + ml + tail_len;
    uint8_t *want = (uint8_t *)malloc(len + 1);
    int lo = 0, hi = n;
    const tb_zentry *found = NULL;
    if (!want) return NULL;
    memcpy(want, top, top_len);
    memcpy(want + top_len, mid, ml);
    if (tail_len) memcpy(want + top_len + ml, tail, tail_len);
    while (lo < hi) {
        int mid_i = lo + (hi - lo) / 2, r = tb_bytes_cmp(z[mid_i].name, z[mid_i].name_len, want, len);
        if (r == 0) { found = &z[mid_i]; break; }
        if (r < 0) lo = mid_i + 1;
        else hi = mid_i;
    }
    free(want);
    return found;
}

/* Storages (value indices) sorted by key, for the legacy format's key list. */
static const tb_pk *tb_sort_pk;
static int tb_storage_cmp(const void *a, const void *b) {
    const tb_val *x = &tb_sort_pk->v[*(const int *)a], *y = &tb_sort_pk->v[*(const int *)b];
    return tb_bytes_cmp(x->s, x->n, y->s, y->n);
}

static int tb_name_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* ---- The result ---------------------------------------------------------------------------- */

static void tb_free(tb_file *f) {
    int i;
    for (i = 0; i < f->count; i++) free(f->t[i].name);
    free(f->t);
    free(f->arena);
    memset(f, 0, sizeof *f);
}

/* Copies strided tensor t (t->data: its storage's first byte) in row-major order to out. */
static void tb_gather(const tb_tensor *t, uint8_t *out) {
    int64_t idx[8] = {0}, src = t->offset;
    size_t n = t->bytes / (size_t)t->esize, i, es = (size_t)t->esize;
    int k;
    for (i = 0; i < n; i++) {
        memcpy(out + i * es, t->data + (size_t)src * es, es);
        for (k = t->ndim - 1; k >= 0; k--) { /* the next index, last dimension fastest */
            src += t->stride[k];
            if (++idx[k] < t->shape[k]) break;
            src -= t->stride[k] * t->shape[k];
            idx[k] = 0;
        }
    }
}

/* Turns the state_dict at value `root` (storages already resolved) into f->t. Strided tensors are
 * copied row-major, at most `copy_limit` bytes in all (the file's size: a copy larger than the
 * file can only come from overlapping views). */
static int tb_collect(tb_pk *P, int root, tb_file *f, uint64_t copy_limit) {
    int c, i;
    char shown[100];
    uint64_t copies = 0;
    if (P->v[root].kind != TV_DICT)
        return TB_FAIL(P, "the pickle is not a state_dict (a dict of tensors)");
    f->t = (tb_tensor *)calloc((size_t)P->v[root].count / 2 + 1, sizeof *f->t);
    if (!f->t) return TB_FAIL(P, "out of memory");
    for (c = P->v[root].first; c >= 0 && P->c[c].next >= 0; c = P->c[P->c[c].next].next) {
        int key = P->c[c].val, val = P->c[P->c[c].next].val, k;
        const tb_val *st;
        const tb_tdesc *d;
        tb_tensor *t = &f->t[f->count];
        int64_t numel = 1, expect = 1, last = 0;
        if (P->v[key].kind != TV_STR) return TB_FAIL(P, "state_dict key is not a string");
        tb_show(P->v[key].s, P->v[key].n, shown, sizeof shown);
        if (P->v[val].kind != TV_TENSOR) return TB_FAIL(P, "state_dict entry \"%s\" is not a tensor (a nested checkpoint, not a state_dict?)", shown);
        d = &P->td[P->v[val].i];
        st = &P->v[d->storage];
        t->dtype = st->dtype;
        t->esize = st->esize;
        t->ndim = d->ndim;
        t->offset = d->offset;
        for (k = 0; k < d->ndim; k++) {
            t->shape[k] = d->shape[k];
            t->stride[k] = d->stride[k];
            if (d->shape[k] && numel > TB_MAX_NUMEL / d->shape[k]) return TB_FAIL(P, "tensor \"%s\" is too large", shown);
            numel *= d->shape[k];
        }
        for (k = d->ndim - 1; numel && k >= 0; k--) {
            if (d->shape[k] != 1 && d->stride[k] != expect) t->copied = 1;
            expect *= d->shape[k];
            /* the last element's index: offset + sum of (shape - 1) * stride, each term checked */
            if (d->shape[k] > 1 && d->stride[k] > (TB_MAX_NUMEL - last) / (d->shape[k] - 1))
                return TB_FAIL(P, "tensor \"%s\" has strides reaching past any storage", shown);
            last += (d->shape[k] - 1) * d->stride[k];
        }
        if (!st->data) return TB_FAIL(P, "tensor \"%s\": its storage's bytes are not in the file", shown);
        if (numel && (uint64_t)(d->offset + last + 1) * (uint64_t)st->esize > st->avail)
            return TB_FAIL(P, "tensor \"%s\" (offset %lld, %lld elements) lies outside its storage of %llu bytes", shown, (long long)d->offset,
                           (long long)numel, (unsigned long long)st->avail);
        t->bytes = (size_t)numel * (size_t)st->esize;
        if (t->copied) {
            t->data = st->data; /* the storage, until tb_gather below */
            copies += (t->bytes + 7) / 8 * 8;
            if (copies > copy_limit)
                return TB_FAIL(P, "tensor \"%s\": row-major copies of the strided tensors would need more bytes than the file holds "
                               "(overlapping views?)", shown);
        } else {
            t->data = st->data + (size_t)d->offset * (size_t)st->esize;
        }
        t->name = (char *)malloc(P->v[key].n + 1);
        if (!t->name) return TB_FAIL(P, "out of memory");
        memcpy(t->name, P->v[key].s, P->v[key].n);
        t->name[P->v[key].n] = 0;
        if (strlen(t->name) != P->v[key].n) { free(t->name); return TB_FAIL(P, "state_dict key \"%s\" holds a NUL byte", shown); }
        f->count++;
    }
    { /* duplicate names: sorted, neighbours */
        char **names = (char **)malloc(((size_t)f->count + 1) * sizeof *names);
        if (!names) return TB_FAIL(P, "out of memory");
        for (i = 0; i < f->count; i++) names[i] = f->t[i].name;
        qsort(names, (size_t)f->count, sizeof *names, tb_name_cmp);
        for (i = 1; i < f->count; i++)
            if (strcmp(names[i - 1], names[i]) == 0) {
                TB_FAIL(P, "state_dict key \"%s\" appears twice", tb_show((const uint8_t *)names[i], strlen(names[i]), shown, sizeof shown));
                free(names);
                return -1;
            }
        free(names);
    }
    if (copies) {
        size_t at = 0;
        f->arena = (uint8_t *)malloc((size_t)copies);
        if (!f->arena) return TB_FAIL(P, "out of memory");
        f->arena_size = (size_t)copies;
        for (i = 0; i < f->count; i++)
            if (f->t[i].copied) {
                tb_gather(&f->t[i], f->arena + at);
                f->t[i].data = f->arena + at;
                at += (f->t[i].bytes + 7) / 8 * 8;
            }
    }
    return 0;
}

static int tb_read_zip(tb_pk *P, const uint8_t *buf, size_t len, tb_file *f, int verify_crc) {
    tb_zentry *z;
    const tb_zentry *pkl = NULL, *e;
    int n, i, root;
    size_t top = 0, pos = 0;
    if (tb_zip_entries(buf, len, &z, &n, verify_crc, P->err, P->err_size)) { free(z); return -1; }
    qsort(z, (size_t)n, sizeof *z, tb_zentry_cmp);
    for (i = 0; i < n; i++) {
        const uint8_t *slash = (const uint8_t *)memchr(z[i].name, '/', z[i].name_len);
        if (slash && z[i].name_len - (size_t)(slash - z[i].name) == 9 && memcmp(slash, "/data.pkl", 9) == 0) {
            pkl = &z[i];
            top = (size_t)(slash - z[i].name);
            break;
        }
    }
    if (!pkl) { free(z); return TB_FAIL(P, "zip archive has no TOP/data.pkl entry: not a torch.save checkpoint"); }
    e = tb_zfind(z, n, pkl->name, top, "/byteorder", (const uint8_t *)"", 0);
    if (e && !(e->size == 6 && memcmp(e->data, "little", 6) == 0)) {
        free(z);
        return TB_FAIL(P, "checkpoint was saved big-endian (byteorder is not \"little\"); only little-endian files are read");
    }
    if (tb_unpickle(P, pkl->data, (size_t)pkl->size, &pos, &root)) { free(z); return -1; }
    for (i = 0; i < P->nv; i++) {
        tb_val *v = &P->v[i];
        char shown[100];
        if (v->kind != TV_STORAGE) continue;
        e = tb_zfind(z, n, pkl->name, top, "/data/", v->s, v->n);
        if (!e) { free(z); return TB_FAIL(P, "storage \"%s\" has no data/%s entry in the archive", tb_show(v->s, v->n, shown, sizeof shown), shown); }
        if (e->size < (uint64_t)v->i * (uint64_t)v->esize) {
            TB_FAIL(P, "storage \"%s\" holds %llu bytes but needs %llu", tb_show(v->s, v->n, shown, sizeof shown),
                    (unsigned long long)e->size, (unsigned long long)v->i * (unsigned long long)v->esize);
            free(z);
            return -1;
        }
        v->data = e->data;
        v->avail = (uint64_t)v->i * (uint64_t)v->esize;
    }
    free(z);
    f->format = "zip";
    return tb_collect(P, root, f, len);
}

static int tb_read_legacy(tb_pk *P, const uint8_t *buf, size_t len, tb_file *f) {
    static const uint8_t magic[10] = {0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19};
    size_t pos = 0;
    int v, root, keys, c, i;
    if (tb_unpickle(P, buf, len, &pos, &v)) return -1;
    if (P->v[v].kind != TV_BIGINT || P->v[v].n != 10 || memcmp(P->v[v].s, magic, 10) != 0)
        return TB_FAIL(P, "not a PyTorch checkpoint: a pickle without torch's magic number");
    if (tb_unpickle(P, buf, len, &pos, &v)) return -1;
    if (P->v[v].kind != TV_INT || P->v[v].i != 1001) return TB_FAIL(P, "legacy checkpoint with protocol version other than 1001");
    if (tb_unpickle(P, buf, len, &pos, &v)) return -1;
    if (P->v[v].kind != TV_DICT) return TB_FAIL(P, "legacy checkpoint without its sys_info dict");
    for (c = P->v[v].first; c >= 0 && P->c[c].next >= 0; c = P->c[P->c[c].next].next) {
        int val = P->c[P->c[c].next].val;
        if (tb_is_str(P, P->c[c].val, "little_endian") && !(P->v[val].kind == TV_BOOL && P->v[val].i == 1))
            return TB_FAIL(P, "checkpoint was saved big-endian; only little-endian files are read");
    }
    if (tb_unpickle(P, buf, len, &pos, &root)) return -1;
    if (tb_unpickle(P, buf, len, &pos, &keys)) return -1;
    if (P->v[keys].kind != TV_LIST) return TB_FAIL(P, "legacy checkpoint without its list of storage keys");
    { /* storages sorted by key: each listed key finds its run of equal keys by binary search */
        int *sv = (int *)malloc(((size_t)P->nv + 1) * sizeof *sv), ns = 0, r = 0;
        if (!sv) return TB_FAIL(P, "out of memory");
        for (i = 0; i < P->nv; i++)
            if (P->v[i].kind == TV_STORAGE) sv[ns++] = i;
        tb_sort_pk = P;
        qsort(sv, (size_t)ns, sizeof *sv, tb_storage_cmp);
        for (c = P->v[keys].first; c >= 0 && !r; c = P->c[c].next) {
            int key = P->c[c].val, lo = 0, hi = ns, k;
            uint64_t count, esize = 0;
            char shown[100];
            if (P->v[key].kind != TV_STR) { r = TB_FAIL(P, "legacy storage key is not a string"); break; }
            tb_show(P->v[key].s, P->v[key].n, shown, sizeof shown);
            while (lo < hi) { /* the first storage whose key is >= this one */
                int m = lo + (hi - lo) / 2;
                if (tb_bytes_cmp(P->v[sv[m]].s, P->v[sv[m]].n, P->v[key].s, P->v[key].n) < 0) lo = m + 1;
                else hi = m;
            }
            for (k = lo; k < ns && tb_bytes_cmp(P->v[sv[k]].s, P->v[sv[k]].n, P->v[key].s, P->v[key].n) == 0; k++) {
                if (esize && esize != (uint64_t)P->v[sv[k]].esize) { r = TB_FAIL(P, "legacy storage \"%s\" is used with two element sizes", shown); break; }
                esize = (uint64_t)P->v[sv[k]].esize;
            }
            if (r) break;
            if (!esize) { r = TB_FAIL(P, "legacy storage \"%s\" is listed but no tensor uses it", shown); break; }
            if (len - pos < 8) { r = TB_FAIL(P, "legacy storage \"%s\": truncated file", shown); break; }
            count = tb_le(buf + pos, 8);
            pos += 8;
            if (count > (uint64_t)(len - pos) / esize) {
                r = TB_FAIL(P, "legacy storage \"%s\" of %llu elements runs past the end of the file (truncated file?)", shown, (unsigned long long)count);
                break;
            }
            for (k = lo; k < ns && tb_bytes_cmp(P->v[sv[k]].s, P->v[sv[k]].n, P->v[key].s, P->v[key].n) == 0; k++) {
                P->v[sv[k]].data = buf + pos;
                P->v[sv[k]].avail = count * esize;
            }
            pos += (size_t)(count * esize);
        }
        free(sv);
        if (r) return -1;
    }
    f->format = "legacy";
    return tb_collect(P, root, f, len);
}

/* Reads a checkpoint held in buf[0..len) (which must outlive *f: tensors point into it).
 * Returns 0, or -1 with a message in err. verify_crc: check the zip entries' CRC-32s. */
static int tb_read(tb_file *f, const uint8_t *buf, size_t len, int verify_crc, char *err, size_t err_size) {
    tb_pk P;
    int r;
    memset(f, 0, sizeof *f);
    memset(&P, 0, sizeof P);
    P.err = err;
    P.err_size = err_size;
    if (tb_is_lfs_pointer(buf, len)) return tb_fail(err, err_size, "is a Git LFS pointer, not the weights: run git lfs pull");
    if (len >= 4 && memcmp(buf, "PK\x03\x04", 4) == 0) r = tb_read_zip(&P, buf, len, f, verify_crc);
    else if (len >= 2 && buf[0] == 0x80) r = tb_read_legacy(&P, buf, len, f);
    else if (len >= 262 && memcmp(buf + 257, "ustar", 5) == 0)
        r = tb_fail(err, err_size, "a tar-format PyTorch checkpoint (torch < 0.4) is not supported; re-save it with torch.save");
    else
        r = tb_fail(err, err_size, "not a PyTorch checkpoint (neither a zip archive nor a pickle)");
    tb_pk_free(&P);
    if (r) tb_free(f);
    return r;
}

#endif /* BERT_TOOLS_TORCH_BIN_H */
