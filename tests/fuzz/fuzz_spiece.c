/* fuzz_spiece.c - libFuzzer target: spiece.model (protobuf) through the converter's tokenizer
 * importer. The first byte picks tokenizer_config.json's tokenizer_class (ALBERT or XLM-R
 * layout, the two the importer rebuilds); the rest is the spiece.model. Every outcome is a
 * tokenizer section or one error message. */
#include "../../tools/convert.h"
#include "fuzz_files.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *configs[2] = {"{\"tokenizer_class\":\"AlbertTokenizer\"}", "{\"tokenizer_class\":\"XLMRobertaTokenizer\"}"};
    bc_buf out = {0};
    bc_tokenizer_info info;
    char err[1024] = "", warn[2048] = "";
    int r;
    if (size < 1) return 0;
    fuzz_clear();
    fuzz_write("tokenizer_config.json", configs[data[0] & 1], strlen(configs[data[0] & 1]));
    fuzz_write("spiece.model", data + 1, size - 1);
    r = bc_import_tokenizer(fuzz_folder(), &out, &info, err, sizeof err, warn, sizeof warn);
    if (r < 0 && !err[0]) abort(); /* an error must say what */
    fuzz_report(r, err);
    bc_free(&out);
    return 0;
}
