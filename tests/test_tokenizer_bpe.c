/* test_tokenizer_bpe - byte-level BPE pieces checked by hand: GPT-2's split pattern on worked
 * strings (contractions, numbers, whitespace runs, non-Latin letters, emoji, marks), the byte
 * alphabet, merges on a tiny hand-made model, offset trimming; corrupt and fuzzed BPE sections
 * (run under AddressSanitizer); malformed tokenizer.json / vocab.json / merges.txt files. */
#include <stdlib.h>

/* An allocator that fails on request, for the out-of-memory paths. */
static long fail_countdown = -1; /* allocations left before one fails; -1 never */
static void *test_malloc(size_t n) {
    if (fail_countdown == 0) return NULL;
    if (fail_countdown > 0) fail_countdown--;
    return malloc(n);
}
#define BERT_MALLOC(n) test_malloc(n)
#define BERT_FREE(p) free(p)
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include <sys/wait.h>
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

/* ---- GPT-2's split pattern -------------------------------------------------------------------- */

/* Runs the ByteLevel step (add_prefix_space, use_regex) on text and returns its pieces as the
   original text they cover joined by '|', and their byte-alphabet strings joined by '|'. */
static void byte_level(const char *text, int prefix, int regex, char *pieces, char *mapped, size_t size) {
    bert__tok_ws ws;
    const bert__nchar *base;
    uint32_t step[BERT__STEP_WORDS] = {BERT__PRE_BYTE_LEVEL, 0, 0, 0, 0, 0, 0, 0};
    size_t len = strlen(text), at = 0, po = 0, mo = 0;
    int n = 0, count, p, k;
    memset(&ws, 0, sizeof ws);
    step[1] = (uint32_t)prefix;
    step[2] = (uint32_t)regex;
    BERT__GROW(ws.norm, ws.norm_cap, len + 1);
    BERT__GROW(ws.pieces, ws.pieces_cap, 2);
    while (at < len) {
        int used = bert__utf8_decode((const uint8_t *)text + at, len - at, &ws.norm[n].cp);
        ws.norm[n].start = (uint32_t)at;
        ws.norm[n].end = (uint32_t)(at + (size_t)used);
        at += (size_t)used;
        n++;
    }
    ws.pieces[0] = 0;
    ws.pieces[1] = n;
    count = n > 0;
    base = ws.norm;
    pieces[0] = mapped[0] = 0;
    if (!bert__pre_byte_level(&ws, step, &base, &count)) count = 0;
    for (p = 0; p < count; p++) {
        int a = ws.pieces[2 * p], b = ws.pieces[2 * p + 1];
        po += (size_t)snprintf(pieces + po, size - po, "%s%.*s", p ? "|" : "", (int)(base[b - 1].end - base[a].start), text + base[a].start);
        if (p && mo + 1 < size) mapped[mo++] = '|';
        for (k = a; k < b && mo + 5 < size; k++) mo += (size_t)bert__utf8_encode(base[k].cp, (uint8_t *)mapped + mo);
        mapped[mo] = 0;
    }
    BERT_FREE(ws.norm); BERT_FREE(ws.pieces); BERT_FREE(ws.pieces_tmp); BERT_FREE(ws.bytes);
}

/* s with \n and \t written as escapes, for one-line messages (static buffer, n of them). */
static const char *escaped(const char *s, int n) {
    static char buf[4][512];
    char *o = buf[n];
    size_t k = 0;
    for (; *s && k + 3 < sizeof buf[n]; s++) {
        if (*s == '\n' || *s == '\t') { o[k++] = '\\'; o[k++] = *s == '\n' ? 'n' : 't'; }
        else o[k++] = *s;
    }
    o[k] = 0;
    return o;
}

static void expect_split(const char *text, int prefix, const char *want_pieces, const char *want_mapped) {
    char pieces[512], mapped[512];
    byte_level(text, prefix, 1, pieces, mapped, sizeof pieces);
    CHECKF(strcmp(pieces, want_pieces) == 0 && (!want_mapped || strcmp(mapped, want_mapped) == 0),
           "GPT-2 split of \"%s\"%s: %s (%s), want %s", escaped(text, 0), prefix ? " with a prefix space" : "", escaped(pieces, 1),
           escaped(mapped, 2), escaped(want_pieces, 3));
}

/* Each expectation worked out by hand from the pattern
   's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+ */
