/* test_tokenizer - hand-worked cases: lossy UTF-8, truncation and pairs, the vocabulary API, the
 * padded batch, corrupt tokenizer sections, malformed tokenizer files. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

/* ---- Invalid UTF-8: one U+FFFD per maximal invalid subpart, as Python's decode("utf-8", "replace") */

static int decode_all(const char *s, size_t n, uint32_t *out) {
    size_t at = 0;
    int k = 0;
    while (at < n) at += (size_t)bert__utf8_decode((const uint8_t *)s + at, n - at, &out[k++]);
    return k;
}

static void test_utf8(void) {
    static const struct { const char *bytes; size_t len; int count; uint32_t cps[6]; } cases[] = {
        {"a\x80" "b", 3, 3, {'a', 0xFFFD, 'b'}},
        {"\xff", 1, 1, {0xFFFD}},
        {"\xe2\x82", 2, 1, {0xFFFD}},                       /* truncated 3-byte sequence: one */
        {"\xf0\x9f\x98", 3, 1, {0xFFFD}},                   /* truncated 4-byte sequence: one */
        {"\xed\xa0\x80", 3, 3, {0xFFFD, 0xFFFD, 0xFFFD}},   /* a surrogate: each byte */
        {"\xc0\xaf", 2, 2, {0xFFFD, 0xFFFD}},               /* overlong: each byte */
        {"\xe0\x80\xaf", 3, 3, {0xFFFD, 0xFFFD, 0xFFFD}},
        {"\xf4\x90\x80\x80", 4, 4, {0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}}, /* above U+10FFFF */
        {"\xe2\x82x", 3, 2, {0xFFFD, 'x'}},                 /* the x is not swallowed */
        {"\xc3\xa9\xf0\x9f\x98\x80", 6, 2, {0xE9, 0x1F600}},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t out[8];
        int n = decode_all(cases[i].bytes, cases[i].len, out), ok = n == cases[i].count, k;
        for (k = 0; ok && k < n; k++) ok = out[k] == cases[i].cps[k];
        CHECKF(ok, "utf8: lossy decoding of case %d gives %d code points as Python does", (int)i, n);
    }
}

/* ---- Unicode tables: values read off the Unicode Character Database by hand ------------------- */

static void test_unicode(void) {
    uint32_t out[BERT__MAX_DECOMPOSITION];
    int n;
    n = bert__ulowercase(0x130, out);
    CHECK(n == 2 && out[0] == 0x69 && out[1] == 0x307, "unicode: U+0130 lowercases to i + U+0307 (SpecialCasing)");
    CHECK(bert__ulowercase(0x391, out) == 1 && out[0] == 0x3B1, "unicode: U+0391 lowercases to U+03B1");
    CHECK(bert__ulowercase(0x1E9E, out) == 1 && out[0] == 0xDF, "unicode: U+1E9E lowercases to U+00DF");
    CHECK(bert__ulowercase(0x100, out) == 1 && out[0] == 0x101 && bert__ulowercase(0x101, out) == 1 && out[0] == 0x101,
          "unicode: alternating case pairs (U+0100 -> U+0101, U+0101 stays)");
    n = bert__udecompose(0x1E9B, 0, out);
    CHECK(n == 2 && out[0] == 0x17F && out[1] == 0x307, "unicode: NFD of U+1E9B is U+017F U+0307");
    n = bert__udecompose(0x1E9B, 1, out);
    CHECK(n == 2 && out[0] == 's' && out[1] == 0x307, "unicode: NFKD of U+1E9B is s U+0307 (recursive)");
    n = bert__udecompose(0xAC01, 0, out);
    CHECK(n == 3 && out[0] == 0x1100 && out[1] == 0x1161 && out[2] == 0x11A8, "unicode: Hangul U+AC01 decomposes to L V T");
    CHECK(bert__ucompose_pair('A', 0x30A) == 0xC5 && bert__ucompose_pair(0x1100, 0x1161) == 0xAC00 &&
          bert__ucompose_pair(0xAC00, 0x11A8) == 0xAC01 && bert__ucompose_pair(0x915, 0x93C) == 0,
          "unicode: compositions, Hangul, and an excluded one (U+0958)");
    CHECK(bert__uccc(0x301) == 230 && bert__uccc(0x1DF6) == 0,
          "unicode: combining classes as of Unicode 9.0 (U+1DF6 is from 10.0)");
    CHECK(bert__uhas(0x2E3B, BERT__U_BERT_PUNCT) && !bert__uhas(0x2E52, BERT__U_BERT_PUNCT),
          "unicode: BERT punctuation as of Unicode 8.0 (U+2E52 is from 13.0)");
    CHECK(bert__is_white(0x3000) && bert__is_white(0x85) && !bert__is_white(0x200B) && !bert__is_white(0x180E),
          "unicode: White_Space");
    CHECK(bert__is_cjk(0x4E2D) && bert__is_cjk(0x2F800) && !bert__is_cjk(0x3042), "unicode: BertNormalizer's CJK blocks");
}

