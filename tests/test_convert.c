/* test_convert.c - bert-convert on malformed and unusual Hugging Face folders.
 *
 * Every malformed folder must give a non-zero exit, one "bert-convert: ..." line naming the file
 * and field, and no output file (nor a leftover temporary). The unusual but valid ones (sharded
 * weights, sentence-transformers settings, --task) must convert and compute what the goldens say.
 * Folders are built from the `bert` fixture by rewriting its config.json and safetensors.
 */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "golden.h"

#include <dirent.h>
#include <math.h>

#define SRC "tests/fixtures/models/bert"
#define WORK "build/tests/convert"

/* ---- The source checkpoint's tensors, to rewrite --------------------------------------------- */

typedef struct tensor {
    char name[128], dtype[8];
    int ndim;
    long shape[4];
    const uint8_t *data;
    size_t bytes;
} tensor;

static tensor g_t[64];
static int g_count;
static char *g_file;
static char *g_config;

/* Reads a safetensors file's tensors into ts (data pointing into *file_out). Returns the count. */
static int load_tensors(const char *path, tensor *ts, int cap, char **file_out) {
    size_t len, hlen;
    char msg[256];
    json_doc doc;
    int c, count = 0;
    char *file = json_read_file(path, &len);
    *file_out = file;
    if (!file) return 0;
    hlen = (size_t)bert__u64((const uint8_t *)file);
    if (json_parse(&doc, file + 8, hlen, msg, sizeof msg) != 0) return 0;
    for (c = json_first(&doc, 0); c >= 0 && count < cap; c = json_next(&doc, c)) {
        tensor *t = &ts[count];
        int d, k = 0, of = json_get(&doc, c, "data_offsets");
        if (strcmp(json_key(&doc, c), "__metadata__") == 0) continue;
        snprintf(t->name, sizeof t->name, "%s", json_key(&doc, c));
        snprintf(t->dtype, sizeof t->dtype, "%s", json_str(&doc, json_get(&doc, c, "dtype")));
        for (d = json_first(&doc, json_get(&doc, c, "shape")); d >= 0; d = json_next(&doc, d)) t->shape[k++] = (long)doc.nodes[d].number;
        t->ndim = k;
        t->data = (const uint8_t *)file + 8 + hlen + (size_t)doc.nodes[json_at(&doc, of, 0)].number;
        t->bytes = (size_t)(doc.nodes[json_at(&doc, of, 1)].number - doc.nodes[json_at(&doc, of, 0)].number);
        count++;
    }
    json_free(&doc);
    return count;
}

static void load_source(void) {
    size_t len;
    g_count = load_tensors(SRC "/model.safetensors", g_t, 64, &g_file);
    g_config = json_read_file(SRC "/config.json", &len);
}

/* Writes tensors [from, to) of `ts` as a safetensors file. */
static void write_safetensors(const char *path, const tensor *ts, int from, int to) {
    FILE *f = fopen(path, "wb");
    char header[16384];
    size_t hl = 0, off = 0;
    uint8_t len8[8];
    int i, k;
    hl += (size_t)snprintf(header + hl, sizeof header - hl, "{");
    for (i = from; i < to; i++) {
        hl += (size_t)snprintf(header + hl, sizeof header - hl, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[", i > from ? "," : "", ts[i].name,
                               ts[i].dtype);
        for (k = 0; k < ts[i].ndim; k++) hl += (size_t)snprintf(header + hl, sizeof header - hl, "%s%ld", k ? "," : "", ts[i].shape[k]);
        hl += (size_t)snprintf(header + hl, sizeof header - hl, "],\"data_offsets\":[%lu,%lu]}", (unsigned long)off,
                               (unsigned long)(off + ts[i].bytes));
        off += ts[i].bytes;
    }
    hl += (size_t)snprintf(header + hl, sizeof header - hl, "}");
    for (k = 0; k < 8; k++) len8[k] = (uint8_t)((uint64_t)hl >> (8 * k));
    fwrite(len8, 1, 8, f);
    fwrite(header, 1, hl, f);
    for (i = from; i < to; i++) fwrite(ts[i].data, 1, ts[i].bytes, f);
    fclose(f);
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

/* A fresh folder WORK/name holding config text `config` and the given tensors. */
static void make_folder(const char *name, const char *config, const tensor *ts, int count) {
    char cmd[512], path[512];
    snprintf(cmd, sizeof cmd, "rm -rf " WORK "/%s && mkdir -p " WORK "/%s", name, name);
    if (system(cmd) != 0) return;
    if (config) {
        snprintf(path, sizeof path, WORK "/%s/config.json", name);
        write_text(path, config);
    }
    if (ts) {
        snprintf(path, sizeof path, WORK "/%s/model.safetensors", name);
        write_safetensors(path, ts, 0, count);
    }
}

/* g_config with the text `from` replaced by `to` (first occurrence). */
static char *config_with(const char *from, const char *to) {
    static char out[8192];
    const char *at = strstr(g_config, from);
    if (!at) { snprintf(out, sizeof out, "%s", g_config); return out; }
    snprintf(out, sizeof out, "%.*s%s%s", (int)(at - g_config), g_config, to, at + strlen(from));
    return out;
}

/* ---- Running the converter -------------------------------------------------------------------- */

static int count_leftovers(const char *name) {
    DIR *d = opendir(WORK);
    struct dirent *e;
    char prefix[256];
    int n = 0;
    snprintf(prefix, sizeof prefix, "%s.bert", name);
    if (!d) return 0;
    while ((e = readdir(d)))
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) n++;
    closedir(d);
    return n;
}

/* Converts WORK/name; expects failure whose message contains every `needles` string. */
static void expect_failure(const char *name, const char *extra_args, const char *needle1, const char *needle2) {
    char cmd[1024], log[512], *msg;
    size_t len;
    int status, lines = 0;
    const char *p;
    snprintf(log, sizeof log, WORK "/%s.log", name);
    snprintf(cmd, sizeof cmd, "rm -f " WORK "/%s.bert", name);
    if (system(cmd) != 0) CHECK(0, "remove an earlier output");
    snprintf(cmd, sizeof cmd, "build/bert-convert " WORK "/%s " WORK "/%s.bert %s 2> %s", name, name, extra_args, log);
    status = system(cmd);
    msg = json_read_file(log, &len);
    if (!msg) msg = strdup("");
    for (p = msg; *p; p++) lines += *p == '\n';
    CHECKF(status != 0, "%s: non-zero exit", name);
    CHECKF(strncmp(msg, "bert-convert: ", 14) == 0 && lines == 1, "%s: one error line (%.*s)", name, (int)strcspn(msg, "\n"), msg);
    CHECKF(strstr(msg, needle1) && (!needle2 || strstr(msg, needle2)), "%s: message names \"%s\"%s%s (%.*s)", name, needle1,
           needle2 ? " and " : "", needle2 ? needle2 : "", (int)strcspn(msg, "\n"), msg);
    CHECKF(count_leftovers(name) == 0, "%s: no output file or temporary left behind", name);
    free(msg);
}

/* A config edit the converter must refuse: WORK/name is the fixture's folder with `from` in its
   config.json replaced by `to` (its weights copied as they are); converting it must fail with a
   message containing needle1 (and needle2). */
typedef struct config_edit {
    const char *name, *from, *to, *needle1, *needle2;
} config_edit;

static void expect_config_refused(const char *fixture, const char *cfg, const config_edit *e) {
    char out[8192], cmd[512];
    const char *at = strstr(cfg, e->from);
    make_folder(e->name, NULL, NULL, 0);
    snprintf(cmd, sizeof cmd, "cp tests/fixtures/models/%s/model.safetensors " WORK "/%s/", fixture, e->name);
    if (!at || system(cmd) != 0) {
        CHECKF(0, "%s: make the folder", e->name);
        return;
    }
    snprintf(out, sizeof out, "%.*s%s%s", (int)(at - cfg), cfg, e->to, at + strlen(e->from));
    snprintf(cmd, sizeof cmd, WORK "/%s/config.json", e->name);
    write_text(cmd, out);
    expect_failure(e->name, "", e->needle1, e->needle2);
}

/* Converts WORK/name (or another folder) to WORK/name.bert; returns the exit status. */
static int convert(const char *folder, const char *name, const char *extra_args) {
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "build/bert-convert %s " WORK "/%s.bert %s 2> " WORK "/%s.log", folder, name, extra_args, name);
    return system(cmd);
}