static void test_split(void) {
    char pieces[512], mapped[512];
    expect_split("I'm here, they're ok", 0, "I|'m| here|,| they|'re| ok", "I|'m|Ġhere|,|Ġthey|'re|Ġok");
    expect_split("don't'S", 0, "don|'t|'|S", NULL);                 /* contractions are case-sensitive */
    expect_split("'ll've'd", 0, "'ll|'ve|'d", NULL);
    expect_split("'ll", 1, "'|ll", "Ġ'|ll");                         /* the prefix space takes the apostrophe */
    expect_split(" 's", 0, " '|s", NULL);
    expect_split("abc123 4.5e3", 0, "abc|123| 4|.|5|e|3", NULL);       /* letters and numbers part */
    expect_split("hello   world", 0, "hello|  | world", "hello|ĠĠ|Ġworld"); /* the last space goes with the word */
    expect_split("a \t b", 0, "a| \t| b", "a|Ġĉ|Ġb");
    expect_split("end   ", 0, "end|   ", NULL);                      /* whitespace at the end stays whole */
    expect_split("x\n\ny", 0, "x|\n|\n|y", "x|Ċ|Ċ|y");               /* \n is not the optional space */
    expect_split("a\xc2\xa0" "b", 0, "a|\xc2\xa0|b", "a|Âł|b");        /* nor is NBSP, though it is \s */
    expect_split("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82", 0,
                 "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e| \xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82", "æĹ¥æľ¬èªŀ|ĠÑĤÐµÐºÑģÑĤ");
    expect_split("\xd9\xa3\xd9\xa4 \xc2\xbd", 0, "\xd9\xa3\xd9\xa4| \xc2\xbd", NULL); /* Arabic-Indic digits, a vulgar fraction */
    expect_split("hi \xf0\x9f\x91\x8b\xf0\x9f\x8f\xbd!", 0, "hi| \xf0\x9f\x91\x8b\xf0\x9f\x8f\xbd!", "hi|ĠðŁĳĭðŁı½!"); /* emoji, modifier, ! */
    expect_split("e\xcc\x81", 0, "e|\xcc\x81", "e|Ìģ");             /* a combining mark is not a letter */
    expect_split("Hello", 1, "Hello", "ĠHello");                     /* the added space spans the first character */
    expect_split(" Hello", 1, " Hello", "ĠHello");                   /* no second space */
    expect_split("  ", 0, "  ", "ĠĠ");
    byte_level("Hi there", 0, 0, pieces, mapped, sizeof pieces);
    CHECKF(strcmp(mapped, "HiĠthere") == 0, "ByteLevel without the regex: one piece (%s)", mapped);
}

static void test_byte_alphabet(void) {
    int b, ok = 1, distinct = 1;
    uint8_t seen[0x144];
    memset(seen, 0, sizeof seen);
    for (b = 0; b < 256; b++) {
        uint32_t c = bert__byte_char((uint8_t)b);
        if (c >= 0x144 || seen[c]++) distinct = 0;
    }
    ok = bert__byte_char(' ') == 0x120 && bert__byte_char('\n') == 0x10A && bert__byte_char('A') == 'A' && bert__byte_char(0xA0) == 0x142 &&
         bert__byte_char(0xAD) == 0x143 && bert__byte_char(0x7F) == 0x121 && bert__byte_char(0xE9) == 0xE9;
    CHECK(ok && distinct, "byte alphabet: printable bytes stand for themselves, the 68 others for U+0100..U+0143");
}

/* ---- A tiny BPE model worked by hand ------------------------------------------------------------ */

static int write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    fputs(text, f);
    return fclose(f);
}

/* Converts a folder holding one tokenizer.json; returns the loaded model or NULL. */
static bert_model *load_json(const char *name, const char *json) {
    char dir[256], path[300], cmd[800];
    bert_model *m = NULL;
    bert_error err;
    snprintf(dir, sizeof dir, "build/tests/bpe_%s", name);
    snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir -p %s", dir, dir);
    if (system(cmd) != 0) return NULL;
    snprintf(path, sizeof path, "%s/tokenizer.json", dir);
    if (write_file(path, json)) return NULL;
    snprintf(cmd, sizeof cmd, "build/bert-convert --tokenizer-only %s %s/t.bert 2>/dev/null", dir, dir);
    if (system(cmd) != 0) return NULL;
    snprintf(path, sizeof path, "%s/t.bert", dir);
    return bert_model_load_file(&m, path, &err) == BERT_OK ? m : NULL;
}

/* "ids [start,end] ..." of text. */
static void tokens_of(const bert_model *m, const char *text, char *out, size_t size) {
    bert_encoding e;
    bert_error err;
    size_t o = 0;
    int i;
    memset(&e, 0, sizeof e);
    out[0] = 0;
    if (bert_tokenize(m, text, strlen(text), 0, &e, &err) != BERT_OK) {
        snprintf(out, size, "error: %s", err.message);
    } else {
        for (i = 0; i < e.count; i++)
            o += (size_t)snprintf(out + o, size - o, "%s%d[%d,%d]", i ? " " : "", e.ids[i], e.offsets[2 * i], e.offsets[2 * i + 1]);
    }
    bert_encoding_free(&e);
}

static void expect_tokens(const bert_model *m, const char *what, const char *text, const char *want) {
    char got[512];
    tokens_of(m, text, got, sizeof got);
    CHECKF(strcmp(got, want) == 0, "%s: \"%s\" -> %s (want %s)", what, escaped(text, 0), got, want);
}

/* Vocabulary a=0 b=1 c=2 ab=3 bc=4 abc=5 <unk>=6 aa=7; cases derived by hand from merge ranks
   (the lowest applies first, the leftmost among equals). */
