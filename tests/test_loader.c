/* test_loader.c - bert_model_load_memory must reject every corrupt file with an error and a
 * message, and never read out of bounds. Built with AddressSanitizer and UBSan (see the
 * Makefile), so an out-of-bounds read aborts the program and counts as a failure.
 *
 * The corruptions are targeted (each header field, config word and tensor-table field set to
 * values a bad file could hold) and then random (seeded byte mutations of the metadata). All of
 * it runs on two base files: f32 weights, and q8_0 (int8 panels with row scales).
 */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "test.h"

#define WORK "build/tests/loader"

static uint8_t *g_orig, *g_buf; /* the valid file, and a 64-aligned scratch copy */
static size_t g_size;

static void put_u32(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24); }
static void put_u64(uint8_t *p, uint64_t v) { put_u32(p, (uint32_t)v); put_u32(p + 4, (uint32_t)(v >> 32)); }

static void reset(void) { memcpy(g_buf, g_orig, g_size); }

/* Loads g_buf[0..size); if it loads, also runs one tiny encode to prove the model is usable. */
static int try_load(size_t size, bert_error *err) {
    bert_model *m = NULL;
    int r = bert_model_load_memory(&m, g_buf, size, err);
    if (r == BERT_OK) {
        bert_ctx *c;
        if (bert_model_config(m)->has_weights && bert_ctx_create(&c, m, 1, 4, err) == BERT_OK) {
            int32_t ids[4] = {1, 2, 3, 4};
            bert_batch b = {1, 4, ids, NULL, NULL};
            float out[2048];
            if (bert_encode(c, &b, err) == BERT_OK && bert_output_size(c, BERT_OUT_MEAN) <= 2048)
                bert_output_get(c, BERT_OUT_MEAN, out, err);
            bert_ctx_free(c);
        }
        bert_model_free(m);
    }
    return r;
}

/* Expects a load failure with code `code` (or any error when code == 0) and a message. */
static void expect_error(const char *what, size_t size, int code) {
    bert_error err;
    int r;
    memset(&err, 0, sizeof err);
    r = try_load(size, &err);
    CHECKF(r != BERT_OK && (code == 0 || r == code) && err.message[0] != 0 && err.code == r, "rejects %s (%d: %s)", what, r, err.message);
}

static uint64_t get_u64(size_t at) { return bert__u64(g_orig + at); }

/* Converts fixture `fixture` with `options` into WORK/name.bert and reads it into g_orig (and a
   scratch copy g_buf): 0 done, -1 failed (said). */
static int read_base(const char *fixture, const char *name, const char *options) {
    FILE *f;
    void *raw_orig, *raw_buf;
    bert_error err;
    char cmd[512], path[256];
    snprintf(path, sizeof path, WORK "/%s.bert", name);
    snprintf(cmd, sizeof cmd, "mkdir -p " WORK " && build/bert-convert tests/fixtures/models/%s %s %s 2>/dev/null", fixture, path, options);
    if (system(cmd) != 0) {
        CHECKF(0, "%s: convert the base file", name);
        return -1;
    }
    printf("# base file %s (bert-convert %s %s)\n", name, fixture, options);
    f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    g_size = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    if (posix_memalign(&raw_orig, 64, g_size) || posix_memalign(&raw_buf, 64, g_size + 64)) exit(1);
    g_orig = (uint8_t *)raw_orig;
    g_buf = (uint8_t *)raw_buf;
    if (fread(g_orig, 1, g_size, f) != g_size) exit(1);
    fclose(f);
    reset();
    CHECKF(try_load(g_size, &err) == BERT_OK, "the unmodified file loads (%s)", err.message);
    return 0;
}

/* The config words of the rotary, pre-norm layers (ModernBERT's fixture) and the biases and norms
   it declares omitted: each must agree with the tensors present, or the file is refused. */
