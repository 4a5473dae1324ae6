/* test_usability.c - issue 13: what a new user meets outside the command line. The README's
 * program, compiled as the README says (gcc C99 and g++, -Wall -Wextra -Werror) and run; a strict
 * -std=c99 build memory-maps the model and refuses a directory with a message; bert_output_get
 * names a missing output; bert-convert checks its arguments before the work, warns about a folder
 * without a tokenizer, refuses a tokenizer bigger than the weights' vocabulary and takes a file
 * in the folder for the folder; classify gives a one-label cross-encoder its sigmoid.
 *
 * $BERT_INCLUDE (the folder of bert.h, default .) and $BERT_BUILD (where bert-convert and
 * examples/classify are, default build) point the checks at another tree, to show they fail
 * on one without the fixes. */
#define _POSIX_C_SOURCE 200809L
#include "../tools/json.h"
#include "test.h"
#include "cross_encoder.h"

#include <math.h>
#include <sys/stat.h>

#define WORK "build/tests/usability"

static const char *g_inc = ".", *g_build = "build";

static char *slurp(const char *path) {
    size_t len;
    return json_read_file(path, &len);
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    if (f) { fputs(text, f); fclose(f); }
}

static int exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* Runs cmd with stdout and stderr into WORK/out.txt and WORK/err.txt; returns its status. */
static int sh(const char *cmd, char **out, char **err) {
    char full[4096];
    int status;
    snprintf(full, sizeof full, "%s > " WORK "/out.txt 2> " WORK "/err.txt", cmd);
    status = system(full);
    *out = slurp(WORK "/out.txt");
    *err = slurp(WORK "/err.txt");
    return status;
}

#define FIRST_LINE(s) (s) ? (int)strcspn((s), "\n") : 0, (s) ? (s) : ""

/* ---- the README's program -------------------------------------------------------------------- */

static void test_readme_program(void) {
    char *readme = slurp("README.md"), *out, *err, cmd[10240];
    const char *p, *start = NULL, *end = NULL;
    static char long_text[8192];
    int status, i;
    for (p = readme; p && (p = strstr(p, "```c\n")) != NULL; p = end) {
        end = strstr(p + 5, "\n```");
        if (!end) break;
        if (strstr(p, "int main(") && strstr(p, "int main(") < end) { start = p + 5; break; }
    }
    CHECK(start && end, "README: a complete C program");
    CHECK(readme && strstr(readme, "cc -O2 -I") && strstr(readme, "-lm -lpthread") && strstr(readme, "CPUID") && strstr(readme, "scalar") &&
              strstr(readme, "BERT_SIMD="),
          "README: the compile line (-O2 ... -lm -lpthread), the kernels picked at run time, and how to force a set");
    CHECK(readme && strstr(readme, "git lfs") && strstr(readme, "huggingface-cli download") && strstr(readme, "safetensors"),
          "README: how to get a model folder (git lfs, huggingface-cli, safetensors)");
    CHECK(readme && !strstr(readme, "= {0}"), "README: no {0} initializer (g++ -Wextra warns)");
    if (!start || !end) { free(readme); return; }
    {
        FILE *f = fopen(WORK "/prog.c", "wb");
        if (f) { fwrite(start, 1, (size_t)(end - start) + 1, f); fclose(f); }
    }
    free(readme);
    snprintf(cmd, sizeof cmd, "gcc -std=c99 -O2 -Wall -Wextra -pedantic -Werror -I %s " WORK "/prog.c -o " WORK "/prog -lm -lpthread", g_inc);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0, "README program: gcc -std=c99 -Wall -Wextra -pedantic -Werror (%.*s)", FIRST_LINE(err));
    free(out); free(err);
    snprintf(cmd, sizeof cmd, "g++ -x c++ -O2 -Wall -Wextra -Werror -I %s " WORK "/prog.c -o " WORK "/prog_cxx -lm -lpthread", g_inc);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0, "README program: g++ -Wall -Wextra -Werror (%.*s)", FIRST_LINE(err));
    free(out); free(err);
    status = sh(WORK "/prog " WORK "/bert.bert", &out, &err);
    CHECKF(status == 0 && out && strstr(out, "64 dimensions, dot product"), "README program runs on a model (%.*s%.*s)", FIRST_LINE(out), FIRST_LINE(err));
    free(out); free(err);
    for (i = 0; i < 300; i++) strcat(long_text, i % 7 ? "tok5 " : "tok830 ");
    snprintf(cmd, sizeof cmd, WORK "/prog " WORK "/bert.bert '%s' 'tok127'", long_text);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0 && out && strstr(out, "dot product"), "README program: a text far longer than the model takes is truncated, not an error (%.*s)",
           FIRST_LINE(err));
    free(out); free(err);
}

/* ---- the library: mapping under strict C99, directories, output names ------------------------ */