#define TINY_VOCAB "\"vocab\":{\"a\":0,\"b\":1,\"c\":2,\"ab\":3,\"bc\":4,\"abc\":5,\"<unk>\":6,\"aa\":7}"

static void test_tiny_models(void) {
    bert_model *m;
    m = load_json("ranks", "{\"model\":{\"type\":\"BPE\"," TINY_VOCAB ",\"merges\":[\"b c\",\"a b\",\"a bc\"]}}");
    if (!m) { CHECK(0, "tiny BPE (ranks) converts"); } else {
        expect_tokens(m, "rank 0 first", "abc", "5[0,3]");                  /* b c, then a+bc (a+b is stale) */
        expect_tokens(m, "rank order over position", "abab", "3[0,2] 3[2,4]");
        expect_tokens(m, "no unk token: unknown characters vanish", "axb", "3[0,2]"); /* a and b meet; offsets run on, as in HF */
        bert_model_free(m);
    }
    m = load_json("ranks2", "{\"model\":{\"type\":\"BPE\"," TINY_VOCAB ",\"merges\":[[\"a\",\"b\"],[\"ab\",\"c\"],[\"b\",\"c\"],[\"a\",\"a\"]]}}");
    if (!m) { CHECK(0, "tiny BPE (pairs) converts"); } else {
        expect_tokens(m, "merges as pairs", "abc", "5[0,3]");
        expect_tokens(m, "a merged-away pair is skipped", "abcbc", "5[0,3] 4[3,5]");
        expect_tokens(m, "leftmost among equal ranks", "aaa", "7[0,2] 0[2,3]");
        bert_model_free(m);
    }
    m = load_json("unk", "{\"model\":{\"type\":\"BPE\",\"unk_token\":\"<unk>\"," TINY_VOCAB ",\"merges\":[\"a b\"]}}");
    if (!m) { CHECK(0, "tiny BPE (unk) converts"); } else {
        expect_tokens(m, "unknown characters, not fused", "axyb", "0[0,1] 6[1,2] 6[2,3] 1[3,4]");
        bert_model_free(m);
    }
    m = load_json("fuse", "{\"model\":{\"type\":\"BPE\",\"unk_token\":\"<unk>\",\"fuse_unk\":true," TINY_VOCAB ",\"merges\":[\"a b\"]}}");
    if (!m) { CHECK(0, "tiny BPE (fuse_unk) converts"); } else {
        expect_tokens(m, "unknown characters fused", "axyab", "0[0,1] 6[1,3] 3[3,5]");
        bert_model_free(m);
    }
    m = load_json("fallback", "{\"model\":{\"type\":\"BPE\",\"unk_token\":\"<unk>\",\"byte_fallback\":true,\"vocab\":{\"a\":0,\"<unk>\":1,"
                  "\"<0xC3>\":2,\"<0xA9>\":3},\"merges\":[]}}");
    if (!m) { CHECK(0, "tiny BPE (byte_fallback) converts"); } else {
        expect_tokens(m, "byte_fallback: bytes of a missing character, else unk", "a\xc3\xa9x", "0[0,1] 2[1,3] 3[1,3] 1[3,4]");
        bert_model_free(m);
    }
    m = load_json("prefix", "{\"model\":{\"type\":\"BPE\",\"unk_token\":\"<unk>\",\"continuing_subword_prefix\":\"##\",\"vocab\":{\"a\":0,"
                  "\"##b\":1,\"ab\":2,\"<unk>\":3,\"b\":4,\"##a\":5},\"merges\":[\"a ##b\"]}}");
    if (!m) { CHECK(0, "tiny BPE (continuing_subword_prefix) converts"); } else {
        expect_tokens(m, "continuing_subword_prefix", "abba", "2[0,2] 1[2,3] 5[3,4]");
        bert_model_free(m);
    }
    m = load_json("suffix", "{\"model\":{\"type\":\"BPE\",\"end_of_word_suffix\":\"</w>\",\"vocab\":{\"a\":0,\"b</w>\":1,\"ab</w>\":2,"
                  "\"b\":3},\"merges\":[\"a b</w>\"]},\"pre_tokenizer\":{\"type\":\"WhitespaceSplit\"}}");
    if (!m) { CHECK(0, "tiny BPE (end_of_word_suffix) converts"); } else {
        expect_tokens(m, "end_of_word_suffix", "ab bb", "2[0,2] 3[3,4] 1[4,5]");
        bert_model_free(m);
    }
    m = load_json("ignore", "{\"model\":{\"type\":\"BPE\",\"ignore_merges\":true,\"vocab\":{\"a\":0,\"b\":1,\"c\":2,\"abc\":3,\"ab\":4},"
                  "\"merges\":[\"a b\"]},\"pre_tokenizer\":{\"type\":\"WhitespaceSplit\"}}");
    if (!m) { CHECK(0, "tiny BPE (ignore_merges) converts"); } else {
        expect_tokens(m, "ignore_merges: a word in the vocabulary is one token", "abc abcc", "3[0,3] 4[4,6] 2[6,7] 2[7,8]");
        bert_model_free(m);
    }
}

