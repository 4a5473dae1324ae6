/* test_cli.c - the `bert` command line's contract on bad input: a non-zero exit and exactly one
 * line on stderr starting "bert: ", never a crash; and `bert info` describing a model. */
#define _POSIX_C_SOURCE 200809L
#include "../tools/json.h"
#include <sys/types.h>
#include <sys/wait.h>
#include <poll.h>
#include <unistd.h>
#include <stdint.h>
#include <math.h>
#include "test.h"
#include "cross_encoder.h"

#define WORK "build/tests/cli"

/* The CLI under test: build/bert, or $BERT_BIN (to show that a new check fails on an old build). */
static const char *g_bin = "build/bert";

/* Runs `bert ARGS` with stdin `input`; returns the exit status, stdout and stderr in files. */
static int run(const char *args, const char *input, char **out, char **err) {
    char cmd[1024];
    FILE *f = fopen(WORK "/in.json", "wb");
    size_t len;
    int status;
    fputs(input, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "%s %s < " WORK "/in.json > " WORK "/out.txt 2> " WORK "/err.txt", g_bin, args);
    status = system(cmd);
    *out = json_read_file(WORK "/out.txt", &len);
    *err = json_read_file(WORK "/err.txt", &len);
    return status;
}

static int count_lines(const char *s) {
    int n = 0;
    for (; s && *s; s++) n += *s == '\n';
    return n;
}

static void expect_error(const char *what, const char *args, const char *input, const char *needle) {
    char *out, *err;
    int status = run(args, input, &out, &err);
    CHECKF(status != 0 && WIFEXITED(status) && WEXITSTATUS(status) < 128, "%s: non-zero exit without a crash (status %d)", what, status);
    CHECKF(err && strncmp(err, "bert: ", 6) == 0 && count_lines(err) == 1, "%s: one line on stderr (%.*s)", what,
           err ? (int)strcspn(err, "\n") : 0, err ? err : "");
    CHECKF(err && strstr(err, needle), "%s: the message says \"%s\"", what, needle);
    free(out);
    free(err);
}

/* ---- issue 13: the command line as a new user meets it -------------------------------------- */

/* Runs `g_bin ARGS REDIR` through the shell; stdout and stderr land in out/err (NULL when the
   redirections send stdout elsewhere). */
static int run_sh(const char *args, const char *redir, char **out, char **err) {
    char cmd[4096];
    size_t len;
    int status;
    snprintf(cmd, sizeof cmd, "%s %s %s 2> " WORK "/err.txt", g_bin, args, redir);
    remove(WORK "/out.txt");
    status = system(cmd);
    *out = json_read_file(WORK "/out.txt", &len);
    *err = json_read_file(WORK "/err.txt", &len);
    return status;
}

/* expect_error, and nothing at all on stdout. */
static void expect_error_no_output(const char *what, const char *args, const char *input, const char *needle) {
    char *out, *err;
    expect_error(what, args, input, needle);
    run(args, input, &out, &err);
    CHECKF(out && out[0] == 0, "%s: no output before the error (%d bytes)", what, out ? (int)strlen(out) : -1);
    free(out);
    free(err);
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    if (f) { fputs(text, f); fclose(f); }
}

static uint32_t le32(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint64_t le64(const unsigned char *p) { return le32(p) | (uint64_t)le32(p + 4) << 32; }
static void put32(unsigned char *p, uint32_t v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); p[2] = (unsigned char)(v >> 16); p[3] = (unsigned char)(v >> 24); }
static void put64(unsigned char *p, uint64_t v) { put32(p, (uint32_t)v); put32(p + 4, (uint32_t)(v >> 32)); }

/* A copy of model file `src` whose weights have only the first `vocab` rows of the word
   embeddings, while its tokenizer keeps them all: what converting a tokenizer that does not fit
   the weights used to give (docs/FORMAT.md has the offsets). */
static int shrink_vocab(const char *src, const char *dst, uint32_t vocab) {
    size_t len, i;
    unsigned char *f = (unsigned char *)json_read_file(src, &len);
    uint64_t cfg, strings, tensors;
    uint32_t count;
    int done = 0;
    FILE *o;
    if (!f || len < 128) { free(f); return 0; }
    cfg = le64(f + 24);
    strings = le64(f + 40);
    tensors = le64(f + 72);
    count = le32(f + 80);
    put32(f + cfg + 4, vocab);
    for (i = 0; i < count && tensors + 48 * (i + 1) <= len; i++) {
        unsigned char *e = f + tensors + 48 * i;
        if (strcmp((const char *)f + strings + le32(e), "embeddings.word") == 0 && le32(e + 4) == 0 && le32(e + 12) == 0) {
            put32(e + 16, vocab);
            put64(e + 40, (uint64_t)vocab * le32(e + 20) * 4);
            done = 1;
        }
    }
    o = fopen(dst, "wb");
    if (o) { fwrite(f, 1, len, o); fclose(o); }
    free(f);
    return done && o;
}

/* bert embed as a co-process: one line written, its embedding read back before stdin closes. */
static int coprocess_answers(void) {
    int in[2], out[2], ok = 0, status;
    char buf[4096];
    size_t got = 0;
    pid_t pid;
    if (pipe(in) != 0 || pipe(out) != 0) return 0;
    pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[0]); close(in[1]); close(out[0]); close(out[1]);
        execl(g_bin, g_bin, "embed", "-m", WORK "/bert.bert", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    if (write(in[1], "tok127 tok830\n", 14) == 14) {
        for (;;) {
            struct pollfd p;
            ssize_t k;
            p.fd = out[0];
            p.events = POLLIN;
            p.revents = 0;
            if (poll(&p, 1, 10000) <= 0) break; /* 10 s without an answer: it waits for more input */
            k = read(out[0], buf + got, sizeof buf - 1 - got);
            if (k <= 0) break;
            got += (size_t)k;
            if (memchr(buf, '\n', got) || got == sizeof buf - 1) { ok = buf[0] == '['; break; }
        }
    }
    close(in[1]);
    while (read(out[0], buf, sizeof buf) > 0) {}
    close(out[0]);
    waitpid(pid, &status, 0);
    return ok;
}

