/* fuzz_st_config.c - libFuzzer target: the converter's sentence-transformers importer
 * (read_sentence_transformers in tools/bert-convert.c) on the files a sentence-transformers
 * folder holds. The input, split at NUL bytes, is in order:
 *   modules.json, 1_Pooling/config.json, sentence_bert_config.json, config_sentence_transformers.json
 * (1_Pooling/config.json is a SparseEncoder's SpladePooling config when modules.json says so.)
 * An empty part (or one the input does not reach) leaves its file out: absent files are a case too. Every outcome is a pooling mode, a normalization flag, a
 * truncation length and prompts that hang together, or one error message. */
#define main bert_convert_main /* the converter's own main is not ours */
#include "../../tools/bert-convert.c"
#undef main
#include "fuzz_files.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *const names[] = {"modules.json", "1_Pooling/config.json", "sentence_bert_config.json",
                                        "config_sentence_transformers.json"};
    model_desc d;
    int i, r, truncate = -1;
    fuzz_clear();
    for (i = 0; i < 4; i++) {
        const uint8_t *rest;
        size_t rest_len, n = fuzz_split(data, size, &rest, &rest_len);
        if (n) fuzz_write(names[i], data, n);
        data = rest, size = rest_len;
    }
    memset(&d, 0, sizeof d);
    g_err[0] = 0;
    r = read_sentence_transformers(fuzz_folder(), &d, &truncate);
    if (r < 0) {
        if (!g_err[0]) abort(); /* an error must say what */
    } else {
        if (d.cfg.pooling < BERT_POOL_CLS || d.cfg.pooling > BERT_POOL_SPLADE_SUM) abort();
        if (d.cfg.splade_log1p_twice != 0 && (d.cfg.splade_log1p_twice != 1 || d.cfg.pooling < BERT_POOL_SPLADE)) abort();
        if (d.cfg.normalize != 0 && d.cfg.normalize != 1) abort();
        if (truncate < 0 || truncate >= 1000000) abort();
        if (d.num_prompts < 0 || d.default_prompt < -1 || d.default_prompt >= d.num_prompts) abort();
        for (i = 0; i < 2 * d.num_prompts; i++)
            if (!d.prompts[i]) abort();
    }
    fuzz_report(r, g_err);
    model_desc_free(&d);
    return 0;
}