static const char *g_probe =
    "#define BERT_IMPLEMENTATION\n"
    "#include \"bert.h\"\n"
    "#include <stdio.h>\n"
    "#include <string.h>\n"
    "int main(int argc, char **argv) {\n"
    "    bert_model *m;\n"
    "    bert_ctx *c;\n"
    "    bert_error err;\n"
    "    char line[4096];\n"
    "    int mapped = 0, ids[3] = {101, 5, 102};\n"
    "    float out[8];\n"
    "    bert_batch b;\n"
    "    FILE *f;\n"
    "    if (argc < 3) return 2;\n"
    "    if (bert_model_load_file(&m, argv[1], &err) != BERT_OK) { printf(\"error: %s\\n\", err.message); return 0; }\n"
    "    f = fopen(\"/proc/self/maps\", \"r\");\n"
    "    while (f && fgets(line, sizeof line, f)) if (strstr(line, argv[2])) mapped = 1;\n"
    "    if (f) fclose(f);\n"
    "    printf(\"%s\\n\", mapped ? \"mapped\" : \"read\");\n"
    "    b.batch = 1; b.seq_len = 3; b.input_ids = ids; b.attention_mask = NULL; b.token_type_ids = NULL;\n"
    "    if (bert_ctx_create(&c, m, 1, 3, &err) == BERT_OK && bert_encode(c, &b, &err) == BERT_OK &&\n"
    "        bert_output_get(c, BERT_OUT_SEQ_LOGITS, out, &err) != BERT_OK) printf(\"no output: %s\\n\", err.message);\n"
    "    bert_ctx_free(c);\n"
    "    bert_model_free(m);\n"
    "    return 0;\n"
    "}\n";

static void test_library(void) {
    char cmd[2048], *out, *err;
    int status, have_maps = exists("/proc/self/maps");
    write_text(WORK "/probe.c", g_probe);
    /* strict C99: no _POSIX_C_SOURCE, no -D anything */
    snprintf(cmd, sizeof cmd, "gcc -std=c99 -O1 -Wall -Wextra -pedantic -Werror -I %s " WORK "/probe.c -o " WORK "/probe_strict -lm -lpthread", g_inc);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0, "strict C99 probe builds (%.*s)", FIRST_LINE(err));
    free(out); free(err);
    snprintf(cmd, sizeof cmd, "gcc -std=c99 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -DBERT_NO_MMAP -Wall -Wextra -pedantic "
             "-Werror -I %s " WORK "/probe.c -o " WORK "/probe_read -lm -lpthread", g_inc);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0, "BERT_NO_MMAP probe builds under ASan (%.*s)", FIRST_LINE(err));
    free(out); free(err);
    if (have_maps) {
        status = sh(WORK "/probe_strict " WORK "/usability_model.bert usability_model.bert", &out, &err);
        CHECKF(status == 0 && out && strncmp(out, "mapped\n", 7) == 0, "-std=c99 without _POSIX_C_SOURCE: the model file is memory-mapped (%.*s)",
               FIRST_LINE(out));
        CHECKF(out && strstr(out, "no output: ") && strstr(out, "BERT_OUT_SEQ_LOGITS") && strstr(out, "sequence-classification") &&
                   !strstr(out, "output 8"),
               "bert_output_get on a missing head names the output, not its number (%.*s)",
               FIRST_LINE(out && strchr(out, '\n') ? strchr(out, '\n') + 1 : out));
        free(out); free(err);
        status = sh(WORK "/probe_read " WORK "/usability_model.bert usability_model.bert", &out, &err);
        CHECKF(status == 0 && out && strncmp(out, "read\n", 5) == 0, "BERT_NO_MMAP: the model file is read, not mapped (%.*s%.*s)", FIRST_LINE(out),
               FIRST_LINE(err));
        free(out); free(err);
    }
    status = sh(WORK "/probe_strict " WORK " x", &out, &err);
    CHECKF(status == 0 && out && strstr(out, "error: ") && strstr(out, "not a regular file"), "strict C99: a directory is refused as not a regular file (%.*s)",
           FIRST_LINE(out));
    free(out); free(err);
    status = sh(WORK "/probe_read " WORK " x", &out, &err);
    CHECKF(status == 0 && out && strstr(out, "error: ") && strstr(out, "not a regular file"),
           "BERT_NO_MMAP (read path, ASan): a directory is refused before any allocation (%.*s%.*s)", FIRST_LINE(out), FIRST_LINE(err));
    free(out); free(err);
}

/* ---- bert-convert ------------------------------------------------------------------------------ */

