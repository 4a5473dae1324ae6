/* test_torch_bin.c - pytorch_model.bin, read by tools/torch_bin.h (built with ASan and UBSan).
 *
 * 1. Each checkpoint in tests/fixtures/torch_bin (saved by real PyTorch from a safetensors fixture
 *    by tools/make_torch_fixtures.py: zip and legacy containers, ZIP64, shards, F32/F16/BF16,
 *    views at storage offsets, transposed and strided views, tied weights) converts to a file byte-identical to the one converted
 *    from the fixture's model.safetensors, and the reader sees what the script saved.
 * 2. Each hostile file (os.system, builtins.eval, truncation, huge lengths, compression, big-endian,
 *    bad CRC, overlapping views, nested, Git LFS pointers) gives exit 1, one "bert-convert: FILE: ..."
 *    line that says what is wrong, and no output file.
 * 3. Every fixture, and truncations and byte flips of the small ones, go through the fuzz target's
 *    entry point (tests/fuzz/fuzz_torch_bin.c) in this sanitized process: no crash, no silent failure.
 */
#define _POSIX_C_SOURCE 200809L
/* Small caps, so that the limits are reached by the pickles below. */
#define TB_MAX_VALUES 100000
#define TB_MAX_STACK 50000
#define TB_MAX_MARKS 1000
#define TB_MAX_MEMO 100000
#include "../tools/json.h"
#include "fuzz/fuzz_torch_bin.c"
#include "test.h"

#include <sys/stat.h>
#include <sys/wait.h>

#define FIX "tests/fixtures/torch_bin"
#define WORK "build/tests/torch_bin"

static char *read_all(const char *path, size_t *len) { return json_read_file(path, len); }

static int same_files(const char *a, const char *b) {
    size_t la, lb;
    char *x = read_all(a, &la), *y = read_all(b, &lb);
    int same = x && y && la == lb && memcmp(x, y, la) == 0;
    free(x);
    free(y);
    return same;
}

static int exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* Converts folder `dir` to `out` (stderr to `log`); returns the exit status. */
static int convert(const char *dir, const char *out, const char *args, const char *log) {
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "rm -f %s && build/bert-convert %s %s %s 2> %s", out, dir, out, args, log);
    return system(cmd);
}

static void check_identical(const char *bin_dir, const char *st_name, const char *args) {
    char st_dir[256], a[256], b[256], log[256];
    snprintf(st_dir, sizeof st_dir, "tests/fixtures/models/%s", st_name);
    snprintf(a, sizeof a, WORK "/%s_st.bert", st_name);
    snprintf(b, sizeof b, WORK "/%s_pt.bert", st_name);
    snprintf(log, sizeof log, WORK "/%s.log", st_name);
    CHECKF(convert(st_dir, a, args, log) == 0, "%s: the safetensors fixture converts", st_name);
    CHECKF(convert(bin_dir, b, args, log) == 0, "%s: pytorch_model.bin converts (%s)", bin_dir, args);
    CHECKF(same_files(a, b), "%s: identical model file from pytorch_model.bin and model.safetensors %s", bin_dir, args);
}

static void expect_refusal(const char *name, const char *file, const char *needle) {
    char dir[256], out[256], log[256], *msg;
    size_t len;
    int status, lines = 0;
    const char *p;
    snprintf(dir, sizeof dir, FIX "/hostile/%s", name);
    snprintf(out, sizeof out, WORK "/hostile_%s.bert", name);
    snprintf(log, sizeof log, WORK "/hostile_%s.log", name);
    status = convert(dir, out, "", log);
    msg = read_all(log, &len);
    if (!msg) msg = strdup("");
    for (p = msg; *p; p++) lines += *p == '\n';
    CHECKF(status != 0 && WIFEXITED(status) && WEXITSTATUS(status) == 1, "hostile %s: exit 1", name);
    CHECKF(lines == 1 && strncmp(msg, "bert-convert: ", 14) == 0 && strstr(msg, file) && strstr(msg, needle),
           "hostile %s: one line naming %s and \"%s\" (%.*s)", name, file, needle, (int)strcspn(msg, "\n"), msg);
    CHECKF(!exists(out), "hostile %s: no output file", name);
    free(msg);
}

/* The reader's view of one fixture. */
static int read_fixture(const char *path, tb_file *f, char **buf) {
    size_t len;
    char err[512] = "";
    *buf = read_all(path, &len);
    if (!*buf) return -1;
    if (tb_read(f, (const uint8_t *)*buf, len, 1, err, sizeof err)) {
        printf("# %s: %s\n", path, err);
        return -1;
    }
    return 0;
}