/* ---- Pairs and truncation on the real bert-base-uncased tokenizer ----------------------------- */

static int ids_are(const bert_encoding *e, const int *want, int n) {
    int i;
    if (e->count != n) return 0;
    for (i = 0; i < n; i++)
        if (e->ids[i] != want[i]) return 0;
    return 1;
}

/* "a b c ..." : n single-token words. */
static const char *words(int n) {
    static char buf[8][64];
    static int next;
    char *b = buf[next++ % 8];
    int i;
    b[0] = 0;
    for (i = 0; i < n; i++) strcat(b, i ? " b" : "b");
    return b;
}

static void test_pairs_and_truncation(const bert_model *m) {
    bert_encoding e;
    bert_error err;
    int r;
    memset(&e, 0, sizeof e);

    /* [CLS] hello world [SEP] how are you [SEP] -- ids from bert-base-uncased's vocab.txt */
    r = bert_tokenize_pair(m, "Hello world", 11, "how are you", 11, 0, &e, &err);
    {
        static const int ids[] = {101, 7592, 2088, 102, 2129, 2024, 2017, 102};
        static const int types[] = {0, 0, 0, 0, 1, 1, 1, 1};
        static const int special[] = {1, 0, 0, 1, 0, 0, 0, 1};
        static const int seq[] = {-1, 0, 0, -1, 1, 1, 1, -1};
        static const int offs[] = {0, 0, 0, 5, 6, 11, 0, 0, 0, 3, 4, 7, 8, 11, 0, 0};
        int i, ok = r == BERT_OK && ids_are(&e, ids, 8);
        for (i = 0; ok && i < 8; i++)
            ok = e.type_ids[i] == types[i] && e.special_mask[i] == special[i] && e.sequence[i] == seq[i] &&
                 e.offsets[2 * i] == offs[2 * i] && e.offsets[2 * i + 1] == offs[2 * i + 1];
        CHECK(ok, "pair: ids, type ids, special mask, sequence and per-text offsets");
    }

    r = bert_tokenize(m, "hello world again", 17, 4, &e, &err);
    {
        static const int ids[] = {101, 7592, 2088, 102};
        CHECK(r == BERT_OK && ids_are(&e, ids, 4), "truncation: a single text keeps its first max_length - 2 tokens");
    }
    r = bert_tokenize(m, "hello", 5, 1, &e, &err);
    CHECK(r == BERT_E_ARG, "truncation: max_length below the template's 2 special tokens is an error");
    r = bert_tokenize(m, "", 0, 0, &e, &err);
    {
        static const int ids[] = {101, 102};
        CHECK(r == BERT_OK && ids_are(&e, ids, 2), "empty text: [CLS] [SEP]");
    }

    /* longest_first for pairs: Hugging Face's own table (truncation.rs), with max_length 7 for the
       texts, i.e. 10 with [CLS] A [SEP] B [SEP]. */
    {
        static const int cases[][4] = {{0, 8, 0, 7}, {2, 8, 2, 5}, {4, 4, 3, 4}, {4, 8, 3, 4}, {8, 2, 5, 2},
                                       {8, 4, 4, 3}, {8, 8, 3, 4}, {2, 2, 2, 2}, {8, 0, 7, 0}};
        size_t i;
        for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            const char *a = words(cases[i][0]), *b = words(cases[i][1]);
            int n1 = 0, n2 = 0, k;
            r = bert_tokenize_pair(m, a, strlen(a), b, strlen(b), 10, &e, &err);
            for (k = 0; r == BERT_OK && k < e.count; k++) {
                n1 += e.sequence[k] == 0;
                n2 += e.sequence[k] == 1;
            }
            CHECKF(r == BERT_OK && n1 == cases[i][2] && n2 == cases[i][3],
                   "truncation longest_first: %d + %d tokens in 7 -> %d + %d (got %d + %d)", cases[i][0], cases[i][1],
                   cases[i][2], cases[i][3], n1, n2);
        }
    }
    {
        static char many[1300];
        int i;
        for (i = 0; i < 600; i++) memcpy(many + 2 * i, "b ", 2);
        r = bert_tokenize(m, many, 1200, BERT_TRUNCATE_DEFAULT, &e, &err);
        CHECKF(r == BERT_OK && e.count == bert_model_config(m)->truncate_length && e.count == 512,
               "BERT_TRUNCATE_DEFAULT cuts 602 tokens to the model's truncate_length (512): %d", e.count);
    }
    bert_encoding_free(&e);
}

