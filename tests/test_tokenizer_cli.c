/* test_tokenizer_cli - the JSON contract of `build/bert tokenize`: one object per input line with
 * ids, type_ids, tokens and offsets equal to Hugging Face's goldens (adversarial lines and pairs,
 * through --pair), --max-length, JSON escaping, and a \r kept in the text. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

/* The ints of array node n. */
static int ints_equal(const json_doc *a, int na, const json_doc *b, int nb) {
    int x, y;
    if (json_count(a, na) != json_count(b, nb)) return 0;
    for (x = json_first(a, na), y = json_first(b, nb); x >= 0; x = json_next(a, x), y = json_next(b, y)) {
        if (json_type_of(a, x) == JSON_ARRAY) {
            if (!ints_equal(a, x, b, y)) return 0;
        } else if (a->nodes[x].number != b->nodes[y].number) {
            return 0;
        }
    }
    return 1;
}

static int strings_equal(const json_doc *a, int na, const json_doc *b, int nb) {
    int x, y;
    if (json_count(a, na) != json_count(b, nb)) return 0;
    for (x = json_first(a, na), y = json_first(b, nb); x >= 0; x = json_next(a, x), y = json_next(b, y))
        if (a->nodes[x].len != b->nodes[y].len || memcmp(json_str(a, x), json_str(b, y), a->nodes[x].len) != 0) return 0;
    return 1;
}

/* Runs the CLI on a fixture text and compares every output line with the golden. */
static void cli_vs_golden(const char *model, const char *corpus, int pair) {
    char cmd[1024], path[512], *out, *gold, **ol, **gl;
    size_t olen = 0, glen = 0, *ols, *gls;
    int on, gn, i, bad = 0, shown = 0;
    snprintf(cmd, sizeof cmd, "build/bert tokenize -m %s %s < %s/golden/texts/%s.%s > build/tests/cli_%s.jsonl", model,
             pair ? "--pair" : "", TOK_FIXTURES, corpus, pair ? "tsv" : "txt", corpus);
    if (system(cmd) != 0) { CHECKF(0, "cli %s: bert tokenize failed", corpus); return; }
    snprintf(path, sizeof path, "build/tests/cli_%s.jsonl", corpus);
    out = tok_read_file(path, &olen);
    snprintf(path, sizeof path, "%s/golden/wp_uncased/%s.jsonl.xz", TOK_FIXTURES, corpus);
    gold = tok_read_xz(path, &glen);
    if (!out || !gold) { CHECKF(0, "cli %s: cannot read the output or the golden", corpus); free(out); free(gold); return; }
    on = tok_split_lines(out, olen, &ol, &ols);
    gn = tok_split_lines(gold, glen, &gl, &gls);
    for (i = 0; i < on && i < gn; i++) {
        json_doc a, b;
        char msg[200];
        int ok;
        if (json_parse(&a, ol[i], ols[i], msg, sizeof msg) != 0) {
            if (shown++ < 3) printf("  cli %s line %d: output is not JSON: %s\n", corpus, i, msg);
            bad++;
            continue;
        }
        if (json_parse(&b, gl[i], gls[i], msg, sizeof msg) != 0) { json_free(&a); bad++; continue; }
        ok = json_type_of(&a, 0) == JSON_OBJECT && json_count(&a, 0) == 4 &&
             ints_equal(&a, json_get(&a, 0, "ids"), &b, json_get(&b, 0, "ids")) &&
             ints_equal(&a, json_get(&a, 0, "offsets"), &b, json_get(&b, 0, "boffsets")) &&
             strings_equal(&a, json_get(&a, 0, "tokens"), &b, json_get(&b, 0, "tokens"));
        if (ok && pair) ok = ints_equal(&a, json_get(&a, 0, "type_ids"), &b, json_get(&b, 0, "type_ids"));
        else if (ok) ok = json_count(&a, json_get(&a, 0, "type_ids")) == json_count(&b, json_get(&b, 0, "ids"));
        if (!ok) {
            bad++;
            if (shown++ < 3) printf("  cli %s line %d differs:\n    %.300s\n    %.300s\n", corpus, i, ol[i], gl[i]);
        }
        json_free(&a);
        json_free(&b);
    }
    CHECKF(bad == 0 && on == gn, "cli %s%s: %d of %d lines with Hugging Face's ids, tokens, type ids and offsets", corpus,
           pair ? " --pair" : "", gn - bad, gn);
    free(ol); free(ols); free(gl); free(gls); free(out); free(gold);
}

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
    cli_vs_golden(model, "adversarial", 0);
    cli_vs_golden(model, "adversarial_nul", 0);
    cli_vs_golden(model, "pairs", 1);

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
