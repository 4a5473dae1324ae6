/* convert_tokenizer.c - reads a Hugging Face tokenizer folder into bert.h's tokenizer section.
 * (Placeholder until the tokenizer lands: every folder converts as ids-only.) */
#include "convert.h"

int bc_import_tokenizer(const char *dir, bc_buf *out, bc_tokenizer_info *info, char *err, size_t err_size,
                        char *warn, size_t warn_size) {
    (void)dir; (void)out; (void)err; (void)err_size; (void)warn; (void)warn_size;
    info->pad_id = info->cls_id = info->sep_id = info->unk_id = info->mask_id = -1;
    info->model_max_length = 0;
    info->kind[0] = 0;
    return 0;
}