static void test_vocab_api(const bert_model *m) {
    size_t len = 0;
    const char *s = bert_id_to_token(m, 7592, &len);
    CHECK(s && len == 5 && memcmp(s, "hello", 5) == 0, "bert_id_to_token(7592) is hello");
    CHECK(bert_token_to_id(m, "hello", 5) == 7592, "bert_token_to_id(hello) is 7592");
    CHECK(bert_token_to_id(m, "##ing", 5) == 2075, "bert_token_to_id(##ing) is 2075");
    CHECK(bert_token_to_id(m, "[MASK]", 6) == 103, "bert_token_to_id([MASK]) is 103");
    CHECK(bert_token_to_id(m, "no-such-token", 13) == -1, "bert_token_to_id of an unknown string is -1");
    CHECK(bert_id_to_token(m, -1, &len) == NULL && bert_id_to_token(m, 30522, &len) == NULL, "bert_id_to_token out of range is NULL");
    CHECK(bert_vocab_size(m) == 30522, "bert_vocab_size is 30522");
}

static void test_batch(const bert_model *m) {
    const char *texts[3] = {"hello", "hello world again", ""};
    const char *pairs[3] = {NULL, NULL, "you"};
    bert_token_batch b;
    bert_error err;
    int r;
    memset(&b, 0, sizeof b);
    r = bert_tokenize_batch(m, texts, NULL, pairs, NULL, 3, 0, &b, &err);
    {
        static const int ids[3][5] = {{101, 7592, 102, 0, 0}, {101, 7592, 2088, 2153, 102}, {101, 102, 2017, 102, 0}};
        static const int mask[3][5] = {{1, 1, 1, 0, 0}, {1, 1, 1, 1, 1}, {1, 1, 1, 1, 0}};
        static const int types[3][5] = {{0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 1, 1, 0}};
        int i, j, ok = r == BERT_OK && b.batch.batch == 3 && b.batch.seq_len == 5;
        for (i = 0; ok && i < 3; i++)
            for (j = 0; ok && j < 5; j++)
                ok = b.input_ids[i * 5 + j] == ids[i][j] && b.attention_mask[i * 5 + j] == mask[i][j] &&
                     b.token_type_ids[i * 5 + j] == types[i][j];
        CHECK(ok, "batch: right-padded ids, attention mask and token types, a pair in row 3");
    }
    {
        /* With lengths, texts are byte spans: "a\0b" is three bytes; a pair may have lengths too.
           The clean_text of this tokenizer drops the NUL, so row 1 is "ab" and row 2 "hello"+"you". */
        const char *spans[2] = {"a\0b!", "hello world"}, *second[2] = {NULL, "you there"};
        size_t lens[2] = {3, 5}, second_lens[2] = {0, 3};
        bert_encoding e;
        int ok;
        memset(&e, 0, sizeof e);
        r = bert_tokenize_batch(m, spans, lens, second, second_lens, 2, 0, &b, &err);
        ok = r == BERT_OK && b.batch.seq_len == 5 && bert_tokenize(m, spans[0], 3, 0, &e, &err) == BERT_OK && e.count == 3 &&
             b.input_ids[0] == e.ids[0] && b.input_ids[1] == e.ids[1] && b.input_ids[2] == e.ids[2] && b.attention_mask[3] == 0;
        ok = ok && b.input_ids[5] == 101 && b.input_ids[6] == 7592 && b.input_ids[7] == 102 && b.input_ids[8] == 2017 &&
             b.input_ids[9] == 102 && b.token_type_ids[8] == 1;
        CHECK(ok, "batch with lengths: byte spans (an embedded NUL, cut pairs) tokenize as bert_tokenize does");
        bert_encoding_free(&e);
    }
    bert_token_batch_free(&b);
}