static void check_layer_words(void) {
    static const struct { int word; uint32_t value; const char *what; } bad[] = {
        {BERT__C_OMITTED, 0, "biases declared present but missing"},
        {BERT__C_OMITTED, BERT_OMIT_FFN_BIAS | BERT_OMIT_NORM_BIAS | BERT_OMIT_HEAD_BIAS | BERT_OMIT_FIRST_ATTN_NORM,
         "attention biases declared present but missing"},
        {BERT__C_OMITTED, BERT_OMIT_ATTN_BIAS | BERT_OMIT_FFN_BIAS | BERT_OMIT_NORM_BIAS | BERT_OMIT_HEAD_BIAS,
         "layer 0's attention norm declared present but missing"},
        {BERT__C_OMITTED, 32, "an unknown omitted bit"},
        {BERT__C_PRE_NORM, 0, "a first attention norm omitted in a post-norm model"}, {BERT__C_PRE_NORM, 2, "norm placement 2"},
        {BERT__C_GATED_FFN, 0, "an ungated feed-forward beside a gated up product"}, {BERT__C_GATED_FFN, 2, "gated_ffn 2"},
        {BERT__C_ROPE_THETA, 0x7FC00000u, "a NaN rotary base"}, {BERT__C_ROPE_THETA, 0xBF800000u, "a negative rotary base"},
        {BERT__C_ROPE_THETA, 0, "a local rotary base without a global one"},
        {BERT__C_ROPE_LOCAL_THETA, 0, "a rotary model without a local base"}, {BERT__C_LOCAL_WINDOW, 0, "local layers without a window"},
        {BERT__C_GLOBAL_EVERY, 0xFFFFFFFFu, "a negative global_every"}, {BERT__C_HEAD_NORMS, 8, "an unknown head-norm bit"},
        {BERT__C_HEAD_NORMS, 0, "a classifier norm the config does not declare"}, {BERT__C_SEQ_SOURCE, 3, "classifier input 3"},
        {BERT__C_SEQ_ACT, 0, "a classifier norm after no activation"},
    };
    uint64_t cfg_off;
    size_t i;
    if (read_base("modernbert_seqcls", "modernbert", "") != 0) return;
    cfg_off = get_u64(24);
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        reset();
        put_u32(g_buf + cfg_off + 4 * (size_t)bad[i].word, bad[i].value);
        expect_error(bad[i].what, g_size, BERT_E_FORMAT);
    }
    free(g_orig);
    free(g_buf);
    /* Biases present in a file that declares them omitted (modernbert_seqmean has every bias): the
       declaration must say what is there. */
    if (read_base("modernbert_seqmean", "modernbert_biases", "") != 0) return;
    cfg_off = get_u64(24);
    for (i = 0; i < 4; i++) {
        static const char *const what[] = {"attention biases present but declared omitted", "feed-forward biases present but declared omitted",
                                           "norm biases present but declared omitted", "head biases present but declared omitted"};
        reset();
        put_u32(g_buf + cfg_off + 4 * (size_t)BERT__C_OMITTED, BERT_OMIT_FIRST_ATTN_NORM | 1u << i);
        expect_error(what[i], g_size, BERT_E_FORMAT);
    }
    free(g_orig);
    free(g_buf);
    /* The QA head's transform (modernbert_qa: head.dense -> gelu_new -> head.norm before qa.out). */
    if (read_base("modernbert_qa", "modernbert_qa", "") != 0) return;
    cfg_off = get_u64(24);
    for (i = 0; i < 3; i++) {
        static const struct { int word; uint32_t value; const char *what; } qa[] = {
            {BERT__C_HEAD_NORMS, 0, "a QA-head norm the config does not declare"}, {BERT__C_QA_ACT, 0, "a QA-head norm after no activation"},
            {BERT__C_QA_ACT, 7, "QA-head activation 7"}};
        reset();
        put_u32(g_buf + cfg_off + 4 * (size_t)qa[i].word, qa[i].value);
        expect_error(qa[i].what, g_size, BERT_E_FORMAT);
    }
    free(g_orig);
    free(g_buf);
    if (read_base("bert_seqcls", "bert_pre_norm", "") != 0) return;
    cfg_off = get_u64(24);
    put_u32(g_buf + cfg_off + 4 * (size_t)BERT__C_PRE_NORM, 1);
    expect_error("a pre-norm model without its final norm", g_size, BERT_E_FORMAT);
    free(g_orig);
    free(g_buf);
}