static void test_usability(void) {
    const char *B = WORK "/bert.bert";
    char args[1024], *out, *err, *out2 = NULL, *err2 = NULL;
    static char long_line[4096], input70[1024];
    int i, status;

    /* 1. one strict number parser; bench's default --seq fits the model */
    snprintf(args, sizeof args, "bench -m %s --seq 32 --iters 1 --batch 3x", B);
    expect_error("bench --batch 3x", args, "", "--batch");
    snprintf(args, sizeof args, "bench -m %s --seq 32 --iters 1 --threads 2abc", B);
    expect_error("bench --threads 2abc", args, "", "--threads");
    snprintf(args, sizeof args, "bench -m %s --seq 32 --iters 1e3", B);
    expect_error("bench --iters 1e3", args, "", "--iters");
    snprintf(args, sizeof args, "embed -m %s --batch ' 7'", B);
    expect_error("embed --batch ' 7'", args, "x\n", "--batch");
    snprintf(args, sizeof args, "bench -m %s --seq 65", B);
    expect_error("bench --seq above the model's 64", args, "", "--seq");
    snprintf(args, sizeof args, "bench -m %s --iters 1 --warmup 0", B);
    status = run(args, "", &out, &err);
    CHECKF(status == 0 && out && strstr(out, "x 64 tokens"), "bench on a model of 64 positions defaults to --seq 64 (%.*s)",
           err ? (int)strcspn(err, "\n") : 0, err ? err : "");
    free(out); free(err);

    /* 2. embed --max-length above the model's limit: refused before any output, naming the flag */
    for (i = 0; i < 70; i++) strcat(input70, "tok1\n");
    snprintf(args, sizeof args, "embed -m %s --max-length 1000", B);
    expect_error_no_output("embed --max-length 1000 on a model of 64", args, input70, "--max-length");

    /* 4. read and write errors */
    snprintf(args, sizeof args, "embed -m %s", B);
    status = run_sh(args, "< /tmp > " WORK "/out.txt", &out, &err);
    CHECKF(status != 0 && err && strstr(err, "cannot read"), "embed < a directory fails: %.*s", err ? (int)strcspn(err, "\n") : 0, err ? err : "");
    free(out); free(err);
    snprintf(args, sizeof args, "tokenize -m %s", B);
    status = run_sh(args, "< /tmp > " WORK "/out.txt", &out, &err);
    CHECK(status != 0 && err && strstr(err, "cannot read"), "tokenize < a directory fails");
    free(out); free(err);
    snprintf(args, sizeof args, "run -m %s", B);
    status = run_sh(args, "< /tmp > " WORK "/out.txt", &out, &err);
    CHECK(status != 0 && err && strstr(err, "cannot read"), "run < a directory fails");
    free(out); free(err);
    {
        FILE *full = fopen("/dev/full", "w");
        if (full) {
            fclose(full);
            snprintf(args, sizeof args, "info -m %s", B);
            status = run_sh(args, "> /dev/full", &out, &err);
            CHECKF(status != 0 && err && strstr(err, "cannot write"), "info > /dev/full fails: %.*s", err ? (int)strcspn(err, "\n") : 0, err ? err : "");
            free(out); free(err);
            snprintf(args, sizeof args, "tokenize -m %s", B);
            status = run_sh(args, "< tests/test.h > /dev/full", &out, &err);
            CHECK(status != 0 && err && strstr(err, "cannot write"), "tokenize > /dev/full fails");
            free(out); free(err);
            snprintf(args, sizeof args, "embed -m %s", B);
            status = run_sh(args, "< tests/test.h > /dev/full", &out, &err);
            CHECK(status != 0 && err && strstr(err, "cannot write"), "embed > /dev/full fails");
            free(out); free(err);
        }
    }

    /* 5. a token id the weights do not have is reported at its input line */
    if (shrink_vocab(B, WORK "/vocab500.bert", 500)) {
        expect_error("embed: an id outside the weights' vocabulary names the line", "embed -m " WORK "/vocab500.bert", "tok127\ntok830\n", "line 2");
    } else CHECK(0, "make a model whose tokenizer outgrows its weights");

    /* 6. inapplicable options are errors; a --pair line without a TAB names its line */
    snprintf(args, sizeof args, "embed -m %s --pair", B);
    expect_error("embed --pair", args, "a\tb\n", "--pair");
    snprintf(args, sizeof args, "tokenize -m %s --pooling cls", B);
    expect_error("tokenize --pooling", args, "a\n", "--pooling");
    snprintf(args, sizeof args, "tokenize -m %s --threads 2", B);
    expect_error("tokenize --threads", args, "a\n", "--threads");
    snprintf(args, sizeof args, "tokenize -m %s --batch 4", B);
    expect_error("tokenize --batch", args, "a\n", "--batch");
    snprintf(args, sizeof args, "info -m %s --pair", B);
    expect_error("info --pair", args, "", "--pair");
    snprintf(args, sizeof args, "run -m %s --max-length 5", B);
    expect_error("run --max-length", args, "{\"input_ids\": [[1]]}", "--max-length");
    snprintf(args, sizeof args, "tokenize -m %s --pair", B);
    expect_error("tokenize --pair on a line without a TAB", args, "a\tb\nc\n", "line 2");
    snprintf(args, sizeof args, "embed -m %s stray", B);
    expect_error("a stray argument", args, "a\n", "stray");

    /* 7. --help: usage on stdout, exit 0, every option */
    {
        static const struct { const char *cmd, *options[16]; } helps[] = {
            {"run", {"--model", "--threads", "default", NULL}},
            {"info", {"--model", NULL}},
            {"tokenize", {"--model", "--pair", "--max-length", "-p", "-f", "default", NULL}},
            {"embed", {"--model", "--batch", "--max-length", "--no-truncate", "--pooling", "--normalize", "--no-normalize", "--threads", "-p", "-f"}},
            {"bench", {"--model", "--batch", "--seq", "--threads", "--iters", "--warmup", "--json", "default 128", NULL}},
            {"embed", {"--prompt", "--prompt-name", "--no-prompt", "--dim", "--format", "npy", "f16", "none", "--progress", NULL}},
            {"score", {"--model", "--raw", "--batch", "--max-length", "--no-truncate", "--threads", "-p", "-f", "--progress", "TAB"}},
            {"rerank", {"--model", "--query", "--top-k", "--raw", "--batch", "--max-length", "--threads", "-f", "default: all", NULL}},
            {"similarity", {"--model", "--query", "--top-k", "--prompt", "--prompt-name", "--dim", "--pooling", "-f", "default 10", NULL}},
            {"choose", {"--model", "--query", "CONTEXT", "--top-k", "--raw", "--batch", "--max-length", "--threads", "softmax", NULL}},
        };
        size_t h, k;
        for (h = 0; h < sizeof helps / sizeof helps[0]; h++) {
            int ok;
            snprintf(args, sizeof args, "%s --help", helps[h].cmd);
            status = run_sh(args, "< /dev/null > " WORK "/out.txt", &out, &err);
            ok = status == 0 && out && strncmp(out, "usage: ", 7) == 0 && err && err[0] == 0;
            for (k = 0; ok && k < 16 && helps[h].options[k]; k++) ok = strstr(out, helps[h].options[k]) != NULL;
            CHECKF(ok, "bert %s --help: usage and every option on stdout, exit 0 (status %d, missing %s)", helps[h].cmd, status,
                   k < 16 && helps[h].options[k] ? helps[h].options[k] : "-");
            free(out); free(err);
        }
        status = run_sh("--help", "> " WORK "/out.txt", &out, &err);
        CHECK(status == 0 && out && strstr(out, "bench") && strstr(out, "--no-normalize") && strstr(out, "--max-length") && err && !err[0],
              "bert --help: every command and option on stdout, exit 0");
        free(out); free(err);
        snprintf(args, sizeof args, "embed -m %s --help", B);
        status = run_sh(args, "< /dev/null > " WORK "/out.txt", &out, &err);
        CHECK(status == 0 && out && strncmp(out, "usage: bert embed", 17) == 0, "bert embed -m MODEL --help: help, not an embedding");
        free(out); free(err);
    }

    /* 9. info names the attention heads and the task heads differently; --threads above the CPUs warns */
    snprintf(args, sizeof args, "info -m %s", WORK "/seqcls.bert");
    status = run(args, "", &out, &err);
    {
        int heads = 0;
        const char *p;
        for (p = out; p && (p = strstr(p, "heads:")) != NULL; p++) heads += p == out || p[-1] == '\n';
        CHECKF(status == 0 && heads == 1 && strstr(out, "attention_heads: 4\n") && strstr(out, "heads: pooler sequence-classification"),
               "info: one \"heads:\" line (the task heads), attention_heads for the count (%d)", heads);
    }
    free(out); free(err);
    if (sysconf(_SC_NPROCESSORS_ONLN) < 256) {
        snprintf(args, sizeof args, "embed -m %s --threads 256", B);
        status = run(args, "tok127\n", &out, &err);
        CHECKF(status == 0 && err && strstr(err, "warning") && strstr(err, "CPU"), "embed --threads 256 warns about the CPU count: %.*s",
               err ? (int)strcspn(err, "\n") : 0, err ? err : "");
        free(out); free(err);
    }

    /* --max-batch-tokens: smaller forward passes, the same embeddings; 0 and junk refused */
    {
        static const char lines[] = "tok127 tok830tok414\ntok1\ntok5 tok6 tok7 tok8 tok9 tok10 tok11\n\ntok2 tok3\n";
        char *whole, *whole_err;
        snprintf(args, sizeof args, "embed -m %s --batch 8", B);
        status = run(args, lines, &whole, &whole_err);
        snprintf(args, sizeof args, "embed -m %s --batch 8 --max-batch-tokens 3", B);
        CHECK(status == 0 && whole && count_lines(whole) == 5 && run(args, lines, &out, &err) == 0 && out && strcmp(out, whole) == 0,
              "embed --max-batch-tokens 3: every text alone, the lines a batch of 8 gives");
        free(out); free(err); free(whole); free(whole_err);
        snprintf(args, sizeof args, "embed -m %s --max-batch-tokens 0", B);
        expect_error("embed --max-batch-tokens 0", args, "x\n", "--max-batch-tokens");
    }

    /* streaming: a co-process gets each line's embedding without closing its input */
    CHECK(coprocess_answers(), "embed answers a line before its input ends (a co-process)");

    /* -p TEXT and -f FILE give what standard input gives */
    write_text(WORK "/lines.txt", "tok127 tok830tok414\n\n");
    snprintf(args, sizeof args, "embed -m %s", B);
    status = run(args, "tok127 tok830tok414\n\n", &out, &err);
    snprintf(args, sizeof args, "embed -m %s -p 'tok127 tok830tok414' -p ''", B);
    CHECK(status == 0 && out && count_lines(out) == 2 && run(args, "ignored\n", &out2, &err2) == 0 && out2 && strcmp(out, out2) == 0,
          "embed -p TEXT -p TEXT: the lines standard input would give");
    free(out2); free(err2);
    out2 = err2 = NULL;
    snprintf(args, sizeof args, "embed -m %s -f " WORK "/lines.txt", B);
    CHECK(out && run(args, "ignored\n", &out2, &err2) == 0 && out2 && strcmp(out, out2) == 0, "embed -f FILE: the lines standard input would give");
    free(out2); free(err2);
    out2 = err2 = NULL;
    snprintf(args, sizeof args, "tokenize -m %s -p 'tok127' -f " WORK "/lines.txt", B);
    CHECK(run(args, "", &out2, &err2) == 0 && out2 && count_lines(out2) == 3 && strncmp(out2, "{\"ids\":[101,231,102]", 20) == 0,
          "tokenize -p TEXT -f FILE: the text, then the file's lines");
    free(out2); free(err2);
    out2 = err2 = NULL;
    free(out); free(err);
    snprintf(args, sizeof args, "embed -m %s -f " WORK "/missing.txt", B);
    expect_error("embed -f a missing file", args, "", "missing.txt");

    /* truncation: counted on stderr; --no-truncate makes it an error naming the line */
    for (i = 0; i < 100; i++) strcat(long_line, "tok1 ");
    strcat(long_line, "\ntok127\n");
    snprintf(args, sizeof args, "embed -m %s", B);
    status = run(args, long_line, &out, &err);
    CHECKF(status == 0 && out && count_lines(out) == 2 && err && strstr(err, "1 of 2") && strstr(err, "truncated"),
           "embed: a line cut to the model's 64 tokens is counted on stderr (%.*s)", err ? (int)strcspn(err, "\n") : 0, err ? err : "");
    free(out); free(err);
    snprintf(args, sizeof args, "embed -m %s --no-truncate", B);
    expect_error_no_output("embed --no-truncate on a line of 102 tokens", args, long_line, "line 1");
    {
        char fits[1024] = "";
        for (i = 0; i < 62; i++) strcat(fits, "tok1 ");
        strcat(fits, "\n");
        snprintf(args, sizeof args, "embed -m %s --no-truncate", B);
        status = run(args, fits, &out, &err);
        CHECK(status == 0 && out && count_lines(out) == 1 && err && !err[0], "embed --no-truncate: a line of exactly 64 tokens fits");
        free(out); free(err);
    }
}

