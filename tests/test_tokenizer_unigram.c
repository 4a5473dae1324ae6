/* test_tokenizer_unigram - the SentencePiece Unigram tokenizers: both fixtures converted from
 * spiece.model + tokenizer_config.json against Hugging Face's goldens (tokenizer.json is checked
 * by test_tokenizer_golden), hand-worked Viterbi, Metaspace, Replace(Regex) and Precompiled
 * cases, the grapheme cluster rules against the UCD's own test file, `bert tokenize` (token
 * texts included), corrupt sections, and malformed spiece.model / tokenizer.json files. Built with
 * AddressSanitizer. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

static const char *corpora[] = {"main", "adversarial", "long_lines", "adversarial_nul", "adversarial_invalid.lossy", "pairs"};

/* ---- spiece.model + tokenizer_config.json, in a folder without tokenizer.json ----------------- */

static char *convert_spiece(const char *name) {
    static char out[2][256];
    static int next;
    char cmd[1024], *path = out[next++ % 2];
    snprintf(path, 256, "build/tests/spm_%s.bert", name);
    snprintf(cmd, sizeof cmd,
             "rm -rf build/tests/spm_%s && mkdir -p build/tests/spm_%s && cp %s/%s/spiece.model %s/%s/tokenizer_config.json "
             "build/tests/spm_%s/ && build/bert-convert --tokenizer-only build/tests/spm_%s %s 2>/dev/null",
             name, name, TOK_FIXTURES, name, TOK_FIXTURES, name, name, name, path);
    return system(cmd) == 0 ? path : NULL;
}

static void test_spiece_goldens(void) {
    static const char *names[] = {"unigram_albert", "unigram_xlmr"};
    size_t t, c;
    for (t = 0; t < 2; t++) {
        char label[64], golden_dir[64];
        const char *path = convert_spiece(names[t]);
        bert_model *model = NULL;
        bert_error err;
        snprintf(label, sizeof label, "%s (spiece.model)", names[t]);
        snprintf(golden_dir, sizeof golden_dir, "golden/%s", names[t]);
        if (!path || bert_model_load_file(&model, path, &err) != BERT_OK) {
            CHECKF(0, "golden %s: cannot convert and load", label);
            continue;
        }
        for (c = 0; c < sizeof corpora / sizeof corpora[0]; c++) tok_run_golden(label, golden_dir, model, corpora[c], 0, 0);
        bert_model_free(model);
    }
}

/* ---- Hand-made tokenizer.json files ------------------------------------------------------------ */

/* Converts `json` (a tokenizer.json) and loads it; NULL on failure. */
static bert_model *hand_model(const char *name, const char *json) {
    char dir[256], path[300], cmd[800];
    bert_model *m = NULL;
    bert_error err;
    FILE *f;
    snprintf(dir, sizeof dir, "build/tests/uni_%s", name);
    snprintf(cmd, sizeof cmd, "mkdir -p %s", dir);
    if (system(cmd) != 0) return NULL;
    snprintf(path, sizeof path, "%s/tokenizer.json", dir);
    if (!(f = fopen(path, "wb"))) return NULL;
    fputs(json, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "build/bert-convert --tokenizer-only %s %s.bert >/dev/null 2>&1", dir, dir);
    if (system(cmd) != 0) return NULL;
    snprintf(path, sizeof path, "%s.bert", dir);
    if (bert_model_load_file(&m, path, &err) != BERT_OK) return NULL;
    return m;
}

/* Tokenizes text and compares ids and offsets ({start, end} pairs) with the expected ones. */
static void expect_tokens(const bert_model *m, const char *what, const char *text, const int *ids, const int *offsets, int n) {
    bert_encoding enc;
    bert_error err;
    int ok, i;
    memset(&enc, 0, sizeof enc);
    ok = bert_tokenize(m, text, strlen(text), 0, &enc, &err) == BERT_OK && enc.count == n;
    for (i = 0; ok && i < n; i++)
        ok = enc.ids[i] == ids[i] && enc.offsets[2 * i] == offsets[2 * i] && enc.offsets[2 * i + 1] == offsets[2 * i + 1];
    if (!ok) {
        printf("  %s: got", what);
        for (i = 0; i < enc.count; i++) printf(" %d[%d,%d]", enc.ids[i], enc.offsets[2 * i], enc.offsets[2 * i + 1]);
        printf("\n");
    }
    CHECKF(ok, "unigram: %s", what);
    bert_encoding_free(&enc);
}