static void test_convert(void) {
    char cmd[2048], *out, *err;
    int status;
    const char *opts[] = {"--dtype", "--layout", "--task", "--no-tokenizer", "--tokenizer-only", "default"};
    size_t i;
    int ok;

    snprintf(cmd, sizeof cmd, "%s/bert-convert --help", g_build);
    status = sh(cmd, &out, &err);
    ok = status == 0 && out && strncmp(out, "usage: ", 7) == 0 && err && !err[0];
    for (i = 0; ok && i < sizeof opts / sizeof opts[0]; i++) ok = strstr(out, opts[i]) != NULL;
    CHECKF(ok, "bert-convert --help: usage and every option with its default on stdout, exit 0 (status %d)", status);
    free(out); free(err);

    snprintf(cmd, sizeof cmd, "%s/bert-convert tests/fixtures/models/bert " WORK "/x.bert --dtype", g_build);
    status = sh(cmd, &out, &err);
    CHECKF(status != 0 && err && strstr(err, "--dtype needs a value"), "bert-convert --dtype without a value (%.*s)", FIRST_LINE(err));
    free(out); free(err);

    /* OUT a directory: refused before the folder is even read (this folder has no weights) */
    system("mkdir -p " WORK "/noweights " WORK "/outdir && cp tests/fixtures/models/bert/config.json " WORK "/noweights/");
    snprintf(cmd, sizeof cmd, "%s/bert-convert " WORK "/noweights " WORK "/outdir", g_build);
    status = sh(cmd, &out, &err);
    CHECKF(status != 0 && err && strstr(err, "is a directory") && !strstr(err, "safetensors"),
           "bert-convert: OUT a directory is refused first (%.*s)", FIRST_LINE(err));
    free(out); free(err);

    snprintf(cmd, sizeof cmd, "%s/bert-convert tests/fixtures/models/bert/config.json " WORK "/fromfile.bert", g_build);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0 && exists(WORK "/fromfile.bert"), "bert-convert DIR/config.json OUT converts DIR (%.*s)", FIRST_LINE(err));
    free(out); free(err);

    /* a folder without a tokenizer: a warning naming --no-tokenizer; none with it */
    snprintf(cmd, sizeof cmd, "%s/bert-convert tests/fixtures/models/albert " WORK "/albert.bert", g_build);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0 && err && strstr(err, "warning") && strstr(err, "no tokenizer") && strstr(err, "--no-tokenizer"),
           "bert-convert: a folder without a tokenizer is said loudly (%.*s)", FIRST_LINE(err));
    free(out); free(err);
    snprintf(cmd, sizeof cmd, "%s/bert-convert tests/fixtures/models/albert " WORK "/albert.bert --no-tokenizer", g_build);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0 && err && !strstr(err, "warning"), "bert-convert --no-tokenizer: converted ids-only without a warning (%.*s)", FIRST_LINE(err));
    free(out); free(err);

    /* weights of 1,000 ids with a tokenizer of 30,522 */
    system("rm -rf " WORK "/mix && mkdir -p " WORK "/mix && cp tests/fixtures/models/bert/config.json tests/fixtures/models/bert/model.safetensors "
           WORK "/mix/ && cp tests/fixtures/tokenizers/wp_uncased/vocab.txt " WORK "/mix/ && rm -f " WORK "/mix.bert");
    snprintf(cmd, sizeof cmd, "%s/bert-convert " WORK "/mix " WORK "/mix.bert", g_build);
    status = sh(cmd, &out, &err);
    CHECKF(status != 0 && err && strstr(err, "30522") && strstr(err, "1000") && !exists(WORK "/mix.bert"),
           "bert-convert refuses a tokenizer of 30522 tokens for weights of 1000, naming both (%.*s)", FIRST_LINE(err));
    free(out); free(err);
}

/* ---- classify on a one-label cross-encoder ----------------------------------------------------- */

static void test_classify_one_label(void) {
    char cmd[1024], *out, *err, label[64];
    double prob = -1, logit = 0;
    int status;
    if (!make_one_label(WORK "/cross")) { CHECK(0, "make a one-label cross-encoder from bert_seqcls"); return; }
    status = system("build/bert-convert " WORK "/cross " WORK "/cross.bert 2> " WORK "/cross.log");
    CHECK(status == 0, "the one-label cross-encoder converts");
    snprintf(cmd, sizeof cmd, "%s/examples/classify " WORK "/cross.bert 'tok127 tok830' 'tok414'", g_build);
    status = sh(cmd, &out, &err);
    CHECKF(status == 0 && out && sscanf(out, "%63s %lf (logit %lf)", label, &prob, &logit) == 3 &&
               fabs(prob - 1 / (1 + exp(-logit))) < 1e-4 && prob < 0.9999,
           "classify on one label prints its sigmoid, as CrossEncoder does (%.*s)", FIRST_LINE(out));
    free(out); free(err);
}

int main(void) {
    if (getenv("BERT_INCLUDE")) g_inc = getenv("BERT_INCLUDE");
    if (getenv("BERT_BUILD")) g_build = getenv("BERT_BUILD");
    if (system("mkdir -p " WORK " && build/bert-convert tests/fixtures/models/bert " WORK "/bert.bert 2>/dev/null && "
               "cp " WORK "/bert.bert " WORK "/usability_model.bert") != 0) {
        CHECK(0, "convert the bert fixture");
        return test_done();
    }
    test_readme_program();
    test_library();
    test_convert();
    test_classify_one_label();
    return test_done();
}