/* Offset trimming with RobertaProcessing / ByteLevel, worked by hand on the byte-level model. */
static void test_trimming(void) {
    static const char *vocab = "\"vocab\":{\"a\":0,\"b\":1,\"\\u0120\":2,\"\\u0120a\":3,\"\\u0120\\u0120\":4,\"<s>\":5,\"</s>\":6,\"<m>\":7,\"\\u010a\":8}";
    char json[2048];
    bert_model *m;
    snprintf(json, sizeof json,
             "{\"added_tokens\":[{\"id\":7,\"content\":\"<m>\",\"lstrip\":true,\"special\":true}],\"model\":{\"type\":\"BPE\",%s,"
             "\"merges\":[\"\\u0120 a\",\"\\u0120 \\u0120\"]},\"pre_tokenizer\":{\"type\":\"ByteLevel\",\"add_prefix_space\":true},"
             "\"post_processor\":{\"type\":\"RobertaProcessing\",\"sep\":[\"</s>\",6],\"cls\":[\"<s>\",5],\"add_prefix_space\":true}}",
             vocab);
    m = load_json("trim", json);
    if (!m) { CHECK(0, "byte-level tiny model converts"); return; }
    expect_tokens(m, "prefix space: the first token keeps its offsets", "a a", "5[0,0] 3[0,1] 3[2,3] 6[0,0]");
    expect_tokens(m, "whitespace-only tokens get an empty offset", "a   a", "5[0,0] 3[0,1] 4[3,3] 3[4,5] 6[0,0]");
    expect_tokens(m, "lstrip token: its whitespace is trimmed off again", "a  <m>", "5[0,0] 3[0,1] 7[3,6] 6[0,0]");
    expect_tokens(m, "a piece after an added token: its added space is trimmed", "<m>a", "5[0,0] 7[0,3] 3[4,4] 6[0,0]");
    {
        bert_encoding e;
        bert_error err;
        const char *t1, *t2, *t3;
        size_t l1 = 0, l2 = 0, l3 = 0;
        memset(&e, 0, sizeof e);
        bert_tokenize(m, "a  <m>", 6, 0, &e, &err);
        t1 = bert_encoding_token(m, &e, 0, &l1);
        t2 = bert_encoding_token(m, &e, 1, &l2);
        t3 = bert_encoding_token(m, &e, 2, &l3);
        CHECK(e.count == 4 && t1 && l1 == 3 && memcmp(t1, "<s>", 3) == 0 && t2 && l2 == 3 && memcmp(t2, "\xc4\xa0" "a", 3) == 0 && t3 &&
              l3 == 5 && memcmp(t3, "  <m>", 5) == 0 && !bert_encoding_token(m, &e, 4, &l1),
              "bert_encoding_token: vocabulary strings, and an lstrip token's text with its whitespace");
        bert_encoding_free(&e);
    }
    bert_model_free(m);
    snprintf(json, sizeof json,
             "{\"model\":{\"type\":\"BPE\",%s,\"merges\":[\"\\u0120 a\"]},\"pre_tokenizer\":{\"type\":\"ByteLevel\",\"add_prefix_space\":false},"
             "\"post_processor\":{\"type\":\"ByteLevel\",\"trim_offsets\":false}}",
             vocab);
    m = load_json("notrim", json);
    if (!m) { CHECK(0, "byte-level tiny model without trimming converts"); return; }
    expect_tokens(m, "no trim_offsets: offsets keep the space", "a a\n", "0[0,1] 3[1,3] 8[3,4]");
    bert_model_free(m);
}

/* ---- Corrupt and fuzzed BPE sections ---------------------------------------------------------- */

static uint8_t *bpe_block(uint8_t *t) { return t + tok_word(t, BERT__TK_MODEL_DATA); }
static uint8_t *first_merge(uint8_t *t) { /* the first used slot of the merge table */
    uint8_t *table = t + tok_word(bpe_block(t), BERT__BPE_MERGES);
    uint32_t i;
    for (i = 0; tok_word(table, 4 * i) == 0; i++) {}
    return table + 16 * (size_t)i;
}

