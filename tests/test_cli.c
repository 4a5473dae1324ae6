/* test_cli.c - the `bert` command line's contract on bad input: a non-zero exit and exactly one
 * line on stderr starting "bert: ", never a crash; and `bert info` describing a model. */
#define _POSIX_C_SOURCE 200809L
#include "../tools/json.h"
#include <sys/wait.h>
#include <math.h>
#include "test.h"

#define WORK "build/tests/cli"

/* Runs `bert ARGS` with stdin `input`; returns the exit status, stdout and stderr in files. */
static int run(const char *args, const char *input, char **out, char **err) {
    char cmd[1024];
    FILE *f = fopen(WORK "/in.json", "wb");
    size_t len;
    int status;
    fputs(input, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "build/bert %s < " WORK "/in.json > " WORK "/out.txt 2> " WORK "/err.txt", args);
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

int main(void) {
    char *out, *err;
    const char *M = "-m " WORK "/seqcls.bert";
    char args[256];
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
        char *o1, *o2, *e1, *e2;
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
    return test_done();
}
