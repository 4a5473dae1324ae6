/* convert.h - what the parts of tools/bert-convert share: a growable byte buffer for building
 * file sections, paths in a model folder, and the tokenizer importer's entry point (tools/convert_tokenizer.c). */
#ifndef BERT_TOOLS_CONVERT_H
#define BERT_TOOLS_CONVERT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* ---- Paths in a model folder ---------------------------------------------------------------- */

/* dir/name in a new allocation (NULL when out of memory). */
static inline char *bc_path(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = (char *)malloc(n);
    if (p) snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Size limits for the files of a model folder: what the largest real file of each kind needs,
 * with room to spare, so that a hostile or mistaken file (a link to /dev/zero, a huge config.json)
 * is refused with a clear error instead of filling memory. safetensors files are bounded by
 * their size on disk (stat) and never read past it. */
#define BC_LIMIT_JSON      ((size_t)16 << 20)   /* config.json and the other small JSON files */
#define BC_LIMIT_TOKENIZER ((size_t)512 << 20)  /* tokenizer.json, vocab.txt, vocab.json, merges.txt, spiece.model */

/* Whether dir/name is there, following symbolic links (Hugging Face cache folders are links into
 * blobs/): 1 a regular file, 0 absent, -1 an error with the reason in err (out of memory, a FIFO,
 * device or directory, permission denied, ...), for the caller to put after the path. Only
 * ENOENT and ENOTDIR mean "absent": any other failure is reported, never taken for a missing
 * file, which would quietly convert a model without, say, its tokenizer. */
static inline int bc_file_status(const char *dir, const char *name, char *err, size_t err_size) {
    struct stat st;
    char *p = bc_path(dir, name);
    int r;
    if (!p) { snprintf(err, err_size, "out of memory"); return -1; }
    errno = 0;
    if (stat(p, &st) != 0) {
        r = errno == ENOENT || errno == ENOTDIR ? 0 : -1;
        if (r < 0) snprintf(err, err_size, "cannot read (%s)", strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        snprintf(err, err_size, "not a regular file (%s); bert-convert reads only regular files or links to them",
                 S_ISDIR(st.st_mode) ? "a directory" : S_ISFIFO(st.st_mode) ? "a FIFO" : "a device or socket");
        r = -1;
    } else r = 1;
    free(p);
    return r;
}

/* Reads all of regular file `path` (symlinks followed) into a new NUL-terminated buffer, refusing
 * anything else before reading a byte: FIFOs, devices and directories (opened without blocking,
 * so a FIFO cannot hang us), and files over `limit` bytes. Reads exactly the size stat gave, never
 * past it. NULL on error, with the reason (not the path) in err. */
static inline char *bc_read_file(const char *path, size_t limit, size_t *len_out, char *err, size_t err_size) {
    struct stat st;
    char *buf;
    size_t size, got = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK);
    if (fd < 0) { snprintf(err, err_size, "cannot read (%s)", strerror(errno)); return NULL; }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, err_size, "not a regular file; bert-convert reads only regular files or links to them");
        close(fd);
        return NULL;
    }
    if (limit > SIZE_MAX - 1) limit = SIZE_MAX - 1; /* the size + 1 we allocate must fit a size_t (32-bit builds) */
    if ((unsigned long long)st.st_size > (unsigned long long)limit) {
        snprintf(err, err_size, "%llu bytes, over the %lu MB limit for this kind of file", (unsigned long long)st.st_size,
                 (unsigned long)(limit >> 20));
        close(fd);
        return NULL;
    }
    size = (size_t)st.st_size;
    buf = (char *)malloc(size + 1);
    if (!buf) { snprintf(err, err_size, "out of memory (%lu bytes)", (unsigned long)size); close(fd); return NULL; }
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            snprintf(err, err_size, "cannot read (%s)", n < 0 ? strerror(errno) : "the file shrank while being read");
            free(buf);
            close(fd);
            return NULL;
        }
        got += (size_t)n;
    }
    close(fd);
    buf[size] = 0;
    *len_out = size;
    return buf;
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
