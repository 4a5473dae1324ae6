/* convert.h - what the parts of tools/bert-convert share: a growable byte buffer for building
 * file sections, paths in a model folder, and the tokenizer importer's entry point (tools/convert_tokenizer.c). */
#ifndef BERT_TOOLS_CONVERT_H
#define BERT_TOOLS_CONVERT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Paths in a model folder ---------------------------------------------------------------- */

/* dir/name in a new allocation (NULL when out of memory). */
static inline char *bc_path(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = (char *)malloc(n);
    if (p) snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Whether dir/name can be opened for reading. */
static inline int bc_file_exists(const char *dir, const char *name) {
    char *p = bc_path(dir, name);
    FILE *f = p ? fopen(p, "rb") : NULL;
    free(p);
    if (f) fclose(f);
    return f != NULL;
}

/* ---- Byte buffer: little-endian appends ---------------------------------------------------- */

typedef struct bc_buf {
    uint8_t *data;
    size_t len, cap;
    int oom; /* set once an allocation failed; every later append is a no-op */
} bc_buf;

static inline int bc_reserve(bc_buf *b, size_t extra) {
    if (b->oom) return -1;
    if (b->len + extra > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        uint8_t *p;
        while (cap < b->len + extra) cap *= 2;
        p = (uint8_t *)realloc(b->data, cap);
        if (!p) { b->oom = 1; return -1; }
        b->data = p;
        b->cap = cap;
    }
    return 0;
}

static inline void bc_bytes(bc_buf *b, const void *p, size_t n) {
    if (n == 0 || bc_reserve(b, n)) return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static inline void bc_u8(bc_buf *b, unsigned v) { uint8_t x = (uint8_t)v; bc_bytes(b, &x, 1); }

static inline void bc_u16(bc_buf *b, unsigned v) {
    uint8_t x[2];
    x[0] = (uint8_t)v; x[1] = (uint8_t)(v >> 8);
    bc_bytes(b, x, 2);
}

static inline void bc_u32(bc_buf *b, uint32_t v) {
    uint8_t x[4];
    x[0] = (uint8_t)v; x[1] = (uint8_t)(v >> 8); x[2] = (uint8_t)(v >> 16); x[3] = (uint8_t)(v >> 24);
    bc_bytes(b, x, 4);
}

static inline void bc_u64(bc_buf *b, uint64_t v) {
    bc_u32(b, (uint32_t)v);
    bc_u32(b, (uint32_t)(v >> 32));
}

static inline void bc_f32(bc_buf *b, float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    bc_u32(b, u);
}

/* Pads with zeros to a multiple of `align`. */
static inline void bc_align(bc_buf *b, size_t align) {
    while (!b->oom && b->len % align) bc_u8(b, 0);
}

/* Overwrites a u32 already written at `at`. */
static inline void bc_patch_u32(bc_buf *b, size_t at, uint32_t v) {
    if (b->oom || at + 4 > b->len) return;
    b->data[at] = (uint8_t)v; b->data[at + 1] = (uint8_t)(v >> 8);
    b->data[at + 2] = (uint8_t)(v >> 16); b->data[at + 3] = (uint8_t)(v >> 24);
}

static inline void bc_free(bc_buf *b) {
    free(b->data);
    memset(b, 0, sizeof *b);
}

/* ---- Tokenizer import ---------------------------------------------------------------------- */

/* What the converter learns from a tokenizer folder, for the model config. -1: not known. */
typedef struct bc_tokenizer_info {
    int pad_id, cls_id, sep_id, unk_id, mask_id;
    int model_max_length; /* from tokenizer_config.json, 0 if absent or absurd */
    char kind[32];        /* "wordpiece", "unigram", "bpe": for messages */
} bc_tokenizer_info;

/* Looks in `dir` for tokenizer.json, else vocab.txt, spiece.model, or vocab.json + merges.txt
 * (with tokenizer_config.json / special_tokens_map.json), and appends the file's tokenizer
 * section to `out`. Returns 1 when a tokenizer was imported, 0 when the folder has none
 * (the model is ids-only), -1 on error with a message naming the file and field in `err`.
 * `warn` receives non-fatal notes (one per line), may stay empty. */
int bc_import_tokenizer(const char *dir, bc_buf *out, bc_tokenizer_info *info, char *err, size_t err_size,
                        char *warn, size_t warn_size);

#endif /* BERT_TOOLS_CONVERT_H */