/* ---- issue 13: what users look for (one-call embed, prompts, formats, score/rerank/similarity,
   token vectors, progress) -------------------------------------------------------------------- */

static json_doc g_gold, g_gold_cls;

/* Golden `key` of case b3_len7_padded, row `row` (for last_hidden_state: token `tok` of it). */
static void gold_row(json_doc *g, const char *key, int row, int tok, double *out, int n) {
    int outputs = json_get(g, json_at(g, json_get(g, 0, "cases"), 2), "outputs"), node = json_at(g, json_get(g, outputs, key), row), k;
    if (tok >= 0) node = json_at(g, node, tok);
    for (k = 0; k < n; k++) out[k] = g->nodes[json_at(g, node, k)].number;
}

static void normalized(double *v, int n) {
    double s = 0;
    int k;
    for (k = 0; k < n; k++) s += v[k] * v[k];
    for (k = 0; k < n; k++) v[k] /= sqrt(s);
}

/* Reads a JSON array of numbers at *p ("[1,2.5,...]"), advancing *p past it; the count or -1. */
static int read_floats(const char **p, double *out, int cap) {
    const char *s = *p;
    char *end;
    int n = 0;
    if (!s || *s != '[') return -1;
    s++;
    while (*s && *s != ']') {
        double v = strtod(s, &end);
        if (end == s || n == cap) return -1;
        out[n++] = v;
        s = end;
        if (*s == ',') s++;
    }
    if (*s != ']') return -1;
    *p = s + 1;
    return n;
}

static int close_to(const double *got, const double *want, int n, double tol) {
    int k;
    for (k = 0; k < n; k++)
        if (!(fabs(got[k] - want[k]) <= tol * (fabs(want[k]) > 1 ? fabs(want[k]) : 1))) return 0;
    return 1;
}

/* The first line of out as floats, compared with want. */
static int line_is(const char *line, const double *want, int n, double tol) {
    double got[256];
    return line && read_floats(&line, got, 256) == n && close_to(got, want, n, tol);
}

static double half_to_double(unsigned h) {
    int e = (h >> 10) & 31, m = h & 1023;
    double v = e == 0 ? ldexp(m, -24) : e == 31 ? INFINITY : ldexp(1024 + m, e - 25);
    return h & 0x8000 ? -v : v;
}

static float f32_le(const unsigned char *p) {
    uint32_t u = le32(p);
    float f;
    memcpy(&f, &u, 4);
    return f;
}

#define FIRST(s) (s) ? (int)strcspn((s), "\n") : 0, (s) ? (s) : ""