/* ---- Checking outputs against the fixture's goldens ------------------------------------------ */

static json_doc g_golden;

/* Runs golden case `kase` of the bert fixture through model file `path`; returns the worst
 * relative error of output `which` against golden output `key`, L2-normalizing the golden
 * vectors first if `normalize`. The cases used have no padding. */
static double golden_error(const char *path, int kase, bert_output which, const char *key, int normalize) {
    static float got[65536];
    static double want[65536];
    golden_case gc;
    bert_model *m;
    bert_ctx *c;
    bert_error err;
    bert_batch batch;
    size_t n, k;
    int b, H;
    double worst;
    golden_case_at(&g_golden, kase, &gc);
    batch = golden_batch(&gc);
    if (bert_model_load_file(&m, path, &err) != BERT_OK) return INFINITY;
    H = bert_model_config(m)->hidden_size;
    if (bert_ctx_create(&c, m, gc.B, gc.T, &err) != BERT_OK || bert_encode(c, &batch, &err) != BERT_OK) {
        bert_model_free(m);
        return INFINITY;
    }
    n = bert_output_size(c, which);
    bert_output_get(c, which, got, &err);
    worst = golden_values(&gc, key, want, 65536) == n ? 0 : INFINITY;
    for (b = 0; normalize && b < gc.B; b++) {
        double ss = 0;
        for (k = 0; k < (size_t)H; k++) ss += want[b * H + k] * want[b * H + k];
        for (k = 0; k < (size_t)H; k++) want[b * H + k] /= sqrt(ss);
    }
    if (worst == 0) worst = golden_max_err(got, want, n);
    bert_ctx_free(c);
    bert_model_free(m);
    return worst;
}

/* ---- Outlier dimensions: found in the FFN down-projections, kept f32 apart ------------------- */

/* A q8_0 file with outliers, broken two ways: a mask value other than 0 and 1, and a missing
   `.outliers` tensor (renamed); each must be refused with BERT_E_FORMAT naming it. */
static void check_outlier_errors(const char *path) {
    size_t len, i;
    char *bytes = json_read_file(path, &len);
    uint8_t *copy = NULL;
    bert__file f;
    bert__tensor mask;
    bert_model *m = NULL;
    bert_error err;
    int round;
    if (!bytes || posix_memalign((void **)&copy, 64, len) != 0) { CHECK(0, "read the q8_0 file"); free(bytes); return; }
    for (round = 0; round < 2; round++) {
        memcpy(copy, bytes, len);
        if (bert__open_file(&f, copy, len, &err) != BERT_OK || bert__find_tensor(&f, BERT__T_OUTLIER_MASK, 0, 64, 0, &mask, &err) != 1) {
            CHECK(0, "find the outlier mask");
            break;
        }
        if (round == 0) {
            float half = 0.5f;
            memcpy(copy + ((const uint8_t *)mask.data - copy) + 4 * 40, &half, 4); /* dimension 40's 1 */
        } else {
            for (i = 0; i + 24 <= f.strings_size; i++) /* "layers.1.ffn.up.outliers" -> "layers.1.ffn.up.outlierX" */
                if (memcmp(f.strings + i, "layers.1.ffn.up.outliers", 25) == 0) copy[(f.strings - copy) + i + 23] = 'X';
        }
        CHECKF(bert_model_load_memory(&m, copy, len, &err) == BERT_E_FORMAT &&
                   strstr(err.message, round == 0 ? "encoder.outlier_mask" : "layers.1.ffn.up.outliers is missing"),
               "outliers: %s is refused (%s)", round == 0 ? "a mask value of 0.5" : "a missing .outliers tensor", err.message);
        bert_model_free(m);
        m = NULL;
    }
    free(copy);
    free(bytes);
}

/* mpnet_outliers (tools/make_goldens_mpnet.py) scales rows 5 and 40 of layer 0's FFN down weight
   and rows 40 and 57 of layer 1's, 10 to 30 times: exactly those dimensions must be kept apart in
   f16 and q8_0 files, their columns of the query/key/value and FFN-up weights f32 as the checkpoint
   has them, in a version 2 file; an f32 file keeps none (version 1). The goldens of its outputs
   are test_models' business. */
static void check_outlier_dims(void) {
    static const int want[] = {5, 40, 57};
    static const char *const dtypes[] = {"f32", "f16", "q8_0"};
    tensor src[64];
    char *file = NULL, path[256], cmd[512];
    int n = load_tensors("tests/fixtures/models/mpnet_outliers/model.safetensors", src, 64, &file), d;
    CHECKF(n > 0, "mpnet_outliers read (%d tensors)", n);
    for (d = 0; d < 3 && n > 0; d++) {
        bert_model *m = NULL;
        bert_error err;
        size_t len;
        unsigned char *bytes;
        int ok = 1, i, k, r, layer, part;
        snprintf(path, sizeof path, WORK "/outliers_%s.bert", dtypes[d]);
        snprintf(cmd, sizeof cmd, "build/bert-convert tests/fixtures/models/mpnet_outliers %s --dtype %s --no-tokenizer >/dev/null 2>&1",
                 path, dtypes[d]);
        if (system(cmd) != 0 || bert_model_load_file(&m, path, &err) != BERT_OK) { CHECKF(0, "convert and load %s", path); continue; }
        bytes = (unsigned char *)json_read_file(path, &len);
        CHECKF(bytes && bert__u32(bytes + 8) == (d ? 2u : 1u), "%s: format version %u", dtypes[d], bytes ? bert__u32(bytes + 8) : 0u);
        free(bytes);
        if (d == 0) {
            CHECKF(m->outlier_count == 0 && m->layers[0].qkv.outliers == NULL, "f32: no outlier dimensions (%d)", m->outlier_count);
            bert_model_free(m);
            continue;
        }
        ok = m->outlier_count == 3;
        for (i = 0; ok && i < 3; i++) ok = m->outlier_dims[i] == want[i];
        CHECKF(ok, "%s: the outlier dimensions are the scaled rows 5, 40, 57 (%d found)", dtypes[d], m->outlier_count);
        /* Each kept column is the checkpoint's: qkv rows are q, k, v stacked. */
        for (layer = 0; ok && layer < 2; layer++)
            for (part = 0; part < 4; part++) {
                const bert__linear *lin = part < 3 ? &m->layers[layer].qkv : &m->layers[layer].ffn_up;
                static const char *const hf[] = {"attention.attn.q", "attention.attn.k", "attention.attn.v", "intermediate.dense"};
                int rows = part < 3 ? 64 : 256, at = part < 3 ? part * 64 : 0, t;
                char name[128];
                snprintf(name, sizeof name, "encoder.layer.%d.%s.weight", layer, hf[part]);
                for (t = 0; t < n && strcmp(src[t].name, name) != 0; t++) {}
                if (t == n || !lin->outliers) { ok = 0; break; }
                for (k = 0; k < 3; k++)
                    for (r = 0; r < rows; r++) {
                        float v;
                        memcpy(&v, src[t].data + 4 * ((size_t)r * 64 + want[k]), 4);
                        if (lin->outliers[(size_t)k * lin->w.rows + at + r] != v) ok = 0;
                    }
            }
        CHECKF(ok, "%s: the kept columns are the checkpoint's weights, exactly", dtypes[d]);
        bert_model_free(m);
        if (d == 2) check_outlier_errors(path);
    }
    free(file);
}

