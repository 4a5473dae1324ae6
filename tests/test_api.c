/* test_api.c - the library API: argument and state errors, context reuse, and the pooling modes
 * the goldens do not list (max, mean/sqrt(len)) checked against those formulas applied to the
 * golden last_hidden_state. */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "golden.h"

#include <math.h>

#define WORK "build/tests/api"

static json_doc g_bert, g_mlm;

static bert_model *load(const char *fixture, const char *file) {
    char cmd[512];
    bert_model *m = NULL;
    bert_error err;
    snprintf(cmd, sizeof cmd, "build/bert-convert tests/fixtures/models/%s " WORK "/%s 2>/dev/null", fixture, file);
    if (system(cmd) != 0) return NULL;
    snprintf(cmd, sizeof cmd, WORK "/%s", file);
    if (bert_model_load_file(&m, cmd, &err) != BERT_OK) return NULL;
    return m;
}

int main(void) {
    bert_model *m, *mlm;
    bert_ctx *c = NULL;
    bert_error err;
    golden_case gc, gc2;
    static float out[1 << 20];
    static double gold[1 << 20], hidden[1 << 20];
    bert_batch b;
    int i, H;

    if (system("mkdir -p " WORK) != 0 || !golden_read("tests/fixtures/models/bert/golden.json", &g_bert) ||
        !golden_read("tests/fixtures/models/bert_mlm/golden.json", &g_mlm)) {
        CHECK(0, "read the goldens");
        return test_done();
    }
    m = load("bert", "bert.bert");
    mlm = load("bert_mlm", "bert_mlm.bert");
    if (!m || !mlm) { CHECK(0, "convert and load the fixtures"); return test_done(); }
    H = bert_model_config(m)->hidden_size;

    /* Loading from memory: an aligned copy works, the library copies no weights. */
    {
        FILE *f = fopen(WORK "/bert.bert", "rb");
        void *buf;
        size_t size;
        bert_model *mm;
        fseek(f, 0, SEEK_END);
        size = (size_t)ftell(f);
        fseek(f, 0, SEEK_SET);
        if (posix_memalign(&buf, 64, size) || fread(buf, 1, size, f) != size) return 1;
        fclose(f);
        CHECK(bert_model_load_memory(&mm, buf, size, &err) == BERT_OK && err.code == BERT_OK && err.message[0] == 0,
              "load from a memory buffer");
        CHECK((const uint8_t *)mm->word.data > (const uint8_t *)buf && (const uint8_t *)mm->word.data < (const uint8_t *)buf + size,
              "weights are used in place, inside the caller's buffer");
        bert_model_free(mm);
        free(buf);
    }

    /* Context creation. */
    CHECK(bert_ctx_create(&c, m, 0, 8, &err) == BERT_E_ARG && strstr(err.message, "max_batch"), "ctx: max_batch 0 is an error");
    CHECK(bert_ctx_create(&c, m, 2, 65, &err) == BERT_E_ARG && strstr(err.message, "64"), "ctx: max_seq_len beyond the model is an error");
    CHECK(bert_ctx_create(NULL, m, 2, 8, &err) == BERT_E_ARG, "ctx: NULL out is an error");
    CHECK(bert_ctx_create(&c, NULL, 2, 8, &err) == BERT_E_ARG, "ctx: NULL model is an error");
    CHECK(bert_ctx_create(&c, m, 4, 0, &err) == BERT_OK && c->max_seq_len == 64, "ctx: max_seq_len 0 means the model's maximum");

    /* State errors before any encode. */
    CHECK(bert_output_get(c, BERT_OUT_MEAN, out, &err) == BERT_E_STATE, "output before encode is a state error");
    CHECK(bert_output_size(c, BERT_OUT_MEAN) == 0, "output size before encode is 0");

    /* Argument errors in encode. */
    golden_case_at(&g_bert, 2, &gc); /* b3_len7_padded, with token types */
    b = golden_batch(&gc);
    b.batch = 5;
    CHECK(bert_encode(c, &b, &err) == BERT_E_ARG && strstr(err.message, "batch"), "encode: a batch above max_batch is an error");
    b = golden_batch(&gc);
    b.input_ids = NULL;
    CHECK(bert_encode(c, &b, &err) == BERT_E_ARG, "encode: NULL input_ids is an error");
    b = golden_batch(&gc);
    gc.ids[3] = 1000;
    CHECK(bert_encode(c, &b, &err) == BERT_E_ARG && strstr(err.message, "input_ids[0][3] = 1000"), "encode: the message names the bad id");
    gc.ids[3] = 102;
    gc.ids[12] = 99999; /* row 1, position 5: masked, so never looked up */
    CHECK(bert_encode(c, &b, &err) == BERT_OK, "encode: ids under mask 0 are not looked up");
    gc.ids[12] = 0;
    gc.types[1] = 2;
    CHECK(bert_encode(c, &b, &err) == BERT_E_ARG && strstr(err.message, "token_type_ids[0][1]"), "encode: a bad token type is an error");
    gc.types[1] = 0;
    gc.mask[0] = 3;
    CHECK(bert_encode(c, &b, &err) == BERT_E_ARG && strstr(err.message, "attention_mask"), "encode: a mask of 3 is an error");
    gc.mask[0] = 1;
    CHECK(bert_output_size(c, BERT_OUT_MEAN) == 0, "a failed encode leaves no outputs");

    /* A good encode: the goldens, and pooling modes from their formulas. */
    CHECK(bert_encode(c, &b, &err) == BERT_OK, "encode the padded golden batch");
    {
        size_t n = golden_values(&gc, "last_hidden_state", hidden, 1 << 20);
        int bb, t, k;
        CHECK(bert_output_size(c, BERT_OUT_LAST_HIDDEN_STATE) == n, "last_hidden_state has [B][T][H] values");
        bert_output_get(c, BERT_OUT_LAST_HIDDEN_STATE, out, &err);
        {
            double w = 0;
            int zero = 1;
            for (bb = 0; bb < gc.B; bb++)
                for (t = 0; t < gc.T; t++)
                    for (k = 0; k < H; k++) {
                        size_t at = ((size_t)bb * gc.T + t) * H + k;
                        if (gc.mask[bb * gc.T + t]) { if (golden_rel_err(out[at], hidden[at]) > w) w = golden_rel_err(out[at], hidden[at]); }
                        else if (out[at] != 0) zero = 0;
                    }
            CHECKF(w <= 1e-4, "last_hidden_state matches the golden (%.1e)", w);
            CHECK(zero, "masked positions read as 0");
        }
        /* max and mean/sqrt(len) over mask-1 positions, from the golden hidden states */
        for (i = 0; i < 2; i++) {
            bert_output which = i == 0 ? BERT_OUT_MAX : BERT_OUT_MEAN_SQRT_LEN;
            double w = 0;
            bert_output_get(c, which, out, &err);
            for (bb = 0; bb < gc.B; bb++) {
                int count = 0;
                for (t = 0; t < gc.T; t++) count += gc.mask[bb * gc.T + t];
                for (k = 0; k < H; k++) {
                    double acc = i == 0 ? -INFINITY : 0;
                    for (t = 0; t < gc.T; t++) {
                        double v = hidden[((size_t)bb * gc.T + t) * H + k];
                        if (!gc.mask[bb * gc.T + t]) continue;
                        if (i == 0) acc = v > acc ? v : acc;
                        else acc += v;
                    }
                    if (i == 1) acc /= sqrt((double)count);
                    if (golden_rel_err(out[bb * H + k], acc) > w) w = golden_rel_err(out[bb * H + k], acc);
                }
            }
            CHECKF(w <= 1e-4, "%s pooling matches its formula on the golden hidden states (%.1e)", i ? "mean/sqrt(len)" : "max", w);
        }
        n = golden_values(&gc, "mean_pooled", gold, 1 << 20);
        bert_output_get(c, BERT_OUT_MEAN, out, &err);
        CHECKF(golden_max_err(out, gold, n) <= 1e-4, "mean pooling matches the golden");
        bert_output_get(c, BERT_OUT_EMBEDDING, out, &err);
        CHECKF(golden_max_err(out, gold, n) <= 1e-4, "the default embedding (no sentence-transformers config) is the mean");
        n = golden_values(&gc, "cls", gold, 1 << 20);
        bert_output_get(c, BERT_OUT_CLS, out, &err);
        CHECKF(golden_max_err(out, gold, n) <= 1e-4, "cls pooling matches the golden");
    }
    CHECK(bert_output_size(c, BERT_OUT_MLM_LOGITS) == 0 && bert_output_get(c, BERT_OUT_MLM_LOGITS, out, &err) == BERT_E_STATE,
          "an output the model lacks is a state error");
    CHECK(bert_mlm_logits(c, 0, 0, out, &err) == BERT_E_STATE, "bert_mlm_logits without the head is a state error");

    /* Reuse: another batch, then the first again, give the goldens each time. */
    golden_case_at(&g_bert, 0, &gc2);
    b = golden_batch(&gc2);
    CHECK(bert_encode(c, &b, &err) == BERT_OK, "encode a second, smaller batch");
    {
        size_t n = golden_values(&gc2, "pooler_output", gold, 1 << 20);
        CHECK(bert_output_size(c, BERT_OUT_POOLER) == n, "outputs follow the new batch's shape");
        bert_output_get(c, BERT_OUT_POOLER, out, &err);
        CHECKF(golden_max_err(out, gold, n) <= 1e-4, "pooler output of the second batch matches the golden");
    }
    b = golden_batch(&gc);
    bert_encode(c, &b, &err);
    {
        size_t n = golden_values(&gc, "pooler_output", gold, 1 << 20);
        bert_output_get(c, BERT_OUT_POOLER, out, &err);
        CHECKF(golden_max_err(out, gold, n) <= 1e-4, "the first batch again matches the golden");
    }
    bert_ctx_free(c);

    /* One token's masked-LM logits. */
    golden_case_at(&g_mlm, 2, &gc);
    b = golden_batch(&gc);
    if (bert_ctx_create(&c, mlm, 3, 7, &err) == BERT_OK && bert_encode(c, &b, &err) == BERT_OK) {
        size_t n = golden_values(&gc, "mlm_logits", hidden, 1 << 20), V = 1000;
        CHECK(n == 3 * 7 * V, "mlm golden has [3][7][1000] values");
        CHECK(bert_mlm_logits(c, 1, 3, out, &err) == BERT_OK, "bert_mlm_logits for one position");
        CHECKF(golden_max_err(out, hidden + (1 * 7 + 3) * V, V) <= 1e-4, "one position's logits match the golden");
        CHECK(bert_mlm_logits(c, 1, 6, out, &err) == BERT_E_ARG && strstr(err.message, "masked"), "a masked position is an error");
        CHECK(bert_mlm_logits(c, 3, 0, out, &err) == BERT_E_ARG, "a position outside the batch is an error");
    } else CHECK(0, "encode the mlm batch");
    bert_ctx_free(c);

    /* Normalization. */
    {
        float v[3] = {3, 4, 0}, z[2] = {0, 0};
        bert_l2_normalize(v, 3);
        bert_l2_normalize(z, 2);
        CHECK(fabsf(v[0] - 0.6f) < 1e-7f && fabsf(v[1] - 0.8f) < 1e-7f && v[2] == 0, "l2 normalize [3,4,0] is [0.6,0.8,0]");
        CHECK(z[0] == 0 && z[1] == 0, "l2 normalize leaves a zero vector as is");
    }

    /* f32 -> f16 bits, worked by hand from IEEE-754 binary16 (round to nearest, ties to even). */
    {
        static const struct { float f; uint16_t want; const char *what; } halves[] = {
            {1.0f, 0x3C00, "1"}, {-2.0f, 0xC000, "-2"}, {0.1f, 0x2E66, "0.1 (rounded down)"},
            {65504.0f, 0x7BFF, "the largest half"}, {65520.0f, 0x7C00, "65520 rounds to infinity"},
            {5.9604644775390625e-08f, 0x0001, "the smallest subnormal 2^-24"}, {2.9802322387695312e-08f, 0x0000, "2^-25: a tie, to even 0"},
            {8.940696716308594e-08f, 0x0002, "1.5 x 2^-24: a tie, to even 2"}, {-1e-9f, 0x8000, "a tiny negative: -0"},
            {1.00048828125f, 0x3C00, "1 + 2^-11: a tie, to even"}, {1.00146484375f, 0x3C02, "1 + 3 x 2^-11: a tie, to even"},
        };
        size_t k;
        for (k = 0; k < sizeof halves / sizeof halves[0]; k++)
            CHECKF(bert_f32_to_f16(halves[k].f) == halves[k].want, "f32 -> f16: %s is 0x%04X (got 0x%04X)", halves[k].what,
                   (unsigned)halves[k].want, (unsigned)bert_f32_to_f16(halves[k].f));
        CHECK((bert_f32_to_f16((float)NAN) & 0x7C00) == 0x7C00 && (bert_f32_to_f16((float)NAN) & 0x3FF) != 0, "f32 -> f16: NaN stays NaN");
    }

    /* Activations against their published formulas, at a few points (values from the formulas in
       double precision: gelu = x/2 (1 + erf(x/sqrt 2)); the tanh form; x sigmoid(1.702 x); x sigmoid(x)). */
    {
        static const struct { bert_act act; const char *name; float want[5]; } acts[] = {
            {BERT_ACT_GELU, "gelu", {-0.004049694f, -0.154268769f, 0.0f, 0.841344746f, 2.484475837f}},
            {BERT_ACT_GELU_TANH, "gelu_tanh", {-0.003637392f, -0.15428599f, 0.0f, 0.841191991f, 2.484915734f}},
            {BERT_ACT_QUICK_GELU, "quick_gelu", {-0.01807131f, -0.149611563f, 0.0f, 0.845795766f, 2.465013835f}},
            {BERT_ACT_SILU, "silu", {-0.14227762f, -0.188770334f, 0.0f, 0.731058579f, 2.31035455f}},
            {BERT_ACT_TANH, "tanh", {-0.995054754f, -0.462117157f, 0.0f, 0.761594156f, 0.986614298f}},
            {BERT_ACT_RELU, "relu", {0.0f, 0.0f, 0.0f, 1.0f, 2.5f}},
        };
        size_t a;
        int k, s;
        for (s = 0; s < BERT__KERNEL_SETS; s++) { /* every kernel set this CPU runs */
            const bert__kernels *set = bert__kernel_sets[s];
            if (!bert__cpu_runs(set)) {
                printf("# SKIP activations (%s): this CPU cannot run them; checked where it can\n", set->name);
                continue;
            }
            for (a = 0; a < sizeof acts / sizeof acts[0]; a++) {
                float v[5] = {-3.0f, -0.5f, 0.0f, 1.0f, 2.5f};
                double w = 0;
                set->activate(acts[a].act, v, 5);
                for (k = 0; k < 5; k++) if (fabs(v[k] - acts[a].want[k]) > w) w = fabs(v[k] - acts[a].want[k]);
                CHECKF(w <= 2e-6, "activation %s (%s) matches its formula (%.1e)", acts[a].name, set->name, w);
            }
        }
    }

    /* Names. */
    CHECK(strcmp(bert_arch_name(BERT_ARCH_XLM_ROBERTA), "xlm-roberta") == 0 && strcmp(bert_act_name(BERT_ACT_GELU_TANH), "gelu_tanh") == 0 &&
              strcmp(bert_pooling_name(BERT_POOL_MEAN_SQRT_LEN), "mean_sqrt_len") == 0 && strcmp(bert_dtype_name(BERT_DTYPE_F16), "f16") == 0 &&
              strcmp(bert_arch_name((bert_arch)42), "?") == 0,
          "name functions");
    CHECK(bert_model_label(m, 0) == NULL, "a model without labels has no label names");

    bert_model_free(m);
    bert_model_free(mlm);
    json_free(&g_bert);
    json_free(&g_mlm);
    return test_done();
}