static void bad_flags(uint8_t *t) { tok_put_word(bpe_block(t), BERT__BPE_FLAGS, 8); }
static void bad_prefix(uint8_t *t) { tok_put_word(bpe_block(t), BERT__BPE_PREFIX, 0x7FFFFFF0); }
static void long_prefix(uint8_t *t) { tok_put_word(bpe_block(t), BERT__BPE_PREFIX_LEN, BERT__BPE_MAX_AFFIX + 1); }
static void bad_merges_offset(uint8_t *t) { tok_put_word(bpe_block(t), BERT__BPE_MERGES, 0x7FFFFFF0); }
static void bad_slots(uint8_t *t) { tok_put_word(bpe_block(t), BERT__BPE_MERGE_SLOTS, 3); }
static void huge_slots(uint8_t *t) { tok_put_word(bpe_block(t), BERT__BPE_MERGE_SLOTS, 1u << 31); }
static void few_slots(uint8_t *t) { tok_put_word(bpe_block(t), BERT__BPE_MERGE_COUNT, 1u << 30); }
static void bad_merge_left(uint8_t *t) { tok_put_word(first_merge(t), 0, 0xFFFFFFF0); }
static void bad_merge_right(uint8_t *t) { tok_put_word(first_merge(t), 1, 60000); }
static void bad_merge_rank(uint8_t *t) { tok_put_word(first_merge(t), 2, 1u << 30); }
static void bad_merge_result(uint8_t *t) { tok_put_word(first_merge(t), 3, 60000); }
static void bad_char_id(uint8_t *t) { tok_put_word(t + tok_word(bpe_block(t), BERT__BPE_CHAR_IDS), 'a', 60000); }
static void bad_byte_id(uint8_t *t) { tok_put_word(t + tok_word(bpe_block(t), BERT__BPE_BYTE_IDS), 7, 60000); }
static void short_block(uint8_t *t) { tok_put_word(t, BERT__TK_MODEL_DATA_SIZE, 4 * BERT__BPE_WORDS - 4); }
static void bad_byte_level(uint8_t *t) { tok_put_word(t + tok_word(t, BERT__TK_PRE_TOKENIZERS), 1, 2); }
static void bad_post_flags(uint8_t *t) { tok_put_word(t, BERT__TK_POST_FLAGS, 4); }

static void expect_rejected(const tok_file *f, const char *name, void (*how)(uint8_t *tok)) {
    tok_file c;
    bert_model *m = NULL;
    bert_error err;
    int r;
    if (tok_file_copy(&c, f->data, f->size)) return;
    how(tok_section(&c));
    r = bert_model_load_memory(&m, c.data, c.size, &err);
    CHECKF(r != BERT_OK && m == NULL && err.message[0], "corrupt BPE section rejected: %s (%s)", name, r != BERT_OK ? err.message : "loaded!");
    bert_model_free(m);
    free(c.raw);
}

/* A section written before POST_FLAGS was appended (32 header words) still loads, untrimmed. */
static void test_32_word_header(const tok_file *f) {
    tok_file c;
    bert_model *m = NULL;
    bert_encoding e;
    bert_error err;
    int ok;
    if (tok_file_copy(&c, f->data, f->size)) return;
    tok_put_word(tok_section(&c), BERT__TK_HEADER_WORDS, 32);
    memset(&e, 0, sizeof e);
    ok = bert_model_load_memory(&m, c.data, c.size, &err) == BERT_OK && bert_tokenize(m, "a b", 3, 0, &e, &err) == BERT_OK &&
         e.count == 4 && e.offsets[4] == 1 && e.offsets[5] == 3; /* "Ġb" keeps its space without trimming */
    CHECKF(ok, "a 32-word tokenizer header loads, without offset trimming (%s)", ok ? "ok" : err.message);
    bert_encoding_free(&e);
    bert_model_free(m);
    free(c.raw);
}

static void test_corrupt(const char *path) {
    static const struct { const char *name; void (*how)(uint8_t *); } cases[] = {
        {"flags", bad_flags}, {"prefix string", bad_prefix}, {"prefix length", long_prefix}, {"merge table offset", bad_merges_offset},
        {"merge table size", bad_slots}, {"merge table far too big", huge_slots}, {"merge count above the table", few_slots},
        {"merge left id", bad_merge_left}, {"merge right id", bad_merge_right}, {"merge rank", bad_merge_rank},
        {"merged id", bad_merge_result}, {"character id", bad_char_id}, {"byte_fallback id", bad_byte_id},
        {"block too short", short_block}, {"ByteLevel parameters", bad_byte_level}, {"post-processor flags", bad_post_flags},
    };
    tok_file f;
    size_t len, i;
    char *bytes = tok_read_file(path, &len);
    uint32_t seed = 777, block, block_size;
    int iter, loaded = 0, refused = 0;
    bert_encoding e;
    if (!bytes) { CHECK(0, "corrupt BPE sections: cannot read the converted tokenizer"); return; }
    if (tok_file_copy(&f, bytes, len)) { free(bytes); return; }
    free(bytes);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) expect_rejected(&f, cases[i].name, cases[i].how);
    test_32_word_header(&f);

    /* Random bit flips in the header, the steps and the BPE block's words and tables: loading
       fails cleanly, or the tokenizer still tokenizes without reading out of bounds. */
    block = tok_word(tok_section(&f), BERT__TK_MODEL_DATA);
    block_size = tok_word(tok_section(&f), BERT__TK_MODEL_DATA_SIZE);
    memset(&e, 0, sizeof e);
    for (iter = 0; iter < 150; iter++) {
        tok_file c;
        uint8_t *t;
        bert_model *m = NULL;
        bert_error err;
        int k;
        if (tok_file_copy(&c, f.data, f.size)) break;
        t = tok_section(&c);
        for (k = 0; k < 1 + iter % 3; k++) {
            uint32_t at;
            seed = seed * 1103515245u + 12345u;
            at = iter % 3 == 0 ? (seed >> 8) % (4 * BERT__TK_COUNT) : iter % 3 == 1 ? block + (seed >> 8) % (4 * BERT__BPE_WORDS)
                                                                      : block + (seed >> 8) % block_size;
            seed = seed * 1103515245u + 12345u;
            t[at] ^= (uint8_t)(1u << ((seed >> 16) % 8));
        }
        if (bert_model_load_memory(&m, c.data, c.size, &err) == BERT_OK) {
            static const char text[] = "Hello, <mask> w\xc3\xb6rld! don't   \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x91\x8b 12345";
            loaded++;
            bert_tokenize(m, text, sizeof text - 1, 0, &e, &err);
            bert_model_free(m);
        } else {
            refused++;
        }
        free(c.raw);
    }
    bert_encoding_free(&e);
    CHECKF(loaded + refused == 150, "fuzzed BPE sections: %d refused, %d loaded and tokenized, no crash", refused, loaded);
    free(f.raw);
}