static void test_features(void) {
    const char *B = WORK "/bert.bert", *P = WORK "/prompted.bert", *S = WORK "/seqcls.bert", *X = WORK "/cross1.bert";
    char args[2048], *out, *err, *out2 = NULL, *err2 = NULL;
    double g1[64], g2[64], v[256];
    size_t len;
    int status, k;
    char msg[256], *gtext = json_read_file("tests/fixtures/models/bert/golden.json", &len);
    if (!gtext || json_parse(&g_gold, gtext, len, msg, sizeof msg) != 0) { CHECK(0, "read the bert golden"); free(gtext); return; }
    free(gtext);
    gtext = json_read_file("tests/fixtures/models/bert_seqcls/golden.json", &len);
    if (!gtext || json_parse(&g_gold_cls, gtext, len, msg, sizeof msg) != 0) { CHECK(0, "read the bert_seqcls golden"); free(gtext); return; }
    free(gtext);
    if (system("rm -rf " WORK "/prompted && mkdir -p " WORK "/prompted && cp tests/fixtures/models/bert/* " WORK "/prompted/") != 0) return;
    write_text(WORK "/prompted/config_sentence_transformers.json",
               "{\"prompts\": {\"query\": \"tok127 \", \"passage\": \"\"}, \"default_prompt_name\": \"query\"}");
    CHECK(system("build/bert-convert " WORK "/prompted " WORK "/prompted.bert 2>/dev/null") == 0, "convert the bert fixture with prompts");
    gold_row(&g_gold, "mean_pooled", 1, -1, g1, 64); /* "tok127 tok830tok414" */
    gold_row(&g_gold, "mean_pooled", 2, -1, g2, 64); /* "" */

    /* embed batches through bert_embed_texts, which sorts by length inside: input order out */
    snprintf(args, sizeof args, "embed -m %s --batch 3", B);
    status = run(args, "\ntok127 tok830tok414\n\n", &out, &err);
    {
        const char *l1 = out, *l2 = out ? strchr(out, '\n') : NULL, *l3 = l2 ? strchr(l2 + 1, '\n') : NULL;
        CHECK(status == 0 && count_lines(out) == 3 && line_is(l1, g2, 64, 1e-4) && l2 && line_is(l2 + 1, g1, 64, 1e-4) && l3 && line_is(l3 + 1, g2, 64, 1e-4),
              "embed --batch 3: texts of different lengths come out in input order, each its golden row");
    }
    free(out); free(err);

    /* prompts: the model's default prompt "tok127 " makes "tok830tok414" the golden "tok127 tok830tok414" */
    snprintf(args, sizeof args, "embed -m %s -p tok830tok414", P);
    status = run(args, "", &out, &err);
    CHECKF(status == 0 && line_is(out, g1, 64, 1e-4), "embed applies the model's default prompt, as sentence-transformers (%.*s)", FIRST(err));
    free(out); free(err);
    snprintf(args, sizeof args, "embed -m %s --no-prompt -p 'tok127 tok830tok414'", P);
    status = run(args, "", &out, &err);
    CHECK(status == 0 && line_is(out, g1, 64, 1e-4), "embed --no-prompt: the text alone");
    free(out); free(err);
    snprintf(args, sizeof args, "embed -m %s --prompt-name passage -p 'tok127 tok830tok414'", P);
    status = run(args, "", &out, &err);
    CHECK(status == 0 && line_is(out, g1, 64, 1e-4), "embed --prompt-name passage: the model's empty passage prompt");
    free(out); free(err);
    snprintf(args, sizeof args, "embed -m %s --prompt 'tok127 ' -p tok830tok414", B);
    status = run(args, "", &out, &err);
    CHECK(status == 0 && line_is(out, g1, 64, 1e-4), "embed --prompt TEXT: put before each text");
    free(out); free(err);
    snprintf(args, sizeof args, "embed -m %s --prompt-name qery", P);
    expect_error_no_output("embed --prompt-name unknown", args, "x\n", "\"query\", \"passage\"");
    snprintf(args, sizeof args, "info -m %s", P);
    status = run(args, "", &out, &err);
    CHECKF(status == 0 && out && strstr(out, "prompts: query=\"tok127 \" (default) passage=\"\"\n"), "info lists the prompts and the default");
    free(out); free(err);

    /* --dim: the golden's first 16 values, over their own norm when normalizing */
    snprintf(args, sizeof args, "embed -m %s --dim 16 --normalize", B);
    status = run(args, "tok127 tok830tok414\n", &out, &err);
    memcpy(v, g1, 16 * sizeof *v);
    normalized(v, 16);
    CHECK(status == 0 && line_is(out, v, 16, 1e-5), "embed --dim 16 --normalize: the golden's first 16 values, normalized after the cut");
    free(out); free(err);
    snprintf(args, sizeof args, "embed -m %s --dim 16", B);
    status = run(args, "tok127 tok830tok414\n", &out, &err);
    CHECK(status == 0 && line_is(out, g1, 16, 1e-4), "embed --dim 16: the golden's first 16 values");
    free(out); free(err);
    snprintf(args, sizeof args, "embed -m %s --dim 65", B);
    expect_error_no_output("embed --dim above hidden_size", args, "x\n", "--dim 65");

    /* --format */
    snprintf(args, sizeof args, "embed -m %s --format json", B);
    status = run(args, "tok127 tok830tok414\n\n", &out, &err);
    {
        json_doc d;
        int ok = status == 0 && out && json_parse(&d, out, strlen(out), msg, sizeof msg) == 0, r;
        if (ok) {
            ok = json_type_of(&d, 0) == JSON_ARRAY && json_count(&d, 0) == 2;
            for (r = 0; ok && r < 2; r++)
                for (k = 0; ok && k < 64; k++) {
                    double want = (r ? g2 : g1)[k];
                    ok = fabs(d.nodes[json_at(&d, json_at(&d, 0, r), k)].number - want) <= 1e-4 * (fabs(want) > 1 ? fabs(want) : 1);
                }
            json_free(&d);
        }
        CHECK(ok, "embed --format json: one JSON array of the golden rows");
    }
    free(out); free(err);
    {
        static const struct { const char *format, *redir; int half, npy; } f[] = {
            {"npy", "> " WORK "/out.txt", 0, 1}, {"npy", "2> " WORK "/err_pipe.txt | cat > " WORK "/out.txt", 0, 1}, {"npy-f16", "2> " WORK "/err_pipe.txt | cat > " WORK "/out.txt", 1, 1},
            {"npy-f16", "> " WORK "/out.txt", 1, 1}, {"f32", "2> " WORK "/err_pipe.txt | cat > " WORK "/out.txt", 0, 0}, {"f16", "> " WORK "/out.txt", 1, 0}};
        size_t i;
        write_text(WORK "/two.txt", "tok127 tok830tok414\n\n");
        for (i = 0; i < sizeof f / sizeof f[0]; i++) {
            unsigned char *b;
            char want_header[128];
            size_t blen, at;
            int ok, r;
            snprintf(args, sizeof args, "embed -m %s --format %s -f " WORK "/two.txt %s", B, f[i].format, f[i].redir);
            status = run_sh(args, "", &out, &err);
            free(out);
            b = (unsigned char *)json_read_file(WORK "/out.txt", &blen);
            at = f[i].npy ? 128 : 0;
            ok = status == 0 && b && blen == at + 2 * 64 * (f[i].half ? 2 : 4);
            if (ok && f[i].npy) {
                snprintf(want_header, sizeof want_header, "{'descr': '%s', 'fortran_order': False, 'shape': (2, 64), }", f[i].half ? "<f2" : "<f4");
                ok = memcmp(b, "\x93NUMPY\x01\x00", 8) == 0 && b[8] + 256 * b[9] == 118 && memcmp(b + 10, want_header, strlen(want_header)) == 0 &&
                     b[127] == '\n';
                for (k = 10 + (int)strlen(want_header); ok && k < 127; k++) ok = b[k] == ' ';
            }
            for (r = 0; ok && r < 2; r++)
                for (k = 0; ok && k < 64; k++) {
                    const unsigned char *e = b + at + ((size_t)r * 64 + (size_t)k) * (f[i].half ? 2 : 4);
                    double got = f[i].half ? half_to_double((unsigned)e[0] | (unsigned)e[1] << 8) : (double)f32_le(e), want = (r ? g2 : g1)[k];
                    ok = fabs(got - want) <= (f[i].half ? 1e-3 : 1e-4) * (fabs(want) > 1 ? fabs(want) : 1);
                }
            CHECKF(ok, "embed --format %s %s: %s, the golden rows little-endian (%.*s)", f[i].format, strchr(f[i].redir, '|') ? "to a pipe" : "to a file",
                   f[i].npy ? "a NumPy v1.0 header of shape (2, 64)" : "raw rows", FIRST(err));
            free(b); free(err);
        }
    }
    snprintf(args, sizeof args, "embed -m %s --format yaml", B);
    expect_error("embed --format yaml", args, "x\n", "--format");

    /* --pooling none: tokens, offsets and the golden last_hidden_state rows */
    snprintf(args, sizeof args, "embed -m %s --pooling none", B);
    status = run(args, "tok127 tok830tok414\n", &out, &err);
    {
        json_doc d;
        int ok = status == 0 && out && count_lines(out) == 1 && json_parse(&d, out, strlen(out), msg, sizeof msg) == 0, t;
        static const char *tokens[] = {"[CLS]", "tok127", "tok830", "##tok414", "[SEP]"};
        static const int offsets[] = {0, 0, 0, 6, 7, 13, 13, 19, 0, 0};
        if (ok) {
            int tk = json_get(&d, 0, "tokens"), of = json_get(&d, 0, "offsets"), vec = json_get(&d, 0, "vectors");
            ok = json_count(&d, tk) == 5 && json_count(&d, of) == 5 && json_count(&d, vec) == 5;
            for (t = 0; ok && t < 5; t++) {
                double want[64];
                ok = strcmp(json_str(&d, json_at(&d, tk, t)), tokens[t]) == 0 && d.nodes[json_at(&d, json_at(&d, of, t), 0)].number == offsets[2 * t] &&
                     d.nodes[json_at(&d, json_at(&d, of, t), 1)].number == offsets[2 * t + 1] && json_count(&d, json_at(&d, vec, t)) == 64;
                gold_row(&g_gold, "last_hidden_state", 1, t, want, 64);
                for (k = 0; ok && k < 64; k++) ok = fabs(d.nodes[json_at(&d, json_at(&d, vec, t), k)].number - want[k]) <= 1e-4 * (fabs(want[k]) > 1 ? fabs(want[k]) : 1);
            }
            json_free(&d);
        }
        CHECKF(ok, "embed --pooling none: tokens, offsets and the golden last_hidden_state vectors (%.*s)", FIRST(err));
    }
    free(out); free(err);

    /* score: softmax over three labels, --raw logits, the sigmoid of one */
    {
        double logits[3][3], p[3], sum = 0;
        int r;
        for (r = 0; r < 3; r++) gold_row(&g_gold_cls, "seq_logits", r, -1, logits[r], 3);
        for (k = 0; k < 3; k++) sum += exp(logits[0][k]);
        for (k = 0; k < 3; k++) p[k] = exp(logits[0][k]) / sum;
        snprintf(args, sizeof args, "score -m %s", S);
        status = run(args, "tok370tok74\ttok846 tok10\n", &out, &err);
        {
            const char *s = out ? strstr(out, "\"scores\":") : NULL;
            if (s) s += 9;
            CHECKF(status == 0 && out && strncmp(out, "{\"label\":\"positive\",", 20) == 0 && read_floats(&s, v, 8) == 3 && close_to(v, p, 3, 1e-5),
                   "score: a pair's softmax over the golden logits, and the best label (%.*s)", FIRST(out));
        }
        free(out); free(err);
        snprintf(args, sizeof args, "score -m %s --raw", S);
        status = run(args, "tok370tok74\ttok846 tok10\n", &out, &err);
        {
            const char *s = out ? strstr(out, "\"scores\":") : NULL;
            if (s) s += 9;
            CHECK(status == 0 && read_floats(&s, v, 8) == 3 && close_to(v, logits[0], 3, 1e-4), "score --raw: the golden logits");
        }
        free(out); free(err);
        snprintf(args, sizeof args, "score -m %s", S);
        expect_error_no_output("score: a line without a TAB", args, "a\tb\nc\n", "line 2");
        if (make_one_label(WORK "/cross") && system("build/bert-convert " WORK "/cross " WORK "/cross1.bert 2>/dev/null") == 0) {
            double sig = 1 / (1 + exp(-logits[0][0])), got = -1, score2 = -1;
            snprintf(args, sizeof args, "score -m %s", X);
            status = run(args, "tok370tok74\ttok846 tok10\ntok370tok74\ttok1\n", &out, &err);
            CHECKF(status == 0 && out && sscanf(out, "{\"score\":%lf}", &got) == 1 && fabs(got - sig) < 1e-5 && count_lines(out) == 2,
                   "score on a one-label cross-encoder: {\"score\": sigmoid of the golden logit} per line (%.*s)", FIRST(out));
            if (out && strchr(out, '\n')) sscanf(strchr(out, '\n') + 1, "{\"score\":%lf}", &score2);
            free(out); free(err);
            /* rerank: the same scores, best first, with indices and texts */
            snprintf(args, sizeof args, "rerank -m %s -q tok370tok74", X);
            status = run(args, "tok1\ntok846 tok10\n", &out, &err);
            {
                char want[512];
                int first_is_pair = sig > score2;
                snprintf(want, sizeof want, "{\"index\":%d,\"score\":", first_is_pair ? 1 : 0);
                CHECKF(status == 0 && count_lines(out) == 2 && strncmp(out, want, strlen(want)) == 0 && strstr(out, first_is_pair ? ",\"text\":\"tok846 tok10\"}\n" : ",\"text\":\"tok1\"}\n") &&
                           score2 > 0,
                       "rerank: each document's score, best first, with its index and text (%.*s)", FIRST(out));
                if (out && sscanf(strstr(out, "\"index\":1,\"score\":") ? strstr(out, "\"index\":1,\"score\":") + 18 : "", "%lf", &got) == 1)
                    CHECK(fabs(got - sig) < 1e-5, "rerank: the query and document's score is the sigmoid of the golden logit");
                else CHECK(0, "rerank: document 1's line");
            }
            free(out); free(err);
            snprintf(args, sizeof args, "rerank -m %s -q tok370tok74 --top-k 1 --raw", X);
            status = run(args, "tok1\ntok846 tok10\n", &out, &err);
            {
                const char *s = out ? strstr(out, "\"score\":") : NULL;
                CHECK(status == 0 && count_lines(out) == 1 && s && (sig > score2 ? fabs(strtod(s + 8, NULL) - logits[0][0]) < 1e-4 : 1),
                      "rerank --top-k 1 --raw: one line, the raw logit");
            }
            free(out); free(err);
            snprintf(args, sizeof args, "rerank -m %s -q x", S);
            expect_error_no_output("rerank on three labels", args, "a\n", "one label");
        } else CHECK(0, "make the one-label cross-encoder");
    }

    /* choose: a multiple-choice question's choices, best first, with the probabilities
       BertForMultipleChoice gives (bert_choice's golden "choice_texts", question 0) */
    if (system("build/bert-convert tests/fixtures/models/bert_choice " WORK "/choice.bert 2>/dev/null") == 0) {
        static const double probs[4] = {0.317190796, 0.328242213, 0.117539816, 0.237027109}, logit1 = -7.59224033;
        static const int order[4] = {1, 0, 3, 2};
        const char *line;
        int i, ok;
        snprintf(args, sizeof args, "choose -m %s -q 'tok5 tok17 tok230 tok42.'", WORK "/choice.bert");
        status = run(args, "tok7 tok8\ntok300\ntok12 tok99 tok100 tok101\ntok6\n", &out, &err);
        ok = status == 0 && count_lines(out) == 4;
        for (i = 0, line = out; ok && i < 4; i++, line = strchr(line, '\n') + 1) {
            int index = -1, pos = 0;
            double p = -1;
            ok = sscanf(line, "{\"index\":%d,\"score\":%lf,\"text\":%n", &index, &p, &pos) == 2 && pos > 0 && index == order[i] &&
                 fabs(p - probs[index]) < 1e-6;
        }
        CHECKF(ok, "choose: the choices best first, each with the softmax of BertForMultipleChoice's logits (%.*s)", FIRST(out));
        free(out); free(err);
        snprintf(args, sizeof args, "choose -m %s -q 'tok5 tok17 tok230 tok42.' --raw --top-k 1", WORK "/choice.bert");
        status = run(args, "tok7 tok8\ntok300\ntok12 tok99 tok100 tok101\ntok6\n", &out, &err);
        CHECKF(status == 0 && count_lines(out) == 1 && out && strncmp(out, "{\"index\":1,\"score\":", 19) == 0 &&
                   fabs(strtod(out + 19, NULL) - logit1) < 1e-5,
               "choose --raw --top-k 1: the best choice's logit (%.*s)", FIRST(out));
        free(out); free(err);
        snprintf(args, sizeof args, "choose -m %s", WORK "/choice.bert");
        expect_error_no_output("choose without a context", args, "a\n", "-q CONTEXT");
        snprintf(args, sizeof args, "choose -m %s -q x", S);
        expect_error_no_output("choose on a model without a multiple-choice head", args, "a\n", "multiple-choice head");
        snprintf(args, sizeof args, "rerank -m %s -q x", WORK "/choice.bert");
        expect_error_no_output("rerank on a multiple-choice model", args, "a\n", "use bert choose");
        snprintf(args, sizeof args, "score -m %s", WORK "/choice.bert");
        expect_error_no_output("score on a multiple-choice model", args, "a\tb\n", "use bert choose");
    } else CHECK(0, "convert bert_choice");

    /* similarity: cosines of golden rows, best first, --top-k */
    snprintf(args, sizeof args, "similarity -m %s -q 'tok127 tok830tok414'", B);
    status = run(args, "\ntok127 tok830tok414\n", &out, &err);
    {
        double a = 0, b = 0, ab = 0, s0 = -2, s1 = -2;
        int i0 = -1, i1 = -1;
        for (k = 0; k < 64; k++) { a += g1[k] * g1[k]; b += g2[k] * g2[k]; ab += g1[k] * g2[k]; }
        CHECKF(status == 0 && count_lines(out) == 2 && sscanf(out, "{\"index\":%d,\"score\":%lf", &i1, &s1) == 2 &&
                   sscanf(strchr(out, '\n') + 1, "{\"index\":%d,\"score\":%lf", &i0, &s0) == 2 && i1 == 1 && i0 == 0 && fabs(s1 - 1) < 1e-5 &&
                   fabs(s0 - ab / sqrt(a * b)) < 1e-5,
               "similarity: the cosine of the golden rows, best first (%.*s)", FIRST(out));
    }
    free(out); free(err);
    snprintf(args, sizeof args, "similarity -m %s -q 'tok127 tok830tok414' --top-k 1", B);
    status = run(args, "\ntok127 tok830tok414\ntok1\n", &out, &err);
    CHECK(status == 0 && count_lines(out) == 1 && strncmp(out, "{\"index\":1,", 11) == 0 && strstr(out, "\"text\":\"tok127 tok830tok414\"}"),
          "similarity --top-k 1: the best line only");
    free(out); free(err);
    snprintf(args, sizeof args, "similarity -m %s", B);
    expect_error("similarity without -q", args, "a\n", "-q QUERY");

    /* progress: on stderr with --progress (texts, tokens/s, the ETA of a file); silent otherwise */
    write_text(WORK "/three.txt", "tok1\ntok2 tok3\ntok4\n");
    snprintf(args, sizeof args, "embed -m %s --batch 1 -f " WORK "/three.txt --progress", B);
    status = run(args, "", &out, &err);
    snprintf(args, sizeof args, "embed -m %s --batch 1 -f " WORK "/three.txt", B);
    CHECKF(status == 0 && err && strstr(err, "\rbert: 1 texts,") && strstr(err, "tokens/s") && strstr(err, "ETA") && strstr(err, "3 texts") &&
               run(args, "", &out2, &err2) == 0 && out && out2 && strcmp(out, out2) == 0 && err2 && err2[0] == 0,
           "embed --progress: texts, tokens/s and ETA on stderr, the same output; nothing on stderr without it (%.*s)", FIRST(err));
    free(out); free(err); free(out2); free(err2);
    json_free(&g_gold);
    json_free(&g_gold_cls);
}

