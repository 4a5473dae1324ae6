/* fuzz_load.c - libFuzzer target: any bytes as a model file. bert_model_load_memory must reject
 * them with a message or load a model that then encodes, pools, runs its heads and tokenizes
 * without any out-of-bounds access (built with AddressSanitizer and UBSan by `make fuzz`).
 * Seeds: the converted fixture models and tokenizers (build/fuzz/corpus_load). */
#define BERT_IMPLEMENTATION
#include "../../bert.h"

#include <stdlib.h>
#include <string.h>

static void exercise(bert_model *m) {
    const bert_config *c = bert_model_config(m);
    bert_error err;
    if (c->has_weights) {
        bert_ctx *ctx;
        int32_t ids[2][4] = {{1, 2, 3, 4}, {5, 6, 0, 0}}, mask[2][4] = {{1, 1, 1, 1}, {1, 1, 0, 0}};
        bert_batch b = {2, 4, &ids[0][0], &mask[0][0], NULL};
        if (bert_ctx_create(&ctx, m, 2, 4, &err) == BERT_OK) {
            if (bert_encode(ctx, &b, &err) == BERT_OK) {
                int which;
                for (which = BERT_OUT_LAST_HIDDEN_STATE; which <= BERT_OUT_SOP_LOGITS; which++) {
                    size_t n = bert_output_size(ctx, (bert_output)which);
                    float *out = n && n < (1u << 22) ? (float *)malloc(n * sizeof *out) : NULL;
                    if (out) bert_output_get(ctx, (bert_output)which, out, &err);
                    free(out);
                }
            }
            bert_ctx_free(ctx);
        }
    }
    if (strcmp(bert_model_tokenizer_kind(m), "none") != 0) {
        static const char text[] = "Hello, wörld! [MASK] <mask> 東京 \xF0\x9F\x98\x80 don't";
        bert_encoding enc = {0};
        size_t len;
        int i;
        bert_tokenize_pair(m, text, sizeof text - 1, "second", 6, 0, &enc, &err);
        for (i = 0; i < enc.count; i++) bert_encoding_token(m, &enc, i, &len);
        bert_encoding_free(&enc);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    bert_model *m;
    bert_error err;
    void *buf = NULL;
    if (posix_memalign(&buf, 64, size ? size : 1) != 0) return 0;
    memcpy(buf, data, size);
    if (bert_model_load_memory(&m, buf, size, &err) == BERT_OK) {
        exercise(m);
        bert_model_free(m);
    } else if (!err.message[0]) {
        abort(); /* every failure must say why */
    }
    free(buf);
    return 0;
}
