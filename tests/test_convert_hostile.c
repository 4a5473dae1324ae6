/* test_convert_hostile.c - bert-convert on hostile folders: the regressions of issue 14.
 *
 * Each case is a folder someone could hand the converter from the internet: a shard index that
 * names "..", a spiece.model with too few pieces, links to /dev/zero and to files that are not
 * safetensors, a FIFO, a directory where a file should be, a config.json too large for any real
 * one, overlapping or fractional safetensors data_offsets, type_vocab_size 0 beside a
 * token-type table. Every refusal must be exit 1 (not a crash, not a hang), one
 * "bert-convert: ..." line naming the file and the problem, and no output file or temporary.
 * The memory-safety cases run the AddressSanitizer build. The converters tried can be changed
 * (BC_CONVERT, BC_CONVERT_ASAN) to show that an older build fails these checks.
 */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"

#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define SRC "tests/fixtures/models/bert"
#define WORK "build/tests/convert_hostile"

static const char *g_convert = "build/bert-convert";
static const char *g_convert_asan = "build/tests/bert-convert-asan";

/* ---- Folders ----------------------------------------------------------------------------------- */

static int sh(const char *cmd) { return system(cmd); }

static void write_bytes(const char *path, const void *bytes, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(bytes, 1, n, f);
    fclose(f);
}

static void write_text(const char *path, const char *text) { write_bytes(path, text, strlen(text)); }

/* A fresh WORK/name holding the listed files of the bert fixture (space-separated). */
static void fixture_folder(const char *name, const char *files) {
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "rm -rf " WORK "/%s " WORK "/%s.* && mkdir -p " WORK "/%s && for f in %s; do cp " SRC "/$f " WORK "/%s/; done",
             name, name, name, files, name);
    if (sh(cmd) != 0) CHECKF(0, "%s: set up the folder", name);
}

static void path_in(char *out, size_t size, const char *name, const char *file) { snprintf(out, size, WORK "/%s/%s", name, file); }

