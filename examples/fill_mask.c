/* fill_mask.c - the most likely tokens for each mask in a text.
 *
 *   fill_mask MODEL "The capital of France is [MASK]."     (<mask> for RoBERTa models)
 *
 * Runs a masked-LM checkpoint and, for every position holding the mask token, prints the
 * TOP_K most likely vocabulary tokens with their probabilities (softmax over the vocabulary).
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOP_K 5

int main(int argc, char **argv) {
    bert_model *model = NULL;
    bert_ctx *ctx = NULL;
    bert_encoding enc = BERT_ENCODING_INIT;
    bert_error err;
    float *logits = NULL;
    int vocab, mask_id, t, k, masks = 0, rc = 1;
    if (argc != 3) {
        fprintf(stderr, "usage: fill_mask MODEL TEXT\n");
        return 2;
    }
    if (bert_model_load_file(&model, argv[1], &err) != BERT_OK) goto fail;
    if (!(bert_model_config(model)->heads & BERT_HEAD_MLM)) {
        snprintf(err.message, sizeof err.message, "%s has no masked-LM head", argv[1]);
        goto fail;
    }
    vocab = bert_model_config(model)->vocab_size;
    mask_id = bert_model_config(model)->mask_id;
    if (bert_tokenize(model, argv[2], strlen(argv[2]), BERT_TRUNCATE_DEFAULT, &enc, &err) != BERT_OK) goto fail;
    {
        bert_batch batch = {1, 0, NULL, NULL, NULL};
        batch.seq_len = enc.count;
        batch.input_ids = enc.ids;
        batch.token_type_ids = enc.type_ids;
        if (bert_ctx_create(&ctx, model, 1, enc.count, &err) != BERT_OK || bert_encode(ctx, &batch, &err) != BERT_OK) goto fail;
    }
    logits = (float *)malloc((size_t)vocab * sizeof *logits);
    if (!logits) {
        snprintf(err.message, sizeof err.message, "out of memory");
        goto fail;
    }
    for (t = 0; t < enc.count; t++) {
        double max, sum = 0;
        if (enc.ids[t] != mask_id) continue;
        masks++;
        if (bert_mlm_logits(ctx, 0, t, logits, &err) != BERT_OK) goto fail;
        max = logits[0];
        for (k = 1; k < vocab; k++) if (logits[k] > max) max = logits[k];
        for (k = 0; k < vocab; k++) sum += exp(logits[k] - max);
        printf("mask at byte %d:\n", enc.offsets[2 * t]);
        for (k = 0; k < TOP_K && k < vocab; k++) { /* take the best remaining TOP_K times */
            int best = 0, i;
            size_t len = 0;
            const char *token;
            for (i = 1; i < vocab; i++) if (logits[i] > logits[best]) best = i;
            token = bert_id_to_token(model, best, &len);
            printf("  %.4f  %.*s\n", exp(logits[best] - max) / sum, (int)len, token ? token : "?");
            logits[best] = -INFINITY;
        }
    }
    if (masks == 0) {
        size_t len = 0;
        const char *m = bert_id_to_token(model, mask_id, &len);
        snprintf(err.message, sizeof err.message, "the text has no mask token (%.*s)", (int)len, m ? m : "?");
        goto fail;
    }
    rc = 0;
fail:
    if (rc) fprintf(stderr, "fill_mask: %s\n", err.message);
    free(logits);
    bert_encoding_free(&enc);
    bert_ctx_free(ctx);
    bert_model_free(model);
    return rc;
}