#define HAND_HEAD "{\"version\":\"1.0\",\"added_tokens\":[],\"normalizer\":null,\"post_processor\":null,"

static void test_viterbi(void) {
    bert_model *m = hand_model("viterbi", HAND_HEAD "\"pre_tokenizer\":null,\"model\":{\"type\":\"Unigram\",\"unk_id\":0,"
        "\"vocab\":[[\"<unk>\",0],[\"a\",-1],[\"b\",-1],[\"ab\",-2],[\"c\",-1.5],[\"bc\",-1.5]]}}");
    bert_model *fb = hand_model("fallback", HAND_HEAD "\"pre_tokenizer\":null,\"model\":{\"type\":\"Unigram\",\"unk_id\":0,"
        "\"byte_fallback\":true,\"vocab\":[[\"<unk>\",0],[\"a\",-1],[\"<0x78>\",-5],[\"<0x79>\",-5]]}}");
    if (!m || !fb) { CHECK(0, "unigram: hand-made models convert"); bert_model_free(m); bert_model_free(fb); return; }
    { /* "ab" (-2) against "a" + "b" (-2): a tie goes to the path whose last piece is longest */
        static const int ids[] = {3}, offs[] = {0, 2};
        expect_tokens(m, "a tie goes to the longest last piece (ab over a+b)", "ab", ids, offs, 1);
    }
    { /* "abc": a+bc = -2.5, ab+c = -3.5 */
        static const int ids[] = {1, 5}, offs[] = {0, 1, 1, 3};
        expect_tokens(m, "the best total score wins (a+bc over ab+c)", "abc", ids, offs, 2);
    }
    { /* x, y unknown: one fused <unk> spanning both */
        static const int ids[] = {0, 3}, offs[] = {0, 2, 2, 4};
        expect_tokens(m, "consecutive unknown characters fuse into one unk", "xyab", ids, offs, 2);
    }
    {
        static const int ids[] = {0, 1, 0}, offs[] = {0, 1, 1, 2, 2, 5};
        expect_tokens(m, "unknown runs split by a known piece stay apart (the run holds a 2-byte char)", "xa\xc3\xa9y", ids, offs, 3);
    }
    { /* byte_fallback: the fused "xy" becomes its bytes, each with the whole span */
        static const int ids[] = {1, 2, 3}, offs[] = {0, 1, 1, 3, 1, 3};
        expect_tokens(fb, "byte_fallback spells an unknown run as <0xXX> pieces", "axy", ids, offs, 3);
    }
    { /* a byte without its piece: the whole run is unk */
        static const int ids[] = {0}, offs[] = {0, 2};
        expect_tokens(fb, "byte_fallback falls back to unk when a byte piece is missing", "xz", ids, offs, 1);
    }
    bert_model_free(m);
    bert_model_free(fb);
}

static bert_model *metaspace_model(const char *name, const char *scheme, int split) {
    char json[1024];
    snprintf(json, sizeof json,
             "{\"version\":\"1.0\",\"added_tokens\":[{\"id\":6,\"content\":\"<x>\",\"special\":true,\"normalized\":false}],"
             "\"normalizer\":{\"type\":\"Replace\",\"pattern\":{\"Regex\":\" {2,}\"},\"content\":\" \"},\"post_processor\":null,"
             "\"pre_tokenizer\":{\"type\":\"Metaspace\",\"replacement\":\"\\u2581\",%s,\"split\":%s},"
             "\"model\":{\"type\":\"Unigram\",\"unk_id\":0,\"vocab\":[[\"<unk>\",0],[\"\\u2581\",-3],[\"a\",-2],[\"b\",-2],"
             "[\"\\u2581a\",-1],[\"\\u2581b\",-1],[\"<x>\",0],[\"\\u2581a\\u2581b\",-0.5]]}}",
             scheme, split ? "true" : "false");
    return hand_model(name, json);
}