/* Output files and temporaries WORK/name.bert*. */
static int count_outputs(const char *name) {
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

/* Runs `bin` on WORK/name (args: e.g. "--tokenizer-only"), stderr to WORK/name.log, with a time
 * limit so that a hang fails the test instead of stopping it, and an address-space limit for
 * the release build so that reading /dev/zero cannot take the machine's memory. Returns the
 * exit status (124: timed out, 128 + n: killed by signal n). */
static int run(const char *bin, const char *name, const char *args) {
    char cmd[1024];
    int status;
    snprintf(cmd, sizeof cmd, "rm -f " WORK "/%s.bert; %s timeout 20 %s %s " WORK "/%s " WORK "/%s.bert 2> " WORK "/%s.log",
             name, strstr(bin, "asan") ? "" : "ulimit -v 2000000;", bin, args, name, name, name);
    status = sh(cmd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

static char *read_log(const char *name) {
    char path[512];
    size_t len;
    char *text;
    snprintf(path, sizeof path, WORK "/%s.log", name);
    text = json_read_file(path, &len);
    return text ? text : strdup("");
}

/* The converter refuses WORK/name: exit 1, one "bert-convert: " line holding both needles (needle2
 * may be NULL), no output or temporary. */
static void expect_refusal(const char *bin, const char *name, const char *args, const char *needle1, const char *needle2) {
    int status = run(bin, name, args), lines = 0;
    char *msg = read_log(name);
    const char *p;
    for (p = msg; *p; p++) lines += *p == '\n';
    CHECKF(status == 1, "%s: exit status 1 (got %d%s)", name, status, status == 124 ? ": timed out" : status > 128 ? ": crashed" : "");
    CHECKF(strncmp(msg, "bert-convert: ", 14) == 0 && lines == 1, "%s: one error line (%.*s%s)", name, (int)strcspn(msg, "\n"), msg,
           lines > 1 ? " ..." : "");
    CHECKF(strstr(msg, needle1) && (!needle2 || strstr(msg, needle2)), "%s: the message names \"%s\"%s%s (%.*s)", name, needle1,
           needle2 ? " and " : "", needle2 ? needle2 : "", (int)strcspn(msg, "\n"), msg);
    CHECKF(count_outputs(name) == 0, "%s: no output file or temporary left behind", name);
    free(msg);
}

/* The converter accepts WORK/name: exit 0 and a file the library loads. */
static void expect_success(const char *bin, const char *name, const char *args) {
    int status = run(bin, name, args);
    char path[512], *msg = read_log(name);
    bert_model *m;
    bert_error err;
    snprintf(path, sizeof path, WORK "/%s.bert", name);
    CHECKF(status == 0, "%s: converts (exit %d: %.*s)", name, status, (int)strcspn(msg, "\n"), msg);
    CHECKF(status == 0 && bert_model_load_file(&m, path, &err) == BERT_OK, "%s: the output loads", name);
    if (status == 0 && bert_model_load_file(&m, path, &err) == BERT_OK) bert_model_free(m);
    free(msg);
}

static int same_file(const char *a, const char *b) {
    size_t la, lb;
    char *x = json_read_file(a, &la), *y = json_read_file(b, &lb);
    int same = x && y && la == lb && memcmp(x, y, la) == 0;
    free(x);
    free(y);
    return same;
}

/* ---- safetensors with chosen data_offsets ------------------------------------------------------ */

/* Rewrites the fixture's model.safetensors into `path`, the data bytes unchanged, with the
 * data_offsets of tensor `target` written as `offsets` (JSON text, e.g. "[0, 256]"). */
static void safetensors_with_offsets(const char *path, const char *target, const char *offsets) {
    size_t len, hlen, out = 0;
    char *file = json_read_file(SRC "/model.safetensors", &len), msg[256], *header;
    json_doc doc;
    int c;
    uint8_t len8[8];
    if (!file) return;
    hlen = (size_t)bert__u64((const uint8_t *)file);
    header = (char *)malloc(hlen + 4096);
    if (!header || json_parse(&doc, file + 8, hlen, msg, sizeof msg) != 0) { free(header); free(file); return; }
    out += (size_t)sprintf(header, "{");
    for (c = json_first(&doc, 0); c >= 0; c = json_next(&doc, c)) {
        int of = json_get(&doc, c, "data_offsets"), sh_ = json_get(&doc, c, "shape"), d;
        const char *name = json_key(&doc, c);
        if (strcmp(name, "__metadata__") == 0) continue;
        out += (size_t)sprintf(header + out, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[", out > 1 ? "," : "", name,
                               json_str(&doc, json_get(&doc, c, "dtype")));
        for (d = json_first(&doc, sh_); d >= 0; d = json_next(&doc, d))
            out += (size_t)sprintf(header + out, "%s%.0f", d == json_first(&doc, sh_) ? "" : ",", doc.nodes[d].number);
        if (strcmp(name, target) == 0) out += (size_t)sprintf(header + out, "],\"data_offsets\":%s}", offsets);
        else
            out += (size_t)sprintf(header + out, "],\"data_offsets\":[%.0f,%.0f]}", doc.nodes[json_at(&doc, of, 0)].number,
                                   doc.nodes[json_at(&doc, of, 1)].number);
    }
    out += (size_t)sprintf(header + out, "}");
    for (c = 0; c < 8; c++) len8[c] = (uint8_t)((uint64_t)out >> (8 * c));
    {
        FILE *f = fopen(path, "wb");
        if (f) {
            fwrite(len8, 1, 8, f);
            fwrite(header, 1, out, f);
            fwrite(file + 8 + hlen, 1, len - 8 - hlen, f);
            fclose(f);
        }
    }
    json_free(&doc);
    free(header);
    free(file);
}

/* The fixture's data_offsets of tensor `name`. */
static void fixture_offsets(const char *name, double *begin, double *end) {
    size_t len;
    char *file = json_read_file(SRC "/model.safetensors", &len), msg[256];
    json_doc doc;
    *begin = *end = -1;
    if (file && json_parse(&doc, file + 8, (size_t)bert__u64((const uint8_t *)file), msg, sizeof msg) == 0) {
        int of = json_get(&doc, json_get(&doc, 0, name), "data_offsets");
        *begin = doc.nodes[json_at(&doc, of, 0)].number;
        *end = doc.nodes[json_at(&doc, of, 1)].number;
        json_free(&doc);
    }
    free(file);
}

/* ---- The cases --------------------------------------------------------------------------------- */

/* Defect 1: a shard name that is not a plain file name was printed from the freed index. */
static void shard_names(void) {
    char path[512];
    fixture_folder("shard_dotdot", "config.json vocab.txt");
    path_in(path, sizeof path, "shard_dotdot", "model.safetensors.index.json");
    write_text(path, "{\"weight_map\":{\"x\":\"..\"}}");
    expect_refusal(g_convert_asan, "shard_dotdot", "", "\"..\"", "plain file name");
    fixture_folder("shard_slash", "config.json vocab.txt");
    path_in(path, sizeof path, "shard_slash", "model.safetensors.index.json");
    write_text(path, "{\"weight_map\":{\"x\":\"sub/model.safetensors\"}}");
    expect_refusal(g_convert_asan, "shard_slash", "", "sub/model.safetensors", "plain file name");
    /* the pytorch_model.bin index had the same loop */
    fixture_folder("pt_shard_dotdot", "config.json vocab.txt");
    path_in(path, sizeof path, "pt_shard_dotdot", "pytorch_model.bin.index.json");
    write_text(path, "{\"weight_map\":{\"x\":\"..\"}}");
    expect_refusal(g_convert_asan, "pt_shard_dotdot", "", "\"..\"", "plain file name");
}

/* Defect 2: an XLM-R spiece.model with fewer than 3 pieces overflowed the score array. Hugging
 * Face's XLMRobertaConverter builds <s> <pad> </s> <unk>, the pieces from the fourth on, <mask>:
 * five tokens here, which is what the converter must write. */
static void spiece_few_pieces(void) {
    /* ModelProto with pieces {piece "<unk>", type UNKNOWN} and {piece "a", score -1} */
    static const uint8_t two[] = {0x0A, 0x09, 0x0A, 0x05, '<', 'u', 'n', 'k', '>', 0x18, 0x02,
                                  0x0A, 0x08, 0x0A, 0x01, 'a', 0x15, 0x00, 0x00, 0x80, 0xBF};
    int pieces;
    for (pieces = 1; pieces <= 2; pieces++) {
        char name[64], path[512];
        snprintf(name, sizeof name, "spiece_%d_piece%s", pieces, pieces > 1 ? "s" : "");
        fixture_folder(name, "");
        path_in(path, sizeof path, name, "spiece.model");
        write_bytes(path, two, pieces == 1 ? 11 : sizeof two);
        path_in(path, sizeof path, name, "tokenizer_config.json");
        write_text(path, "{\"tokenizer_class\":\"XLMRobertaTokenizer\"}");
        expect_success(g_convert_asan, name, "--tokenizer-only");
        {
            bert_model *m;
            bert_error err;
            bert_encoding enc = {0};
            snprintf(path, sizeof path, WORK "/%s.bert", name);
            if (bert_model_load_file(&m, path, &err) == BERT_OK) {
                int ok = bert_tokenize(m, "a", 1, 0, &enc, &err) == BERT_OK;
                /* the XLM-R layout drops the first three pieces, so "a" is unknown either way */
                CHECKF(ok && enc.count == 3 && enc.ids[0] == 0 && enc.ids[1] == 3 && enc.ids[2] == 2,
                       "%s: \"a\" tokenizes to <s> <unk> </s> (got %d tokens, %d %d %d)", name, enc.count, enc.count > 0 ? enc.ids[0] : -1,
                       enc.count > 1 ? enc.ids[1] : -1, enc.count > 2 ? enc.ids[2] : -1);
                bert_encoding_free(&enc);
                bert_model_free(m);
            }
        }
    }
}

/* Defect 4: special and oversized files are refused before they are read. */
static void special_files(void) {
    char path[512], target[512], cwd[512];
    if (!getcwd(cwd, sizeof cwd)) cwd[0] = 0;

    fixture_folder("link_dev_zero", "config.json vocab.txt");
    path_in(path, sizeof path, "link_dev_zero", "model.safetensors");
    if (symlink("/dev/zero", path) != 0) CHECK(0, "symlink");
    expect_refusal(g_convert, "link_dev_zero", "", "model.safetensors", "regular file");

    fixture_folder("config_fifo", "vocab.txt model.safetensors");
    path_in(path, sizeof path, "config_fifo", "config.json");
    if (mkfifo(path, 0600) != 0) CHECK(0, "mkfifo");
    expect_refusal(g_convert, "config_fifo", "", "config.json", "FIFO");

    fixture_folder("vocab_dir", "config.json model.safetensors");
    path_in(path, sizeof path, "vocab_dir", "vocab.txt");
    if (mkdir(path, 0700) != 0) CHECK(0, "mkdir");
    expect_refusal(g_convert, "vocab_dir", "", "vocab.txt", "directory");

    /* A config.json far larger than any real one (sparse: it takes no disk). */
    fixture_folder("config_huge", "vocab.txt model.safetensors");
    path_in(path, sizeof path, "config_huge", "config.json");
    write_text(path, "{");
    if (truncate(path, 64l << 20) != 0) CHECK(0, "truncate");
    expect_refusal(g_convert, "config_huge", "", "config.json", "MB limit");

    /* A shard that is a link to a text file: "not a safetensors file", not its bytes as a length. */
    fixture_folder("shard_text", "config.json vocab.txt");
    path_in(path, sizeof path, "shard_text", "passwd");
    write_text(path, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
    path_in(path, sizeof path, "shard_text", "model-00001-of-00001.safetensors");
    if (symlink("passwd", path) != 0) CHECK(0, "symlink");
    path_in(path, sizeof path, "shard_text", "model.safetensors.index.json");
    write_text(path, "{\"weight_map\":{\"embeddings.word_embeddings.weight\":\"model-00001-of-00001.safetensors\"}}");
    expect_refusal(g_convert, "shard_text", "", "model-00001-of-00001.safetensors", "not a safetensors file");

    /* The symlink policy: links are followed (Hugging Face's cache folders are links into
       blobs/), to regular files only; the result is the same as from the files themselves. The
       folder's name is the model's name in the file, so both runs use the same folder name. */
    fixture_folder("linked", "config.json vocab.txt model.safetensors");
    expect_success(g_convert, "linked", "");
    if (rename(WORK "/linked.bert", WORK "/from_files.bert") != 0) CHECK(0, "rename");
    fixture_folder("linked", "");
    {
        static const char *files[3] = {"config.json", "vocab.txt", "model.safetensors"};
        int i;
        for (i = 0; i < 3; i++) {
            snprintf(target, sizeof target, "%s/" SRC "/%s", cwd, files[i]);
            path_in(path, sizeof path, "linked", files[i]);
            if (symlink(target, path) != 0) CHECK(0, "symlink");
        }
    }
    expect_success(g_convert, "linked", "");
    CHECK(same_file(WORK "/from_files.bert", WORK "/linked.bert"), "linked: symlinks to the files give the same model file");
}

/* Defect 4, the library: bert_model_load_file on a FIFO returns an error instead of waiting for
 * a writer forever (`bert -m FIFO`). Run in a child with an alarm, so a hang fails the test. */
static void load_fifo(void) {
    const char *fifo = WORK "/model.fifo";
    pid_t pid;
    int status;
    remove(fifo);
    if (mkfifo(fifo, 0600) != 0) { CHECK(0, "mkfifo"); return; }
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        bert_model *m;
        bert_error err;
        int r;
        alarm(10);
        r = bert_model_load_file(&m, fifo, &err);
        _exit(r != BERT_OK && strstr(err.message, "regular file") ? 0 : 1);
    }
    if (pid < 0 || waitpid(pid, &status, 0) != pid) { CHECK(0, "fork"); return; }
    CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 0, "bert_model_load_file on a FIFO: \"not a regular file\" at once (%s)",
           WIFSIGNALED(status) ? "hung until the alarm" : WEXITSTATUS(status) ? "wrong result" : "at once");
    remove(fifo);
}

/* Defect 5: the tensors must tile the data region as the reference safetensors requires:
 * integer offsets, no overlap, no hole, nothing after the last tensor. */
static void safetensors_offsets(void) {
    char path[512], offsets[128];
    double wb, we, bb, be;
    fixture_offsets("encoder.layer.0.attention.output.LayerNorm.weight", &wb, &we);
    fixture_offsets("encoder.layer.0.attention.output.LayerNorm.bias", &bb, &be);
    CHECKF(wb >= 0 && bb >= 0 && we - wb == be - bb, "fixture: two tensors of equal size (%.0f, %.0f bytes)", we - wb, be - bb);

    /* The later of the two reads the earlier's bytes: they overlap (and its own bytes are left a
       hole, which comes later in offset order). */
    fixture_folder("offsets_overlap", "config.json vocab.txt");
    path_in(path, sizeof path, "offsets_overlap", "model.safetensors");
    snprintf(offsets, sizeof offsets, "[%.0f,%.0f]", wb < bb ? wb : bb, wb < bb ? we : be);
    safetensors_with_offsets(path, wb < bb ? "encoder.layer.0.attention.output.LayerNorm.bias" : "encoder.layer.0.attention.output.LayerNorm.weight",
                             offsets);
    expect_refusal(g_convert, "offsets_overlap", "", "data_offsets", "overlap those of");

    /* The same with the earlier one moved onto the later's bytes: a hole, then the overlap. */
    fixture_folder("offsets_hole", "config.json vocab.txt");
    path_in(path, sizeof path, "offsets_hole", "model.safetensors");
    snprintf(offsets, sizeof offsets, "[%.0f,%.0f]", wb < bb ? bb : wb, wb < bb ? be : we);
    safetensors_with_offsets(path, wb < bb ? "encoder.layer.0.attention.output.LayerNorm.weight" : "encoder.layer.0.attention.output.LayerNorm.bias",
                             offsets);
    expect_refusal(g_convert, "offsets_hole", "", "belong to no tensor", NULL);

    fixture_folder("offsets_fraction", "config.json vocab.txt");
    path_in(path, sizeof path, "offsets_fraction", "model.safetensors");
    snprintf(offsets, sizeof offsets, "[%.0f.0,%.0f]", bb, be);
    safetensors_with_offsets(path, "encoder.layer.0.attention.output.LayerNorm.bias", offsets);
    expect_refusal(g_convert, "offsets_fraction", "", "data_offsets", "not integers");

    fixture_folder("offsets_tail", "config.json vocab.txt model.safetensors");
    path_in(path, sizeof path, "offsets_tail", "model.safetensors");
    {
        FILE *f = fopen(path, "ab");
        if (f) { fputs("0123456789abcdef", f); fclose(f); }
    }
    expect_refusal(g_convert, "offsets_tail", "", "16 data bytes", "after the last tensor");
}

/* Defect 6: type_vocab_size 0 with a token-type table. transformers builds
 * nn.Embedding(type_vocab_size, hidden) = an empty table, and from_pretrained refuses the
 * checkpoint's [2, 64] table as a size mismatch; so does the converter. */
static void type_vocab_zero(void) {
    size_t len;
    char *cfg = json_read_file(SRC "/config.json", &len), *at, path[512], out[4096];
    fixture_folder("type_vocab_zero", "vocab.txt model.safetensors");
    at = cfg ? strstr(cfg, "\"type_vocab_size\": 2") : NULL;
    if (!at) { CHECK(0, "fixture config has type_vocab_size 2"); free(cfg); return; }
    snprintf(out, sizeof out, "%.*s\"type_vocab_size\": 0%s", (int)(at - cfg), cfg, at + strlen("\"type_vocab_size\": 2"));
    path_in(path, sizeof path, "type_vocab_zero", "config.json");
    write_text(path, out);
    expect_refusal(g_convert, "type_vocab_zero", "", "type_vocab_size", "token_type_embeddings");
    free(cfg);
}

int main(void) {
    if (getenv("BC_CONVERT")) g_convert = getenv("BC_CONVERT");
    if (getenv("BC_CONVERT_ASAN")) g_convert_asan = getenv("BC_CONVERT_ASAN");
    if (sh("rm -rf " WORK " && mkdir -p " WORK) != 0) { CHECK(0, "make " WORK); return test_done(); }
    shard_names();
    spiece_few_pieces();
    special_files();
    load_fifo();
    safetensors_offsets();
    type_vocab_zero();
    return test_done();
}
