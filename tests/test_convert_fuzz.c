/* test_convert_fuzz.c - bert-convert never crashes on a malformed folder. Seeded mutations of
 * config.json and of model.safetensors (header bytes, lengths, truncation) are converted by a
 * build of the converter with AddressSanitizer and UBSan (build/tests/bert-convert-asan), so an
 * out-of-bounds access fails the run. Every outcome must be exit 0 with a loadable file, or
 * exit 1 with one error line and no file. `make fuzz` runs a much longer version. */
#define _POSIX_C_SOURCE 200809L
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"

#include <sys/wait.h>

#define SRC "tests/fixtures/models/bert_seqcls"
#define WORK "build/tests/convert_fuzz"

static uint32_t g_seed = 20261122u;
static uint32_t rnd(void) { g_seed = g_seed * 1664525u + 1013904223u; return g_seed >> 8; }

static void write_bytes(const char *path, const char *bytes, size_t n) {
    FILE *f = fopen(path, "wb");
    fwrite(bytes, 1, n, f);
    fclose(f);
}

int main(int argc, char **argv) {
    size_t cfg_len, st_len, hlen;
    char *cfg = json_read_file(SRC "/config.json", &cfg_len), *st = json_read_file(SRC "/model.safetensors", &st_len);
    char *buf;
    int runs = argc > 1 ? atoi(argv[1]) : 200, n, crashes = 0, bad_outcomes = 0, converted = 0, rejected = 0;
    static const char json_chars[] = "{}[]\":,0123456789-.eE tfn\\u";
    if (!cfg || !st || system("rm -rf " WORK " && mkdir -p " WORK "/m") != 0) { CHECK(0, "setup"); return test_done(); }
    hlen = (size_t)bert__u64((const uint8_t *)st);
    buf = (char *)malloc(st_len + cfg_len + 64);
    for (n = 0; n < runs; n++) {
        int kind = (int)(rnd() % 4), status, k, changes = 1 + (int)(rnd() % 4);
        size_t len;
        bert_model *m;
        bert_error err;
        FILE *fo;
        if (kind == 0) { /* config.json: random JSON-ish characters */
            memcpy(buf, cfg, cfg_len);
            len = cfg_len;
            for (k = 0; k < changes; k++) buf[rnd() % len] = json_chars[rnd() % (sizeof json_chars - 1)];
            write_bytes(WORK "/m/config.json", buf, len);
            write_bytes(WORK "/m/model.safetensors", st, st_len);
        } else if (kind == 1) { /* safetensors header text */
            memcpy(buf, st, st_len);
            for (k = 0; k < changes; k++) buf[8 + rnd() % hlen] = json_chars[rnd() % (sizeof json_chars - 1)];
            write_bytes(WORK "/m/config.json", cfg, cfg_len);
            write_bytes(WORK "/m/model.safetensors", buf, st_len);
        } else if (kind == 2) { /* the header length field */
            memcpy(buf, st, st_len);
            buf[rnd() % 8] = (char)rnd();
            write_bytes(WORK "/m/config.json", cfg, cfg_len);
            write_bytes(WORK "/m/model.safetensors", buf, st_len);
        } else { /* truncation anywhere */
            write_bytes(WORK "/m/config.json", cfg, cfg_len);
            write_bytes(WORK "/m/model.safetensors", st, rnd() % st_len);
        }
        remove(WORK "/out.bert");
        status = system("ASAN_OPTIONS=exitcode=99 UBSAN_OPTIONS=exitcode=99 build/tests/bert-convert-asan " WORK "/m " WORK "/out.bert 2> " WORK "/err.txt");
        if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
            if (crashes++ < 3) {
                char keep[256];
                snprintf(keep, sizeof keep, "cp -r " WORK "/m " WORK "/crash%d", n);
                if (system(keep) != 0) { /* keep the evidence where possible */ }
                CHECKF(0, "run %d (kind %d): the converter crashed (status %d); folder kept in " WORK "/crash%d", n, kind, status, n);
            }
            continue;
        }
        fo = fopen(WORK "/out.bert", "rb");
        if (WEXITSTATUS(status) == 0) {
            converted++;
            if (!fo || bert_model_load_file(&m, WORK "/out.bert", &err) != BERT_OK) bad_outcomes++;
            else bert_model_free(m);
        } else {
            size_t elen;
            char *e = json_read_file(WORK "/err.txt", &elen);
            rejected++;
            if (fo || !e || !strstr(e, "bert-convert: ")) {
                if (bad_outcomes < 3) printf("# run %d kind %d: %s%s\n", n, kind, fo ? "file left; " : "", e ? e : "(no message)");
                bad_outcomes++;
            }
            free(e);
        }
        if (fo) fclose(fo);
    }
    CHECKF(crashes == 0, "%d mutated folders: no crash (%d converted, %d rejected)", runs, converted, rejected);
    CHECKF(bad_outcomes == 0, "every success loads and every failure explains itself and leaves no file (%d bad)", bad_outcomes);
    free(buf);
    free(cfg);
    free(st);
    return test_done();
}