/* ---- Malformed tokenizer files ---------------------------------------------------------------- */

/* Writes files (name, content pairs, NULL-terminated) into a fresh folder and expects the
   converter to fail with a message naming `file` and `must_mention`. */
static void expect_convert_error(const char *name, const char *const *files, const char *file, const char *must_mention) {
    char dir[256], path[400], cmd[800], out[2048];
    FILE *p;
    size_t n;
    int status, i;
    snprintf(dir, sizeof dir, "build/tests/bad_bpe_%s", name);
    snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir -p %s", dir, dir);
    if (system(cmd) != 0) return;
    for (i = 0; files[i]; i += 2) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        if (write_file(path, files[i + 1])) return;
    }
    snprintf(cmd, sizeof cmd, "build/bert-convert --tokenizer-only %s build/tests/bad_bpe.bert 2>&1", dir);
    p = popen(cmd, "r");
    if (!p) return;
    n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    status = pclose(p);
    CHECKF(status != 0 && strstr(out, file) && strstr(out, must_mention) && !strstr(out, "Segmentation"),
           "converter rejects %s, naming %s and \"%s\": %.*s", name, file, must_mention, (int)strcspn(out, "\n"), out);
}

static void expect_json_error(const char *name, const char *json, const char *must_mention) {
    const char *files[] = {"tokenizer.json", json, NULL};
    expect_convert_error(name, files, "tokenizer.json", must_mention);
}

#define BPE_HEAD "{\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0,\"b\":1,\"ab\":2}"

static void test_malformed_files(void) {
    const char *no_merges[] = {"vocab.json", "{\"a\":0}", "merges.txt", "a b c\n", NULL};
    const char *merge_oov[] = {"vocab.json", "{\"a\":0,\"b\":1}", "merges.txt", "#version: 0.2\na b\n", NULL};
    const char *bad_vocab[] = {"vocab.json", "{\"a\":0,\"b\":\"1\"}", "merges.txt", "", NULL};
    const char *not_json[] = {"vocab.json", "{\"a\":0,", "merges.txt", "", NULL};
    const char *bad_line[] = {"vocab.json", "{\"a\":0,\"b\":1,\"ab\":2}", "merges.txt", "#version: 0.2\na b\nab\n", NULL};
    const char *bad_config[] = {"vocab.json", "{\"a\":0}", "merges.txt", "", "tokenizer_config.json", "{\"add_prefix_space\":1}", NULL};
    expect_json_error("merges_not_array", BPE_HEAD ",\"merges\":{}}}", "model.merges");
    expect_json_error("merge_three_parts", BPE_HEAD ",\"merges\":[\"a b ab\"]}}", "model.merges[0]");
    expect_json_error("merge_not_string", BPE_HEAD ",\"merges\":[\"a b\",[\"a\"]]}}", "model.merges[1]");
    expect_json_error("merge_oov", BPE_HEAD ",\"merges\":[\"a c\"]}}", "\"c\" is not in the vocabulary");
    expect_json_error("merged_oov", "{\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0,\"b\":1},\"merges\":[\"a b\"]}}", "\"ab\"");
    expect_json_error("dropout", BPE_HEAD ",\"merges\":[],\"dropout\":0.1}}", "dropout");
    expect_json_error("unk_missing", BPE_HEAD ",\"merges\":[],\"unk_token\":\"<unk>\"}}", "unk_token");
    expect_json_error("prefix_too_long", BPE_HEAD ",\"merges\":[],\"continuing_subword_prefix\":"
                      "\"0123456789012345678901234567890123456789012345678901234567890123456789\"}}", "continuing_subword_prefix");
    expect_json_error("fallback_prefix", BPE_HEAD ",\"merges\":[],\"byte_fallback\":true,\"end_of_word_suffix\":\"</w>\"}}", "byte_fallback");
    expect_json_error("vocab_not_object", "{\"model\":{\"type\":\"BPE\",\"vocab\":[],\"merges\":[]}}", "model.vocab");
    expect_json_error("byte_level_twice", BPE_HEAD ",\"merges\":[]},\"pre_tokenizer\":{\"type\":\"Sequence\",\"pretokenizers\":"
                      "[{\"type\":\"ByteLevel\"},{\"type\":\"ByteLevel\"}]}}", "ByteLevel");
    expect_json_error("byte_level_flag", BPE_HEAD ",\"merges\":[]},\"pre_tokenizer\":{\"type\":\"ByteLevel\",\"use_regex\":\"no\"}}",
                      "pre_tokenizer.use_regex");
    expect_json_error("trim_twice", BPE_HEAD ",\"merges\":[]},\"post_processor\":{\"type\":\"Sequence\",\"processors\":"
                      "[{\"type\":\"ByteLevel\"},{\"type\":\"RobertaProcessing\",\"sep\":[\"a\",0],\"cls\":[\"b\",1]}]}}", "trimmed twice");
    expect_convert_error("merges_txt_three_parts", no_merges, "merges.txt", "line 1");
    expect_convert_error("merges_txt_oov", merge_oov, "merges.txt", "line 2");
    expect_convert_error("merges_txt_one_part", bad_line, "merges.txt", "line 3");
    expect_convert_error("vocab_json_id", bad_vocab, "vocab.json", "vocab[\"b\"]");
    expect_convert_error("vocab_json_syntax", not_json, "vocab.json", "malformed JSON");
    expect_convert_error("config_flag", bad_config, "tokenizer_config.json", "add_prefix_space");
}

