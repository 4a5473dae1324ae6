/* fuzz_tokenizer_files.c - libFuzzer target: the converter's tokenizer importers on the files
 * Hugging Face folders hold. The first byte picks the layout; the rest, split at NUL bytes, is
 * its files in order:
 *   0  tokenizer.json, tokenizer_config.json
 *   1  vocab.txt, tokenizer_config.json, special_tokens_map.json
 *   2  vocab.json, merges.txt, tokenizer_config.json
 *   3  vocab.json, special_tokens_map.json (no merges: ids only)
 * Every outcome is a tokenizer section, none, or one error message. */
#include "../../tools/convert.h"
#include "fuzz_files.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *layouts[4][3] = {
        {"tokenizer.json", "tokenizer_config.json", NULL},
        {"vocab.txt", "tokenizer_config.json", "special_tokens_map.json"},
        {"vocab.json", "merges.txt", "tokenizer_config.json"},
        {"vocab.json", "special_tokens_map.json", NULL},
    };
    const char *const *names;
    bc_buf out = {0};
    bc_tokenizer_info info;
    char err[1024] = "", warn[2048] = "";
    int i, r;
    if (size < 1) return 0;
    names = layouts[data[0] % 4];
    data++, size--;
    fuzz_clear();
    for (i = 0; i < 3 && names[i]; i++) {
        const uint8_t *rest;
        size_t rest_len, n = fuzz_split(data, size, &rest, &rest_len);
        /* a file the input does not reach is left out: absent files are a case too */
        if (n || rest_len || i == 0) fuzz_write(names[i], data, n);
        data = rest, size = rest_len;
    }
    r = bc_import_tokenizer(fuzz_folder(), &out, &info, err, sizeof err, warn, sizeof warn);
    if (r < 0 && !err[0]) abort(); /* an error must say what */
    fuzz_report(r, err);
    bc_free(&out);
    return 0;
}
