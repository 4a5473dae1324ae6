/* embed.c - sentence embeddings and their cosine similarities.
 *
 *   embed MODEL "first sentence" "second sentence" ...
 *
 * Tokenizes the sentences into one padded batch, runs the encoder once, takes the model's own
 * embedding (the pooling and normalization its sentence-transformers config asks for; mean
 * pooling otherwise) and prints the matrix of cosine similarities.
 */
#define BERT_IMPLEMENTATION
#include "../bert.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static float cosine(const float *a, const float *b, int n) {
    double ab = 0, aa = 0, bb = 0;
    int i;
    for (i = 0; i < n; i++) {
        ab += (double)a[i] * b[i];
        aa += (double)a[i] * a[i];
        bb += (double)b[i] * b[i];
    }
    return aa > 0 && bb > 0 ? (float)(ab / sqrt(aa * bb)) : 0.0f;
}

int main(int argc, char **argv) {
    bert_model *model = NULL;
    bert_ctx *ctx = NULL;
    bert_token_batch tokens = BERT_TOKEN_BATCH_INIT;
    bert_error err;
    float *emb = NULL;
    int n = argc - 2, hidden, i, j, rc = 1;
    if (argc < 3) {
        fprintf(stderr, "usage: embed MODEL SENTENCE [SENTENCE...]\n");
        return 2;
    }
    if (bert_model_load_file(&model, argv[1], &err) != BERT_OK) goto fail;
    hidden = bert_model_config(model)->hidden_size;
    /* BERT_TRUNCATE_DEFAULT: the model's own limit (sentence-transformers' max_seq_length). */
    if (bert_tokenize_batch(model, (const char *const *)argv + 2, NULL, NULL, NULL, n, BERT_TRUNCATE_DEFAULT, &tokens, &err) != BERT_OK) goto fail;
    if (bert_ctx_create(&ctx, model, n, tokens.batch.seq_len, &err) != BERT_OK) goto fail;
    if (bert_encode(ctx, &tokens.batch, &err) != BERT_OK) goto fail;
    emb = (float *)malloc(bert_output_size(ctx, BERT_OUT_EMBEDDING) * sizeof *emb);
    if (!emb) {
        snprintf(err.message, sizeof err.message, "out of memory");
        goto fail;
    }
    if (bert_output_get(ctx, BERT_OUT_EMBEDDING, emb, &err) != BERT_OK) goto fail;

    printf("%d sentences, %d-dimensional %s embeddings%s\n", n, hidden, bert_pooling_name(bert_model_config(model)->pooling),
           bert_model_config(model)->normalize ? " (L2-normalized)" : "");
    for (i = 0; i < n; i++) {
        printf("[%d]", i);
        for (j = 0; j < n; j++) printf(" %7.4f", cosine(emb + (size_t)i * hidden, emb + (size_t)j * hidden, hidden));
        printf("   %s\n", argv[2 + i]);
    }
    rc = 0;
fail:
    if (rc) fprintf(stderr, "embed: %s\n", err.message);
    free(emb);
    bert_token_batch_free(&tokens);
    bert_ctx_free(ctx);
    bert_model_free(model);
    return rc;
}
