/* fuzz_torch_bin.c - libFuzzer target: any bytes as a pytorch_model.bin. tb_read (tools/torch_bin.h)
 * must refuse them with a message or return tensors that lie inside the input (or, for strided
 * tensors, inside the row-major copies it made); every byte of every tensor is read, so an out-of-bounds pointer fails under AddressSanitizer. The zip CRC-32 check is
 * off here so mutations reach the pickle reader. `make fuzz` runs it (clang); tests/test_torch_bin.c
 * replays the fixtures through this same entry point under ASan and UBSan with gcc.
 * Seeds: tests/fixtures/torch_bin (every pytorch_model*.bin). */
#include "../../tools/torch_bin.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tb_file f;
    char err[512];
    err[0] = 0;
    if (tb_read(&f, data, size, 0, err, sizeof err) == 0) {
        volatile unsigned acc = 0;
        int i, k;
        for (i = 0; i < f.count; i++) {
            const tb_tensor *t = &f.t[i];
            size_t b;
            if (t->copied ? (t->data < f.arena || t->bytes > f.arena_size || (size_t)(t->data - f.arena) > f.arena_size - t->bytes)
                          : (t->data < data || t->bytes > size || (size_t)(t->data - data) > size - t->bytes))
                abort();
            if (t->dtype < TB_F32 || t->dtype > TB_OTHER || t->ndim < 0 || t->ndim > 8 || !t->name) abort();
            for (k = 0; k < t->ndim; k++)
                if (t->shape[k] < 0) abort();
            for (b = 0; b < t->bytes; b++) acc += t->data[b];
        }
        (void)acc;
        tb_free(&f);
    } else if (!err[0]) {
        abort(); /* every failure must say why */
    }
    return 0;
}
