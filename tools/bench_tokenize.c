/* bench_tokenize - tokenization throughput of one model file on one text file.
 *
 *   bench_tokenize MODEL TEXT [--repeat N]
 *
 * Tokenizes every line of TEXT (split on \n, special tokens added, no truncation) N times on one
 * thread and prints one JSON object: {"mb_per_s": median MB/s, "lines": ..., "bytes": ...}.
 * Run by `make bench-tokenize` (tools/bench_tokenize.sh), which puts it next to Hugging Face
 * tokenizers timed on the same file in the same session.
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    bert_model *model;
    bert_encoding enc = {0};
    bert_error err;
    size_t len, at;
    char *text;
    int repeat = 5, r, lines = 0;
    double mb_s[64];
    if (argc < 3) {
        fprintf(stderr, "usage: bench_tokenize MODEL TEXT [--repeat N]\n");
        return 2;
    }
    if (argc == 5 && strcmp(argv[3], "--repeat") == 0) repeat = atoi(argv[4]);
    if (repeat < 1 || repeat > 64) repeat = 5;
    if (bert_model_load_file(&model, argv[1], &err) != BERT_OK) {
        fprintf(stderr, "bench_tokenize: %s\n", err.message);
        return 1;
    }
    text = json_read_file(argv[2], &len);
    if (!text) {
        fprintf(stderr, "bench_tokenize: cannot read %s\n", argv[2]);
        return 1;
    }
    for (r = 0; r < repeat; r++) {
        double t0 = now_s();
        for (at = 0, lines = 0; at < len; lines++) {
            char *nl = (char *)memchr(text + at, '\n', len - at);
            size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
            if (bert_tokenize(model, text + at, n, 0, &enc, &err) != BERT_OK) {
                fprintf(stderr, "bench_tokenize: %s\n", err.message);
                return 1;
            }
            at += n + 1;
        }
        mb_s[r] = (double)len / (now_s() - t0) / 1e6;
    }
    qsort(mb_s, (size_t)repeat, sizeof mb_s[0], by_value);
    printf("{\"mb_per_s\": %.2f, \"lines\": %d, \"bytes\": %lu}\n", mb_s[repeat / 2], lines, (unsigned long)len);
    bert_encoding_free(&enc);
    bert_model_free(model);
    free(text);
    return 0;
}
