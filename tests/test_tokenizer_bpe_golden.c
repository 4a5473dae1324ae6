/* test_tokenizer_bpe_golden - the byte-level BPE fixture (GPT-2's vocabulary and merges in RoBERTa
 * layout) converted from vocab.json + merges.txt + tokenizer_config.json alone against Hugging
 * Face tokenizers' goldens on every corpus (test_tokenizer_golden runs it from tokenizer.json);
 * the settings of bpe_checks (add_prefix_space, truncation from the left, GPT-2's layout, no
 * regex) with token strings too; `bert tokenize`; speed on 100k-character words. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

#include <time.h>

/* bpe_roberta's goldens, the tokenizer converted from its files without tokenizer.json. */
static void run_files_path(const char *path) {
    static const char *corpora[] = {"main", "adversarial", "long_lines", "adversarial_nul", "adversarial_invalid.lossy", "pairs"};
    bert_model *model = NULL;
    bert_error err;
    size_t c;
    if (!path || bert_model_load_file(&model, path, &err) != BERT_OK) {
        CHECK(0, "golden bpe_roberta (vocab.json + merges.txt): cannot convert and load the tokenizer");
        return;
    }
    for (c = 0; c < sizeof corpora / sizeof corpora[0]; c++)
        tok_run_golden("bpe_roberta (vocab.json + merges.txt)", "golden/bpe_roberta", model, corpora[c], 0, 1);
    bert_model_free(model);
}

/* tests/fixtures/tokenizers/bpe_checks (its README says how they were made). */
static void run_checks(void) {
    static const struct { const char *name; int max_length; } checks[] = {{"prefix", 0}, {"prefix_left16", 16}, {"gpt2", 0}, {"no_regex", 0}};
    size_t i;
    if (system("mkdir -p build/tests/bpe_checks") != 0) return;
    for (i = 0; i < sizeof checks / sizeof checks[0]; i++) {
        char name[64];
        const char *path;
        bert_model *model = NULL;
        bert_error err;
        snprintf(name, sizeof name, "bpe_checks/%s", checks[i].name);
        path = tok_convert(name);
        if (!path || bert_model_load_file(&model, path, &err) != BERT_OK) {
            CHECKF(0, "bpe check %s: cannot convert and load the tokenizer", checks[i].name);
            continue;
        }
        tok_run_golden(name, name, model, "adversarial", checks[i].max_length, 1);
        tok_run_golden(name, name, model, "pairs", checks[i].max_length, 1);
        bert_model_free(model);
    }
}

/* The fixture's vocab.json, merges.txt and tokenizer_config.json copied into a folder of their
   own, so that the converter cannot see tokenizer.json. */
static const char *convert_without_tokenizer_json(void) {
    const char *dir = "build/tests/bpe_roberta_files", *out = "build/tests/bpe_roberta_files.bert";
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "rm -rf %s && mkdir -p %s && cp %s/bpe_roberta/vocab.json %s/bpe_roberta/merges.txt %s/bpe_roberta/tokenizer_config.json %s/ && "
             "build/bert-convert --tokenizer-only %s %s 2>/dev/null",
             dir, dir, TOK_FIXTURES, TOK_FIXTURES, TOK_FIXTURES, dir, dir, out);
    return system(cmd) == 0 ? out : NULL;
}

/* ---- bert tokenize ------------------------------------------------------------------------------ */

/* ---- No quadratic behaviour ------------------------------------------------------------------- */

/* 100k-character texts that are a single pre-token (or close): each must tokenize in well under
   a second (a quadratic merge loop would take minutes). */
static void test_long_words(const char *path) {
    enum { N = 100000 };
    static const char *names[] = {"one letter repeated", "two letters alternating", "digits", "spaces", "one emoji repeated"};
    bert_model *model = NULL;
    bert_encoding enc;
    bert_error err;
    char *text = (char *)malloc(4 * N + 1);
    int k;
    if (!text || bert_model_load_file(&model, path, &err) != BERT_OK) { CHECK(0, "long words: load"); free(text); return; }
    memset(&enc, 0, sizeof enc);
    for (k = 0; k < 5; k++) {
        size_t len = 0;
        int i, r;
        clock_t t0;
        double s;
        for (i = 0; i < N; i++) {
            if (k == 0) text[len++] = 'a';
            else if (k == 1) text[len++] = "ab"[i % 2];
            else if (k == 2) text[len++] = (char)('0' + i % 10);
            else if (k == 3) text[len++] = ' ';
            else { memcpy(text + len, "\xf0\x9f\x98\x80", 4); len += 4; }
        }
        t0 = clock();
        r = bert_tokenize(model, text, len, 0, &enc, &err);
        s = (double)(clock() - t0) / CLOCKS_PER_SEC;
        CHECKF(r == BERT_OK && enc.count > 2 && s < 1.0, "100k-character word (%s): %d tokens in %.3f s", names[k], enc.count, s);
    }
    bert_encoding_free(&enc);
    bert_model_free(model);
    free(text);
}

int main(void) {
    char from_json[256] = ""; /* tok_convert's buffers are reused */
    const char *converted = tok_convert("bpe_roberta");
    if (converted) snprintf(from_json, sizeof from_json, "%s", converted);
    run_files_path(convert_without_tokenizer_json());
    run_checks();
    if (from_json[0]) {
        tok_cli_vs_golden(from_json, "bpe_roberta", "adversarial");
        tok_cli_vs_golden(from_json, "bpe_roberta", "pairs");
        test_long_words(from_json);
    }
    return test_done();
}