/* Every check below on the fixture bert_seqcls converted with `options`. */
static void check_file(const char *name, const char *options) {
    uint64_t cfg_off, str_off, str_size, ten_off, data_off, data_size;
    uint32_t count;
    bert_error err;
    size_t i;

    if (read_base("bert_seqcls", name, options) != 0) return;

    cfg_off = get_u64(24);
    str_off = get_u64(40);
    str_size = get_u64(48);
    ten_off = get_u64(72);
    count = bert__u32(g_orig + 80);
    data_off = get_u64(88);
    data_size = get_u64(96);

    /* Arguments. */
    {
        bert_model *m;
        CHECK(bert_model_load_memory(&m, NULL, 100, &err) == BERT_E_ARG, "rejects a NULL buffer");
        CHECK(bert_model_load_memory(NULL, g_buf, g_size, &err) == BERT_E_ARG, "rejects a NULL out pointer");
        memcpy(g_buf + 1, g_orig, g_size);
        CHECK(bert_model_load_memory(&m, g_buf + 1, g_size, &err) == BERT_E_ARG, "rejects a misaligned buffer");
        CHECK(bert_model_load_file(&m, WORK "/no-such-file.bert", &err) == BERT_E_IO, "rejects a missing file");
        CHECK(bert_model_load_file(&m, WORK, &err) == BERT_E_IO, "rejects a directory");
    }

    /* Truncation, as it arrives (size field intact) and with the size field patched to match, so
       that the checks behind the size check are exercised too. */
    {
        size_t cuts[] = {0, 1, 8, 16, 127, 128, 129, (size_t)cfg_off + 16, (size_t)str_off + 3, (size_t)ten_off + 10,
                         (size_t)data_off, (size_t)data_off + 100, g_size - 1};
        for (i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
            char what[96];
            reset();
            snprintf(what, sizeof what, "a file truncated to %lu bytes", (unsigned long)cuts[i]);
            expect_error(what, cuts[i], BERT_E_FORMAT);
            if (cuts[i] >= 24) {
                reset();
                put_u64(g_buf + 16, cuts[i]);
                snprintf(what, sizeof what, "a file truncated to %lu bytes with a matching size field", (unsigned long)cuts[i]);
                expect_error(what, cuts[i], 0);
            }
        }
        reset();
        expect_error("a file with a trailing byte", g_size + 1, BERT_E_FORMAT);
    }

    /* The header. */
    reset(); g_buf[0] = 'X'; expect_error("a bad magic", g_size, BERT_E_FORMAT);
    reset(); put_u32(g_buf + 8, 4); expect_error("format version 4 (newer than this reader)", g_size, BERT_E_UNSUPPORTED);
    reset(); put_u32(g_buf + 8, 0); expect_error("format version 0", g_size, BERT_E_UNSUPPORTED);
    reset(); put_u32(g_buf + 12, 64); expect_error("a header size below 128", g_size, BERT_E_FORMAT);
    reset(); put_u32(g_buf + 12, 0xFFFFFFFFu); expect_error("a huge header size", g_size, BERT_E_FORMAT);
    {
        static const struct { size_t at; uint64_t value; const char *what; } bad[] = {
            {24, 1ull << 62, "a config offset past the end"}, {32, 1ull << 40, "a huge config size"},
            {32, 6, "a config size not a multiple of 4"}, {40, 0xFFFFFFFFFFFFFFF0ull, "a string offset that wraps"},
            {48, 1ull << 40, "a huge string table"}, {56, 1ull << 50, "a tokenizer offset past the end"},
            {64, 0xFFFFFFFFFFFFFFFFull, "a huge tokenizer size"}, {72, 1ull << 33, "a tensor table past the end"},
            {88, 65, "a misaligned data offset"}, {88, 1ull << 45, "a data offset past the end"},
            {96, 1ull << 45, "a huge data size"},
        };
        for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            reset();
            put_u64(g_buf + bad[i].at, bad[i].value);
            expect_error(bad[i].what, g_size, BERT_E_FORMAT);
        }
        reset(); put_u32(g_buf + 80, 0x7FFFFFFFu); expect_error("a huge tensor count", g_size, BERT_E_FORMAT);
        reset(); put_u32(g_buf + 84, 40); expect_error("a wrong tensor entry size", g_size, BERT_E_FORMAT);
    }

    /* The config. */
    {
        static const struct { int word; uint32_t value; const char *what; } bad[] = {
            {BERT__C_ARCH, 0, "architecture 0"}, {BERT__C_ARCH, 99, "architecture 99"},
            {BERT__C_VOCAB, 0, "vocab_size 0"}, {BERT__C_VOCAB, 0x7FFFFFFF, "vocab_size 2^31-1"},
            {BERT__C_HIDDEN, 0, "hidden_size 0"}, {BERT__C_HIDDEN, 0x80000000u, "a negative hidden_size"},
            {BERT__C_HIDDEN, 65, "hidden_size not divisible by the heads"}, {BERT__C_HEADS, 0, "0 heads"},
            {BERT__C_LAYERS, 1000000, "a million layers"}, {BERT__C_LAYERS, 0, "0 layers"},
            {BERT__C_INTERMEDIATE, 0x40000000, "intermediate_size 2^30"}, {BERT__C_GROUPS, 0, "0 layer groups"},
            {BERT__C_GROUPS, 3, "layers not divisible by groups"}, {BERT__C_INNER_GROUP, 0, "0 inner layers"},
            {BERT__C_ACT, 0, "activation 0"}, {BERT__C_ACT, 77, "activation 77"},
            {BERT__C_LN_EPS, 0x7FC00000u, "a NaN layer-norm eps"}, {BERT__C_LN_EPS, 0xBF800000u, "a negative eps"},
            {BERT__C_POSITIONS, 5, "position rule 5"}, {BERT__C_MAX_LENGTH, 65, "max_length past the position table"},
            {BERT__C_MAX_LENGTH, 0, "max_length 0"}, {BERT__C_POOLING, 9, "pooling 9"}, {BERT__C_DTYPE, 9, "dtype 9"},
            {BERT__C_NUM_LABELS, 0, "a classifier with 0 labels"}, {BERT__C_NUM_LABELS, 7, "labels not matching the classifier"},
            {BERT__C_LABELS_STR, 0xFFFFFF00u, "label names past the string table"},
            {BERT__C_HEADS_MASK, 0xFFu, "heads whose tensors are missing"}, {BERT__C_SEQ_SOURCE, 9, "classifier input 9"},
            {BERT__C_TYPE_VOCAB, 3, "a token-type table of the wrong size"}, {BERT__C_MAX_POSITIONS, 63, "a position table of the wrong size"},
            {BERT__C_EMBEDDING, 32, "an embedding size without a projection"},
            {BERT__C_NUM_PROMPTS, 100000, "100000 prompts"}, {BERT__C_NUM_PROMPTS, 60000, "prompts past the string table"},
            {BERT__C_DEFAULT_PROMPT, 1, "a default prompt without prompts"},
            {BERT__C_POOLING, BERT_POOL_SPLADE, "SPLADE pooling without a masked-LM head"},
            {BERT__C_POOLING, BERT_POOL_SPLADE_SUM, "SPLADE sum pooling without a masked-LM head"},
            {BERT__C_SPLADE_TWICE, 2, "splade_log1p_twice 2"},
        };
        for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            reset();
            put_u32(g_buf + cfg_off + 4 * (size_t)bad[i].word, bad[i].value);
            expect_error(bad[i].what, g_size, BERT_E_FORMAT);
        }
    }

    /* The string table: no terminating NUL. */
    reset();
    memset(g_buf + str_off, 'a', (size_t)str_size);
    expect_error("a string table without NULs", g_size, BERT_E_FORMAT);

    /* The tensor table: each field of each entry. */
    {
        static const struct { size_t field; uint64_t value; int is64; const char *what; } bad[] = {
            {0, 0xFFFFFF00u, 0, "a tensor name past the string table"}, {4, 7, 0, "dtype 7"}, {8, 3, 0, "ndim 3"},
            {12, 2, 0, "layout 2 (the retired q8_0 with one scale per row)"}, {12, 4, 0, "layout 4"},
            {16, 12345, 0, "a wrong first dimension"}, {20, 1, 0, "a wrong second dimension"},
            {32, 1ull << 40, 1, "a data offset past the data"}, {32, 4, 1, "a misaligned data offset"},
            {40, 1ull << 40, 1, "a huge data size"}, {40, 8, 1, "a data size not matching the shape"},
        };
        uint32_t t;
        int failures = 0;
        for (t = 0; t < count; t++) {
            for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
                uint8_t *e;
                bert_error e2;
                reset();
                e = g_buf + ten_off + (size_t)t * 48 + bad[i].field;
                if (bad[i].is64) put_u64(e, bad[i].value);
                else put_u32(e, bad[i].value);
                memset(&e2, 0, sizeof e2);
                if (try_load(g_size, &e2) == BERT_OK || e2.message[0] == 0) {
                    if (failures++ < 5) CHECKF(0, "rejects tensor %u with %s", t, bad[i].what);
                }
            }
        }
        CHECKF(failures == 0, "rejects every corrupt field of all %u tensor entries (%d accepted)", count, failures);
    }

    /* Dtype and layout must agree: f32 or f16 in the q8_0 layout, q8_0 in the float panels' layout
       (or in the blocks of 32 an earlier bert.h wrote there) are refused, whatever the size says. */
    {
        uint32_t t;
        int panels = 0, refused = 0;
        for (t = 0; t < count; t++) {
            uint8_t *e = g_buf + ten_off + (size_t)t * 48;
            uint32_t dtype, layout;
            reset();
            dtype = bert__u32(e + 4);
            layout = bert__u32(e + 12);
            if (layout == BERT__LAYOUT_ROWS) continue;
            panels++;
            put_u32(e + 12, layout == BERT__LAYOUT_Q8 ? BERT__LAYOUT_PANELS : BERT__LAYOUT_Q8);
            refused += try_load(g_size, &err) == BERT_E_FORMAT;
            reset();
            put_u32(e + 4, dtype == BERT_DTYPE_Q8_0 ? BERT_DTYPE_F32 : BERT_DTYPE_Q8_0);
            refused += try_load(g_size, &err) == BERT_E_FORMAT;
        }
        CHECKF(panels > 0 && refused == 2 * panels, "%d tensors in panels: every dtype / layout mismatch is refused (%d of %d)", panels,
               refused, 2 * panels);
    }

    /* Seeded random mutations of the metadata: 1 to 4 bytes changed each time. Any outcome but a
       crash (which the sanitizers turn into a failed run) is acceptable. */
    {
        uint32_t seed = 12345u;
        int n, loaded = 0, rejected = 0, without_message = 0;
        for (n = 0; n < 20000; n++) {
            int k, changes;
            bert_error e2;
            reset();
            seed = seed * 1664525u + 1013904223u;
            changes = 1 + (int)(seed >> 30);
            for (k = 0; k < changes; k++) {
                size_t at;
                seed = seed * 1664525u + 1013904223u;
                at = (size_t)((seed >> 8) % data_off);
                seed = seed * 1664525u + 1013904223u;
                g_buf[at] = (uint8_t)(seed >> 24);
            }
            memset(&e2, 0, sizeof e2);
            if (try_load(g_size, &e2) == BERT_OK) loaded++;
            else {
                rejected++;
                if (!e2.message[0]) without_message++;
            }
        }
        CHECKF(without_message == 0, "20000 random metadata mutations: %d loaded, %d rejected, all with a message", loaded, rejected);
    }

    (void)data_size;
    free(g_orig);
    free(g_buf);
}

int main(void) {
    check_file("base", "");
    check_file("base_q8", "--dtype q8_0");
    check_layer_words();
    return test_done();
}