/* ---- Corrupt tokenizer sections --------------------------------------------------------------- */


/* Applies `how` to a copy and expects bert_model_load_memory to refuse it. */
static void expect_rejected(const tok_file *f, const char *name, void (*how)(uint8_t *tok, tok_file *c)) {
    tok_file c;
    bert_model *m = NULL;
    bert_error err;
    int r;
    if (tok_file_copy(&c, f->data, f->size)) return;
    how(tok_section(&c), &c);
    r = bert_model_load_memory(&m, c.data, c.size, &err);
    CHECKF(r != BERT_OK && m == NULL && err.message[0], "corrupt section rejected: %s (%s)", name, r != BERT_OK ? err.message : "loaded!");
    bert_model_free(m);
    free(c.raw);
}

static void bad_version(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t, BERT__TK_VERSION, 2); }
static void bad_header(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t, BERT__TK_HEADER_WORDS, 3); }
static void bad_vocab_count(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t, BERT__TK_VOCAB_COUNT, 0xFFFFFF); }
static void bad_vocab_offset(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t + tok_word(t, BERT__TK_VOCAB_OFFSETS), 10, 0x7FFFFFFF); }
static void bad_terminator(uint8_t *t, tok_file *c) {
    uint8_t *offs = t + tok_word(t, BERT__TK_VOCAB_OFFSETS), *strings = t + tok_word(t, BERT__TK_STRINGS);
    (void)c;
    strings[tok_word(offs, 6) - 1] = 'x';
}
static void bad_hash_slot(uint8_t *t, tok_file *c) {
    uint8_t *h = t + tok_word(t, BERT__TK_HASH);
    (void)c;
    tok_put_word(h, 0, tok_word(t, BERT__TK_VOCAB_COUNT) + 5);
}
static void bad_hash_size(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t, BERT__TK_HASH_SIZE, 3); }
static void full_hash(uint8_t *t, tok_file *c) {
    uint8_t *h = t + tok_word(t, BERT__TK_HASH);
    uint32_t i, n = tok_word(t, BERT__TK_HASH_SIZE);
    (void)c;
    for (i = 0; i < n; i++) tok_put_word(h, i, 1);
}
static void bad_normalizer(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t + tok_word(t, BERT__TK_NORMALIZERS), 0, 99); }
static void bad_normalizer_count(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t, BERT__TK_NORMALIZER_COUNT, 0x40000000); }
static void bad_added_id(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t + tok_word(t, BERT__TK_ADDED), 0, 1u << 30); }
static void bad_trie_edge(uint8_t *t, tok_file *c) {
    (void)c;
    tok_put_word(t + tok_word(t, BERT__TK_TRIE_EDGES), 0, tok_word(t, BERT__TK_TRIE_NODE_COUNT) << 8 | '[');
}
static void bad_trie_node(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t + tok_word(t, BERT__TK_TRIE_NODES), 1, 1000000); }
static void bad_template_id(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t + tok_word(t, BERT__TK_TEMPLATE_IDS), 0, 40000); }
static void bad_template_kind(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t + tok_word(t, BERT__TK_SINGLE), 0, 7); }
static void bad_model(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t, BERT__TK_MODEL, 9); }
static void bad_wordpiece(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t + tok_word(t, BERT__TK_MODEL_DATA), 0, 0x7FFFFFF0); }
static void bad_strings(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t, BERT__TK_STRINGS_SIZE, 0x7FFFFFF0); }
static void bad_unk(uint8_t *t, tok_file *c) { (void)c; tok_put_word(t, BERT__TK_UNK_ID, 0xFFFFFF); }
static void short_section(uint8_t *t, tok_file *c) {
    (void)t;
    c->data[64] = 12; c->data[65] = c->data[66] = c->data[67] = 0; /* the header's tokenizer size */
}

