/* test_tokenizer_cli - the JSON contract of `build/bert tokenize`: one object per input line with
 * ids, type_ids, tokens and offsets equal to Hugging Face's goldens (adversarial lines and pairs,
 * through --pair), --max-length, JSON escaping, and a \r kept in the text. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

/* Runs the CLI on `input` and returns its output (static buffer). */
static const char *cli(const char *model, const char *args, const char *input, size_t len) {
    static char out[8192];
    char cmd[1024];
    FILE *f = fopen("build/tests/cli_input.txt", "wb"), *p;
    size_t n;
    if (!f) return "";
    fwrite(input, 1, len, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "build/bert tokenize -m %s %s < build/tests/cli_input.txt", model, args);
    p = popen(cmd, "r");
    if (!p) return "";
    n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    pclose(p);
    return out;
}

int main(void) {
    const char *model = tok_convert("wp_uncased");
    const char *out;
    int ok;
    if (!model) { CHECK(0, "cli: wp_uncased converts"); return test_done(); }
    tok_cli_vs_golden(model, "wp_uncased", "adversarial");
    tok_cli_vs_golden(model, "wp_uncased", "adversarial_nul");
    tok_cli_vs_golden(model, "wp_uncased", "pairs");

    out = cli(model, "--pair --max-length 8", "q?\tpassage here is longer than that\n", 36);
    ok = strcmp(out, "{\"ids\":[101,1053,1029,102,6019,2182,2003,102],\"type_ids\":[0,0,0,0,1,1,1,1],"
                       "\"tokens\":[\"[CLS]\",\"q\",\"?\",\"[SEP]\",\"passage\",\"here\",\"is\",\"[SEP]\"],"
                       "\"offsets\":[[0,0],[0,1],[1,2],[0,0],[0,7],[8,12],[13,15],[0,0]]}\n") == 0;
    CHECK(ok, "cli --pair --max-length 8: 2 + 6 tokens cut to 2 + 3 (longest_first), offsets per text");
    if (!ok) printf("  got %s", out);
    out = cli(model, "", "say \"hi\\\" \r\nx", 14);
    ok = strcmp(out, "{\"ids\":[101,2360,1000,7632,1032,1000,102],\"type_ids\":[0,0,0,0,0,0,0],"
                       "\"tokens\":[\"[CLS]\",\"say\",\"\\\"\",\"hi\",\"\\\\\",\"\\\"\",\"[SEP]\"],"
                       "\"offsets\":[[0,0],[0,3],[4,5],[5,7],[7,8],[8,9],[0,0]]}\n"
                       "{\"ids\":[101,1060,102],\"type_ids\":[0,0,0],\"tokens\":[\"[CLS]\",\"x\",\"[SEP]\"],"
                       "\"offsets\":[[0,0],[0,1],[0,0]]}\n") == 0;
    CHECK(ok, "cli: quotes and backslashes escaped, lines split on \\n only, a \\r kept, a last line without \\n");
    if (!ok) printf("  got %s", out);
    out = cli(model, "", "", 0);
    CHECK(out[0] == 0, "cli: empty input, no output");
    return test_done();
}
