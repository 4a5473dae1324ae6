/* replay.c - runs every file of a fuzz target's checked-in corpus (tests/fuzz/corpus_NAME/)
 * through its LLVMFuzzerTestOneInput, without libFuzzer: `make test` builds one per target
 * with gcc, ASan and UBSan, so each input a fuzzer ever found stays a regression test. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path) {
    FILE *f = fopen(path, "rb");
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0, got;
    if (!f) return -1;
    do {
        if (cap - len < 4096) {
            uint8_t *nb = (uint8_t *)realloc(buf, cap = cap * 2 + 4096);
            if (!nb) { free(buf); fclose(f); return -1; }
            buf = nb;
        }
        got = fread(buf + len, 1, cap - len, f);
        len += got;
    } while (got > 0);
    fclose(f);
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    return 0;
}

int main(void) {
    const char *dir = "tests/fuzz/corpus_" FUZZ_NAME;
    DIR *d = opendir(dir);
    struct dirent *e;
    int files = 0, unreadable = 0;
    if (!d) {
        printf("FAIL fuzz corpus %s: cannot open (run from the project root)\n", dir);
        return 1;
    }
    while ((e = readdir(d))) {
        char path[1024];
        if (e->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (replay_file(path) == 0) files++;
        else unreadable++;
    }
    closedir(d);
    /* A crash or sanitizer report ends the program before this line: run.sh counts that. */
    printf("%s fuzz corpus %s: %d inputs replayed under ASan/UBSan without a fault%s\n", files > 0 && !unreadable ? "PASS" : "FAIL", dir,
           files, unreadable ? " (some unreadable)" : "");
    return files > 0 && !unreadable ? 0 : 1;
}