/* Every `build/bert ...` example line of the README's command-line section, run on the fixtures
   (minilm.bert: the bert fixture; e5.bert: it with prompts; reranker.bert: a one-label
   cross-encoder; swag.bert: bert_choice; the text files: three lines) must exit 0 and print something. */
static void test_readme_examples(void) {
    size_t len;
    char *readme = json_read_file("README.md", &len), *p, *end;
    static const struct { const char *from, *to; } subst[] = {
        {"minilm.bert", WORK "/bert.bert"}, {"e5.bert", WORK "/prompted.bert"}, {"reranker.bert", WORK "/cross1.bert"}, {"swag.bert", WORK "/choice.bert"}, {"splade.bert", WORK "/splade.bert"},
        {"sentences.txt", WORK "/three.txt"}, {"passages.txt", WORK "/three.txt"}, {"docs.txt", WORK "/three.txt"},
        {"corpus.txt", WORK "/three.txt"}, {"emb.npy", WORK "/readme.out"}, {"emb.f16", WORK "/readme.out"},
        {"embeddings.jsonl", WORK "/readme.out"}, {"passages.jsonl", WORK "/readme.out"}};
    int run_count = 0;
    const char *section = readme ? strstr(readme, "## The command line") : NULL, *section_end = section ? strstr(section + 3, "\n## ") : NULL;
    write_text(WORK "/three.txt", "A man is eating food.\ntok1 tok2\nSomeone is having a meal.\n");
    for (p = (char *)section; p && (p = strstr(p, "\n```\n")) != NULL && (!section_end || p < section_end); p = end + 4) {
        char *line;
        end = strstr(p + 5, "\n```");
        if (!end) break;
        for (line = p + 5; line < end; line = strchr(line, '\n') + 1) {
            char cmd[2048], example[1024], *hash;
            size_t n = (size_t)(strchr(line, '\n') - line), i, k, used;
            int status;
            if (n >= sizeof example) n = sizeof example - 1;
            memcpy(example, line, n);
            example[n] = 0;
            if (!strstr(example, "build/bert ") || strstr(example, "MODEL") || strstr(example, "CROSS_ENCODER") || strstr(example, "..."))
                continue;
            if ((hash = strstr(example, "  #")) != NULL) *hash = 0;
            for (i = 0, used = 0; example[i] && used + 200 < sizeof cmd; ) { /* the substitutions */
                for (k = 0; k < sizeof subst / sizeof subst[0]; k++)
                    if (strncmp(example + i, subst[k].from, strlen(subst[k].from)) == 0) break;
                if (strncmp(example + i, "build/bert ", 11) == 0) { /* the CLI under test */
                    used += (size_t)snprintf(cmd + used, sizeof cmd - used, "%s ", g_bin);
                    i += 11;
                } else if (k < sizeof subst / sizeof subst[0]) {
                    used += (size_t)snprintf(cmd + used, sizeof cmd - used, "%s", subst[k].to);
                    i += strlen(subst[k].from);
                } else cmd[used++] = example[i++];
            }
            cmd[used] = 0;
            if (!strchr(cmd, '>')) snprintf(cmd + used, sizeof cmd - used, " > " WORK "/readme.out");
            if (!strchr(cmd, '<') && !strchr(cmd, '|') && !strstr(cmd, " -p ") && !strstr(cmd, " -f ") && !strstr(cmd, " info "))
                strncat(cmd, " < /dev/null", sizeof cmd - strlen(cmd) - 1);
            strncat(cmd, " 2> " WORK "/readme.err", sizeof cmd - strlen(cmd) - 1);
            remove(WORK "/readme.out");
            status = system(cmd);
            {
                FILE *f = fopen(WORK "/readme.out", "rb");
                long size = 0;
                if (f) { fseek(f, 0, SEEK_END); size = ftell(f); fclose(f); }
                CHECKF(status == 0 && size > 0, "README example runs: %s", example);
            }
            run_count++;
        }
    }
    CHECKF(run_count >= 10, "README: %d command-line examples run", run_count);
    free(readme);
}

