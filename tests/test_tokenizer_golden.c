/* test_tokenizer_golden - every WordPiece fixture tokenizer against Hugging Face tokenizers'
 * goldens, line by line, through the library API: ids, type ids and byte offsets must all match. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

static void run_file(const char *name, const bert_model *model, const char *corpus) {
    char path[512], *text, *gold, **lines, **glines, why[400];
    size_t len = 0, glen = 0, *lens, *glens;
    int n, gn, i, bad = 0, shown = 0, is_pair = strcmp(corpus, "pairs") == 0;
    bert_encoding enc;
    bert_error err;
    memset(&enc, 0, sizeof enc);
    snprintf(path, sizeof path, "%s/golden/texts/%s.%s", TOK_FIXTURES, corpus, is_pair ? "tsv" : "txt");
    text = tok_read_file(path, &len);
    snprintf(path, sizeof path, "%s/golden/%s/%s.jsonl.xz", TOK_FIXTURES, name, corpus);
    gold = tok_read_xz(path, &glen);
    if (!text || !gold) {
        CHECKF(0, "golden %s %s: cannot read the text or the golden", name, corpus);
        free(text);
        free(gold);
        return;
    }
    n = tok_split_lines(text, len, &lines, &lens);
    gn = tok_split_lines(gold, glen, &glines, &glens);
    if (n != gn) bad = n > gn ? n - gn : gn - n;
    for (i = 0; i < n && i < gn; i++) {
        int r;
        if (is_pair) {
            char *tab = (char *)memchr(lines[i], '\t', lens[i]);
            size_t a = tab ? (size_t)(tab - lines[i]) : lens[i];
            r = bert_tokenize_pair(model, lines[i], a, tab ? tab + 1 : "", tab ? lens[i] - a - 1 : 0, 0, &enc, &err);
        } else {
            r = bert_tokenize(model, lines[i], lens[i], 0, &enc, &err);
        }
        if (r != BERT_OK) snprintf(why, sizeof why, "error: %s", err.message);
        if (r != BERT_OK || !same_as_golden(&enc, glines[i], glens[i], why, sizeof why)) {
            bad++;
            if (shown++ < 3) printf("  %s %s line %d: %s\n", name, corpus, i, why);
        }
    }
    CHECKF(bad == 0, "golden %s %s: %d of %d lines identical to Hugging Face", name, corpus, n - bad, n);
    bert_encoding_free(&enc);
    free(lines);
    free(lens);
    free(glines);
    free(glens);
    free(text);
    free(gold);
}

int main(void) {
    static const char *tokenizers[] = {"wp_uncased", "wp_cased", "wp_cased_strip", "wp_nocjk", "unigram_albert", "unigram_xlmr"};
    static const char *corpora[] = {"main", "adversarial", "long_lines", "adversarial_nul", "adversarial_invalid.lossy", "pairs"};
    size_t t, c;
    for (t = 0; t < sizeof tokenizers / sizeof tokenizers[0]; t++) {
        const char *path = tok_convert(tokenizers[t]);
        bert_model *model = NULL;
        bert_error err;
        if (!path || bert_model_load_file(&model, path, &err) != BERT_OK) {
            CHECKF(0, "golden %s: cannot convert and load the tokenizer", tokenizers[t]);
            continue;
        }
        for (c = 0; c < sizeof corpora / sizeof corpora[0]; c++) run_file(tokenizers[t], model, corpora[c]);
        bert_model_free(model);
    }
    return test_done();
}