static void test_metaspace(void) {
    bert_model *always = metaspace_model("always", "\"prepend_scheme\":\"always\"", 1);
    bert_model *never = metaspace_model("never", "\"prepend_scheme\":\"never\"", 1);
    bert_model *first = metaspace_model("first", "\"prepend_scheme\":\"first\"", 1);
    bert_model *legacy = metaspace_model("legacy", "\"add_prefix_space\":false", 1);
    bert_model *whole = metaspace_model("nosplit", "\"prepend_scheme\":\"always\"", 0);
    if (!always || !never || !first || !legacy || !whole) {
        CHECK(0, "unigram: Metaspace models convert");
    } else {
        static const int i1[] = {4, 5}, o1[] = {0, 1, 1, 3};
        static const int i2[] = {2, 5}, o2[] = {0, 1, 1, 3};
        static const int i3[] = {6, 2, 5}, o3[] = {0, 3, 3, 4, 4, 6};
        static const int i4[] = {7}, o4[] = {0, 3};
        static const int i5[] = {4, 5}, o5[] = {0, 1, 3, 5};
        expect_tokens(always, "Metaspace always: the prepended \xe2\x96\x81 takes the first character's span", "a b", i1, o1, 2);
        expect_tokens(never, "Metaspace never", "a b", i2, o2, 2);
        expect_tokens(legacy, "Metaspace add_prefix_space false reads as never", "a b", i2, o2, 2);
        expect_tokens(first, "Metaspace first: the start of the text", "a b", i1, o1, 2);
        expect_tokens(first, "Metaspace first: not after an added token", "<x>a b", i3, o3, 3);
        expect_tokens(whole, "Metaspace split false: one word", "a b", i4, o4, 1);
        expect_tokens(always, "Replace {2,}: the kept space takes the last replaced one's span", "a   b", i5, o5, 2);
    }
    bert_model_free(always);
    bert_model_free(never);
    bert_model_free(first);
    bert_model_free(legacy);
    bert_model_free(whole);
}

/* ---- Precompiled through the fixture's nmt_nfkc charsmap ----------------------------------------- */

/* Normalizes text with the model's normalizer; compares the code points and byte spans. */
static void expect_normalized(const bert_model *m, const char *what, const char *text, const uint32_t *cps, const int *spans, int n) {
    bert__tok_ws ws;
    bert_error err;
    size_t at = 0, len = strlen(text);
    int count = 0, ok, i;
    memset(&ws, 0, sizeof ws);
    if (!BERT__GROW(ws.norm, ws.norm_cap, len + 1)) return;
    while (at < len) {
        int k = bert__utf8_decode((const uint8_t *)text + at, len - at, &ws.norm[count].cp);
        ws.norm[count].start = (uint32_t)at;
        ws.norm[count].end = (uint32_t)(at + (size_t)k);
        at += (size_t)k;
        count++;
    }
    ok = bert__normalize(&m->tokenizer, &ws, &count, 0, &err) == BERT_OK && count == n;
    for (i = 0; ok && i < n; i++)
        ok = ws.norm[i].cp == cps[i] && (int)ws.norm[i].start == spans[2 * i] && (int)ws.norm[i].end == spans[2 * i + 1];
    if (!ok) {
        printf("  %s: got", what);
        for (i = 0; i < count; i++) printf(" U+%04X[%u,%u]", ws.norm[i].cp, ws.norm[i].start, ws.norm[i].end);
        printf("\n");
    }
    CHECKF(ok, "precompiled: %s", what);
    BERT_FREE(ws.norm);
    BERT_FREE(ws.tmp);
}

