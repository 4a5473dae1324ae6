/* qa.c - extractive question answering.
 *
 *   qa MODEL "Who wrote Hamlet?" "Hamlet is a tragedy written by William Shakespeare."
 *
 * Tokenizes the question and the context as a pair, gets the start and end logits of every
 * token, and picks the span of context tokens (start <= end, at most MAX_ANSWER_TOKENS long)
 * with the highest start + end logit. Prints it, cut from the context through the tokens' byte
 * offsets, with its probability: softmax(start) * softmax(end) over the context tokens.
 * A context longer than the model allows is truncated; a full pipeline would slide a window.
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ANSWER_TOKENS 30

/* log of the softmax denominator over the context tokens (sequence 1). */
static double log_sum_exp(const float *logits, const bert_encoding *enc) {
    double max = -INFINITY, sum = 0;
    int t;
    for (t = 0; t < enc->count; t++) if (enc->sequence[t] == 1 && logits[t] > max) max = logits[t];
    for (t = 0; t < enc->count; t++) if (enc->sequence[t] == 1) sum += exp(logits[t] - max);
    return max + log(sum);
}

int main(int argc, char **argv) {
    bert_model *model = NULL;
    bert_ctx *ctx = NULL;
    bert_encoding enc = BERT_ENCODING_INIT;
    bert_error err;
    float *start = NULL, *end = NULL;
    const char *question, *context;
    int i, j, best_i = -1, best_j = -1, rc = 1;
    if (argc != 4) {
        fprintf(stderr, "usage: qa MODEL QUESTION CONTEXT\n");
        return 2;
    }
    question = argv[2];
    context = argv[3];
    if (bert_model_load_file(&model, argv[1], &err) != BERT_OK) goto fail;
    if (!(bert_model_config(model)->heads & BERT_HEAD_QA)) {
        snprintf(err.message, sizeof err.message, "%s has no question-answering head", argv[1]);
        goto fail;
    }
    if (bert_tokenize_pair(model, question, strlen(question), context, strlen(context), BERT_TRUNCATE_DEFAULT, &enc, &err) != BERT_OK)
        goto fail;
    {
        bert_batch batch = {1, 0, NULL, NULL, NULL};
        batch.seq_len = enc.count;
        batch.input_ids = enc.ids;
        batch.token_type_ids = enc.type_ids;
        if (bert_ctx_create(&ctx, model, 1, enc.count, &err) != BERT_OK || bert_encode(ctx, &batch, &err) != BERT_OK) goto fail;
    }
    start = (float *)malloc((size_t)enc.count * sizeof *start);
    end = (float *)malloc((size_t)enc.count * sizeof *end);
    if (!start || !end) {
        snprintf(err.message, sizeof err.message, "out of memory");
        goto fail;
    }
    if (bert_output_get(ctx, BERT_OUT_START_LOGITS, start, &err) != BERT_OK || bert_output_get(ctx, BERT_OUT_END_LOGITS, end, &err) != BERT_OK)
        goto fail;

    for (i = 0; i < enc.count; i++) {
        if (enc.sequence[i] != 1) continue;
        for (j = i; j < enc.count && j < i + MAX_ANSWER_TOKENS && enc.sequence[j] == 1; j++)
            if (best_i < 0 || start[i] + end[j] > start[best_i] + end[best_j]) {
                best_i = i;
                best_j = j;
            }
    }
    if (best_i < 0) {
        snprintf(err.message, sizeof err.message, "no context tokens left after truncation");
        goto fail;
    }
    {
        int from = enc.offsets[2 * best_i], to = enc.offsets[2 * best_j + 1];
        double p = exp(start[best_i] - log_sum_exp(start, &enc) + end[best_j] - log_sum_exp(end, &enc));
        printf("%.4f  %.*s\n", p, to - from, context + from);
    }
    rc = 0;
fail:
    if (rc) fprintf(stderr, "qa: %s\n", err.message);
    free(start);
    free(end);
    bert_encoding_free(&enc);
    bert_ctx_free(ctx);
    bert_model_free(model);
    return rc;
}
