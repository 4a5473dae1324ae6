/* test_tokenizer_bpe_golden - the byte-level BPE fixture (GPT-2's vocabulary and merges in RoBERTa
 * layout) converted from vocab.json + merges.txt + tokenizer_config.json alone against Hugging
 * Face tokenizers' goldens on every corpus (test_tokenizer_golden runs it from tokenizer.json);
 * the settings of bpe_checks (add_prefix_space, truncation from the left, GPT-2's layout, no
 * regex) with token strings too; `bert tokenize`; speed on 100k-character words. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

#include <time.h>

/* Compares the encoding's token strings (bert_encoding_token) with the golden line's "tokens". */
static int same_tokens(const bert_model *model, const bert_encoding *enc, const char *line, size_t len, char *why, size_t why_size) {
    json_doc doc;
    char msg[200];
    int tokens, e, i, ok = 1;
    if (json_parse(&doc, line, len, msg, sizeof msg) != 0) return 0;
    tokens = json_get(&doc, 0, "tokens");
    for (e = json_first(&doc, tokens), i = 0; e >= 0 && ok; e = json_next(&doc, e), i++) {
        size_t n = 0;
        const char *t = bert_encoding_token(model, enc, i, &n);
        ok = t && n == doc.nodes[e].len && memcmp(t, json_str(&doc, e), n) == 0;
        if (!ok) snprintf(why, why_size, "token %d: \"%.*s\", golden \"%s\"", i, t ? (int)n : 0, t ? t : "", json_str(&doc, e));
    }
    json_free(&doc);
    return ok;
}

/* Tokenizes every line of `corpus` (truncating to max_length) and compares it with the golden in
   bpe_checks/<check>: ids, offsets, type ids and token strings. */
static void run_check(const char *check, const bert_model *model, const char *corpus, int max_length) {
    char path[512], *text, *gold, **lines, **glines, why[400];
    size_t len = 0, glen = 0, *lens, *glens;
    int n, gn, i, bad = 0, shown = 0, is_pair = strcmp(corpus, "pairs") == 0;
    bert_encoding enc;
    bert_error err;
    memset(&enc, 0, sizeof enc);
    snprintf(path, sizeof path, "%s/golden/texts/%s.%s", TOK_FIXTURES, corpus, is_pair ? "tsv" : "txt");
    text = tok_read_file(path, &len);
    snprintf(path, sizeof path, "%s/bpe_checks/%s/%s.jsonl.xz", TOK_FIXTURES, check, corpus);
    gold = tok_read_xz(path, &glen);
    if (!text || !gold) {
        CHECKF(0, "bpe check %s %s: cannot read the text or the golden", check, corpus);
        free(text);
        free(gold);
        return;
    }
    n = tok_split_lines(text, len, &lines, &lens);
    gn = tok_split_lines(gold, glen, &glines, &glens);
    if (n != gn) bad = n > gn ? n - gn : gn - n;
    for (i = 0; i < n && i < gn; i++) {
        int r;
        if (is_pair) {
            char *tab = (char *)memchr(lines[i], '\t', lens[i]);
            size_t a = tab ? (size_t)(tab - lines[i]) : lens[i];
            r = bert_tokenize_pair(model, lines[i], a, tab ? tab + 1 : "", tab ? lens[i] - a - 1 : 0, max_length, &enc, &err);
        } else {
            r = bert_tokenize(model, lines[i], lens[i], max_length, &enc, &err);
        }
        if (r != BERT_OK) snprintf(why, sizeof why, "error: %s", err.message);
        if (r != BERT_OK || !same_as_golden(&enc, glines[i], glens[i], why, sizeof why) ||
            !same_tokens(model, &enc, glines[i], glens[i], why, sizeof why)) {
            bad++;
            if (shown++ < 3) printf("  bpe check %s %s line %d: %s\n", check, corpus, i, why);
        }
    }
    CHECKF(bad == 0, "bpe check %s %s: %d of %d lines identical to Hugging Face", check, corpus, n - bad, n);
    bert_encoding_free(&enc);
    free(lines); free(lens); free(glines); free(glens); free(text); free(gold);
}

