/* fuzz_shard_index.c - libFuzzer target: the converter's reading of safetensors weights, as
 * st_load does it from a folder. The input up to its first NUL byte is
 * model.safetensors.index.json; the rest is b.safetensors, which the index may name (beside
 * a.safetensors, a small valid shard). Every outcome is a loaded set or one error message. */
#define main bert_convert_main /* the converter's own main is not ours */
#include "../../tools/bert-convert.c"
#undef main
#include "fuzz_files.h"

/* a.safetensors: one F32 tensor "x" of shape [2]. */
static void write_valid_shard(void) {
    static const char header[] = "{\"x\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
    uint8_t file[8 + sizeof header - 1 + 8];
    size_t h = sizeof header - 1, i;
    for (i = 0; i < 8; i++) file[i] = (uint8_t)((uint64_t)h >> (8 * i));
    memcpy(file + 8, header, h);
    memset(file + 8 + h, 0, 8);
    fuzz_write("a.safetensors", file, sizeof file);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *rest;
    size_t rest_len, n = fuzz_split(data, size, &rest, &rest_len);
    st_set set;
    int r;
    fuzz_clear();
    write_valid_shard();
    fuzz_write("model.safetensors.index.json", data, n);
    fuzz_write("b.safetensors", rest, rest_len);
    memset(&set, 0, sizeof set);
    g_prefix = "bert.";
    g_err[0] = 0;
    r = st_load(&set, fuzz_folder());
    if (r != 0 && !g_err[0]) abort(); /* an error must say what */
    fuzz_report(r ? -1 : set.count, g_err);
    st_free(&set);
    return 0;
}