/* Expected values read off Hugging Face tokenizers 0.22 (the spm_precompiled crate). */
static void test_precompiled(void) {
    const char *path = tok_convert("unigram_xlmr");
    bert_model *m = NULL;
    bert_error err;
    if (!path || bert_model_load_file(&m, path, &err) != BERT_OK) { CHECK(0, "precompiled: the XLM-R fixture loads"); return; }
    { /* e + U+0301 is one cluster of 3 bytes: looked up whole, it composes */
        static const uint32_t c[] = {0xE9};
        static const int s[] = {0, 1};
        expect_normalized(m, "a short cluster is looked up whole (e + U+0301 -> U+00E9)", "e\xcc\x81", c, s, 1);
    }
    { /* fullwidth A + U+0301 (5 bytes): the shortest key that prefixes it is the A alone, and the
         whole cluster becomes its replacement: the accent is gone */
        static const uint32_t c[] = {'x', 'A', 'y'};
        static const int s[] = {0, 1, 1, 4, 6, 7};
        expect_normalized(m, "the shortest matching key replaces the whole cluster (U+FF21 U+0301 -> A)", "x\xef\xbc\xa1\xcc\x81y", c, s, 3);
    }
    { /* a 1 -> 2 expansion then a removal: the removal amends the expansion's last character */
        static const uint32_t c[] = {'f', 'i', 'x'};
        static const int s[] = {0, 3, 3, 4, 4, 5};
        expect_normalized(m, "U+FB01 then a removed control: i takes the control's span", "\xef\xac\x81\x01x", c, s, 3);
    }
    { /* a removal at the very start has no entry to amend: the next characters shift */
        static const uint32_t c[] = {'a', 'b'};
        static const int s[] = {0, 1, 1, 2};
        expect_normalized(m, "a removal at the start shifts the spans", "\x01" "ab", c, s, 2);
    }
    { /* an emoji with a skin tone is 8 bytes: character by character, both unchanged */
        static const uint32_t c[] = {0x1F44D, 0x1F3FD};
        static const int s[] = {0, 4, 4, 8};
        expect_normalized(m, "a cluster of 6 bytes or more goes character by character", "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", c, s, 2);
    }
    bert_model_free(m);
}

/* ---- Grapheme clusters against auxiliary/GraphemeBreakTest.txt (Unicode 15.0) ------------------- */

static void test_graphemes(void) {
    size_t len;
    char *text = tok_read_file("tests/fixtures/unicode/GraphemeBreakTest.txt", &len), *line, *end;
    int cases = 0, bad = 0;
    if (!text) { CHECK(0, "graphemes: cannot read GraphemeBreakTest.txt"); return; }
    for (line = text; line < text + len; line = end + 1) {
        uint32_t cps[64];
        int brk[64], n = 0, i, ok = 1;
        char *p = line;
        end = strchr(line, '\n');
        if (!end) end = text + len;
        *end = 0;
        if (*line == '#' || !*line) continue;
        while (*p && *p != '#') { /* "÷ 0020 × 0308 ÷" */
            if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0xB7) { brk[n] = 1; p += 2; continue; }  /* ÷ */
            if ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0x97) { brk[n] = 0; p += 2; continue; }  /* × */
            if (*p == ' ' || *p == '\t') { p++; continue; }
            if (n < 63) cps[n++] = (uint32_t)strtoul(p, &p, 16);
            else break;
        }
        if (n == 0) continue;
        {
            bert__grapheme_state g;
            bert__grapheme_start(&g, cps[0]);
            for (i = 1; i < n; i++) ok &= bert__grapheme_break(&g, cps[i]) == brk[i];
        }
        cases++;
        if (!ok && bad++ < 3) printf("  graphemes: %s\n", line);
    }
    CHECKF(bad == 0 && cases > 500, "graphemes: %d of %d GraphemeBreakTest.txt lines cut as UAX #29 says", cases - bad, cases);
    free(text);
}

/* ---- bert tokenize: ids, tokens (Hugging Face's token texts), type ids and offsets ------------- */

/* ---- Corrupt sections: every check of the Unigram block and the new steps ---------------------- */


static int copy_file(const char *path, tok_file *c) {
    size_t len;
    int r;
    char *bytes = tok_read_file(path, &len);
    if (!bytes) return -1;
    r = tok_file_copy(c, bytes, len);
    free(bytes);
    return r;
}

/* Word i of the tokenizer section. */
static uint8_t *tk_word(const tok_file *c, uint32_t i) { return tok_section(c) + 4 * (size_t)i; }
/* Word i of the first step of `type` in the array at header word `array`, or NULL. */
static uint8_t *step_word(const tok_file *c, int array, int count_word, uint32_t type, int i) {
    uint32_t k, n = tok_word(tk_word(c, (uint32_t)count_word), 0);
    uint8_t *s = tok_section(c) + tok_word(tk_word(c, (uint32_t)array), 0);
    for (k = 0; k < n; k++, s += 4 * BERT__STEP_WORDS)
        if (tok_word(s, 0) == type) return s + 4 * i;
    return NULL;
}
static uint8_t *model_word(const tok_file *c, int i) { return tok_section(c) + tok_word(tk_word(c, BERT__TK_MODEL_DATA), 0) + 4 * i; }

