/* fuzz_tokenize_batch.c - libFuzzer target: bert_tokenize_batch with pairs and truncation on a
 * fixture tokenizer of each kind (WordPiece, Unigram, BPE; converted by `make` into
 * build/fuzz-models/ from tests/fixtures/tokenizers/). The first three bytes choose:
 *   byte 0  the tokenizer (% 3), then the truncation strategy (/ 3 % 3: longest_first,
 *           only_first, only_second) and direction (/ 9 % 2: right, left), set on the loaded
 *           tokenizer as its tokenizer.json would
 *   byte 1  the max length: bits 0-5 give 0 (none) or 1..63, 0x40 BERT_TRUNCATE_DEFAULT instead,
 *           0x80 texts NUL-terminated (lengths NULL) instead of sized
 *   byte 2  which rows are pairs (bit i: row i's text is followed by its second text)
 * and the rest, split at 0xFF bytes, is the texts: up to 8 rows. What must hold: success or a
 * clean error (never BERT_E_FORMAT); each row equal to what bert_tokenize / bert_tokenize_pair
 * give for it alone, padded with the pad id, mask 1 over the tokens and 0 after, the longest row
 * filling seq_len, and no row longer than the max length. */
#define BERT_IMPLEMENTATION
#include "../../bert.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *names[] = {"tok_wp_uncased", "tok_unigram_xlmr", "tok_bpe_roberta"};
#define COUNT 3
#define ROWS 8
static bert_model *models[COUNT];

static void load_all(void) {
    int i;
    for (i = 0; i < COUNT; i++) {
        char path[256];
        bert_error err;
        snprintf(path, sizeof path, "build/fuzz-models/%s.bert", names[i]);
        if (bert_model_load_file(&models[i], path, &err) != BERT_OK) {
            fprintf(stderr, "fuzz_tokenize_batch: %s (run `make build/fuzz-models/.stamp` from the project root)\n",
                    err.message);
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static bert_token_batch tb;
    static bert_encoding one;
    bert_model *m;
    const char *texts[ROWS], *pairs[ROWS];
    char *copies[2 * ROWS];
    size_t lens[ROWS], pair_lens[ROWS], at, i;
    int rows = 0, any_pair = 0, max_length, sized, b, k, r, T;
    unsigned pair_bits;
    bert_error err;
    if (!models[0]) load_all();
    if (size < 3) return 0;
    m = models[data[0] % COUNT];
    m->tokenizer.trunc_strategy = data[0] / COUNT % 3;
    m->tokenizer.trunc_direction = data[0] / 9 % 2;
    max_length = data[1] & 0x40 ? BERT_TRUNCATE_DEFAULT : data[1] & 0x3F;
    sized = !(data[1] & 0x80);
    pair_bits = data[2];
    memset(copies, 0, sizeof copies);
    /* the texts: parts between 0xFF bytes */
    for (at = 3; at <= size && rows < ROWS;) {
        const uint8_t *start = data + at, *sep = (const uint8_t *)memchr(start, 0xFF, size - at);
        size_t n = sep ? (size_t)(sep - start) : size - at;
        texts[rows] = (const char *)start, lens[rows] = n, pairs[rows] = NULL, pair_lens[rows] = 0;
        at += n + 1;
        if (pair_bits >> rows & 1) {
            start = data + (at < size ? at : size);
            sep = at < size ? (const uint8_t *)memchr(start, 0xFF, size - at) : NULL;
            n = at < size ? (sep ? (size_t)(sep - start) : size - at) : 0;
            pairs[rows] = (const char *)start, pair_lens[rows] = n, any_pair = 1;
            at += n + 1;
        }
        rows++;
    }
    if (!sized) /* NUL-terminated copies: each text then ends at its first NUL byte */
        for (b = 0; b < rows; b++) {
            copies[2 * b] = (char *)malloc(lens[b] + 1);
            copies[2 * b + 1] = (char *)malloc(pair_lens[b] + 1);
            if (!copies[2 * b] || !copies[2 * b + 1]) abort();
            memcpy(copies[2 * b], texts[b], lens[b]), copies[2 * b][lens[b]] = 0;
            memcpy(copies[2 * b + 1], pairs[b] ? pairs[b] : "", pair_lens[b]), copies[2 * b + 1][pair_lens[b]] = 0;
            texts[b] = copies[2 * b], lens[b] = strlen(texts[b]);
            if (pairs[b]) pairs[b] = copies[2 * b + 1], pair_lens[b] = strlen(pairs[b]);
        }
    r = bert_tokenize_batch(m, texts, sized ? lens : NULL, any_pair ? pairs : NULL, sized ? pair_lens : NULL, rows,
                            max_length, &tb, &err);
    if (r != BERT_OK) {
        if (!err.message[0] || r == BERT_E_FORMAT) abort();
    } else {
        int32_t pad = m->cfg.pad_id >= 0 ? m->cfg.pad_id : m->tokenizer.pad_id >= 0 ? m->tokenizer.pad_id : 0;
        int longest = 0;
        T = tb.batch.seq_len;
        if (tb.batch.batch != rows || T < 1 || tb.batch.input_ids != tb.input_ids) abort();
        for (b = 0; b < rows; b++) {
            const int32_t *ids = tb.input_ids + (size_t)b * T, *mask = tb.attention_mask + (size_t)b * T,
                          *types = tb.token_type_ids + (size_t)b * T;
            r = pairs[b] && any_pair ? bert_tokenize_pair(m, texts[b], lens[b], pairs[b], pair_lens[b], max_length, &one, &err)
                                     : bert_tokenize(m, texts[b], lens[b], max_length, &one, &err);
            if (r != BERT_OK || one.count > T) abort(); /* the batch succeeded: each row alone must too */
            if (max_length > 0 && one.count > max_length) abort();
            if (one.count > longest) longest = one.count;
            for (k = 0; k < T; k++) {
                if (k < one.count && (ids[k] != one.ids[k] || types[k] != one.type_ids[k] || mask[k] != 1)) abort();
                if (k >= one.count && (ids[k] != pad || types[k] != 0 || mask[k] != 0)) abort();
            }
        }
        if (longest != T && !(longest == 0 && T == 1)) abort();
    }
    for (i = 0; i < 2 * ROWS; i++) free(copies[i]);
    return 0;
}