static int read_json_doc(const char *path, json_doc *doc) {
    size_t len;
    char msg[256], *text = json_read_file(path, &len);
    int ok = text && json_parse(doc, text, len, msg, sizeof msg) == 0;
    free(text);
    return ok;
}

/* bert embed on a SPLADE model (the splade fixture, SparseEncoder's goldens): each line's nonzero
   entries as [{"index", "value"}, ...] in index order, --top-k as max_active_dims, and bert
   similarity's score the dot product of two sparse embeddings, worked from the goldens. */
static void test_sparse(void) {
    json_doc g, d;
    char args[512], msg[256], *out, *err, input[4096] = "";
    const char *texts[8];
    int t, n = 0, node, line_ok = 1, top_ok = 1;
    double worst = 0;
    if (system("build/bert-convert tests/fixtures/models/splade " WORK "/splade.bert 2>/dev/null") != 0 ||
        !read_json_doc("tests/fixtures/models/splade/golden.json", &g)) {
        CHECK(0, "convert splade and read its golden");
        return;
    }
    node = json_get(&g, 0, "sparse_texts");
    for (t = json_first(&g, node); t >= 0 && n < 8; t = json_next(&g, t)) {
        texts[n] = json_str(&g, json_get(&g, t, "text"));
        if (!strchr(texts[n], '\n') && texts[n][0]) { /* one text per line */
            strcat(input, texts[n]);
            strcat(input, "\n");
        }
        n++;
    }
    snprintf(args, sizeof args, "embed -m %s/splade.bert --batch 3", WORK);
    CHECK(run(args, input, &out, &err) == 0 && out, "embed: a SPLADE model runs");
    {
        const char *line = out ? out : "";
        for (t = json_first(&g, node); t >= 0; t = json_next(&g, t)) {
            const char *text = json_str(&g, json_get(&g, t, "text")), *end;
            int e, got, want;
            if (strchr(text, '\n') || !text[0]) continue;
            end = strchr(line, '\n');
            if (!end || json_parse(&d, line, (size_t)(end - line), msg, sizeof msg) != 0) { line_ok = 0; break; }
            got = json_count(&d, 0);
            want = json_count(&g, json_get(&g, t, "entries"));
            line_ok &= got == want;
            for (e = json_first(&g, json_get(&g, t, "entries")), got = json_first(&d, 0); e >= 0 && got >= 0;
                 e = json_next(&g, e), got = json_next(&d, got)) {
                double wi = g.nodes[json_first(&g, e)].number, wv = g.nodes[json_next(&g, json_first(&g, e))].number;
                line_ok &= d.nodes[json_get(&d, got, "index")].number == wi;
                if (fabs(d.nodes[json_get(&d, got, "value")].number - wv) > worst) worst = fabs(d.nodes[json_get(&d, got, "value")].number - wv);
            }
            json_free(&d);
            line = end + 1;
        }
    }
    CHECKF(line_ok && worst <= 1e-5, "embed: each line is the nonzero entries of SparseEncoder.encode, in index order (%.1e)", worst);
    free(out);
    free(err);
    snprintf(args, sizeof args, "embed -m %s/splade.bert --top-k 5 -p '%s'", WORK, texts[3]);
    if (run(args, "", &out, &err) == 0 && out && json_parse(&d, out, strlen(out), msg, sizeof msg) == 0) {
        int e, k;
        t = json_first(&g, node);
        for (k = 0; k < 3; k++) t = json_next(&g, t);
        top_ok = json_count(&d, 0) == 5;
        for (e = json_first(&g, json_get(&g, t, "top")); e >= 0; e = json_next(&g, e)) {
            int found = 0;
            for (k = json_first(&d, 0); k >= 0; k = json_next(&d, k))
                found |= d.nodes[json_get(&d, k, "index")].number == g.nodes[json_first(&g, e)].number;
            top_ok &= found;
        }
        json_free(&d);
    } else top_ok = 0;
    CHECKF(top_ok, "embed --top-k 5: the 5 entries of SparseEncoder's max_active_dims=5 (%.*s)", FIRST(out));
    free(out);
    free(err);
    {
        /* similarity: text 1 against texts 0 and 3, scored by the dot product of the goldens' entries */
        double dots[2] = {0, 0};
        int which[2] = {0, 3}, w, ok = 0;
        for (w = 0; w < 2; w++) {
            int a = json_first(&g, node), b = json_first(&g, node), k, ea, eb;
            a = json_next(&g, a);
            for (k = 0; k < which[w]; k++) b = json_next(&g, b);
            for (ea = json_first(&g, json_get(&g, a, "entries")); ea >= 0; ea = json_next(&g, ea))
                for (eb = json_first(&g, json_get(&g, b, "entries")); eb >= 0; eb = json_next(&g, eb))
                    if (g.nodes[json_first(&g, ea)].number == g.nodes[json_first(&g, eb)].number)
                        dots[w] += g.nodes[json_next(&g, json_first(&g, ea))].number * g.nodes[json_next(&g, json_first(&g, eb))].number;
        }
        snprintf(args, sizeof args, "similarity -m %s/splade.bert -q '%s' -p '%s' -p '%s'", WORK, texts[1], texts[0], texts[3]);
        if (run(args, "", &out, &err) == 0 && out) {
            const char *second = strchr(out, '\n');
            double s0 = -1, s1 = -1;
            int i0 = -1, i1 = -1;
            if (second && sscanf(out, "{\"index\":%d,\"score\":%lf", &i0, &s0) == 2 && sscanf(second + 1, "{\"index\":%d,\"score\":%lf", &i1, &s1) == 2) {
                double got[2];
                got[i0] = s0;
                got[i1] = s1;
                ok = i0 != i1 && fabs(got[0] - dots[0]) <= 1e-4 * dots[0] && fabs(got[1] - dots[1]) <= 1e-4 * dots[1];
            }
        }
        CHECKF(ok, "similarity: a sparse model scores by the dot product (%.6g and %.6g from the goldens; %.*s)", dots[0], dots[1], FIRST(out));
        free(out);
        free(err);
    }
    snprintf(args, sizeof args, "embed -m %s/splade.bert --dim 8", WORK);
    expect_error("embed --dim on a sparse embedding", args, "tok5\n", "sparse");
    snprintf(args, sizeof args, "embed -m %s/splade.bert --pooling mean --top-k 3", WORK);
    expect_error("embed --top-k on a dense embedding", args, "tok5\n", "--top-k");
    snprintf(args, sizeof args, "embed -m %s/seqcls.bert --pooling splade", WORK);
    expect_error("embed --pooling splade without a masked-LM head", args, "tok5\n", "masked-LM");
    snprintf(args, sizeof args, "embed -m %s/splade.bert --format f32 --top-k 5 -p '%s'", WORK, texts[3]);
    {
        FILE *f;
        float row[1000];
        size_t got = 0;
        int k, nonzero = 0, top_ok2 = 1, e;
        snprintf(args + strlen(args), sizeof args - strlen(args), " > %s/top.f32", WORK);
        if (run_sh(args, "", &out, &err) == 0 && (f = fopen(WORK "/top.f32", "rb")) != NULL) {
            got = fread(row, sizeof row[0], 1000, f);
            fclose(f);
        }
        t = json_first(&g, node);
        for (k = 0; k < 3; k++) t = json_next(&g, t);
        for (k = 0; k < 1000; k++) nonzero += row[k] != 0;
        for (e = json_first(&g, json_get(&g, t, "top")); got == 1000 && e >= 0; e = json_next(&g, e))
            top_ok2 &= fabs(row[(int)g.nodes[json_first(&g, e)].number] - g.nodes[json_next(&g, json_first(&g, e))].number) <= 1e-5;
        CHECKF(got == 1000 && nonzero == 5 && top_ok2, "embed --format f32 --top-k 5: the whole row, SparseEncoder's 5 largest and zeros (%d nonzero)",
               nonzero);
        free(out);
        free(err);
    }
    {
        /* bert similarity embeds 1024 texts at a time: the 1030th line scores as it does alone */
        FILE *f = fopen(WORK "/many.txt", "w");
        char *alone_out = NULL, *alone_err = NULL;
        double last = -1, alone = -2, first = -3, other = -4;
        int k, idx;
        for (k = 0; f && k < 1029; k++) fputs("tok5 tok17\n", f);
        if (f) { fputs("tok230 tok42\n", f); fclose(f); }
        snprintf(args, sizeof args, "similarity -m %s/splade.bert -q 'tok5 tok230' --top-k 0 -f %s/many.txt", WORK, WORK);
        if (run(args, "", &out, &err) == 0 && out) {
            const char *p = out;
            while (p && *p) {
                double sc;
                if (sscanf(p, "{\"index\":%d,\"score\":%lf", &idx, &sc) == 2) {
                    if (idx == 1029) last = sc;
                    else if (idx == 0) first = sc;
                    else if (idx == 1028) other = sc;
                }
                p = strchr(p, '\n');
                if (p) p++;
            }
        }
        snprintf(args, sizeof args, "similarity -m %s/splade.bert -q 'tok5 tok230' -p 'tok230 tok42'", WORK);
        if (run(args, "", &alone_out, &alone_err) == 0 && alone_out) sscanf(alone_out, "{\"index\":%d,\"score\":%lf", &idx, &alone);
        CHECKF(fabs(last - alone) <= 1e-5 * fabs(alone) && first == other,
               "similarity: 1030 lines, embedded 1024 at a time, score as they do alone (%.7g and %.7g)", last, alone);
        free(out); free(err); free(alone_out); free(alone_err);
    }
    snprintf(args, sizeof args, "embed -m %s/splade.bert --format npy", WORK);
    if (run(args, "tok5\ntok17\n", &out, &err) == 0 && out) {
        CHECKF(strstr(out + 10, "'shape': (2, 1000)") != NULL, "embed --format npy: a sparse embedding is written whole, vocab_size wide (%.60s)", out + 10);
    } else CHECK(0, "embed --format npy on a sparse model runs");
    free(out);
    free(err);
    json_free(&g);
}