static void expect_refused(const tok_file *orig, const char *what, int how) {
    tok_file c;
    bert_model *m = NULL;
    bert_error err;
    uint8_t *w;
    int r;
    if (tok_file_copy(&c, orig->data, orig->size)) return;
    switch (how) {
    case 0: tok_put_word(model_word(&c, BERT__UNI_NODE_COUNT), 0, 0x3FFFFFFF); break;
    case 1: tok_put_word(model_word(&c, BERT__UNI_PIECE_COUNT), 0, 0xFFFFFF); break;
    case 2: w = tok_section(&c) + tok_word(model_word(&c, BERT__UNI_EDGES), 0); tok_put_word(w, 0, tok_word(model_word(&c, BERT__UNI_NODE_COUNT), 0) << 8); break;
    case 3: w = tok_section(&c) + tok_word(model_word(&c, BERT__UNI_EDGES), 0); tok_put_word(w + 4, 0, tok_word(w, 0)); break; /* root edges out of order */
    case 4: w = tok_section(&c) + tok_word(model_word(&c, BERT__UNI_NODE_PIECE), 0); tok_put_word(w + 8, 0, 0xFFFFFF); break;
    case 5: tok_put_word(model_word(&c, BERT__UNI_SCORES), 0, 0xFFFFFFF0); break;
    case 6: w = tok_section(&c) + tok_word(model_word(&c, BERT__UNI_EDGE_START), 0); tok_put_word(w + 4, 0, 0x7FFFFFFF); break;
    case 7: w = tok_section(&c) + tok_word(model_word(&c, BERT__UNI_BYTE_PIECES), 0); tok_put_word(w, 0, 0x7FFFFFF); break;
    case 8: if ((w = step_word(&c, BERT__TK_NORMALIZERS, BERT__TK_NORMALIZER_COUNT, BERT__NORM_PRECOMPILED, 3))) tok_put_word(w, 0, 0x7FFFFFF0); break;
    case 9: if ((w = step_word(&c, BERT__TK_NORMALIZERS, BERT__TK_NORMALIZER_COUNT, BERT__NORM_PRECOMPILED, 4))) tok_put_word(w, 0, 0x7FFFFFF0); break;
    case 10: /* the replacement blob must end in a NUL */
        if ((w = step_word(&c, BERT__TK_NORMALIZERS, BERT__TK_NORMALIZER_COUNT, BERT__NORM_PRECOMPILED, 2))) tok_put_word(w, 0, 2);
        break;
    case 11: if ((w = step_word(&c, BERT__TK_PRE_TOKENIZERS, BERT__TK_PRE_TOKENIZER_COUNT, BERT__PRE_METASPACE, 1))) tok_put_word(w, 0, 0xD800); break;
    case 12: if ((w = step_word(&c, BERT__TK_PRE_TOKENIZERS, BERT__TK_PRE_TOKENIZER_COUNT, BERT__PRE_METASPACE, 2))) tok_put_word(w, 0, 7); break;
    case 13: if ((w = step_word(&c, BERT__TK_NORMALIZERS, BERT__TK_NORMALIZER_COUNT, BERT__NORM_REPLACE_REGEX, 5))) tok_put_word(w, 0, 0); break;
    case 14: tok_put_word(tk_word(&c, BERT__TK_MODEL_DATA_SIZE), 0, 8); break;
    }
    r = bert_model_load_memory(&m, c.data, c.size, &err);
    CHECKF(r != BERT_OK && m == NULL, "corrupt Unigram section refused: %s (%s)", what, r != BERT_OK ? err.message : "loaded!");
    bert_model_free(m);
    free(c.raw);
}