static const tb_tensor *find(const tb_file *f, const char *name) {
    int i;
    for (i = 0; i < f->count; i++)
        if (strcmp(f->t[i].name, name) == 0) return &f->t[i];
    return NULL;
}

static void reader_checks(void) {
    tb_file f;
    char *buf;
    const tb_tensor *q, *k, *v, *pos, *w, *dec;
    if (read_fixture(FIX "/bert/pytorch_model.bin", &f, &buf) == 0) {
        q = find(&f, "encoder.layer.0.attention.self.query.weight");
        k = find(&f, "encoder.layer.0.attention.self.key.weight");
        v = find(&f, "encoder.layer.0.attention.self.value.weight");
        pos = find(&f, "embeddings.position_ids");
        CHECK(strcmp(f.format, "zip") == 0, "reader: bert is the zip format");
        CHECK(q && k && v && q->offset == 0 && k->offset == 64 * 64 && v->offset == 2 * 64 * 64 && k->data == q->data + q->bytes &&
                  v->data == k->data + k->bytes,
              "reader: q, k, v are views into one storage at offsets 0, 4096, 8192");
        CHECK(pos && pos->dtype == TB_OTHER && pos->esize == 8 && pos->ndim == 2 && pos->shape[1] == 64 && pos->bytes == 512,
              "reader: position_ids is an I64 buffer of shape [1, 64] (kept as OTHER)");
        CHECK(q && q->dtype == TB_F32 && q->ndim == 2 && q->stride[0] == 64 && q->stride[1] == 1, "reader: F32, shape and strides");
        tb_free(&f);
    } else CHECK(0, "reader: bert");
    free(buf);
    if (read_fixture(FIX "/roberta_mlm/pytorch_model.bin", &f, &buf) == 0) {
        w = find(&f, "roberta.embeddings.word_embeddings.weight");
        dec = find(&f, "lm_head.decoder.weight");
        CHECK(w && dec && w->data == dec->data && w->bytes == dec->bytes, "reader: tied decoder and word embeddings share one storage");
        tb_free(&f);
    } else CHECK(0, "reader: roberta_mlm");
    free(buf);
    if (read_fixture(FIX "/legacy/bert_f16/pytorch_model.bin", &f, &buf) == 0) {
        w = find(&f, "embeddings.word_embeddings.weight");
        CHECK(strcmp(f.format, "legacy") == 0 && w && w->dtype == TB_F16 && w->bytes == 1000 * 64 * 2,
              "reader: legacy format, F16 word embeddings [1000, 64]");
        tb_free(&f);
    } else CHECK(0, "reader: legacy bert_f16");
    free(buf);
    if (read_fixture(FIX "/views/bert_f16/pytorch_model.bin", &f, &buf) == 0) {
        w = find(&f, "embeddings.word_embeddings.weight");
        v = find(&f, "embeddings.LayerNorm.bias");
        CHECK(w && w->copied && w->stride[0] == 1 && w->stride[1] == 1000 && w->data >= f.arena && v && v->copied && v->stride[0] == 2,
              "reader: transposed and stride-2 views are copied row-major into the arena");
        tb_free(&f);
    } else CHECK(0, "reader: views bert_f16");
    free(buf);
    if (read_fixture(FIX "/bert_bf16/pytorch_model.bin", &f, &buf) == 0) {
        w = find(&f, "bert.embeddings.word_embeddings.weight");
        CHECK(w && w->dtype == TB_BF16, "reader: BF16 storages");
        tb_free(&f);
    } else CHECK(0, "reader: bert_bf16");
    free(buf);
}

