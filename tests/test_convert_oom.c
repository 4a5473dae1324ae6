/* test_convert_oom.c - every allocation failure in bert-convert is an error or changes nothing.
 *
 * tests/alloc_fail.c (build/tests/alloc_fail.so, LD_PRELOAD) makes the Nth allocation fail. For
 * every N from 1 to the number of allocations an undisturbed conversion makes, the conversion
 * must either fail cleanly (exit 1, a "bert-convert: " error line, no output file or
 * temporary) or write exactly the bytes of the undisturbed run: never a model quietly missing
 * its tokenizer or a setting because a file "could not be opened". Two conversions: the bert
 * fixture (config, weights, WordPiece vocab.txt), and a tokenizer-only one with
 * tokenizer_config.json and special_tokens_map.json. BC_CONVERT picks another converter. */
#define _POSIX_C_SOURCE 200809L
#include "../tools/json.h"
#include "test.h"

#include <dirent.h>
#include <sys/wait.h>

#define WORK "build/tests/convert_oom"
#define SHIM "build/tests/alloc_fail.so"

static const char *g_convert = "build/bert-convert";

/* Runs the converter on `folder` to WORK/out.bert, failing allocation `fail_at` (0: none).
 * Returns the exit status, or 128 + signal. */
static int run(const char *folder, const char *args, unsigned long fail_at, const char *count_file) {
    char cmd[1024];
    int status;
    snprintf(cmd, sizeof cmd, "rm -f " WORK "/out.bert*; ALLOC_FAIL_AT=%lu %s%s LD_PRELOAD=./" SHIM " %s %s %s " WORK "/out.bert 2> " WORK "/log",
             fail_at, count_file ? "ALLOC_FAIL_COUNT=" : "", count_file ? count_file : "", g_convert, args, folder);
    status = system(cmd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

static int outputs_left(void) {
    DIR *d = opendir(WORK);
    struct dirent *e;
    int n = 0;
    if (!d) return 0;
    while ((e = readdir(d)))
        if (strncmp(e->d_name, "out.bert", 8) == 0) n++;
    closedir(d);
    return n;
}

/* The last line of the log starts "bert-convert: " (warnings may come before it). */
static int error_line(void) {
    size_t len;
    char *log = json_read_file(WORK "/log", &len), *last;
    int ok;
    if (!log) return 0;
    while (len && log[len - 1] == '\n') log[--len] = 0;
    last = strrchr(log, '\n');
    last = last ? last + 1 : log;
    ok = strncmp(last, "bert-convert: ", 14) == 0;
    free(log);
    return ok;
}

static void every_failure(const char *what, const char *folder, const char *args) {
    size_t ref_len, len;
    char *ref, *out, *count_text;
    unsigned long total, n, errors = 0, same = 0, bad = 0, first_bad = 0;
    char why[256] = "";
    if (run(folder, args, 0, WORK "/count") != 0 || !(ref = json_read_file(WORK "/out.bert", &ref_len))) {
        CHECKF(0, "%s: the undisturbed conversion", what);
        return;
    }
    count_text = json_read_file(WORK "/count", &len);
    total = count_text ? strtoul(count_text, NULL, 10) : 0;
    free(count_text);
    CHECKF(total > 100, "%s: the shim counts the allocations (%lu)", what, total);
    for (n = 1; n <= total; n++) {
        int status = run(folder, args, n, NULL);
        const char *wrong = NULL;
        if (status == 0) {
            out = json_read_file(WORK "/out.bert", &len);
            if (out && len == ref_len && memcmp(out, ref, len) == 0) same++;
            else wrong = "exit 0 with different output";
            free(out);
        } else if (status != 1) wrong = status > 128 ? "crashed" : "exit status not 1";
        else if (!error_line()) wrong = "no \"bert-convert: \" error line";
        else if (outputs_left()) wrong = "output or temporary left behind";
        else errors++;
        if (wrong && bad++ == 0) {
            first_bad = n;
            snprintf(why, sizeof why, "%s", wrong);
        }
    }
    CHECKF(bad == 0, "%s: each of %lu allocation failures is an error (%lu) or changes nothing (%lu)%s%.0lu%s%s", what, total, errors, same,
           bad ? "; first wrong at allocation " : "", bad ? first_bad : 0, bad ? ": " : "", why);
    free(ref);
}

int main(void) {
    FILE *f;
    if (getenv("BC_CONVERT")) g_convert = getenv("BC_CONVERT");
    if (system("rm -rf " WORK " && mkdir -p " WORK "/tok && cp tests/fixtures/models/bert/vocab.txt " WORK "/tok/") != 0 ||
        !(f = fopen(SHIM, "rb"))) {
        CHECK(0, "set up (make builds " SHIM ")");
        return test_done();
    }
    fclose(f);
    f = fopen(WORK "/tok/tokenizer_config.json", "w");
    if (f) { fputs("{\"do_lower_case\": true, \"model_max_length\": 512}", f); fclose(f); }
    f = fopen(WORK "/tok/special_tokens_map.json", "w");
    if (f) { fputs("{\"unk_token\": \"[UNK]\", \"sep_token\": \"[SEP]\", \"pad_token\": \"[PAD]\"}", f); fclose(f); }
    every_failure("bert fixture", "tests/fixtures/models/bert", "");
    every_failure("tokenizer only", WORK "/tok", "--tokenizer-only");
    return test_done();
}