int main(void) {
    char *out, *err;
    const char *M = "-m " WORK "/seqcls.bert";
    char args[256];
    if (getenv("BERT_BIN")) g_bin = getenv("BERT_BIN");
    if (system("mkdir -p " WORK " && build/bert-convert tests/fixtures/models/bert_seqcls " WORK "/seqcls.bert 2>/dev/null") != 0 ||
        system("build/bert-convert tests/fixtures/models/roberta " WORK "/roberta.bert 2>/dev/null") != 0) {
        CHECK(0, "convert the fixtures");
        return test_done();
    }
    snprintf(args, sizeof args, "run %s", M);

    CHECK(run(args, "{\"input_ids\": [[101, 5, 102]]}", &out, &err) == 0 && out,
          "a good input runs");
    {
        json_doc d;
        char msg[256];
        int ok = out && json_parse(&d, out, strlen(out), msg, sizeof msg) == 0;
        CHECK(ok && json_get(&d, 0, "seq_logits") >= 0 && json_get(&d, 0, "pooler_output") >= 0 && json_get(&d, 0, "mlm_logits") < 0,
              "the output holds the model's outputs and only those");
        if (ok) json_free(&d);
    }
    free(out);
    free(err);

    expect_error("malformed JSON", args, "{\"input_ids\": [[1, 2,]]}", "not valid JSON");
    expect_error("not an object", args, "[[1, 2]]", "JSON object");
    expect_error("no input_ids", args, "{\"ids\": [[1]]}", "input_ids");
    expect_error("empty batch", args, "{\"input_ids\": []}", "input_ids");
    expect_error("empty row", args, "{\"input_ids\": [[]]}", "input_ids");
    expect_error("ragged batch", args, "{\"input_ids\": [[1, 2, 3], [1, 2]]}", "ragged");
    expect_error("ragged mask", args, "{\"input_ids\": [[1, 2, 3]], \"attention_mask\": [[1, 1]]}", "ragged");
    expect_error("mask rows differ", args, "{\"input_ids\": [[1, 2]], \"attention_mask\": [[1, 1], [1, 1]]}", "rows");
    expect_error("id out of range", args, "{\"input_ids\": [[101, 1000]]}", "vocabulary");
    expect_error("negative id", args, "{\"input_ids\": [[-1]]}", "vocabulary");
    expect_error("id not an integer", args, "{\"input_ids\": [[1.5]]}", "integer");
    expect_error("id a string", args, "{\"input_ids\": [[\"7\"]]}", "integer");
    expect_error("id beyond 32 bits", args, "{\"input_ids\": [[4294967296]]}", "integer");
    expect_error("mask of 2", args, "{\"input_ids\": [[1, 2]], \"attention_mask\": [[1, 2]]}", "attention_mask");
    expect_error("token type out of range", args, "{\"input_ids\": [[1, 2]], \"token_type_ids\": [[0, 2]]}", "token_type_ids");
    {
        /* 65 tokens for a model of 64 positions */
        char big[1024];
        int i, n = snprintf(big, sizeof big, "{\"input_ids\": [[");
        for (i = 0; i < 65; i++) n += snprintf(big + n, sizeof big - (size_t)n, "%s1", i ? "," : "");
        snprintf(big + n, sizeof big - (size_t)n, "]]}");
        expect_error("sequence too long", args, big, "longer than the model allows");
    }
    {
        /* RoBERTa: 66 positions minus padding_idx + 1 leave 64 tokens; 65 is too many */
        char big[1024], rargs[256];
        int i, n = snprintf(big, sizeof big, "{\"input_ids\": [[");
        for (i = 0; i < 65; i++) n += snprintf(big + n, sizeof big - (size_t)n, "%s5", i ? "," : "");
        snprintf(big + n, sizeof big - (size_t)n, "]]}");
        snprintf(rargs, sizeof rargs, "run -m " WORK "/roberta.bert");
        expect_error("RoBERTa sequence of 65 > 64 allowed positions", rargs, big, "longer than the model allows");
    }
    expect_error("zero threads", "run -m " WORK "/seqcls.bert --threads 0", "{\"input_ids\": [[1]]}", "--threads");
    {
        /* Two threads give the very same output as one (the kernels split work, not sums). */
        char *o1 = NULL, *o2 = NULL, *e1 = NULL, *e2 = NULL;
        int ok = run("run -m " WORK "/seqcls.bert --threads 1", "{\"input_ids\": [[101, 5, 7, 9, 102], [101, 3, 102, 0, 0]], "
                     "\"attention_mask\": [[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]]}", &o1, &e1) == 0;
        ok = ok && run("run -m " WORK "/seqcls.bert --threads 2", "{\"input_ids\": [[101, 5, 7, 9, 102], [101, 3, 102, 0, 0]], "
                       "\"attention_mask\": [[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]]}", &o2, &e2) == 0;
        CHECK(ok && o1 && o2 && strcmp(o1, o2) == 0, "run --threads 2 prints exactly what --threads 1 prints");
        free(o1); free(o2); free(e1); free(e2);
    }
    expect_error("unreadable model", "run -m " WORK "/missing.bert", "{}", "cannot open");
    expect_error("not a model file", "run -m tests/test.h", "{}", "magic");
    expect_error("no model given", "run", "{}", "-m MODEL");
    expect_error("unknown command", "frobnicate -m x", "{}", "unknown command");

    /* embed: text whose tokenization is rows 1 and 2 of the bert golden case b3_len7_padded
       ("tok127 tok830tok414" -> [CLS] tok127 tok830 ##tok414 [SEP]; "" -> [CLS] [SEP]) must
       give that case's golden mean_pooled / cls rows, L2-normalized when asked. */
    if (system("build/bert-convert tests/fixtures/models/bert " WORK "/bert.bert 2>/dev/null") == 0) {
        static const struct { const char *args, *golden; int normalize; } modes[] = {
            {"", "mean_pooled", 0}, {"--pooling cls", "cls", 0}, {"--pooling mean --normalize --batch 1", "mean_pooled", 1}};
        json_doc g;
        size_t glen, m;
        char msg[256], *gtext = json_read_file("tests/fixtures/models/bert/golden.json", &glen);
        int ok_golden = gtext && json_parse(&g, gtext, glen, msg, sizeof msg) == 0;
        free(gtext);
        for (m = 0; ok_golden && m < sizeof modes / sizeof modes[0]; m++) {
            int outputs = json_get(&g, json_at(&g, json_get(&g, 0, "cases"), 2), "outputs"), row, k, ok = 1, lines = 0;
            char *line;
            snprintf(args, sizeof args, "embed -m " WORK "/bert.bert %s", modes[m].args);
            ok = run(args, "tok127 tok830tok414\n\n", &out, &err) == 0 && out;
            for (row = 1, line = out; ok && row <= 2; row++, lines++) {
                int grow = json_at(&g, json_get(&g, outputs, modes[m].golden), row);
                double want[64], norm = 0, got;
                char *p;
                for (k = 0; k < 64; k++) { want[k] = g.nodes[json_at(&g, grow, k)].number; norm += want[k] * want[k]; }
                if (!line || *line != '[') { ok = 0; break; }
                for (k = 0, p = line + 1; k < 64 && ok; k++) {
                    double w = modes[m].normalize ? want[k] / sqrt(norm) : want[k];
                    got = strtod(p, &p);
                    ok = fabs(got - w) <= 1e-4 * (fabs(w) > 1 ? fabs(w) : 1) && (*p == ',' || (k == 63 && *p == ']'));
                    p++;
                }
                line = strchr(line, '\n');
                if (line) line++;
            }
            CHECKF(ok && lines == 2 && line && *line == 0, "embed %s: one line per input, equal to the golden %s%s", modes[m].args,
                   modes[m].golden, modes[m].normalize ? " normalized" : "");
            free(out);
            free(err);
        }
        if (ok_golden) json_free(&g);
        expect_error("embed with an unknown pooling", "embed -m " WORK "/bert.bert --pooling middle", "x", "--pooling");
        expect_error("embed on a model without a tokenizer", "embed -m " WORK "/roberta.bert", "x", "no tokenizer");
    } else CHECK(0, "convert the bert fixture");

    /* info */
    snprintf(args, sizeof args, "info %s", M);
    CHECK(run(args, "", &out, &err) == 0 && out, "info runs");
    CHECK(out && strstr(out, "architecture: bert") && strstr(out, "hidden_size: 64") && strstr(out, "sequence-classification") &&
              strstr(out, "labels: 0=negative 1=neutral 2=positive") && strstr(out, "dtype: f32"),
          "info lists architecture, sizes, heads, labels and dtype");
    free(out);
    free(err);
    test_usability();
    test_features();
    test_sparse(); /* before the README's examples: it makes splade.bert */
    test_readme_examples();
    return test_done();
}
