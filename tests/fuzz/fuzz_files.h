/* fuzz_files.h - for the fuzz targets whose parsers read a model folder: one scratch folder per
 * process, files written into it from the input, removed between inputs and at exit. */
#ifndef BERT_FUZZ_FILES_H
#define BERT_FUZZ_FILES_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char fuzz_dir[64];

static inline void fuzz_remove(const char *name) {
    char path[128];
    snprintf(path, sizeof path, "%s/%s", fuzz_dir, name);
    remove(path);
}

/* Every file name a target may write, for cleaning up. */
static const char *const fuzz_names[] = {"config.json", "model.safetensors.index.json", "a.safetensors", "b.safetensors",
                                         "tokenizer.json", "vocab.txt", "spiece.model", "vocab.json", "merges.txt",
                                         "tokenizer_config.json", "special_tokens_map.json", "modules.json",
                                         "1_Pooling/config.json", "sentence_bert_config.json",
                                         "config_sentence_transformers.json"};

static inline void fuzz_clear(void) {
    size_t i;
    for (i = 0; i < sizeof fuzz_names / sizeof fuzz_names[0]; i++) fuzz_remove(fuzz_names[i]);
}

static inline void fuzz_cleanup(void) {
    char sub[96];
    fuzz_clear();
    snprintf(sub, sizeof sub, "%s/1_Pooling", fuzz_dir);
    rmdir(sub);
    rmdir(fuzz_dir);
}

/* The scratch folder, made on first use (in /tmp: a RAM disk on most systems). */
static inline const char *fuzz_folder(void) {
    if (!fuzz_dir[0]) {
        char sub[96];
        snprintf(fuzz_dir, sizeof fuzz_dir, "/tmp/bert-fuzz-XXXXXX");
        if (!mkdtemp(fuzz_dir)) { perror("mkdtemp"); abort(); }
        snprintf(sub, sizeof sub, "%s/1_Pooling", fuzz_dir); /* sentence-transformers' pooling folder */
        if (mkdir(sub, 0700) != 0) { perror(sub); abort(); }
        atexit(fuzz_cleanup);
    }
    return fuzz_dir;
}

static inline void fuzz_write(const char *name, const void *data, size_t len) {
    char path[128];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", fuzz_folder(), name);
    f = fopen(path, "wb");
    if (!f) { perror(path); abort(); }
    if (len) fwrite(data, 1, len, f);
    fclose(f);
}

/* Splits data at its first NUL byte: returns the part before it, *rest (and *rest_len) after it. */
static inline size_t fuzz_split(const uint8_t *data, size_t size, const uint8_t **rest, size_t *rest_len) {
    const uint8_t *nul = (const uint8_t *)memchr(data, 0, size);
    size_t n = nul ? (size_t)(nul - data) : size;
    *rest = nul ? nul + 1 : data + size;
    *rest_len = nul ? size - n - 1 : 0;
    return n;
}

/* With FUZZ_VERBOSE set, says how each input ended: to check that seeds reach what they should. */
static inline void fuzz_report(int r, const char *err) {
    if (getenv("FUZZ_VERBOSE")) fprintf(stderr, "%s\n", r < 0 ? err : r == 0 ? "ok (nothing imported)" : "ok");
}

#endif