/* Every allocation made while tokenizing fails in turn: an error each time, never a crash or a
   leak (LeakSanitizer checks at exit). */
static void test_out_of_memory(const char *path) {
    static const char text[] = "Hello <mask> w\xc3\xb6rld, don't   stop \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x91\x8b 12345";
    bert_model *m = NULL;
    bert_error err;
    int k, bad = 0, failed = 0;
    if (bert_model_load_file(&m, path, &err) != BERT_OK) { CHECK(0, "out of memory: load bpe_roberta"); return; }
    for (k = 0; k < 60; k++) {
        bert_encoding e;
        int r;
        memset(&e, 0, sizeof e);
        fail_countdown = k;
        r = bert_tokenize_pair(m, text, sizeof text - 1, text, sizeof text - 1, 0, &e, &err);
        fail_countdown = -1;
        if (r == BERT_E_NOMEM) failed++;
        else if (r != BERT_OK) bad++;
        bert_encoding_free(&e);
    }
    CHECKF(bad == 0 && failed > 0, "out of memory while tokenizing: %d allocations failed in turn, each an error", failed);
    bert_model_free(m);
}

/* Seeded mutations of a small BPE tokenizer.json, and of a vocab.json + merges.txt +
   tokenizer_config.json folder, through the converter built with AddressSanitizer: each run
   converts or fails with a message, and never crashes. */
static void fuzz_one(const char *dir, const char *file, const char *text, uint32_t *seed, int *crashes, int *ok, int *refused) {
    static const char chars[] = "{}[]\":,0123456789 -abt\\u\n";
    char path[300], cmd[600], out[4096];
    size_t len = strlen(text), n;
    char *m = (char *)malloc(len + 1);
    int k, status;
    FILE *p;
    memcpy(m, text, len + 1);
    for (k = 0; k < 1 + (int)(*seed % 3); k++) {
        *seed = *seed * 1103515245u + 12345u;
        if ((*seed >> 8) % 5 == 0) len = (*seed >> 12) % (len + 1); /* truncate */
        else if (len) m[(*seed >> 8) % len] = chars[(*seed >> 16) % (sizeof chars - 1)];
    }
    snprintf(path, sizeof path, "%s/%s", dir, file);
    p = fopen(path, "wb");
    if (p) { fwrite(m, 1, len, p); fclose(p); }
    free(m);
    snprintf(cmd, sizeof cmd, "build/tests/bert-convert-asan --tokenizer-only %s build/tests/bpe_fuzz.bert 2>&1", dir);
    p = popen(cmd, "r");
    if (!p) return;
    n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    status = pclose(p);
    if (strstr(out, "AddressSanitizer") || strstr(out, "runtime error") || !WIFEXITED(status) || WEXITSTATUS(status) > 1) (*crashes)++;
    else if (WEXITSTATUS(status) == 0) (*ok)++;
    else (*refused)++;
}

