/* test_huge.c - the command line's resources on huge inputs (issue 14, defect 7): with a max
 * length, tokenize and embed take a few bytes of memory per input byte (the line itself) and
 * stop tokenizing once the kept tokens are known, giving what the line cut to its first KB gives;
 * run reads its JSON without a tree of nodes and refuses inputs and outputs past its caps, with
 * errors naming the option that raises them. Each child's peak memory comes from wait4. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include "../tools/json.h"
#include <sys/types.h>
#include <sys/time.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>
#include <time.h>
#include "test.h"

#define WORK "build/tests/huge"

/* The CLI under test: build/bert, or $BERT_BIN (to show that a check fails on an old build). */
static const char *g_bin = "build/bert";

/* Runs g_bin with argv (NULL-terminated) reading `in`, writing `out` and `err`; returns the exit
   status, *kb the child's peak resident memory and *secs its wall time. */
static int run_child(char *const argv[], const char *in, const char *out, const char *err, long *kb, double *secs) {
    struct rusage ru;
    struct timespec t0, t1;
    int status = -1;
    pid_t pid;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid = fork();
    if (pid == 0) {
        int fi = open(in, O_RDONLY), fo = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644), fe = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fi < 0 || fo < 0 || fe < 0) _exit(127);
        dup2(fi, 0), dup2(fo, 1), dup2(fe, 2);
        execv(g_bin, argv);
        _exit(127);
    }
    if (pid < 0 || wait4(pid, &status, 0, &ru) != pid) return -1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    *kb = ru.ru_maxrss;
    *secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    return status;
}

static char *slurp(const char *path, size_t *len) {
    char *s = json_read_file(path, len);
    if (!s) *len = 0;
    return s;
}

/* One line of `size` bytes: the golden corpus's lines joined by spaces, over and over. */
static int write_line(const char *path, size_t size, int newline) {
    size_t len, i, n = 0;
    char *src = slurp("tests/fixtures/tokenizers/golden/texts/main.txt", &len);
    FILE *f = fopen(path, "wb");
    if (!src || !f || len == 0) { free(src); if (f) fclose(f); return 0; }
    for (i = 0; i < len; i++)
        if (src[i] == '\n' || src[i] == '\r') src[i] = ' ';
    while (n < size) {
        size_t k = size - n < len ? size - n : len;
        fwrite(src, 1, k, f);
        n += k;
    }
    if (newline) fputc('\n', f);
    fclose(f);
    free(src);
    return 1;
}

/* A pair line of `size` bytes: two texts of half that (write_line's), a TAB between them. */
static int write_pair(const char *path, size_t size) {
    size_t len;
    char *half;
    FILE *f;
    if (!write_line(WORK "/half.txt", size / 2, 0) || !(half = slurp(WORK "/half.txt", &len))) return 0;
    if (!(f = fopen(path, "wb"))) { free(half); return 0; }
    fwrite(half, 1, len, f), fputc('\t', f), fwrite(half, 1, len, f), fputc('\n', f);
    fclose(f);
    free(half);
    return 1;
}

/* Peak memory of `bert CMD -m MODEL OPTIONS...` over the big input less over the small one, per
   byte of the big input. opts: up to 4 more arguments, NULL-terminated. */
static void check_memory(const char *cmd, const char *model, const char *const *opts, const char *big, const char *small, size_t size) {
    char *argv[10] = {(char *)"bert", (char *)cmd, (char *)"-m", (char *)model}, shown[64] = "";
    long kb_big = 0, kb_small = 0;
    double s_big = 0, s_small = 0, per_byte;
    int a, b, i;
    for (i = 0; opts[i] && i < 4; i++) {
        argv[4 + i] = (char *)opts[i];
        snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %s", opts[i]);
    }
    a = run_child(argv, small, WORK "/out.txt", WORK "/err.txt", &kb_small, &s_small);
    b = run_child(argv, big, WORK "/out.txt", WORK "/err.txt", &kb_big, &s_big);
    per_byte = (double)(kb_big - kb_small) * 1024.0 / (double)size;
    CHECKF(a == 0 && b == 0 && per_byte <= 8, "%s%s: %.1f bytes of memory per input byte (at most 8; %ld KB for %lu MB, %.2f s)",
           cmd, shown, per_byte, kb_big, (unsigned long)(size >> 20), s_big);
}

