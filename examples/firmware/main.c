/* firmware/main.c - bert.h on a microcontroller: no operating system, no file system, no threads.
 *
 * The model file is linked into flash as a const array (64-byte aligned) and used in place:
 * bert_model_load_memory copies no weights, so RAM holds only the context's scratch, sized by
 * the context (for this tiny model and one sequence of 7 tokens, about 40 KB). Built for a
 * Cortex-M4F by `make check-cross` (tools/check_cross.sh), which runs it on QEMU's mps2-an386 board and
 * compares the printed values with Hugging Face's golden mean-pooled embedding.
 *
 *   xxd -i -n model_file model.bert > model.c      (then make the array const and aligned(64))
 *   arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -Os \
 *       --specs=rdimon.specs -nostartfiles -T link.ld startup.c main.c model.c -lm -lrdimon
 */
#define BERT_NO_STDIO   /* no files: the model is in flash */
#define BERT_NO_THREADS /* one core, no pthreads */
#define BERT_IMPLEMENTATION
#include "../../bert.h"

#include <stdio.h>

extern const unsigned char model_file[];   /* the converted model, aligned to 64 bytes */
extern const unsigned int model_file_len;

int main(void) {
    static const int32_t ids[7] = {101, 248, 811, 239, 623, 379, 102}; /* already tokenized */
    bert_model *model;
    bert_ctx *ctx;
    bert_error err;
    bert_batch batch = {1, 7, ids, NULL, NULL};
    float embedding[64];
    if (bert_model_load_memory(&model, model_file, model_file_len, &err) != BERT_OK ||
        bert_ctx_create(&ctx, model, 1, 7, &err) != BERT_OK || bert_encode(ctx, &batch, &err) != BERT_OK ||
        bert_output_size(ctx, BERT_OUT_MEAN) > 64 || bert_output_get(ctx, BERT_OUT_MEAN, embedding, &err) != BERT_OK) {
        printf("error: %s\n", err.message);
        return 1;
    }
    printf("%.6f %.6f %.6f %.6f\n", (double)embedding[0], (double)embedding[1], (double)embedding[2], (double)embedding[3]);
    bert_ctx_free(ctx);
    bert_model_free(model);
    return 0;
}
