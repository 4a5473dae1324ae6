/* fuzz_encode.c - libFuzzer target: the forward pass over varied ids, masks, token types and
 * shapes. bert_encode on the fixture models bert_mlm (BERT with its masked-LM head, whose logits
 * and SPLADE poolings are read too) and roberta (RoBERTa: padded positions, one token type), each
 * f32 and q8_0 (converted by `make` into build/fuzz-models/). Input:
 *   byte 0  model (% 4), then bit 2: attention_mask NULL, bit 3: token_type_ids NULL,
 *           bit 4: 2 threads, bits 5-6: the context's max batch / max length below what the
 *           batch needs (which must be a clean error)
 *   byte 1  batch 1..4 (bits 0-1), seq_len 1..64 (bits 2-7); at most 64 tokens a batch, fewer
 *           sequences when they are long (q8_0: 24 tokens, seq_len up to 31)
 * then per position of the [batch][seq_len] arrays one byte each for the id, the mask and the
 * token type (missing bytes read as 0). An id byte below 240 is that id (in range); 240.. are
 * edge ids: -1, vocab, vocab - 1, INT32_MIN, INT32_MAX, the pad id... A mask byte is 1 unless its
 * low bits say 0, and sometimes 2 or -1; a type byte is 0, 1, 2 or -1. What must hold: an input
 * the model cannot take (an unmasked id outside the vocabulary, a bad mask value, a token type out
 * of range, a row without any mask 1, too long, bigger than the context) is an error with a
 * message and never a crash; every other input encodes, and every output is finite. */
#define BERT_IMPLEMENTATION
#include "../../bert.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *names[] = {"bert_mlm", "roberta", "bert_mlm_q8", "roberta_q8"};
#define COUNT 4
#define MAX_B 4
#define MAX_T 64
static bert_model *models[COUNT];

static void load_all(void) {
    int i;
    for (i = 0; i < COUNT; i++) {
        char path[256];
        bert_error err;
        snprintf(path, sizeof path, "build/fuzz-models/%s.bert", names[i]);
        if (bert_model_load_file(&models[i], path, &err) != BERT_OK) {
            fprintf(stderr, "fuzz_encode: %s (run `make build/fuzz-models/.stamp` from the project root)\n", err.message);
            abort();
        }
    }
}

static uint8_t byte_at(const uint8_t *data, size_t size, size_t i) { return i < size ? data[i] : 0; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static int32_t ids[MAX_B * MAX_T], mask[MAX_B * MAX_T], types[MAX_B * MAX_T];
    const bert_model *m;
    const bert_config *cfg;
    bert_ctx *ctx;
    bert_batch batch;
    bert_error err;
    int B, T, n, i, b, t, ctx_b, ctx_t, ok_input = 1, r, which;
    uint8_t flags;
    if (!models[0]) load_all();
    if (size < 2) return 0;
    flags = data[0];
    m = models[flags % COUNT];
    cfg = bert_model_config(m);
    B = (data[1] & 3) + 1;
    T = (data[1] >> 2) + 1;
    /* at most 64 tokens a batch (24 with q8_0, whose portable kernels under the sanitizers are
       slow): fewer sequences when they are long, so an input takes milliseconds */
    while (B > 1 && B * T > (flags % COUNT >= 2 ? 24 : 64)) B--;
    if (flags % COUNT >= 2 && T > 24) T = 24 + T % 8;
    n = B * T;
    for (i = 0; i < n; i++) {
        uint8_t v = byte_at(data, size, 2 + (size_t)i), k = byte_at(data, size, 2 + (size_t)n + (size_t)i),
                y = byte_at(data, size, 2 + 2 * (size_t)n + (size_t)i);
        static const int32_t edge_ids[16] = {-1, 0, 1, -2, INT32_MIN, INT32_MAX, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0};
        if (v < 240) ids[i] = v;
        else if (v == 246) ids[i] = cfg->vocab_size;
        else if (v == 247) ids[i] = cfg->vocab_size - 1;
        else if (v == 248) ids[i] = cfg->pad_id;
        else if (v == 249) ids[i] = cfg->vocab_size + 1000;
        else ids[i] = edge_ids[v - 240];
        mask[i] = k == 0xFE ? 2 : k == 0xFD ? -1 : (k & 3) != 0; /* mostly 1 */
        types[i] = y == 0xFE ? 2 : y == 0xFD ? -1 : y == 0xFC ? cfg->type_vocab_size : y & 1;
    }
    batch.batch = B;
    batch.seq_len = T;
    batch.input_ids = ids;
    batch.attention_mask = flags & 4 ? NULL : mask;
    batch.token_type_ids = flags & 8 ? NULL : types;
    ctx_b = flags & 0x20 && B > 1 ? B - 1 : B;
    ctx_t = flags & 0x40 && T > 1 ? T - 1 : T;
    if (ctx_b < B || ctx_t < T || T > cfg->max_length) ok_input = 0;
    /* what the model cannot take: each of these must be an error */
    for (b = 0; b < B; b++) {
        int seen = 0, non_pad = 0;
        for (t = 0; t < T; t++) {
            int at = b * T + t, k = batch.attention_mask ? mask[at] : 1, y = batch.token_type_ids ? types[at] : 0;
            int position = t;
            if (cfg->positions == BERT_POSITIONS_PADDED) {
                non_pad += ids[at] != cfg->pad_id;
                position = ids[at] == cfg->pad_id ? cfg->pad_id : cfg->pad_id + non_pad;
            }
            if (k != 0 && k != 1) ok_input = 0;
            if (k != 1) continue;
            seen = 1;
            if (ids[at] < 0 || ids[at] >= cfg->vocab_size) ok_input = 0;
            if (cfg->type_vocab_size > 0 && (y < 0 || y >= cfg->type_vocab_size)) ok_input = 0;
            if (position >= cfg->max_position_embeddings) ok_input = 0;
        }
        if (!seen) ok_input = 0;
    }
    r = bert_ctx_create(&ctx, m, ctx_b, ctx_t, &err);
    if (r != BERT_OK) {
        if (!err.message[0]) abort();
        if (ctx_t <= cfg->max_length) abort(); /* a context the model allows must be made */
        return 0;
    }
    if (flags & 0x10 && bert_ctx_set_threads(ctx, 2, &err) != BERT_OK) abort();
    err.message[0] = 0;
    r = bert_encode(ctx, &batch, &err);
    if (r != BERT_OK && !err.message[0]) abort();
    if ((r == BERT_OK) != ok_input) {
        fprintf(stderr, "fuzz_encode: bert_encode gave %d (%s) for an input it %s\n", r, err.message,
                ok_input ? "should take" : "should refuse");
        abort();
    }
    if (r == BERT_OK)
        for (which = BERT_OUT_LAST_HIDDEN_STATE; which <= BERT_OUT_SPLADE_SUM; which++) {
            size_t count = bert_output_size(ctx, (bert_output)which), j;
            float *out;
            if (count == 0) continue;
            out = (float *)malloc(count * sizeof *out);
            if (!out) abort();
            if (bert_output_get(ctx, (bert_output)which, out, &err) != BERT_OK) abort();
            for (j = 0; j < count; j++)
                if (!isfinite(out[j])) abort();
            free(out);
        }
    bert_ctx_free(ctx);
    return 0;
}
