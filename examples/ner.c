/* ner.c - named entities (or any token labels) with a token-classification checkpoint.
 *
 *   ner MODEL "Angela Merkel visited Paris in 2019."
 *
 * Labels every token (the most likely label), gives each word the label of its first
 * sub-word token, and joins words into entities by their IOB tags: "B-X" starts an entity of
 * type X, "I-X" continues one, "O" is outside. Prints each entity with its text, taken from the
 * input through the tokens' byte offsets, and the mean probability of its words' labels.
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The most likely label of one token's logits, and its softmax probability. */
static int best_label(const float *logits, int labels, float *prob) {
    int i, best = 0;
    double sum = 0;
    for (i = 1; i < labels; i++) if (logits[i] > logits[best]) best = i;
    for (i = 0; i < labels; i++) sum += exp((double)(logits[i] - logits[best]));
    *prob = (float)(1.0 / sum);
    return best;
}

/* "B-PER" -> 'B' and "PER"; "O" -> 'O' and ""; a label without a prefix is its own type. */
static char iob_tag(const char *label, const char **type) {
    if ((label[0] == 'B' || label[0] == 'I') && label[1] == '-') { *type = label + 2; return label[0]; }
    if (strcmp(label, "O") == 0) { *type = ""; return 'O'; }
    *type = label;
    return 'I';
}

int main(int argc, char **argv) {
    bert_model *model = NULL;
    bert_ctx *ctx = NULL;
    bert_encoding enc = BERT_ENCODING_INIT;
    bert_error err;
    float *logits = NULL;
    const char *text, *entity_type = NULL;
    int labels, t, rc = 1, entity_start = 0, entity_end = 0, entity_words = 0;
    float entity_score = 0;
    if (argc != 3) {
        fprintf(stderr, "usage: ner MODEL TEXT\n");
        return 2;
    }
    text = argv[2];
    if (bert_model_load_file(&model, argv[1], &err) != BERT_OK) goto fail;
    if (!(bert_model_config(model)->heads & BERT_HEAD_TOKEN_CLS)) {
        snprintf(err.message, sizeof err.message, "%s has no token-classification head", argv[1]);
        goto fail;
    }
    labels = bert_model_config(model)->num_labels;
    if (bert_tokenize(model, text, strlen(text), BERT_TRUNCATE_DEFAULT, &enc, &err) != BERT_OK) goto fail;
    {
        bert_batch batch = {1, 0, NULL, NULL, NULL};
        batch.seq_len = enc.count;
        batch.input_ids = enc.ids;
        batch.token_type_ids = enc.type_ids;
        if (bert_ctx_create(&ctx, model, 1, enc.count, &err) != BERT_OK || bert_encode(ctx, &batch, &err) != BERT_OK) goto fail;
    }
    logits = (float *)malloc(bert_output_size(ctx, BERT_OUT_TOKEN_LOGITS) * sizeof *logits);
    if (!logits) {
        snprintf(err.message, sizeof err.message, "out of memory");
        goto fail;
    }
    if (bert_output_get(ctx, BERT_OUT_TOKEN_LOGITS, logits, &err) != BERT_OK) goto fail;

    for (t = 0; t <= enc.count; t++) {
        const char *type = "";
        char tag = 'O';
        float prob = 0;
        int continues_word, start = 0, end = 0;
        if (t < enc.count) {
            if (enc.special_mask[t]) continue;
            start = enc.offsets[2 * t];
            end = enc.offsets[2 * t + 1];
            /* A token that starts where the previous one ended is a piece of the same word. */
            continues_word = t > 0 && !enc.special_mask[t - 1] && start == enc.offsets[2 * t - 1];
            if (continues_word) {
                if (entity_type) entity_end = end;
                continue;
            }
            tag = iob_tag(bert_model_label(model, best_label(logits + (size_t)t * labels, labels, &prob)), &type);
        }
        /* Close the open entity unless this word continues it. */
        if (entity_type && (tag != 'I' || strcmp(type, entity_type) != 0)) {
            printf("%-8s %.4f  %.*s\n", entity_type, entity_score / (float)entity_words, entity_end - entity_start, text + entity_start);
            entity_type = NULL;
        }
        if (tag == 'O') continue;
        if (!entity_type) {
            entity_type = type;
            entity_start = start;
            entity_score = 0;
            entity_words = 0;
        }
        entity_end = end;
        entity_score += prob;
        entity_words++;
    }
    rc = 0;
fail:
    if (rc) fprintf(stderr, "ner: %s\n", err.message);
    free(logits);
    bert_encoding_free(&enc);
    bert_ctx_free(ctx);
    bert_model_free(model);
    return rc;
}