static void test_corrupt(void) {
    static const char *what[] = {"trie node count", "piece count", "edge child", "edges out of order", "node piece id",
                                 "scores offset", "edge ranges", "byte piece id", "charsmap offset", "charsmap size",
                                 "charsmap blob without its NUL", "Metaspace replacement", "Metaspace prepend scheme",
                                 "Replace(Regex) min 0", "model block size"};
    const char *path = tok_convert("unigram_albert");
    tok_file f;
    int i;
    if (!path || copy_file(path, &f)) { CHECK(0, "corrupt: cannot read the converted ALBERT tokenizer"); return; }
    for (i = 0; i < (int)(sizeof what / sizeof what[0]); i++) expect_refused(&f, what[i], i);
    /* Random damage anywhere in the section, the charsmap and the trie included: loading fails
       cleanly or the tokenizer still tokenizes hostile text without reading out of bounds. */
    {
        uint32_t seed = 777, size = (uint32_t)bert__u64(f.data + 64);
        int iter, loaded = 0, refused = 0;
        bert_encoding e;
        memset(&e, 0, sizeof e);
        for (iter = 0; iter < 300; iter++) {
            tok_file c;
            bert_model *m = NULL;
            bert_error err;
            int k;
            if (tok_file_copy(&c, f.data, f.size)) break;
            for (k = 0; k < 1 + iter % 8; k++) {
                seed = seed * 1103515245u + 12345u;
                tok_section(&c)[(seed >> 4) % size] ^= (uint8_t)(1u << (seed >> 28) % 8);
            }
            if (bert_model_load_memory(&m, c.data, c.size, &err) == BERT_OK) {
                static const char hostile[] = "Ｈｅｌｌｏ  wörld ﬁ\x01 e\xcc\x81\xcc\x81 \xf0\x9f\x87\xba\xf0\x9f\x87\xb8 [MASK] \xe4\xb8\xad\xff";
                loaded++;
                bert_tokenize(m, hostile, sizeof hostile - 1, 0, &e, &err);
                bert_model_free(m);
            } else {
                refused++;
            }
            free(c.raw);
        }
        bert_encoding_free(&e);
        CHECKF(loaded + refused == 300, "fuzzed Unigram sections: %d refused, %d loaded and tokenized, no crash", refused, loaded);
    }
    free(f.raw);
}

/* ---- Malformed files ------------------------------------------------------------------------- */

/* Runs the sanitized converter on dir; returns its exit status and first output line. */
static int convert_dir(const char *dir, char *line, size_t size) {
    char cmd[600];
    FILE *p;
    size_t n;
    snprintf(cmd, sizeof cmd, "build/tests/bert-convert-asan --tokenizer-only %s build/tests/uni_bad.bert 2>&1", dir);
    if (!(p = popen(cmd, "r"))) return -1;
    n = fread(line, 1, size - 1, p);
    line[n] = 0;
    line[strcspn(line, "\n")] = 0;
    return pclose(p);
}

static void expect_json_error(const char *name, const char *json, const char *must_mention) {
    char dir[256], path[300], out[2048];
    FILE *f;
    int status;
    snprintf(dir, sizeof dir, "build/tests/uni_bad_%s", name);
    snprintf(path, sizeof path, "mkdir -p %s", dir);
    if (system(path) != 0) return;
    snprintf(path, sizeof path, "%s/tokenizer.json", dir);
    if (!(f = fopen(path, "wb"))) return;
    fputs(json, f);
    fclose(f);
    status = convert_dir(dir, out, sizeof out);
    CHECKF(status != 0 && strstr(out, "tokenizer.json") && strstr(out, must_mention) && !strstr(out, "Sanitizer"),
           "converter rejects %s, naming \"%s\": %s", name, must_mention, out);
}