static void test_corrupt(const char *path) {
    tok_file f;
    size_t len;
    char *bytes = tok_read_file(path, &len);
    static const struct { const char *name; void (*how)(uint8_t *, tok_file *); } cases[] = {
        {"unknown version", bad_version}, {"short header", bad_header}, {"vocabulary count", bad_vocab_count},
        {"vocabulary offset", bad_vocab_offset}, {"unterminated token", bad_terminator}, {"hash slot", bad_hash_slot},
        {"hash size", bad_hash_size}, {"full hash table", full_hash}, {"normalizer type", bad_normalizer},
        {"normalizer count", bad_normalizer_count}, {"added token id", bad_added_id}, {"trie edge", bad_trie_edge},
        {"trie node", bad_trie_node}, {"template id", bad_template_id}, {"template piece kind", bad_template_kind},
        {"model type", bad_model}, {"WordPiece prefix", bad_wordpiece}, {"string pool size", bad_strings},
        {"unknown token id", bad_unk}, {"section too short", short_section},
    };
    size_t i;
    if (!bytes) { CHECK(0, "corrupt sections: cannot read the converted tokenizer"); return; }
    if (tok_file_copy(&f, bytes, len)) { free(bytes); return; }
    free(bytes);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) expect_rejected(&f, cases[i].name, cases[i].how);

    /* Random damage to the section's first 4 KB and its tables: loading must fail cleanly or give a
       tokenizer that still tokenizes without crashing. */
    {
        uint32_t seed = 12345, tok_size = (uint32_t)bert__u64(f.data + 64);
        int iter, loaded = 0, refused = 0;
        bert_encoding e;
        memset(&e, 0, sizeof e);
        for (iter = 0; iter < 400; iter++) {
            tok_file c;
            bert_model *m = NULL;
            bert_error err;
            int k;
            if (tok_file_copy(&c, f.data, f.size)) break;
            for (k = 0; k < 1 + iter % 4; k++) {
                uint32_t at;
                seed = seed * 1103515245u + 12345u;
                at = (seed >> 8) % (iter % 2 ? 4096 : tok_size);
                seed = seed * 1103515245u + 12345u;
                tok_section(&c)[at] ^= (uint8_t)(1u << ((seed >> 16) % 8));
            }
            if (bert_model_load_memory(&m, c.data, c.size, &err) == BERT_OK) {
                loaded++;
                bert_tokenize(m, "Hello, [MASK] w\xc3\xb6rld! \xe4\xb8\xad\xe6\x96\x87", 22, 0, &e, &err);
                bert_model_free(m);
            } else {
                refused++;
            }
            free(c.raw);
        }
        bert_encoding_free(&e);
        CHECKF(loaded + refused == 400, "fuzzed sections: %d refused, %d loaded and tokenized, no crash", refused, loaded);
    }
    free(f.raw);
}

/* ---- Malformed tokenizer files ---------------------------------------------------------------- */

