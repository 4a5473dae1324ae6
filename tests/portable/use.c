/* use.c - a user program for the build checks (tests/test_build.c): loads a model, encodes the
 * golden case b1_len7 of the `bert` fixture and prints its mean-pooled vector's first values,
 * then the kernels it ran (bert_simd_name; BERT_SIMD in the environment forces a set).
 * Compiled under many configurations (C99/C++, gcc/clang, BERT_NO_STDIO, BERT_NO_SIMD,
 * BERT_STATIC with a second translation unit). */
#define BERT_IMPLEMENTATION
#include "../../bert.h"
#include <stdio.h>
#include <stdlib.h>

int other_unit(void); /* other.c: proves a second copy links when BERT_STATIC is set */

#ifdef BERT_NO_STDIO
/* Without stdio in the library the program reads the file itself. */
static int load(bert_model **m, const char *path, bert_error *err, void **keep) {
    FILE *f = fopen(path, "rb");
    long n;
    void *buf;
    if (!f) return -1;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 64);
    *keep = buf;
    {
        unsigned char *aligned = (unsigned char *)buf + (64 - (size_t)buf % 64) % 64;
        if (fread(aligned, 1, (size_t)n, f) != (size_t)n) return -1;
        fclose(f);
        return bert_model_load_memory(m, aligned, (size_t)n, err);
    }
}
#else
static int load(bert_model **m, const char *path, bert_error *err, void **keep) {
    *keep = NULL;
    return bert_model_load_file(m, path, err);
}
#endif

int main(int argc, char **argv) {
    bert_model *m = NULL;
    bert_ctx *c = NULL;
    bert_error err;
    void *keep;
    int32_t ids[7] = {101, 248, 811, 239, 623, 379, 102};
    bert_batch b = {1, 7, ids, NULL, NULL};
    float out[64] = {0};
    if (getenv("BERT_SIMD") && bert_simd_force(getenv("BERT_SIMD"), &err) != BERT_OK) { printf("%s\n", err.message); return 1; }
    if (argc < 2 || load(&m, argv[1], &err, &keep) != BERT_OK) { printf("load failed\n"); return 1; }
    if (bert_ctx_create(&c, m, 1, 7, &err) != BERT_OK || bert_encode(c, &b, &err) != BERT_OK ||
        bert_output_get(c, BERT_OUT_MEAN, out, &err) != BERT_OK) {
        printf("encode failed: %s\n", err.message);
        return 1;
    }
    printf("%.6f %.6f %.6f %.6f %d %s\n", out[0], out[1], out[2], out[3], other_unit(), bert_simd_name());
    bert_ctx_free(c);
    bert_model_free(m);
    free(keep);
    return 0;
}
