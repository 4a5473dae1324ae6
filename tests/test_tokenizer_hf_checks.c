/* test_tokenizer_hf_checks - the normalizers' and added tokens' alignments against Hugging Face:
 * tests/fixtures/tokenizers/hf_checks (its README says how the goldens were made). Every
 * normalized character is its own token there, so every character's offsets are compared. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

static void check(const char *name) {
    char dir[256], path[512], *text, *gold, **lines, **glines, why[400];
    size_t len = 0, glen = 0, *lens, *glens;
    int n, gn, i, bad = 0, shown = 0;
    bert_model *model = NULL;
    bert_encoding enc;
    bert_error err;
    memset(&enc, 0, sizeof enc);
    snprintf(dir, sizeof dir, "hf_checks/%s", name);
    snprintf(path, sizeof path, "%s/%s/strings.txt", TOK_FIXTURES, dir);
    text = tok_read_file(path, &len);
    snprintf(path, sizeof path, "%s/%s/hf.jsonl", TOK_FIXTURES, dir);
    gold = tok_read_file(path, &glen);
    {
        char cmd[1024];
        snprintf(cmd, sizeof cmd, "build/bert-convert --tokenizer-only %s/%s build/tests/hf_%s.bert 2>/dev/null", TOK_FIXTURES, dir, name);
        snprintf(path, sizeof path, "build/tests/hf_%s.bert", name);
        if (!text || !gold || system(cmd) != 0 || bert_model_load_file(&model, path, &err) != BERT_OK) {
            CHECKF(0, "hf check %s: cannot read or convert the fixture", name);
            free(text);
            free(gold);
            return;
        }
    }
    n = tok_split_lines(text, len, &lines, &lens);
    gn = tok_split_lines(gold, glen, &glines, &glens);
    if (n != gn) bad = 1;
    for (i = 0; i < n && i < gn; i++) {
        if (bert_tokenize(model, lines[i], lens[i], 0, &enc, &err) != BERT_OK) snprintf(why, sizeof why, "error: %s", err.message);
        else if (same_as_golden(&enc, glines[i], glens[i], why, sizeof why)) continue;
        bad++;
        if (shown++ < 3) printf("  %s line %d: %s\n", name, i, why);
    }
    CHECKF(bad == 0 && n > 0, "hf check %s: %d of %d strings with Hugging Face's ids and offsets", name, n - bad, n);
    bert_encoding_free(&enc);
    bert_model_free(model);
    free(lines); free(lens); free(glines); free(glens); free(text); free(gold);
}

int main(void) {
    static const char *names[] = {"nfd", "nfkd", "nfc", "nfkc", "lower", "stripacc", "replace", "prepend", "strip", "bert_all",
                                  "albert_like", "added"};
    size_t i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) check(names[i]);
    return test_done();
}