static void expect_convert_error(const char *name, const char *json, const char *must_mention) {
    char dir[256], path[300], cmd[800], out[2048];
    FILE *f, *p;
    size_t n;
    int status;
    snprintf(dir, sizeof dir, "build/tests/bad_tokenizer_%s", name);
    snprintf(cmd, sizeof cmd, "mkdir -p %s", dir);
    if (system(cmd) != 0) return;
    snprintf(path, sizeof path, "%s/tokenizer.json", dir);
    f = fopen(path, "wb");
    if (!f) return;
    fputs(json, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "build/bert-convert --tokenizer-only %s build/tests/bad_tokenizer.bert 2>&1", dir);
    p = popen(cmd, "r");
    if (!p) return;
    n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    status = pclose(p);
    CHECKF(status != 0 && strstr(out, "tokenizer.json") && strstr(out, must_mention) && !strstr(out, "Segmentation"),
           "converter rejects %s, naming \"%s\": %.*s", name, must_mention, (int)strcspn(out, "\n"), out);
}

#define WP_MODEL "\"model\":{\"type\":\"WordPiece\",\"unk_token\":\"[UNK]\",\"vocab\":{\"[UNK]\":0,\"a\":1}}"

static void test_malformed_files(void) {
    expect_convert_error("not_json", "{\"model\": ", "malformed JSON");
    expect_convert_error("no_model", "{\"normalizer\":null}", "model");
    expect_convert_error("vocab_array", "{\"model\":{\"type\":\"WordPiece\",\"vocab\":[1,2]}}", "model.vocab");
    expect_convert_error("vocab_id_string", "{\"model\":{\"type\":\"WordPiece\",\"vocab\":{\"a\":\"1\"}}}", "model.vocab[\"a\"]");
    expect_convert_error("unk_missing", "{\"model\":{\"type\":\"WordPiece\",\"unk_token\":\"[UNK]\",\"vocab\":{\"a\":0}}}", "unk_token");
    expect_convert_error("added_not_array", "{" WP_MODEL ",\"added_tokens\":{}}", "added_tokens");
    expect_convert_error("added_no_id", "{" WP_MODEL ",\"added_tokens\":[{\"content\":\"x\"}]}", "added_tokens[0]");
    expect_convert_error("normalizer_unknown", "{" WP_MODEL ",\"normalizer\":{\"type\":\"Frobnicate\"}}", "Frobnicate");
    expect_convert_error("normalizer_flag", "{" WP_MODEL ",\"normalizer\":{\"type\":\"BertNormalizer\",\"lowercase\":\"yes\"}}",
                         "normalizer.lowercase");
    expect_convert_error("pre_tokenizer_unknown", "{" WP_MODEL ",\"pre_tokenizer\":{\"type\":\"Nope\"}}", "Nope");
    expect_convert_error("template_ids",
                         "{" WP_MODEL ",\"post_processor\":{\"type\":\"TemplateProcessing\",\"single\":[{\"SpecialToken\":{\"id\":\"[X]\",\"type_id\":0}}],"
                         "\"pair\":[],\"special_tokens\":{}}}",
                         "special_tokens[\"[X]\"]");
    expect_convert_error("truncation_strategy", "{" WP_MODEL ",\"truncation\":{\"max_length\":8,\"strategy\":\"Sideways\"}}",
                         "truncation.strategy");
    expect_convert_error("bert_processing", "{" WP_MODEL ",\"post_processor\":{\"type\":\"BertProcessing\",\"sep\":[\"[SEP]\"],\"cls\":[\"[CLS]\",1]}}",
                         "post_processor.sep");
}

int main(void) {
    const char *path;
    bert_model *m = NULL;
    bert_error err;
    test_utf8();
    test_unicode();
    path = tok_convert("wp_uncased");
    if (!path || bert_model_load_file(&m, path, &err) != BERT_OK) {
        CHECK(0, "wp_uncased converts and loads");
        return test_done();
    }
    test_pairs_and_truncation(m);
    test_vocab_api(m);
    test_batch(m);
    bert_model_free(m);
    test_corrupt(path);
    test_malformed_files();
    return test_done();
}