static void test_converter_fuzz(void) {
    static const char *json =
        "{\"added_tokens\":[{\"id\":5,\"content\":\"<s>\",\"special\":true},{\"id\":6,\"content\":\"<m>\",\"lstrip\":true,"
        "\"special\":true}],\"model\":{\"type\":\"BPE\",\"unk_token\":null,\"vocab\":{\"a\":0,\"b\":1,\"\\u0120\":2,"
        "\"\\u0120a\":3,\"ab\":4,\"<s>\":5,\"<m>\":6},\"merges\":[\"\\u0120 a\",[\"a\",\"b\"]]},\"pre_tokenizer\":{\"type\":"
        "\"ByteLevel\",\"add_prefix_space\":true},\"post_processor\":{\"type\":\"RobertaProcessing\",\"sep\":[\"<s>\",5],"
        "\"cls\":[\"<s>\",5]}}";
    static const char *vocab = "{\"a\":0,\"b\":1,\"\\u0120\":2,\"\\u0120a\":3,\"ab\":4,\"<s>\":5,\"</s>\":6,\"<mask>\":7}";
    static const char *merges = "#version: 0.2\n\u0120 a\na b\n";
    static const char *config = "{\"add_prefix_space\":true,\"mask_token\":{\"content\":\"<mask>\",\"lstrip\":true}}";
    uint32_t seed = 4242;
    int i, crashes = 0, ok = 0, refused = 0;
    if (system("rm -rf build/tests/bpe_fuzz_json build/tests/bpe_fuzz_files && mkdir -p build/tests/bpe_fuzz_json build/tests/bpe_fuzz_files") != 0)
        return;
    write_file("build/tests/bpe_fuzz_files/vocab.json", vocab);
    write_file("build/tests/bpe_fuzz_files/merges.txt", merges);
    write_file("build/tests/bpe_fuzz_files/tokenizer_config.json", config);
    for (i = 0; i < 40; i++) fuzz_one("build/tests/bpe_fuzz_json", "tokenizer.json", json, &seed, &crashes, &ok, &refused);
    for (i = 0; i < 30; i++) {
        int which = (int)(seed % 3);
        fuzz_one("build/tests/bpe_fuzz_files", which == 0 ? "vocab.json" : which == 1 ? "merges.txt" : "tokenizer_config.json",
                 which == 0 ? vocab : which == 1 ? merges : config, &seed, &crashes, &ok, &refused);
        write_file("build/tests/bpe_fuzz_files/vocab.json", vocab);
        write_file("build/tests/bpe_fuzz_files/merges.txt", merges);
        write_file("build/tests/bpe_fuzz_files/tokenizer_config.json", config);
    }
    CHECKF(crashes == 0 && ok > 0 && refused > 0, "converter fuzz (BPE files, sanitized converter): %d converted, %d refused, %d crashed",
           ok, refused, crashes);
}

/* The RoBERTa model fixtures have a vocab.json and no merges.txt: they convert ids-only, warned. */
static void test_vocab_json_alone(void) {
    char out[2048];
    FILE *p = popen("build/bert-convert tests/fixtures/models/roberta build/tests/roberta_ids_only.bert 2>&1", "r");
    size_t n;
    int status;
    bert_model *m = NULL;
    bert_error err;
    if (!p) return;
    n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    status = pclose(p);
    CHECKF(status == 0 && strstr(out, "warning") && strstr(out, "merges.txt") && strstr(out, "ids only") &&
               bert_model_load_file(&m, "build/tests/roberta_ids_only.bert", &err) == BERT_OK &&
               strcmp(bert_model_tokenizer_kind(m), "none") == 0,
           "vocab.json without merges.txt converts ids-only, with a warning: %.*s", (int)strcspn(out, "\n"), out);
    bert_model_free(m);
}

/* A build with BERT_NO_BPE loads a BPE tokenizer and says so when asked to tokenize. */
static void test_no_bpe_build(const char *path) {
    static const char *program =
        "#define BERT_IMPLEMENTATION\n#include \"../../bert.h\"\n#include <stdio.h>\n"
        "int main(int argc, char **argv) {\n"
        "    bert_model *m; bert_encoding e = {0}; bert_error err; int r;\n"
        "    if (argc < 2 || bert_model_load_file(&m, argv[1], &err) != BERT_OK) { printf(\"load failed\\n\"); return 1; }\n"
        "    r = bert_tokenize(m, \"hi\", 2, 0, &e, &err);\n"
        "    printf(\"%d %s\\n\", r == BERT_E_UNSUPPORTED, err.message);\n"
        "    bert_encoding_free(&e); bert_model_free(m); return 0;\n}\n";
    char cmd[512], out[512] = "";
    FILE *p;
    if (write_file("build/tests/no_bpe.c", program)) return;
    snprintf(cmd, sizeof cmd, "cc -std=c99 -Wall -Wextra -pedantic -Werror -DBERT_NO_BPE -o build/tests/no_bpe build/tests/no_bpe.c -lm && "
             "build/tests/no_bpe %s", path);
    p = popen(cmd, "r");
    if (!p) return;
    if (!fgets(out, sizeof out, p)) out[0] = 0;
    pclose(p);
    CHECKF(strncmp(out, "1 ", 2) == 0 && strstr(out, "BERT_NO_BPE"), "BERT_NO_BPE: a BPE tokenizer loads, tokenizing says it is left out (%.*s)",
           (int)strcspn(out, "\n"), out);
}

int main(void) {
    const char *path;
    test_split();
    test_byte_alphabet();
    test_tiny_models();
    test_trimming();
    path = tok_convert("bpe_roberta");
    if (!path) CHECK(0, "bpe_roberta converts");
    else {
        test_corrupt(path);
        test_out_of_memory(path);
        test_no_bpe_build(path);
    }
    test_malformed_files();
    test_converter_fuzz();
    test_vocab_json_alone();
    return test_done();
}