/* Bare pickles (the legacy path) that must stop at a limit or a bad opcode with a message. */
static void pickle_limits(void) {
    /* head, then unit repeated, then tail (C strings: no NUL bytes inside) */
    static const struct { const char *name, *head, *unit, *tail; int repeat; const char *needle; } cases[] = {
        {"values cap", "\x80\x02", "N0", "N.", 120000, "more than 100000 values"},
        {"stack cap", "\x80\x02", "N", ".", 60000, "stack deeper than 50000"},
        {"mark cap", "\x80\x02", "(", "N.", 2000, "more than 1000 nested MARKs"},
        {"memo index", "\x80\x02N", "r\xff\xff\xff\x7f", ".", 1, "memo index 2147483647 is too large"},
        {"memo unset", "\x80\x02", "h\x05", ".", 1, "memo key 5 was never set"},
        {"INST opcode", "\x80\x02", "ios\nsystem\n", ".", 1, "opcode 0x69"},
        {"no STOP", "\x80\x02", "N", "", 3, "ends before its STOP"},
        {"LONG4 length", "\x80\x02", "\x8b\xff\xff\xff\x0f", ".", 1, "too long"},
        {"underflow", "\x80\x02", "(", "a.", 1, "underflow"},
        {"SETITEMS odd", "\x80\x02}(", "N", "u.", 3, "odd number"},
        {"REDUCE non-global", "\x80\x02", "N)", "R.", 1, "not an allowed global"},
        {"BINPERSID", "\x80\x02", "\x8c\x07storage", "\x85Q.", 1, "persistent id"},
        {"protocol 6", "\x80\x06", "N", ".", 1, "protocol 6"},
        /* the legacy magic number, protocol 1001 and sys_info, then a list where the state_dict goes */
        {"not a state_dict", "\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.\x80\x02M\xe9\x03.\x80\x02}.\x80\x02", "]", ".\x80\x02].", 1,
         "not a state_dict"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t hl = strlen(cases[i].head), ul = strlen(cases[i].unit), tl = strlen(cases[i].tail), n = 0;
        char *buf = (char *)malloc(hl + ul * (size_t)cases[i].repeat + tl), err[512] = "";
        tb_file f;
        int k, r;
        memcpy(buf, cases[i].head, hl), n = hl;
        for (k = 0; k < cases[i].repeat; k++) memcpy(buf + n, cases[i].unit, ul), n += ul;
        memcpy(buf + n, cases[i].tail, tl), n += tl;
        r = tb_read(&f, (const uint8_t *)buf, n, 1, err, sizeof err);
        CHECKF(r != 0 && strstr(err, cases[i].needle), "pickle %s: refused with \"%s\" (%s)", cases[i].name, cases[i].needle, err);
        if (r == 0) tb_free(&f);
        free(buf);
    }
}

/* ---- Replays through the fuzz entry point ------------------------------------------------------ */

static uint32_t g_seed = 20261202u;
static uint32_t rnd(void) { g_seed = g_seed * 1664525u + 1013904223u; return g_seed >> 8; }

static int replay(const char *path, int mutations) {
    size_t len, n, step;
    char *orig = read_all(path, &len);
    uint8_t *buf;
    int runs = 0, m;
    if (!orig) return 0;
    buf = (uint8_t *)malloc(len + 1);
    /* the file itself, then truncations (every byte of small files, ~600 cuts of large ones) */
    LLVMFuzzerTestOneInput((const uint8_t *)orig, len), runs++;
    step = len < 4096 ? 1 : len / 600;
    for (n = 0; n < len; n += step) {
        memcpy(buf, orig, n); /* a copy of exactly n bytes: ASan sees any read past it */
        LLVMFuzzerTestOneInput(buf, n), runs++;
    }
    /* byte flips and overwrites: anywhere in small files, in the first and last 4 KB of large ones */
    for (m = 0; m < mutations && len; m++) {
        int k, changes = 1 + (int)(rnd() % 4);
        memcpy(buf, orig, len);
        for (k = 0; k < changes; k++) {
            size_t at = rnd() % len;
            if (len > 8192) at = rnd() % 2 ? rnd() % 4096 : len - 1 - rnd() % 4096;
            buf[at] = (uint8_t)(rnd() % 3 == 0 ? 0xff : rnd() % 3 == 0 ? buf[at] ^ (1u << (rnd() % 8)) : rnd());
        }
        LLVMFuzzerTestOneInput(buf, len), runs++;
    }
    free(buf);
    free(orig);
    return runs;
}

int main(void) {
    static const char *hostile[][3] = {
        {"os_system", "pytorch_model.bin", "os.system is not allowed"},
        {"builtins_eval", "pytorch_model.bin", "builtins.eval is not allowed"},
        {"legacy_system", "pytorch_model.bin", "posix.system is not allowed"},
        {"truncated", "pytorch_model.bin", "truncated"},
        {"huge_length", "pytorch_model.bin", "runs past the end"},
        {"huge_length8", "pytorch_model.bin", "runs past the end"},
        {"compressed", "pytorch_model.bin", "is compressed"},
        {"big_endian", "pytorch_model.bin", "big-endian"},
        {"bad_crc", "pytorch_model.bin", "CRC-32"},
        {"overlapping", "pytorch_model.bin", "more bytes than the file holds"},
        {"nested", "pytorch_model.bin", "is not a tensor"},
        {"past_storage", "pytorch_model.bin", "outside its storage"},
        {"lfs_bin", "pytorch_model.bin", "Git LFS pointer, not the weights: run git lfs pull"},
        {"lfs_safetensors", "model.safetensors", "Git LFS pointer, not the weights: run git lfs pull"},
    };
    static const char *seeds[] = {
        FIX "/bert/pytorch_model.bin", FIX "/bert_bf16/pytorch_model.bin", FIX "/roberta_mlm/pytorch_model.bin",
        FIX "/legacy/bert_f16/pytorch_model.bin", FIX "/zip64/bert_bf16/pytorch_model.bin",
        FIX "/sharded/bert_f16/pytorch_model-00002-of-00002.bin", FIX "/views/bert_f16/pytorch_model.bin",
    };
    size_t i;
    int runs = 0;
    if (system("rm -rf " WORK " && mkdir -p " WORK "/both/bert") != 0) { CHECK(0, "setup"); return test_done(); }

    check_identical(FIX "/bert", "bert", "");
    check_identical(FIX "/bert", "bert", "--dtype q8_0");
    check_identical(FIX "/bert_bf16", "bert_bf16", "");
    check_identical(FIX "/roberta", "roberta", "");
    check_identical(FIX "/distilbert", "distilbert", "--dtype f16");
    check_identical(FIX "/roberta_mlm", "roberta_mlm", "");
    check_identical(FIX "/legacy/bert_f16", "bert_f16", "");
    check_identical(FIX "/sharded/bert_f16", "bert_f16", "--dtype f16");
    check_identical(FIX "/zip64/bert_bf16", "bert_bf16", "");
    check_identical(FIX "/views/bert_f16", "bert_f16", "");
    check_identical(FIX "/views/bert_f16", "bert_f16", "--dtype q8_0");

    /* Both files present: safetensors wins (the .bin here would be refused). */
    if (system("cp tests/fixtures/models/bert/config.json tests/fixtures/models/bert/vocab.txt tests/fixtures/models/bert/model.safetensors "
               WORK "/both/bert/ && cp " FIX "/hostile/os_system/pytorch_model.bin " WORK "/both/bert/") != 0)
        CHECK(0, "copy");
    check_identical(WORK "/both/bert", "bert", "");

    for (i = 0; i < sizeof hostile / sizeof hostile[0]; i++) expect_refusal(hostile[i][0], hostile[i][1], hostile[i][2]);

    /* A shard index naming a file outside the folder, and one naming a missing shard. */
    {
        static const char *cases[][3] = {
            {"escape", "{\"weight_map\": {\"a\": \"../pytorch_model.bin\"}}", "is not a plain file name"},
            {"missing", "{\"weight_map\": {\"a\": \"pytorch_model-00001-of-00002.bin\"}}", "cannot read"},
            {"no_map", "{\"metadata\": {}}", "no \"weight_map\""},
        };
        for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            char dir[128], cmd[512], out[256], log[256], *msg;
            size_t len;
            FILE *f;
            int status;
            snprintf(dir, sizeof dir, WORK "/index_%s", cases[i][0]);
            snprintf(cmd, sizeof cmd, "mkdir -p %s && cp tests/fixtures/models/bert/config.json %s/", dir, dir);
            if (system(cmd) != 0) CHECK(0, "copy");
            snprintf(cmd, sizeof cmd, "%s/pytorch_model.bin.index.json", dir);
            f = fopen(cmd, "wb");
            if (f) { fputs(cases[i][1], f); fclose(f); }
            snprintf(out, sizeof out, "%s.bert", dir);
            snprintf(log, sizeof log, "%s.log", dir);
            status = convert(dir, out, "", log);
            msg = read_all(log, &len);
            CHECKF(status != 0 && msg && strstr(msg, "pytorch_model") && strstr(msg, cases[i][2]) && !exists(out),
                   "shard index %s: refused, naming \"%s\" (%.*s)", cases[i][0], cases[i][2], msg ? (int)strcspn(msg, "\n") : 0, msg ? msg : "");
            free(msg);
        }
    }

    reader_checks();
    pickle_limits();

    {
        char path[256];
        for (i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
            snprintf(path, sizeof path, FIX "/hostile/%s/%s", hostile[i][0], hostile[i][1]);
            runs += replay(path, 2000);
        }
        for (i = 0; i < sizeof seeds / sizeof seeds[0]; i++) runs += replay(seeds[i], 300);
        CHECKF(runs > 20000, "fuzz entry point: %d replays of the fixtures, their truncations and mutations, no crash", runs);
    }
    return test_done();
}
