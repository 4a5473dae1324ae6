/* test_tokenizer_golden - every fixture tokenizer (WordPiece, Unigram, BPE) converted from its
 * tokenizer.json against Hugging Face tokenizers' goldens, line by line, through the library
 * API: ids, type ids and byte offsets must all match. wp_mpnet is all-mpnet-base-v2's own
 * tokenizer.json (WordPiece with a <s> A </s></s> B </s> template), its goldens made by
 * tools/make_tokenizer_goldens.py; bpe_modernbert_style has ModernBERT's pipeline (NFC, byte-level
 * BPE, [CLS] A [SEP] B [SEP], added runs of spaces; tools/make_tokenizer_modernbert_style.py). */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

int main(void) {
    static const char *tokenizers[] = {"wp_uncased", "wp_cased", "wp_cased_strip", "wp_nocjk", "unigram_albert", "unigram_xlmr",
                                       "bpe_roberta", "wp_mpnet", "unigram_deberta", "bpe_modernbert_style"};
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
        for (c = 0; c < sizeof corpora / sizeof corpora[0]; c++) {
            char golden_dir[64];
            snprintf(golden_dir, sizeof golden_dir, "golden/%s", tokenizers[t]);
            tok_run_golden(tokenizers[t], golden_dir, model, corpora[c], 0, 0);
        }
        bert_model_free(model);
    }
    return test_done();
}