static void test_malformed(void) {
    expect_json_error("vocab", HAND_HEAD "\"pre_tokenizer\":null,\"model\":{\"type\":\"Unigram\",\"vocab\":{\"a\":1}}}", "model.vocab");
    expect_json_error("pair", HAND_HEAD "\"pre_tokenizer\":null,\"model\":{\"type\":\"Unigram\",\"vocab\":[[\"a\"]]}}", "model.vocab[0]");
    expect_json_error("unk_id", HAND_HEAD "\"pre_tokenizer\":null,\"model\":{\"type\":\"Unigram\",\"unk_id\":5,\"vocab\":[[\"a\",0]]}}", "unk_id");
    expect_json_error("regex", "{\"normalizer\":{\"type\":\"Replace\",\"pattern\":{\"Regex\":\"\\\\s+\"},\"content\":\" \"},"
                      "\"model\":{\"type\":\"Unigram\",\"vocab\":[[\"a\",0]]}}", "\\s+");
    expect_json_error("charsmap", "{\"normalizer\":{\"type\":\"Precompiled\",\"precompiled_charsmap\":\"AAAA!!\"},"
                      "\"model\":{\"type\":\"Unigram\",\"vocab\":[[\"a\",0]]}}", "precompiled_charsmap");
    expect_json_error("charsmap_size", "{\"normalizer\":{\"type\":\"Precompiled\",\"precompiled_charsmap\":\"/////w==\"},"
                      "\"model\":{\"type\":\"Unigram\",\"vocab\":[[\"a\",0]]}}", "precompiled_charsmap");
    expect_json_error("metaspace", "{\"pre_tokenizer\":{\"type\":\"Metaspace\",\"replacement\":\"ab\"},"
                      "\"model\":{\"type\":\"Unigram\",\"vocab\":[[\"a\",0]]}}", "replacement");
    expect_json_error("prepend", "{\"pre_tokenizer\":{\"type\":\"Metaspace\",\"replacement\":\"_\",\"prepend_scheme\":\"sometimes\"},"
                      "\"model\":{\"type\":\"Unigram\",\"vocab\":[[\"a\",0]]}}", "prepend_scheme");

    /* spiece.model: truncated and bit-flipped copies convert or fail with a message, never crash. */
    {
        size_t len;
        char *model = tok_read_file(TOK_FIXTURES "/unigram_xlmr/spiece.model", &len), out[2048];
        uint32_t seed = 99;
        int iter, clean = 1, status, errors = 0;
        if (!model || system("mkdir -p build/tests/uni_bad_spm && cp " TOK_FIXTURES "/unigram_xlmr/tokenizer_config.json "
                             "build/tests/uni_bad_spm/") != 0) {
            CHECK(0, "malformed spiece.model: cannot set up");
            free(model);
            return;
        }
        for (iter = 0; iter < 16; iter++) {
            FILE *f = fopen("build/tests/uni_bad_spm/spiece.model", "wb");
            char *copy = (char *)malloc(len);
            size_t n = len;
            int k;
            memcpy(copy, model, len);
            if (iter % 2 == 0) {
                seed = seed * 1103515245u + 12345u;
                n = (seed >> 4) % len;
            } else {
                for (k = 0; k < 1 + iter; k++) {
                    seed = seed * 1103515245u + 12345u;
                    copy[(seed >> 4) % 200000] ^= (char)(1 << (seed >> 28) % 8); /* the pieces and the charsmap */
                }
            }
            if (f) { fwrite(copy, 1, n, f); fclose(f); }
            free(copy);
            status = convert_dir("build/tests/uni_bad_spm", out, sizeof out);
            if (strstr(out, "Sanitizer") || strstr(out, "runtime error") || (status != 0 && !strstr(out, "spiece.model"))) {
                clean = 0;
                printf("  malformed spiece.model %d: %s\n", iter, out);
            }
            errors += status != 0;
        }
        CHECKF(clean && errors > 0, "malformed spiece.model: 16 damaged copies, %d refused naming the file, no crash", errors);
        free(model);
    }
}

int main(void) {
    test_spiece_goldens();
    test_viterbi();
    test_metaspace();
    test_precompiled();
    test_graphemes();
    {
        const char *xlmr = tok_convert("unigram_xlmr"), *albert = tok_convert("unigram_albert");
        if (xlmr && albert) {
            tok_cli_vs_golden(xlmr, "unigram_xlmr", "adversarial");
            tok_cli_vs_golden(xlmr, "unigram_xlmr", "adversarial_nul");
            tok_cli_vs_golden(albert, "unigram_albert", "pairs");
        } else CHECK(0, "cli: the unigram tokenizers convert");
    }
    test_corrupt();
    test_malformed();
    return test_done();
}
