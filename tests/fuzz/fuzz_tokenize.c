/* fuzz_tokenize.c - libFuzzer target: any bytes as text for every fixture tokenizer.
 * The first byte picks the tokenizer and a truncation length; the rest is the text (split at the
 * first 0xFF into a pair); its size picks the truncation strategy and direction. Checks what must hold for any input: success (or a clean error), ids
 * inside the vocabulary, offsets inside the text they refer to with start <= end, and type ids,
 * special mask and sequence consistent. And, built with spans of 8 bytes, that the texts cut into
 * spans give what one span gives (the same encoding or the same error), and that
 * bert_tokenize_next's parts end to end are the whole encoding. Built with ASan and UBSan by
 * `make fuzz`; the tokenizer files are converted by `make` into build/fuzz-models/. */
#define BERT_TOKENIZE_PIECE_BYTES 8
#define BERT_IMPLEMENTATION
#include "../../bert.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *names[] = {"wp_uncased", "wp_cased_strip", "wp_nocjk", "unigram_albert", "unigram_xlmr", "bpe_roberta"};
#define COUNT (sizeof names / sizeof names[0])
static bert_model *models[COUNT];

static void load_all(void) {
    size_t i;
    for (i = 0; i < COUNT; i++) {
        char path[256];
        bert_error err;
        snprintf(path, sizeof path, "build/fuzz-models/tok_%s.bert", names[i]);
        if (bert_model_load_file(&models[i], path, &err) != BERT_OK) {
            fprintf(stderr, "fuzz_tokenize: %s (run `make build/fuzz-models/.stamp` from the project root)\n", err.message);
            abort();
        }
    }
}

static int same_encoding(const bert_encoding *a, const bert_encoding *b, int at) {
    int i;
    for (i = 0; i < a->count; i++)
        if (a->ids[i] != b->ids[at + i] || a->type_ids[i] != b->type_ids[at + i] || a->offsets[2 * i] != b->offsets[2 * (at + i)] ||
            a->offsets[2 * i + 1] != b->offsets[2 * (at + i) + 1] || a->special_mask[i] != b->special_mask[at + i] ||
            a->sequence[i] != b->sequence[at + i])
            return 0;
    return 1;
}

/* Spans against one span; parts against the whole. */
static void check_spans(const bert_model *m, const char *text, size_t len, const char *pair, size_t pair_len, int max_length, int r,
                        const bert_encoding *enc) {
    static bert_encoding one, part;
    bert_error err;
    size_t at = 0;
    int n = 0;
    if (bert__encode(m, text, len, pair, pair_len, pair != NULL, max_length, 0, &one, &err) != r) abort();
    if (r != BERT_OK) return;
    if (one.count != enc->count || !same_encoding(&one, enc, 0)) abort();
    if (pair || max_length) return;
    do {
        if (bert_tokenize_next(m, text, len, &at, &part, &err) != BERT_OK || n + part.count > enc->count || !same_encoding(&part, enc, n)) abort();
        n += part.count;
    } while (at < len);
    if (n != enc->count) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static bert_encoding enc;
    const bert_model *m;
    const char *text, *pair = NULL;
    size_t len, pair_len = 0, limit[2];
    int max_length, i, r;
    bert_error err;
    if (!models[0]) load_all();
    if (size < 1) return 0;
    m = models[data[0] % COUNT];
    /* The input's size picks the truncation's strategy and direction (the tokenizers' own are
       longest_first on the right). */
    models[data[0] % COUNT]->tokenizer.trunc_strategy = (int)(size % 3);
    models[data[0] % COUNT]->tokenizer.trunc_direction = (int)(size / 3 % 2);
    max_length = (data[0] / COUNT) % 4 == 0 ? 0 : (data[0] / COUNT) % 64 + 4; /* often none, else 4..67 */
    text = (const char *)data + 1;
    len = size - 1;
    {
        const char *sep = (const char *)memchr(text, 0xFF, len);
        if (sep) {
            pair = sep + 1;
            pair_len = len - (size_t)(pair - text);
            len = (size_t)(sep - text);
        }
    }
    r = pair ? bert_tokenize_pair(m, text, len, pair, pair_len, max_length, &enc, &err)
             : bert_tokenize(m, text, len, max_length, &enc, &err);
    check_spans(m, text, len, pair, pair_len, max_length, r, &enc);
    if (r != BERT_OK) {
        if (!err.message[0] || r == BERT_E_FORMAT) abort();
        return 0;
    }
    if (max_length > 0 && enc.count > max_length) abort();
    limit[0] = len;
    limit[1] = pair_len;
    for (i = 0; i < enc.count; i++) {
        int s = enc.offsets[2 * i], e = enc.offsets[2 * i + 1], seq = enc.sequence[i];
        size_t tlen;
        if (enc.ids[i] < 0 || enc.ids[i] >= bert_vocab_size(m)) abort();
        if (s < 0 || e < s) abort();
        if (seq >= 0 && (size_t)e > limit[seq]) abort();
        if (seq < 0 && !enc.special_mask[i]) abort();
        if (!bert_encoding_token(m, &enc, i, &tlen)) abort();
    }
    return 0;
}