/* bpe_roberta's goldens, the tokenizer converted from its files without tokenizer.json. */
static void run_files_path(const char *path) {
    static const char *corpora[] = {"main", "adversarial", "long_lines", "adversarial_nul", "adversarial_invalid.lossy", "pairs"};
    bert_model *model = NULL;
    bert_error err;
    size_t c;
    if (!path || bert_model_load_file(&model, path, &err) != BERT_OK) {
        CHECK(0, "golden bpe_roberta (vocab.json + merges.txt): cannot convert and load the tokenizer");
        return;
    }
    for (c = 0; c < sizeof corpora / sizeof corpora[0]; c++)
        tok_run_golden("bpe_roberta (vocab.json + merges.txt)", "bpe_roberta", model, corpora[c]);
    bert_model_free(model);
}

/* tests/fixtures/tokenizers/bpe_checks (its README says how they were made). */
static void run_checks(void) {
    static const struct { const char *name; int max_length; } checks[] = {{"prefix", 0}, {"prefix_left16", 16}, {"gpt2", 0}, {"no_regex", 0}};
    size_t i;
    if (system("mkdir -p build/tests/bpe_checks") != 0) return;
    for (i = 0; i < sizeof checks / sizeof checks[0]; i++) {
        char name[64];
        const char *path;
        bert_model *model = NULL;
        bert_error err;
        snprintf(name, sizeof name, "bpe_checks/%s", checks[i].name);
        path = tok_convert(name);
        if (!path || bert_model_load_file(&model, path, &err) != BERT_OK) {
            CHECKF(0, "bpe check %s: cannot convert and load the tokenizer", checks[i].name);
            continue;
        }
        run_check(checks[i].name, model, "adversarial", checks[i].max_length);
        run_check(checks[i].name, model, "pairs", checks[i].max_length);
        bert_model_free(model);
    }
}

/* The fixture's vocab.json, merges.txt and tokenizer_config.json copied into a folder of their
   own, so that the converter cannot see tokenizer.json. */
static const char *convert_without_tokenizer_json(void) {
    const char *dir = "build/tests/bpe_roberta_files", *out = "build/tests/bpe_roberta_files.bert";
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "rm -rf %s && mkdir -p %s && cp %s/bpe_roberta/vocab.json %s/bpe_roberta/merges.txt %s/bpe_roberta/tokenizer_config.json %s/ && "
             "build/bert-convert --tokenizer-only %s %s 2>/dev/null",
             dir, dir, TOK_FIXTURES, TOK_FIXTURES, TOK_FIXTURES, dir, dir, out);
    return system(cmd) == 0 ? out : NULL;
}

/* ---- bert tokenize ------------------------------------------------------------------------------ */

static int same_ints(const json_doc *a, int na, const json_doc *b, int nb) {
    int x, y;
    if (json_count(a, na) != json_count(b, nb)) return 0;
    for (x = json_first(a, na), y = json_first(b, nb); x >= 0; x = json_next(a, x), y = json_next(b, y)) {
        if (json_type_of(a, x) == JSON_ARRAY) {
            if (!same_ints(a, x, b, y)) return 0;
        } else if (a->nodes[x].number != b->nodes[y].number) {
            return 0;
        }
    }
    return 1;
}

static int same_strings(const json_doc *a, int na, const json_doc *b, int nb) {
    int x, y;
    if (json_count(a, na) != json_count(b, nb)) return 0;
    for (x = json_first(a, na), y = json_first(b, nb); x >= 0; x = json_next(a, x), y = json_next(b, y))
        if (a->nodes[x].len != b->nodes[y].len || memcmp(json_str(a, x), json_str(b, y), a->nodes[x].len) != 0) return 0;
    return 1;
}

/* `bert tokenize` on a corpus: ids, offsets, type ids and the token strings ("Ġword", and an
   lstrip token with the space it took in) as Hugging Face's. */
