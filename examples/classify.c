/* classify.c - text classification (sentiment, topic, NLI with a pair...).
 *
 *   classify MODEL "text" ["second text of a pair"]
 *
 * Runs a sequence-classification checkpoint and prints every label with its probability
 * (softmax over the logits), most likely first. A checkpoint with one label (a cross-encoder
 * scoring a pair) prints that label's sigmoid, as sentence-transformers' CrossEncoder does: a
 * softmax over one logit would always be 1.
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    bert_model *model = NULL;
    bert_ctx *ctx = NULL;
    bert_token_batch tokens = BERT_TOKEN_BATCH_INIT;
    bert_error err;
    const char *text[1], *pair[1];
    float *logits = NULL, *prob = NULL;
    int labels, i, j, rc = 1;
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: classify MODEL TEXT [PAIR_TEXT]\n");
        return 2;
    }
    if (bert_model_load_file(&model, argv[1], &err) != BERT_OK) goto fail;
    if (!(bert_model_config(model)->heads & BERT_HEAD_SEQ_CLS)) {
        snprintf(err.message, sizeof err.message, "%s has no sequence-classification head", argv[1]);
        goto fail;
    }
    labels = bert_model_config(model)->num_labels;
    text[0] = argv[2];
    pair[0] = argc == 4 ? argv[3] : NULL;
    if (bert_tokenize_batch(model, text, NULL, argc == 4 ? pair : NULL, NULL, 1, BERT_TRUNCATE_DEFAULT, &tokens, &err) != BERT_OK) goto fail;
    if (bert_ctx_create(&ctx, model, 1, tokens.batch.seq_len, &err) != BERT_OK) goto fail;
    if (bert_encode(ctx, &tokens.batch, &err) != BERT_OK) goto fail;
    logits = (float *)malloc((size_t)labels * sizeof *logits);
    prob = (float *)malloc((size_t)labels * sizeof *prob);
    if (!logits || !prob) {
        snprintf(err.message, sizeof err.message, "out of memory");
        goto fail;
    }
    if (bert_output_get(ctx, BERT_OUT_SEQ_LOGITS, logits, &err) != BERT_OK) goto fail;

    if (labels == 1) {
        prob[0] = (float)(1 / (1 + exp(-(double)logits[0]))); /* sigmoid */
    } else {
        /* softmax, shifted by the largest logit so exp cannot overflow */
        float max = logits[0];
        double sum = 0;
        for (i = 1; i < labels; i++) if (logits[i] > max) max = logits[i];
        for (i = 0; i < labels; i++) sum += exp((double)(logits[i] - max));
        for (i = 0; i < labels; i++) prob[i] = (float)(exp((double)(logits[i] - max)) / sum);
    }
    for (i = 0; i < labels; i++) { /* print in order of probability */
        int best = -1;
        for (j = 0; j < labels; j++)
            if (prob[j] >= 0 && (best < 0 || prob[j] > prob[best])) best = j;
        printf("%-20s %.4f  (logit %.4f)\n", bert_model_label(model, best), prob[best], logits[best]);
        prob[best] = -1;
    }
    rc = 0;
fail:
    if (rc) fprintf(stderr, "classify: %s\n", err.message);
    free(logits);
    free(prob);
    bert_token_batch_free(&tokens);
    bert_ctx_free(ctx);
    bert_model_free(model);
    return rc;
}