/* Does `argv_a < in_a` write the same bytes as `argv_b < in_b`, more than min_len of them? */
static void check_same_output(char *const argv_a[], const char *in_a, char *const argv_b[], const char *in_b, size_t min_len,
                              const char *what) {
    long kb;
    double secs;
    size_t l1, l2;
    int a = run_child(argv_a, in_a, WORK "/out1.txt", WORK "/err.txt", &kb, &secs);
    int b = run_child(argv_b, in_b, WORK "/out2.txt", WORK "/err.txt", &kb, &secs);
    char *out1 = slurp(WORK "/out1.txt", &l1), *out2 = slurp(WORK "/out2.txt", &l2);
    CHECKF(a == 0 && b == 0 && l1 > min_len && l1 == l2 && memcmp(out1, out2, l1) == 0, "%s (%lu and %lu bytes of output)", what,
           (unsigned long)l1, (unsigned long)l2);
    free(out1), free(out2);
}

int main(void) {
    const char *env = getenv("BERT_BIN");
    const size_t size = 4u << 20;
    char *out1 = NULL, *err = NULL;
    size_t l1, le;
    if (env && *env) g_bin = env;
    if (system("mkdir -p " WORK " && build/bert-convert tests/fixtures/models/bert " WORK "/bert.bert >/dev/null 2>&1 && "
               "build/bert-convert tests/fixtures/models/bert_mlm " WORK "/mlm.bert >/dev/null 2>&1") != 0 ||
        !write_line(WORK "/big.txt", size, 1) || !write_line(WORK "/nonl.txt", size, 0) || !write_line(WORK "/small.txt", 4096, 1) ||
        !write_pair(WORK "/pair.txt", size) || !write_pair(WORK "/small_pair.txt", 4096)) {
        CHECK(0, "convert the fixtures and write the inputs");
        return test_done();
    }

    /* Memory per input byte: the line is read whole (1 byte a byte, twice while it grows); the
       tokenizer's alignment arrays must not follow it. */
    {
        static const char *const max64[] = {"--max-length", "64", NULL}, *const none[] = {NULL},
                                  *const pair64[] = {"--pair", "--max-length", "64", NULL},
                                  *const tokens64[] = {"--pooling", "none", "--max-length", "64", NULL};
        check_memory("tokenize", WORK "/bert.bert", max64, WORK "/big.txt", WORK "/small.txt", size);
        check_memory("tokenize", WORK "/bert.bert", max64, WORK "/nonl.txt", WORK "/small.txt", size);
        check_memory("embed", WORK "/bert.bert", max64, WORK "/big.txt", WORK "/small.txt", size);
        /* No limit: the tokens are written part by part (bert_tokenize_next), not held. */
        check_memory("tokenize", WORK "/bert.bert", none, WORK "/big.txt", WORK "/small.txt", size);
        /* A pair: each text tokenized as far as its kept tokens need. */
        check_memory("tokenize", WORK "/bert.bert", pair64, WORK "/pair.txt", WORK "/small_pair.txt", size);
        check_memory("embed", WORK "/bert.bert", tokens64, WORK "/big.txt", WORK "/small.txt", size);
    }

    /* Written part by part, a long line is what the whole encoding gives (a limit it does not
       reach takes that path). */
    {
        char *argv[] = {(char *)"bert", (char *)"tokenize", (char *)"-m", (char *)WORK "/bert.bert", NULL};
        char *argv_whole[] = {(char *)"bert", (char *)"tokenize", (char *)"-m", (char *)WORK "/bert.bert", (char *)"--max-length",
                              (char *)"1000000", NULL};
        check_same_output(argv, WORK "/big.txt", argv_whole, WORK "/big.txt", size,
                          "tokenize: a 4 MB line written part by part is the whole encoding");
    }

    /* A long line truncated is its first KB truncated: the kept tokens, offsets included. */
    {
        char *argv[] = {(char *)"bert", (char *)"tokenize", (char *)"-m", (char *)WORK "/bert.bert", (char *)"--max-length", (char *)"64", NULL};
        check_same_output(argv, WORK "/big.txt", argv, WORK "/small.txt", 100,
                          "tokenize --max-length 64: a 4 MB line gives what its first 4 KB give");
    }

    /* run: a 4 MB JSON document of too-long rows is read in a few bytes a byte, then refused. */
    {
        FILE *f = fopen(WORK "/rows.json", "wb");
        char *argv[] = {(char *)"bert", (char *)"run", (char *)"-m", (char *)WORK "/bert.bert", NULL};
        long kb_big = 0, kb_small = 0;
        double secs;
        size_t n = 0, json_size;
        int a, b;
        fputs("{\"input_ids\": [", f);
        while (n < size) {
            int k;
            fputs(n ? ",[101" : "[101", f);
            for (k = 0; k < 99; k++) fputs(",37", f);
            fputs("]", f);
            n += 4 + 99 * 3 + 2;
        }
        fputs("]}", f);
        json_size = (size_t)ftell(f);
        fclose(f);
        f = fopen(WORK "/one.json", "wb");
        fputs("{\"input_ids\": [[101, 37, 102]]}", f);
        fclose(f);
        a = run_child(argv, WORK "/one.json", WORK "/out.txt", WORK "/err.txt", &kb_small, &secs);
        b = run_child(argv, WORK "/rows.json", WORK "/out.txt", WORK "/err.txt", &kb_big, &secs);
        err = slurp(WORK "/err.txt", &le);
        CHECKF(a == 0 && b != 0 && err && strstr(err, "longer than the model allows") &&
                   (double)(kb_big - kb_small) * 1024.0 / (double)json_size <= 8,
               "run: %lu MB of JSON refused (rows too long) with %.1f bytes of memory per input byte (at most 8)",
               (unsigned long)(json_size >> 20), (double)(kb_big - kb_small) * 1024.0 / (double)json_size);
        free(err);
    }

    /* run's caps: the input size, and the outputs a batch would write. */
    {
        char *argv[] = {(char *)"bert", (char *)"run", (char *)"-m", (char *)WORK "/bert.bert", (char *)"--max-input-mb", (char *)"1", NULL};
        char *argv_mlm[] = {(char *)"bert", (char *)"run", (char *)"-m", (char *)WORK "/mlm.bert", NULL};
        char *argv_mlm_raised[] = {(char *)"bert", (char *)"run", (char *)"-m", (char *)WORK "/mlm.bert", (char *)"--max-output-mb", (char *)"100000", NULL};
        long kb;
        double secs;
        int a;
        FILE *f;
        size_t n = 0;
        a = run_child(argv, WORK "/rows.json", WORK "/out.txt", WORK "/err.txt", &kb, &secs);
        err = slurp(WORK "/err.txt", &le);
        CHECKF(a != 0 && err && strstr(err, "larger than 1 MB") && strstr(err, "--max-input-mb"),
               "run --max-input-mb 1: a 4 MB input is refused, naming the option (%.*s)", err ? (int)strcspn(err, "\n") : 0, err ? err : "");
        free(err);
        /* 1 MB of ids to a masked-LM model: ~4 GB of logits as JSON. */
        f = fopen(WORK "/mlm.json", "wb");
        fputs("{\"input_ids\": [", f);
        while (n < (1u << 20)) {
            int k;
            fputs(n ? ",[101" : "[101", f);
            for (k = 0; k < 63; k++) fputs(",37", f);
            fputs("]", f);
            n += 4 + 63 * 3 + 2;
        }
        fputs("]}", f);
        fclose(f);
        a = run_child(argv_mlm, WORK "/mlm.json", WORK "/out.txt", WORK "/err.txt", &kb, &secs);
        err = slurp(WORK "/err.txt", &le);
        CHECKF(a != 0 && secs < 10 && err && strstr(err, "--max-output-mb 1024"),
               "run: 1 MB of ids to an MLM model is refused in %.2f s, naming --max-output-mb (%.*s)", secs,
               err ? (int)strcspn(err, "\n") : 0, err ? err : "");
        free(err);
        a = run_child(argv_mlm_raised, WORK "/one.json", WORK "/out.txt", WORK "/err.txt", &kb, &secs);
        out1 = slurp(WORK "/out.txt", &l1);
        CHECK(a == 0 && out1 && strstr(out1, "\"mlm_logits\""), "run --max-output-mb raised: a small batch still runs");
        free(out1);
    }
    return test_done();
}