int main(void) {
    tensor ts[64];
    size_t len;
    int i, drop;

    if (system("rm -rf " WORK " && mkdir -p " WORK) != 0) return 1;
    load_source();
    CHECKF(g_count == 39 && g_config, "source checkpoint read (%d tensors)", g_count);
    if (!golden_read(SRC "/golden.json", &g_golden)) { CHECK(0, "read the bert golden"); return test_done(); }
    memcpy(ts, g_t, sizeof ts);

    /* ---- malformed folders ---- */
    make_folder("no_config", NULL, ts, g_count);
    expect_failure("no_config", "", "config.json", "not found");
    make_folder("bad_json", "{\"model_type\": \"bert\", \"hidden_size\": 64,,}", ts, g_count);
    expect_failure("bad_json", "", "config.json", "line 1");
    make_folder("not_object", "[1, 2]", ts, g_count);
    expect_failure("not_object", "", "config.json", "object");
    make_folder("unknown_type", config_with("\"model_type\": \"bert\"", "\"model_type\": \"gpt2\""), ts, g_count);
    expect_failure("unknown_type", "", "model_type", "gpt2");
    make_folder("unknown_act", config_with("\"hidden_act\": \"gelu\"", "\"hidden_act\": \"mish\""), ts, g_count);
    expect_failure("unknown_act", "", "hidden_act", "mish");
    make_folder("act_not_string", config_with("\"hidden_act\": \"gelu\"", "\"hidden_act\": 3"), ts, g_count);
    expect_failure("act_not_string", "", "hidden_act", "string");
    make_folder("size_string", config_with("\"hidden_size\": 64", "\"hidden_size\": \"64\""), ts, g_count);
    expect_failure("size_string", "", "hidden_size", "integer");
    make_folder("size_missing", config_with("\"num_hidden_layers\": 2,", ""), ts, g_count);
    expect_failure("size_missing", "", "num_hidden_layers", "missing");
    make_folder("size_absurd", config_with("\"num_attention_heads\": 4", "\"num_attention_heads\": 1e30"), ts, g_count);
    expect_failure("size_absurd", "", "num_attention_heads", NULL);
    make_folder("heads_indivisible", config_with("\"num_attention_heads\": 4", "\"num_attention_heads\": 5"), ts, g_count);
    expect_failure("heads_indivisible", "", "config.json", "heads");
    make_folder("relative_positions", config_with("\"position_embedding_type\": \"absolute\"", "\"position_embedding_type\": \"relative_key\""), ts,
                g_count);
    expect_failure("relative_positions", "", "position_embedding_type", "relative_key");
    make_folder("wrong_hidden", config_with("\"hidden_size\": 64", "\"hidden_size\": 32"), ts, g_count);
    expect_failure("wrong_hidden", "", "model.safetensors", "shape");
    make_folder("more_layers", config_with("\"num_hidden_layers\": 2", "\"num_hidden_layers\": 3"), ts, g_count);
    expect_failure("more_layers", "", "encoder.layer.2", "missing");

    for (drop = 0; drop < g_count; drop++)
        if (strcmp(g_t[drop].name, "encoder.layer.1.output.dense.weight") == 0) break;
    memcpy(ts, g_t, sizeof ts);
    ts[drop] = ts[g_count - 1];
    make_folder("missing_tensor", g_config, ts, g_count - 1);
    expect_failure("missing_tensor", "", "encoder.layer.1.output.dense.weight", "missing");

    memcpy(ts, g_t, sizeof ts);
    for (i = 0; i < g_count; i++)
        if (strcmp(ts[i].name, "encoder.layer.0.attention.self.query.weight") == 0) {
            snprintf(ts[i].dtype, sizeof ts[i].dtype, "I32");
        }
    make_folder("wrong_dtype", g_config, ts, g_count);
    expect_failure("wrong_dtype", "", "encoder.layer.0.attention.self.query.weight", "F32");

    memcpy(ts, g_t, sizeof ts);
    for (i = 0; i < g_count; i++)
        if (strcmp(ts[i].name, "pooler.dense.weight") == 0) { ts[i].shape[0] = 32; ts[i].shape[1] = 128; }
    make_folder("wrong_shape", g_config, ts, g_count);
    expect_failure("wrong_shape", "", "pooler.dense.weight", "shape");

    memcpy(ts, g_t, sizeof ts);
    make_folder("unknown_dtype", g_config, ts, g_count);
    {
        /* a dtype name safetensors does not define */
        for (i = 0; i < g_count; i++) if (strcmp(ts[i].name, "pooler.dense.bias") == 0) snprintf(ts[i].dtype, sizeof ts[i].dtype, "Q4");
        write_safetensors(WORK "/unknown_dtype/model.safetensors", ts, 0, g_count);
    }
    expect_failure("unknown_dtype", "", "pooler.dense.bias", "Q4");

    /* Damaged safetensors files. */
    {
        FILE *f;
        uint8_t *bytes;
        size_t n;
        memcpy(ts, g_t, sizeof ts);
        make_folder("truncated", g_config, ts, g_count);
        bytes = (uint8_t *)json_read_file(WORK "/truncated/model.safetensors", &n);
        f = fopen(WORK "/truncated/model.safetensors", "wb");
        fwrite(bytes, 1, n - 1000, f);
        fclose(f);
        expect_failure("truncated", "", "model.safetensors", "outside");

        make_folder("tiny_file", g_config, NULL, 0);
        write_text(WORK "/tiny_file/model.safetensors", "abc");
        expect_failure("tiny_file", "", "model.safetensors", "truncated");

        make_folder("huge_header", g_config, NULL, 0);
        memcpy(bytes, "\xff\xff\xff\xff\xff\xff\xff\x7f", 8);
        f = fopen(WORK "/huge_header/model.safetensors", "wb");
        fwrite(bytes, 1, n, f);
        fclose(f);
        expect_failure("huge_header", "", "model.safetensors", "header length");

        make_folder("bad_header_json", g_config, NULL, 0);
        memcpy(bytes, "\x10\0\0\0\0\0\0\0{\"a\": [1, 2,,]}", 24);
        f = fopen(WORK "/bad_header_json/model.safetensors", "wb");
        fwrite(bytes, 1, 24, f);
        fclose(f);
        expect_failure("bad_header_json", "", "model.safetensors", "malformed");
        free(bytes);
    }

    make_folder("no_weights", g_config, NULL, 0);
    expect_failure("no_weights", "", "model.safetensors", NULL);
    make_folder("pytorch_only", g_config, NULL, 0);
    write_text(WORK "/pytorch_only/pytorch_model.bin", "not really");
    expect_failure("pytorch_only", "", "pytorch_model.bin", "not a PyTorch checkpoint");

    /* Shards named by an index. */
    memcpy(ts, g_t, sizeof ts);
    make_folder("sharded", g_config, NULL, 0);
    write_safetensors(WORK "/sharded/model-00001-of-00002.safetensors", ts, 0, g_count / 2);
    write_safetensors(WORK "/sharded/model-00002-of-00002.safetensors", ts, g_count / 2, g_count);
    {
        FILE *f = fopen(WORK "/sharded/model.safetensors.index.json", "w");
        fprintf(f, "{\"metadata\": {}, \"weight_map\": {");
        for (i = 0; i < g_count; i++)
            fprintf(f, "%s\"%s\": \"model-0000%d-of-00002.safetensors\"", i ? "," : "", ts[i].name, i < g_count / 2 ? 1 : 2);
        fprintf(f, "}}");
        fclose(f);
    }
    CHECK(convert(WORK "/sharded", "sharded", "") == 0, "sharded: converts through model.safetensors.index.json");
    CHECKF(golden_error(WORK "/sharded.bert", 1, BERT_OUT_LAST_HIDDEN_STATE, "last_hidden_state", 0) <= 1e-4,
           "sharded: matches the golden last_hidden_state");
    if (system("rm " WORK "/sharded/model-00002-of-00002.safetensors") != 0) CHECK(0, "remove a shard");
    expect_failure("sharded", "", "model-00002-of-00002.safetensors", "cannot read");
    make_folder("shard_escape", g_config, NULL, 0);
    write_text(WORK "/shard_escape/model.safetensors.index.json", "{\"weight_map\": {\"a\": \"../x.safetensors\"}}");
    expect_failure("shard_escape", "", "index.json", "plain file name");

    /* Output path problems. */
    make_folder("good", g_config, g_t, g_count);
    {
        char cmd[512];
        int status;
        snprintf(cmd, sizeof cmd, "build/bert-convert " WORK "/good " WORK "/no/such/dir/out.bert 2> " WORK "/good.log");
        status = system(cmd);
        CHECK(status != 0, "unwritable output path: non-zero exit");
        snprintf(cmd, sizeof cmd, "build/bert-convert " WORK "/good 2> /dev/null");
        CHECK(system(cmd) != 0, "missing OUT argument: non-zero exit");
        CHECK(system("build/bert-convert " WORK "/good " WORK "/x.bert --dtype q3 2> /dev/null") != 0, "unknown --dtype: non-zero exit");
    }

    /* A classifier that config.json does not describe: --task decides. */
    {
        int seq_i;
        memcpy(ts, g_t, sizeof ts);
        make_folder("ambiguous", NULL, NULL, 0);
        if (system("cp tests/fixtures/models/bert_seqcls/model.safetensors " WORK "/ambiguous/") != 0) CHECK(0, "copy");
        {
            char *cfg = json_read_file("tests/fixtures/models/bert_seqcls/config.json", &len), *a = strstr(cfg, "\"architectures\"");
            char *end = strchr(a, ']');
            char out[8192];
            snprintf(out, sizeof out, "%.*s%s", (int)(a - cfg), cfg, end + 2);
            write_text(WORK "/ambiguous/config.json", out);
            free(cfg);
        }
        expect_failure("ambiguous", "", "--task", NULL);
        CHECK(convert(WORK "/ambiguous", "ambiguous_seq", "--task seq") == 0, "--task seq converts an unlabelled classifier");
        {
            bert_model *m;
            bert_error err;
            seq_i = bert_model_load_file(&m, WORK "/ambiguous_seq.bert", &err) == BERT_OK;
            CHECK(seq_i && (bert_model_config(m)->heads & BERT_HEAD_SEQ_CLS) && bert_model_config(m)->num_labels == 3 &&
                      strcmp(bert_model_label(m, 2), "positive") == 0,
                  "--task seq: a 3-label sequence classifier with id2label names");
            if (seq_i) bert_model_free(m);
        }
        CHECK(convert(WORK "/ambiguous", "ambiguous_token", "--task token") == 0, "--task token converts it as a token classifier");
    }

    /* sentence-transformers settings become the model's defaults. */
    make_folder("sentence", g_config, g_t, g_count);
    if (system("mkdir -p " WORK "/sentence/1_Pooling") != 0) CHECK(0, "mkdir");
    write_text(WORK "/sentence/modules.json",
               "[{\"idx\":0,\"name\":\"0\",\"path\":\"\",\"type\":\"sentence_transformers.models.Transformer\"},"
               "{\"idx\":1,\"name\":\"1\",\"path\":\"1_Pooling\",\"type\":\"sentence_transformers.models.Pooling\"},"
               "{\"idx\":2,\"name\":\"2\",\"path\":\"2_Normalize\",\"type\":\"sentence_transformers.models.Normalize\"}]");
    write_text(WORK "/sentence/1_Pooling/config.json",
               "{\"word_embedding_dimension\": 64, \"pooling_mode_cls_token\": true, \"pooling_mode_mean_tokens\": false,"
               " \"pooling_mode_max_tokens\": false, \"pooling_mode_mean_sqrt_len_tokens\": false}");
    write_text(WORK "/sentence/sentence_bert_config.json", "{\"max_seq_length\": 32, \"do_lower_case\": false}");
    CHECK(convert(WORK "/sentence", "sentence", "") == 0, "sentence-transformers folder converts");
    {
        bert_model *m;
        bert_error err;
        if (bert_model_load_file(&m, WORK "/sentence.bert", &err) == BERT_OK) {
            const bert_config *c = bert_model_config(m);
            CHECKF(c->pooling == BERT_POOL_CLS && c->normalize == 1 && c->truncate_length == 32 && c->max_length == 64,
                   "sentence-transformers: cls pooling, normalize, truncate 32 of 64 (got %d %d %d %d)", c->pooling, c->normalize,
                   c->truncate_length, c->max_length);
            bert_model_free(m);
        } else CHECK(0, "sentence-transformers: loads");
    }
    CHECKF(golden_error(WORK "/sentence.bert", 1, BERT_OUT_EMBEDDING, "cls", 1) <= 1e-4,
           "sentence-transformers: the default embedding is the L2-normalized golden cls");
    /* Prompts (config_sentence_transformers.json) are kept in the file, the default marked. */
    write_text(WORK "/sentence/config_sentence_transformers.json",
               "{\"prompts\": {\"query\": \"query: \", \"passage\": \"passage: \", \"empty\": \"\"},"
               " \"default_prompt_name\": \"passage\", \"similarity_fn_name\": \"cosine\"}");
    CHECK(convert(WORK "/sentence", "sentence", "") == 0, "sentence-transformers folder with prompts converts");
    {
        bert_model *m;
        bert_error err;
        if (bert_model_load_file(&m, WORK "/sentence.bert", &err) == BERT_OK) {
            int q = bert_model_find_prompt(m, "query"), def = bert_model_find_prompt(m, NULL), e = bert_model_find_prompt(m, "empty");
            CHECKF(bert_model_prompt_count(m) == 3, "prompts: 3 kept (got %d)", bert_model_prompt_count(m));
            CHECK(q >= 0 && strcmp(bert_model_prompt_text(m, q), "query: ") == 0, "prompts: \"query\" is \"query: \"");
            CHECK(def >= 0 && strcmp(bert_model_prompt_name(m, def), "passage") == 0 &&
                  strcmp(bert_model_prompt_text(m, def), "passage: ") == 0, "prompts: the default is \"passage\"");
            CHECK(e >= 0 && strcmp(bert_model_prompt_text(m, e), "") == 0, "prompts: an empty prompt is kept");
            CHECK(bert_model_find_prompt(m, "nope") == -1 && !bert_model_prompt_name(m, 3) && !bert_model_prompt_text(m, -1),
                  "prompts: unknown names and indices give -1 / NULL");
            bert_model_free(m);
        } else CHECK(0, "prompts: loads");
    }
    write_text(WORK "/sentence/config_sentence_transformers.json", "{\"prompts\": {\"query\": \"query: \"}, \"default_prompt_name\": \"doc\"}");
    expect_failure("sentence", "", "config_sentence_transformers.json", "\"doc\" is not one of the prompts");
    write_text(WORK "/sentence/config_sentence_transformers.json", "{\"prompts\": {\"query\": 7}}");
    expect_failure("sentence", "", "config_sentence_transformers.json", "not a string");
    write_text(WORK "/sentence/config_sentence_transformers.json", "{\"prompts\": {}, \"default_prompt_name\": null}");
    CHECK(convert(WORK "/sentence", "sentence", "") == 0, "sentence-transformers: no prompts, null default converts");
    /* A module bert.h does not run is refused, never skipped: the vectors would differ. */
    write_text(WORK "/sentence/modules.json",
               "[{\"idx\":0,\"name\":\"0\",\"path\":\"\",\"type\":\"sentence_transformers.models.Transformer\"},"
               "{\"idx\":1,\"name\":\"1\",\"path\":\"1_Pooling\",\"type\":\"sentence_transformers.models.Pooling\"},"
               "{\"idx\":2,\"name\":\"2\",\"path\":\"2_Dense\",\"type\":\"sentence_transformers.models.Dense\"}]");
    expect_failure("sentence", "", "modules.json", "sentence_transformers.models.Dense");
    write_text(WORK "/sentence/modules.json",
               "[{\"idx\":0,\"name\":\"0\",\"path\":\"\",\"type\":\"sentence_transformers.models.Transformer\"},"
               "{\"idx\":1,\"name\":\"1\",\"path\":\"1_Pooling\",\"type\":\"sentence_transformers.models.Pooling\"}]");
    write_text(WORK "/sentence/1_Pooling/config.json", "{\"pooling_mode_cls_token\": true, \"pooling_mode_mean_tokens\": true}");
    expect_failure("sentence", "", "1_Pooling/config.json", "several pooling modes");
    write_text(WORK "/sentence/1_Pooling/config.json", "{\"pooling_mode_weightedmean_tokens\": true}");
    expect_failure("sentence", "", "1_Pooling/config.json", "weighted-mean");

    /* A SparseEncoder folder (MLMTransformer, SpladePooling): what its pooling config says, and a
       refusal, by name, of what bert.h cannot run. The fixtures test the vectors (test_embed_texts). */
    if (system("rm -rf " WORK "/sparse && cp -r tests/fixtures/models/splade " WORK "/sparse") != 0) CHECK(0, "copy splade");
    {
        static const struct { const char *config; int pooling, twice; } ok[] = {
            {"{\"pooling_strategy\": \"sum\", \"activation_function\": \"relu\"}", BERT_POOL_SPLADE_SUM, 0},
            {"{\"pooling_strategy\": \"max\", \"activation_function\": \"log1p_relu\", \"word_embedding_dimension\": null}", BERT_POOL_SPLADE, 1},
            {"{}", BERT_POOL_SPLADE, 0}, /* SpladePooling's defaults */
        };
        int i;
        for (i = 0; i < 3; i++) {
            bert_model *m;
            bert_error err;
            write_text(WORK "/sparse/1_SpladePooling/config.json", ok[i].config);
            if (convert(WORK "/sparse", "sparse", "") != 0 || bert_model_load_file(&m, WORK "/sparse.bert", &err) != BERT_OK) {
                CHECKF(0, "SparseEncoder: %s converts", ok[i].config);
                continue;
            }
            CHECKF(bert_model_config(m)->pooling == (bert_pooling)ok[i].pooling && bert_model_config(m)->splade_log1p_twice == ok[i].twice &&
                       bert_model_config(m)->normalize == 0,
                   "SparseEncoder: %s is pooling %s, log1p %s", ok[i].config, bert_pooling_name((bert_pooling)ok[i].pooling),
                   ok[i].twice ? "twice" : "once");
            bert_model_free(m);
        }
    }
    write_text(WORK "/sparse/1_SpladePooling/config.json", "{\"pooling_strategy\": \"mean\"}");
    expect_failure("sparse", "", "1_SpladePooling/config.json", "pooling_strategy \"mean\"");
    write_text(WORK "/sparse/1_SpladePooling/config.json", "{\"activation_function\": \"softplus\"}");
    expect_failure("sparse", "", "1_SpladePooling/config.json", "activation_function \"softplus\"");
    write_text(WORK "/sparse/1_SpladePooling/config.json", "{}");
    write_text(WORK "/sparse/modules.json",
               "[{\"idx\":0,\"name\":\"0\",\"path\":\"\",\"type\":\"sentence_transformers.sparse_encoder.models.MLMTransformer\"},"
               "{\"idx\":1,\"name\":\"1\",\"path\":\"1_SpladePooling\",\"type\":\"sentence_transformers.sparse_encoder.models.SpladePooling\"},"
               "{\"idx\":2,\"name\":\"2\",\"path\":\"2_SparseAutoEncoder\",\"type\":\"sentence_transformers.sparse_encoder.models.SparseAutoEncoder\"}]");
    expect_failure("sparse", "", "modules.json", "SparseAutoEncoder");
    write_text(WORK "/sparse/modules.json",
               "[{\"idx\":0,\"name\":\"0\",\"path\":\"\",\"type\":\"sentence_transformers.sparse_encoder.models.MLMTransformer\"},"
               "{\"idx\":1,\"name\":\"1\",\"path\":\"1_Pooling\",\"type\":\"sentence_transformers.models.Pooling\"}]");
    expect_failure("sparse", "", "modules.json", "an MLMTransformer without a SpladePooling");
    write_text(WORK "/sparse/modules.json",
               "[{\"idx\":0,\"name\":\"0\",\"path\":\"\",\"type\":\"sentence_transformers.models.Transformer\"},"
               "{\"idx\":1,\"name\":\"1\",\"path\":\"1_SpladePooling\",\"type\":\"sentence_transformers.sparse_encoder.models.SpladePooling\"}]");
    expect_failure("sparse", "", "modules.json", "a SpladePooling after a Transformer");
    /* SpladePooling over a checkpoint without a masked-LM head */
    if (system("rm -rf " WORK "/sparse_nohead && mkdir -p " WORK "/sparse_nohead/1_SpladePooling && cp tests/fixtures/models/bert/* " WORK
               "/sparse_nohead/ && cp tests/fixtures/models/splade/modules.json " WORK "/sparse_nohead/") != 0)
        CHECK(0, "make sparse_nohead");
    expect_failure("sparse_nohead", "", "SpladePooling", "no masked-LM head");

    /* Next-sentence (BERT) and sentence-order (ALBERT) heads: no fixture has them, so add a
       2 x H linear with known weights to a checkpoint with a pooler; the logits must be
       W * golden_pooler + b. */
    {
        static const struct { const char *fixture, *tensor, *golden; bert_output which; unsigned head; } pair[] = {
            {"bert", "cls.seq_relationship", "tests/fixtures/models/bert/golden.json", BERT_OUT_NSP_LOGITS, BERT_HEAD_NSP},
            {"albert", "sop_classifier.classifier", "tests/fixtures/models/albert/golden.json", BERT_OUT_SOP_LOGITS, BERT_HEAD_SOP},
        };
        int p;
        for (p = 0; p < 2; p++) {
            tensor pt[70];
            char *file, path[512], *cfg, name[64];
            static float w[2 * 64], bias[2];
            int n, k;
            json_doc gd;
            snprintf(path, sizeof path, "tests/fixtures/models/%s/model.safetensors", pair[p].fixture);
            n = load_tensors(path, pt, 68, &file);
            for (k = 0; k < 2 * 64; k++) w[k] = (float)((k * 37 % 17) - 8) / 16.0f;
            bias[0] = 0.25f;
            bias[1] = -0.5f;
            snprintf(pt[n].name, sizeof pt[n].name, "%s.weight", pair[p].tensor);
            snprintf(pt[n].dtype, sizeof pt[n].dtype, "F32");
            pt[n].ndim = 2; pt[n].shape[0] = 2; pt[n].shape[1] = 64;
            pt[n].data = (const uint8_t *)w; pt[n].bytes = sizeof w;
            n++;
            snprintf(pt[n].name, sizeof pt[n].name, "%s.bias", pair[p].tensor);
            snprintf(pt[n].dtype, sizeof pt[n].dtype, "F32");
            pt[n].ndim = 1; pt[n].shape[0] = 2;
            pt[n].data = (const uint8_t *)bias; pt[n].bytes = sizeof bias;
            n++;
            snprintf(path, sizeof path, "tests/fixtures/models/%s/config.json", pair[p].fixture);
            cfg = json_read_file(path, &len);
            snprintf(name, sizeof name, "%s_pair", pair[p].fixture);
            make_folder(name, cfg, pt, n);
            snprintf(path, sizeof path, WORK "/%s", name);
            CHECKF(convert(path, name, "") == 0, "%s with a %s head converts", pair[p].fixture, pair[p].tensor);
            if (golden_read(pair[p].golden, &gd)) {
                bert_model *m;
                bert_ctx *c;
                bert_error err;
                golden_case gc;
                float got[8];
                double pooled[8 * 64], worst = 0;
                int bb, o, h;
                snprintf(path, sizeof path, WORK "/%s.bert", name);
                golden_case_at(&gd, 2, &gc);
                if (bert_model_load_file(&m, path, &err) == BERT_OK && bert_ctx_create(&c, m, gc.B, gc.T, &err) == BERT_OK) {
                    bert_batch b = golden_batch(&gc);
                    CHECK(bert_model_config(m)->heads & pair[p].head, "the pair head is present");
                    bert_encode(c, &b, &err);
                    CHECK(bert_output_get(c, pair[p].which, got, &err) == BERT_OK, "the pair logits are available");
                    golden_values(&gc, "pooler_output", pooled, 8 * 64);
                    for (bb = 0; bb < gc.B; bb++)
                        for (o = 0; o < 2; o++) {
                            double want = bias[o];
                            for (h = 0; h < 64; h++) want += (double)w[o * 64 + h] * pooled[bb * 64 + h];
                            if (golden_rel_err(got[bb * 2 + o], want) > worst) worst = golden_rel_err(got[bb * 2 + o], want);
                        }
                    CHECKF(worst <= 1e-4, "%s logits = W * golden pooler + b (%.1e)", pair[p].which == BERT_OUT_NSP_LOGITS ? "NSP" : "SOP", worst);
                    bert_ctx_free(c);
                    bert_model_free(m);
                } else CHECKF(0, "load %s", path);
                json_free(&gd);
            }
            free(cfg);
            free(file);
        }
    }

    /* ModernBERT settings bert.h does not run are refused by name, not converted into something else. */
    {
        static const config_edit bad[] = {
            {"mb_rope_scaling", "\"model_type\"", "\"rope_scaling\": {\"type\": \"linear\", \"factor\": 2.0},\n  \"model_type\"",
             "rope_scaling", "not supported"},
            {"mb_decoder_bias", "\"decoder_bias\": true", "\"decoder_bias\": false", "decoder_bias", NULL},
            {"mb_multiple_choice", "ModernBertForSequenceClassification", "ModernBertForMultipleChoice", "ForMultipleChoice",
             "one output per (context, choice) row; this one has 3"},
            {"mb_qa_labels", "ModernBertForSequenceClassification", "ModernBertForQuestionAnswering", "2 outputs", "not 3"},
            {"mb_pooling", "\"classifier_pooling\": \"cls\"", "\"classifier_pooling\": \"max\"", "classifier_pooling", "max"},
            {"mb_bias_missing", "\"attention_bias\": false", "\"attention_bias\": true", "attn.Wqkv.bias", "missing"},
            {"mb_bias_not_bool", "\"norm_bias\": false", "\"norm_bias\": \"no\"", "norm_bias", "true or false"},
            {"mb_odd_window", "\"local_attention\": 16", "\"local_attention\": 1", "local_attention", "no keys"},
        };
        size_t i;
        char *cfg = json_read_file("tests/fixtures/models/modernbert_seqcls/config.json", &len);
        for (i = 0; cfg && i < sizeof bad / sizeof bad[0]; i++) expect_config_refused("modernbert_seqcls", cfg, &bad[i]);
        free(cfg);
    }

    /* A multiple-choice checkpoint converts as a 1-label sequence classifier marked
       BERT_HEAD_CHOICE (its outputs against transformers' are test_models'; bert_choose's,
       test_embed_texts'); --task seq keeps the head unmarked. RoBERTa's "classifier" on the pooler
       would otherwise pass for a 1-label token classifier. A classifier with more than one output
       is not a multiple-choice one, and ELECTRA's sequence summary runs only as its config's
       defaults give it. */
    {
        static const char *const fixtures[] = {"bert_choice", "roberta_choice", "electra_choice", "distilbert_choice"};
        static const config_edit bad[] = {
            {"el_summary_last", "\"summary_type\": \"first\"", "\"summary_type\": \"last\"", "summary_type \"last\"", "not supported"},
            {"el_summary_no_proj", "\"summary_use_proj\": true", "\"summary_use_proj\": false", "summary_use_proj false", "not supported"},
            {"el_summary_act", "\"summary_activation\": \"gelu\"", "\"summary_activation\": \"softsign\"", "summary_activation",
             "not a supported activation"},
        };
        static const config_edit mc = {"rb_multiple_choice", "RobertaForSequenceClassification", "RobertaForMultipleChoice",
                                       "RobertaForMultipleChoice", "one output per (context, choice) row; this one has 3"};
        size_t i;
        char *cfg, folder[256];
        for (i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++) {
            const char *name = fixtures[i];
            char seq_name[64], path[256];
            bert_model *m = NULL;
            bert_error err;
            snprintf(folder, sizeof folder, "tests/fixtures/models/%s", name);
            snprintf(seq_name, sizeof seq_name, "%s_as_seq", name);
            snprintf(path, sizeof path, WORK "/%s.bert", name);
            CHECKF(convert(folder, name, "") == 0 && bert_model_load_file(&m, path, &err) == BERT_OK, "%s converts", name);
            if (m) {
                const bert_config *c = bert_model_config(m);
                CHECKF((c->heads & (BERT_HEAD_SEQ_CLS | BERT_HEAD_CHOICE)) == (BERT_HEAD_SEQ_CLS | BERT_HEAD_CHOICE) && c->num_labels == 1,
                       "%s: a multiple-choice head (heads %#x, %d labels)", name, c->heads, c->num_labels);
                bert_model_free(m);
                m = NULL;
            }
            snprintf(path, sizeof path, WORK "/%s.bert", seq_name);
            CHECKF(convert(folder, seq_name, "--task seq") == 0 && bert_model_load_file(&m, path, &err) == BERT_OK, "%s converts with --task seq", name);
            if (m) {
                const bert_config *c = bert_model_config(m);
                CHECKF((c->heads & BERT_HEAD_SEQ_CLS) && !(c->heads & BERT_HEAD_CHOICE), "%s --task seq: a plain sequence classifier", name);
                bert_model_free(m);
            }
        }
        /* id2label with names of its own (two here) names nothing, with --task seq too */
        cfg = json_read_file("tests/fixtures/models/bert_choice/config.json", &len);
        if (cfg && strstr(cfg, "\"architectures\"")) {
            char edited[8192], *at = strstr(cfg, "\"architectures\""), path[256];
            bert_model *m = NULL;
            bert_error err;
            snprintf(edited, sizeof edited, "%.*s\"id2label\": {\"0\": \"first\", \"1\": \"second\"},\n  %s", (int)(at - cfg), cfg, at);
            make_folder("choice_labels", edited, NULL, 0);
            if (system("cp tests/fixtures/models/bert_choice/model.safetensors tests/fixtures/models/bert_choice/vocab.txt " WORK
                       "/choice_labels/") != 0) CHECK(0, "copy bert_choice");
            snprintf(path, sizeof path, WORK "/choice_labels_seq.bert");
            CHECKF(convert(WORK "/choice_labels", "choice_labels_seq", "--task seq") == 0 && bert_model_load_file(&m, path, &err) == BERT_OK &&
                       bert_model_config(m)->num_labels == 1,
                   "a multiple-choice checkpoint with id2label of 2 names converts with --task seq (1 label)");
            bert_model_free(m);
        } else CHECK(0, "read bert_choice's config.json");
        free(cfg);
        cfg = json_read_file("tests/fixtures/models/roberta_seqcls/config.json", &len);
        CHECK(cfg != NULL, "read roberta_seqcls's config.json");
        if (cfg) expect_config_refused("roberta_seqcls", cfg, &mc);
        free(cfg);
        cfg = json_read_file("tests/fixtures/models/electra_choice/config.json", &len);
        CHECK(cfg != NULL, "read electra_choice's config.json");
        for (i = 0; cfg && i < sizeof bad / sizeof bad[0]; i++) expect_config_refused("electra_choice", cfg, &bad[i]);
        free(cfg);
    }

    /* ModernBERT's QA head (modernbert_qa, config.json as transformers 5 writes it: rope_parameters
       and layer_types, no global_rope_theta / local_rope_theta): start and end logits, the bases
       and the global / local layers read from the new words; the patterns bert.h does not run
       are refused by name. Its outputs are checked against the goldens by test_models. */
    {
        static const config_edit bad[] = {
            {"mb5_rope_type", "\"rope_type\": \"default\"", "\"rope_type\": \"linear\"", "full_attention.rope_type", "not supported"},
            {"mb5_rope_flat", "\"full_attention\": {", "\"global\": {", "no \"full_attention\"", NULL},
            {"mb5_first_local", "\"layer_types\": [\n    \"full_attention\"", "\"layer_types\": [\n    \"sliding_attention\"",
             "layer 0 is sliding_attention", "every n-th layer global"},
            {"mb5_irregular", "\"sliding_attention\",\n    \"full_attention\"\n  ]", "\"full_attention\",\n    \"sliding_attention\"\n  ]",
             "layer 2 is sliding_attention", NULL},
            {"mb5_layer_count", "\"sliding_attention\",\n    \"full_attention\"\n  ]", "\"sliding_attention\"\n  ]", "list of 3", NULL},
            {"mb5_layer_kind", "\"sliding_attention\",\n    \"full_attention\"\n  ]", "\"sliding_attention\",\n    \"chunked\"\n  ]",
             "layer_types[2]", NULL},
        };
        size_t i;
        bert_model *m;
        bert_error err;
        char *cfg = json_read_file("tests/fixtures/models/modernbert_qa/config.json", &len);
        CHECK(cfg != NULL, "read modernbert_qa's config.json");
        for (i = 0; cfg && i < sizeof bad / sizeof bad[0]; i++) expect_config_refused("modernbert_qa", cfg, &bad[i]);
        free(cfg);
        if (convert("tests/fixtures/models/modernbert_qa", "modernbert_qa", "") == 0 &&
            bert_model_load_file(&m, WORK "/modernbert_qa.bert", &err) == BERT_OK) {
            const bert_config *c = bert_model_config(m);
            size_t size = 0;
            unsigned char *bytes = (unsigned char *)json_read_file(WORK "/modernbert_qa.bert", &size);
            CHECKF(c->heads == BERT_HEAD_QA && c->num_labels == 0, "modernbert_qa: the QA head alone (heads %#x, %d labels)", c->heads,
                   c->num_labels);
            /* a reader of version 2 would skip the head's transform (qa.pre, qa.norm) and load it */
            CHECKF(bytes && size > 12 && bert__u32(bytes + 8) == 3u, "modernbert_qa: format version 3 (%u)", bytes && size > 12 ? bert__u32(bytes + 8) : 0u);
            free(bytes);
            CHECKF(c->rope_theta == 160000.0f && c->rope_local_theta == 10000.0f && c->global_every == 2 && c->local_window == 8,
                   "modernbert_qa: rotary bases %g and %g, a global layer every %d, window %d (from rope_parameters and layer_types)",
                   (double)c->rope_theta, (double)c->rope_local_theta, c->global_every, c->local_window);
            bert_model_free(m);
        } else CHECK(0, "convert and load modernbert_qa");
    }

    /* NomicBERT settings bert.h does not run are refused by name; so is a checkpoint without the
       biases its config says it has. */
    {
        static const config_edit bad[] = {
            {"nomic_prenorm", "\"prenorm\": false", "\"prenorm\": true", "prenorm", "not supported"},
            {"nomic_interleaved", "\"rotary_emb_interleaved\": false", "\"rotary_emb_interleaved\": true", "rotary_emb_interleaved",
             "not supported"},
            {"nomic_partial_rotary", "\"rotary_emb_fraction\": 1.0", "\"rotary_emb_fraction\": 0.5", "rotary_emb_fraction", "partial"},
            {"nomic_no_rotary", "\"rotary_emb_fraction\": 1.0", "\"rotary_emb_fraction\": 0.0", "rotary_emb_fraction", "absolute"},
            {"nomic_xpos", "\"rotary_emb_scale_base\": null", "\"rotary_emb_scale_base\": 512", "rotary_emb_scale_base", "not supported"},
            {"nomic_plain_mlp", "\"activation_function\": \"swiglu\"", "\"activation_function\": \"gelu\"", "activation_function",
             "swiglu or geglu"},
            {"nomic_glu", "\"activation_function\": \"swiglu\"", "\"activation_function\": \"glu\"", "\"glu\"", "not supported"},
            {"nomic_fc_biases", "\"mlp_fc1_bias\": false", "\"mlp_fc1_bias\": true", "mlp_fc1_bias", "both or neither"},
            {"nomic_bias_missing", "\"qkv_proj_bias\": false", "\"qkv_proj_bias\": true", "attn.Wqkv.bias", "missing"},
            {"nomic_moe", "\"model_type\"", "\"moe_every_n_layers\": 2,\n  \"model_type\"", "moe_every_n_layers", "not supported"},
            {"nomic_gqa", "\"model_type\"", "\"num_heads_kv\": 2,\n  \"model_type\"", "num_heads_kv", "not supported"},
        };
        size_t i;
        char *cfg = json_read_file("tests/fixtures/models/nomic/config.json", &len);
        bert_model *m;
        bert_error err;
        for (i = 0; cfg && i < sizeof bad / sizeof bad[0]; i++) expect_config_refused("nomic", cfg, &bad[i]);
        CHECK(cfg != NULL, "read nomic's config.json");
        free(cfg);
        /* Lengths: n_positions; with rotary_scaling_factor (dynamic NTK), max_trained_positions, the
           length up to which the base is unscaled. */
        for (i = 0; i < 2; i++) {
            const char *name = i ? "nomic_ntk" : "nomic";
            char folder[256], path[256];
            int want = i ? 64 : 8192;
            snprintf(folder, sizeof folder, "tests/fixtures/models/%s", name);
            snprintf(path, sizeof path, WORK "/%s.bert", name);
            if (convert(folder, name, "") != 0 || bert_model_load_file(&m, path, &err) != BERT_OK) { CHECKF(0, "convert and load %s", name); continue; }
            CHECKF(bert_model_config(m)->max_length == want && bert_model_config(m)->rope_theta == 1000.0f &&
                       bert_model_config(m)->intermediate_size == 256 && bert_model_config(m)->hidden_act == BERT_ACT_SILU,
                   "%s: max_length %d (%d), rotary base %g, I %d, silu", name, bert_model_config(m)->max_length, want,
                   (double)bert_model_config(m)->rope_theta, bert_model_config(m)->intermediate_size);
            bert_model_free(m);
        }
    }

    /* NomicBERT as transformers >= 5 writes it: settings bert.h does not run are refused by name. */
    {
        static const config_edit bad[] = {
            {"nomic_hf_dynamic", "\"rope_type\": \"default\"", "\"rope_type\": \"dynamic\", \"factor\": 2.0", "rope_type", "not supported"},
            {"nomic_hf_head_dim", "\"head_dim\": 16", "\"head_dim\": 32", "head_dim", "not supported"},
            {"nomic_hf_relu", "\"hidden_act\": \"silu\"", "\"hidden_act\": \"relu\"", "hidden_act", "silu or gelu"},
        };
        size_t i;
        char *cfg = json_read_file("tests/fixtures/models/nomic_hf/config.json", &len);
        CHECK(cfg != NULL, "read nomic_hf's config.json");
        for (i = 0; cfg && i < sizeof bad / sizeof bad[0]; i++) expect_config_refused("nomic_hf", cfg, &bad[i]);
        free(cfg);
    }

    /* GTE ("new") settings bert.h does not run are refused by name; its static NTK scaling is the
       base theta * f and the frequency factor f^(2/d) (gte: theta 500000, f 2, d 16). */
    {
        static const config_edit bad[] = {
            {"gte_rms_norm", "\"layer_norm_type\": \"layer_norm\"", "\"layer_norm_type\": \"rms_norm\"", "layer_norm_type", "rms_norm"},
            {"gte_logn", "\"logn_attention_scale\": false", "\"logn_attention_scale\": true", "logn_attention_scale", "not supported"},
            {"gte_absolute", "\"position_embedding_type\": \"rope\"", "\"position_embedding_type\": \"absolute\"",
             "position_embedding_type", "only \"rope\""},
            {"gte_unpacked", "\"pack_qkv\": true", "\"pack_qkv\": false", "pack_qkv", "not supported"},
            {"gte_dynamic", "\"type\": \"ntk\"", "\"type\": \"dynamic\"", "rope_scaling type \"dynamic\"", "not supported"},
            {"gte_mixed_ntk", "\"type\": \"ntk\"", "\"type\": \"ntk\", \"mixed_b\": 0.5", "mixed_b", "not supported"},
            {"gte_ntk_below_1", "\"factor\": 2.0", "\"factor\": 0.5", "\"factor\" >= 1", "below 1"},
            {"gte_qa", "\"NewModel\"", "\"NewForQuestionAnswering\"", "NewForQuestionAnswering", "not supported"},
            {"gte_types", "\"type_vocab_size\": 0", "\"type_vocab_size\": 1", "token_type_embeddings", "missing"},
        };
        static const config_edit bad_hf[] = {
            {"gte_hf_yarn", "\"rope_type\": \"linear\"", "\"rope_type\": \"yarn\"", "rope type \"yarn\"", "not supported"},
            {"gte_hf_partial", "\"rope_type\": \"linear\"", "\"rope_type\": \"linear\", \"partial_rotary_factor\": 0.5",
             "partial_rotary_factor", "not supported"},
        };
        size_t i;
        char *cfg = json_read_file("tests/fixtures/models/gte/config.json", &len);
        bert_model *m;
        bert_error err;
        for (i = 0; cfg && i < sizeof bad / sizeof bad[0]; i++) expect_config_refused("gte", cfg, &bad[i]);
        CHECK(cfg != NULL, "read gte's config.json");
        free(cfg);
        cfg = json_read_file("tests/fixtures/models/gte_hf/config.json", &len); /* transformers' own GteConfig */
        for (i = 0; cfg && i < sizeof bad_hf / sizeof bad_hf[0]; i++) expect_config_refused("gte_hf", cfg, &bad_hf[i]);
        CHECK(cfg != NULL, "read gte_hf's config.json");
        free(cfg);
        if (convert("tests/fixtures/models/gte", "gte", "") == 0 && bert_model_load_file(&m, WORK "/gte.bert", &err) == BERT_OK) {
            const bert_config *c = bert_model_config(m);
            CHECKF(c->rope_theta == 1e6f && fabs(c->rope_factor - pow(2.0, 2.0 / 16)) < 1e-6 && c->max_length == 8192 &&
                       c->type_vocab_size == 0 && c->omitted == BERT_OMIT_FFN_UP_BIAS && c->gated_ffn && !c->pre_norm,
                   "gte: rotary base %g (1e6), factor %.7f (2^(1/8)), max_length %d, type_vocab_size %d, omitted %u, gated, post-norm",
                   (double)c->rope_theta, (double)c->rope_factor, c->max_length, c->type_vocab_size, c->omitted);
            bert_model_free(m);
        } else CHECK(0, "convert and load gte");
    }

    check_outlier_dims();

    json_free(&g_golden);
    free(g_file);
    free(g_config);
    return test_done();
}