static void cli_vs_golden(const char *model, const char *corpus, int pair) {
    char cmd[1024], path[512], *out, *gold, **ol, **gl;
    size_t olen = 0, glen = 0, *ols, *gls;
    int on, gn, i, bad = 0, shown = 0;
    snprintf(cmd, sizeof cmd, "build/bert tokenize -m %s %s < %s/golden/texts/%s.%s > build/tests/cli_bpe_%s.jsonl", model,
             pair ? "--pair" : "", TOK_FIXTURES, corpus, pair ? "tsv" : "txt", corpus);
    if (system(cmd) != 0) { CHECKF(0, "cli bpe_roberta %s: bert tokenize failed", corpus); return; }
    snprintf(path, sizeof path, "build/tests/cli_bpe_%s.jsonl", corpus);
    out = tok_read_file(path, &olen);
    snprintf(path, sizeof path, "%s/golden/bpe_roberta/%s.jsonl.xz", TOK_FIXTURES, corpus);
    gold = tok_read_xz(path, &glen);
    if (!out || !gold) { CHECKF(0, "cli bpe_roberta %s: cannot read the output or the golden", corpus); free(out); free(gold); return; }
    on = tok_split_lines(out, olen, &ol, &ols);
    gn = tok_split_lines(gold, glen, &gl, &gls);
    for (i = 0; i < on && i < gn; i++) {
        json_doc a, b;
        char msg[200];
        int ok;
        if (json_parse(&a, ol[i], ols[i], msg, sizeof msg) != 0) { bad++; continue; }
        if (json_parse(&b, gl[i], gls[i], msg, sizeof msg) != 0) { json_free(&a); bad++; continue; }
        ok = same_ints(&a, json_get(&a, 0, "ids"), &b, json_get(&b, 0, "ids")) &&
             same_ints(&a, json_get(&a, 0, "offsets"), &b, json_get(&b, 0, "boffsets")) &&
             same_strings(&a, json_get(&a, 0, "tokens"), &b, json_get(&b, 0, "tokens")) &&
             (!pair || same_ints(&a, json_get(&a, 0, "type_ids"), &b, json_get(&b, 0, "type_ids")));
        if (!ok) {
            bad++;
            if (shown++ < 3) printf("  cli bpe_roberta %s line %d differs:\n    %.300s\n    %.300s\n", corpus, i, ol[i], gl[i]);
        }
        json_free(&a);
        json_free(&b);
    }
    CHECKF(bad == 0 && on == gn, "cli bpe_roberta %s%s: %d of %d lines with Hugging Face's ids, tokens and offsets", corpus,
           pair ? " --pair" : "", gn - bad, gn);
    free(ol); free(ols); free(gl); free(gls); free(out); free(gold);
}

/* ---- No quadratic behaviour ------------------------------------------------------------------- */

/* 100k-character texts that are a single pre-token (or close): each must tokenize in well under
   a second (a quadratic merge loop would take minutes). */
static void test_long_words(const char *path) {
    enum { N = 100000 };
    static const char *names[] = {"one letter repeated", "two letters alternating", "digits", "spaces", "one emoji repeated"};
    bert_model *model = NULL;
    bert_encoding enc;
    bert_error err;
    char *text = (char *)malloc(4 * N + 1);
    int k;
    if (!text || bert_model_load_file(&model, path, &err) != BERT_OK) { CHECK(0, "long words: load"); free(text); return; }
    memset(&enc, 0, sizeof enc);
    for (k = 0; k < 5; k++) {
        size_t len = 0;
        int i, r;
        clock_t t0;
        double s;
        for (i = 0; i < N; i++) {
            if (k == 0) text[len++] = 'a';
            else if (k == 1) text[len++] = "ab"[i % 2];
            else if (k == 2) text[len++] = (char)('0' + i % 10);
            else if (k == 3) text[len++] = ' ';
            else { memcpy(text + len, "\xf0\x9f\x98\x80", 4); len += 4; }
        }
        t0 = clock();
        r = bert_tokenize(model, text, len, 0, &enc, &err);
        s = (double)(clock() - t0) / CLOCKS_PER_SEC;
        CHECKF(r == BERT_OK && enc.count > 2 && s < 1.0, "100k-character word (%s): %d tokens in %.3f s", names[k], enc.count, s);
    }
    bert_encoding_free(&enc);
    bert_model_free(model);
    free(text);
}

int main(void) {
    char from_json[256] = ""; /* tok_convert's buffers are reused */
    const char *converted = tok_convert("bpe_roberta");
    if (converted) snprintf(from_json, sizeof from_json, "%s", converted);
    run_files_path(convert_without_tokenizer_json());
    run_checks();
    if (from_json[0]) {
        cli_vs_golden(from_json, "adversarial", 0);
        cli_vs_golden(from_json, "pairs", 1);
        test_long_words(from_json);
    }
    return test_done();
}
