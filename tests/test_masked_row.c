/* test_masked_row.c - a sequence whose attention_mask is all 0 (issue 14, defect 8).
 *
 * Hugging Face computes a value for such a row (every score gets the same large negative, so
 * attention is uniform over the padding): a function of the pad ids, not of any text. bert.h
 * refuses the batch with BERT_E_ARG naming the sequence, instead of returning zeros for every
 * output as it did; a batch with a single mask-1 position still encodes. */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "test.h"

#define WORK "build/tests/masked_row"

int main(void) {
    bert_model *m = NULL;
    bert_ctx *c = NULL;
    bert_error err;
    static float out[4 * 64];
    int32_t ids[2 * 4] = {2, 17, 29, 3, 2, 3, 0, 0}, mask[2 * 4] = {1, 1, 1, 1, 0, 0, 0, 0};
    bert_batch b = {2, 4, ids, mask, NULL};
    if (system("mkdir -p " WORK " && build/bert-convert tests/fixtures/models/bert " WORK "/bert.bert 2>/dev/null") != 0 ||
        bert_model_load_file(&m, WORK "/bert.bert", &err) != BERT_OK || bert_ctx_create(&c, m, 2, 4, &err) != BERT_OK) {
        CHECK(0, "convert and load the bert fixture");
        return test_done();
    }
    CHECKF(bert_encode(c, &b, &err) == BERT_E_ARG && strstr(err.message, "sequence 1") && strstr(err.message, "attention_mask"),
           "a batch whose second row is all masked: BERT_E_ARG naming sequence 1 (%s)", err.message);
    CHECK(bert_output_get(c, BERT_OUT_POOLER, out, &err) != BERT_OK, "no outputs from the refused batch");
    b.batch = 1;
    b.input_ids = ids + 4;
    b.attention_mask = mask + 4;
    CHECKF(bert_encode(c, &b, &err) == BERT_E_ARG && strstr(err.message, "sequence 0"), "one all-masked row alone: BERT_E_ARG (%s)",
           err.message);
    mask[4] = 1;
    CHECKF(bert_encode(c, &b, &err) == BERT_OK, "one mask-1 position is enough (%s)", err.message);
    CHECK(bert_output_get(c, BERT_OUT_POOLER, out, &err) == BERT_OK, "and gives outputs");
    bert_ctx_free(c);
    bert_model_free(m);
    return test_done();
}
