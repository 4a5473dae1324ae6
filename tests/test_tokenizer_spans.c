/* test_tokenizer_spans - long texts tokenized in spans (issue 14, defect 7). Built with spans of
 * 16 bytes, so that every line of more than a few words is cut many times, every fixture tokenizer
 * must still give Hugging Face's encoding of every golden line and pair: whole (bert_tokenize),
 * part by part (bert_tokenize_next, end to end), and cut on the right and on the left as Hugging
 * Face cuts the golden (its first or last tokens). Pairs, of the golden pairs and of long lines,
 * truncated under each strategy, direction and several limits, odd and even, must equal the
 * one-span path, whose truncation test_tokenizer checks against Hugging Face's own table; among
 * them, pairs whose texts both pass an odd limit, where the shorter one is counted to its end. */
#define BERT_TOKENIZE_PIECE_BYTES 16
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

typedef struct golden {
    int n;
    int32_t ids[1 << 18], offs[1 << 19], seq[1 << 18]; /* seq: 0 a token of the text, -1 the template's */
} golden;

static golden g_gold;

static int read_golden(const char *line, size_t len, golden *g) {
    json_doc doc;
    char msg[200];
    int e, i;
    if (json_parse(&doc, line, len, msg, sizeof msg) != 0) return 0;
    for (g->n = 0, e = json_first(&doc, json_get(&doc, 0, "ids")); e >= 0 && g->n < (1 << 18); e = json_next(&doc, e))
        g->ids[g->n++] = (int32_t)doc.nodes[e].number;
    for (i = 0, e = json_first(&doc, json_get(&doc, 0, "boffsets")); e >= 0 && i < g->n; e = json_next(&doc, e), i++) {
        g->offs[2 * i] = (int32_t)doc.nodes[json_first(&doc, e)].number;
        g->offs[2 * i + 1] = (int32_t)doc.nodes[json_next(&doc, json_first(&doc, e))].number;
    }
    json_free(&doc);
    return 1;
}

/* Is e the golden single-text encoding cut to `max` tokens on the right (left 0) or the left:
   the template's tokens, and of the text's only the first or the last that fit? */
static int same_as_cut_golden(const bert_encoding *e, const golden *g, int max, int left) {
    int text = 0, keep, skip, i, j = 0, at = 0;
    for (i = 0; i < g->n; i++) text += g->seq[i] == 0;
    keep = text < max - (g->n - text) ? text : max - (g->n - text);
    skip = left ? text - keep : 0; /* the text's tokens dropped before the kept ones */
    if (e->count != g->n - text + keep) return 0;
    for (i = 0; i < g->n; i++) {
        if (g->seq[i] == 0 && (j++ < skip || j > skip + keep)) continue;
        if (e->ids[at] != g->ids[i] || e->offsets[2 * at] != g->offs[2 * i] || e->offsets[2 * at + 1] != g->offs[2 * i + 1]) return 0;
        at++;
    }
    return at == e->count;
}

static int same_encoding(const bert_encoding *a, const bert_encoding *b) {
    int i;
    if (a->count != b->count) return 0;
    for (i = 0; i < a->count; i++)
        if (a->ids[i] != b->ids[i] || a->type_ids[i] != b->type_ids[i] || a->offsets[2 * i] != b->offsets[2 * i] ||
            a->offsets[2 * i + 1] != b->offsets[2 * i + 1] || a->special_mask[i] != b->special_mask[i] ||
            a->sequence[i] != b->sequence[i])
            return 0;
    return 1;
}

/* bert_tokenize_next's parts of text, end to end, against `whole` (token texts too); *parts
   gets how many there were. */
static int parts_equal(const bert_model *m, const char *text, size_t len, const bert_encoding *whole, int *parts) {
    bert_encoding part = BERT_ENCODING_INIT;
    bert_error err;
    size_t at = 0;
    int n = 0, ok = 1, i;
    *parts = 0;
    do {
        if (bert_tokenize_next(m, text, len, &at, &part, &err) != BERT_OK || n + part.count > whole->count) { ok = 0; break; }
        for (i = 0; ok && i < part.count; i++, n++) {
            size_t l1 = 0, l2 = 0;
            const char *s1 = bert_encoding_token(m, &part, i, &l1), *s2 = bert_encoding_token(m, whole, n, &l2);
            ok = part.ids[i] == whole->ids[n] && part.type_ids[i] == whole->type_ids[n] && part.offsets[2 * i] == whole->offsets[2 * n] &&
                 part.offsets[2 * i + 1] == whole->offsets[2 * n + 1] && part.special_mask[i] == whole->special_mask[n] &&
                 part.sequence[i] == whole->sequence[n] && s1 && s2 && l1 == l2 && memcmp(s1, s2, l1) == 0;
        }
        (*parts)++;
    } while (ok && at < len);
    bert_encoding_free(&part);
    return ok && n == whole->count;
}

static const char *const tokenizers[] = {"wp_uncased", "wp_cased", "wp_cased_strip", "wp_nocjk", "wp_mpnet", "unigram_albert",
                                         "unigram_xlmr", "unigram_deberta", "bpe_roberta"};

/* Every line of every corpus: whole, in parts, and cut on both sides, against the golden. */
static void check_singles(bert_model *m, const char *name) {
    static const char *const corpora[] = {"main", "adversarial", "long_lines", "adversarial_nul", "adversarial_invalid.lossy"};
    static const int lengths[] = {1, 3, 8, 32, 128};
    bert_encoding e = BERT_ENCODING_INIT, ref = BERT_ENCODING_INIT;
    bert_error err;
    size_t c, k;
    for (c = 0; c < sizeof corpora / sizeof corpora[0]; c++) {
        char p[512], *text, *gold, **lines, **glines, why[256];
        size_t len = 0, glen = 0, *lens, *glens;
        int n, gn, i, bad_whole = 0, bad_parts = 0, bad_cut = 0, shown = 0, spans = 0, left;
        snprintf(p, sizeof p, "%s/golden/texts/%s.txt", TOK_FIXTURES, corpora[c]);
        text = tok_read_file(p, &len);
        snprintf(p, sizeof p, "%s/golden/%s/%s.jsonl.xz", TOK_FIXTURES, name, corpora[c]);
        gold = tok_read_xz(p, &glen);
        if (!text || !gold) {
            CHECKF(0, "spans %s %s: cannot read the text or the golden", name, corpora[c]);
            free(text), free(gold);
            continue;
        }
        n = tok_split_lines(text, len, &lines, &lens);
        gn = tok_split_lines(gold, glen, &glines, &glens);
        for (i = 0; i < n && i < gn; i++) {
            int parts = 0, pre = 0, post = 0;
            if (bert_tokenize(m, lines[i], lens[i], 0, &e, &err) != BERT_OK || !same_as_golden(&e, glines[i], glens[i], why, sizeof why)) {
                if (shown++ < 3) printf("  %s %s line %d whole: %s\n", name, corpora[c], i, why);
                bad_whole++;
                continue;
            }
            if (!parts_equal(m, lines[i], lens[i], &e, &parts)) {
                if (shown++ < 3) printf("  %s %s line %d: the parts differ from the whole\n", name, corpora[c], i);
                bad_parts++;
            }
            spans += parts > 1;
            if (!read_golden(glines[i], glens[i], &g_gold) || g_gold.n != e.count) { bad_cut++; continue; }
            for (k = 0; k < (size_t)e.count; k++) g_gold.seq[k] = e.special_mask[k] ? -1 : 0; /* (e is the golden, checked above) */
            while (pre < e.count && e.special_mask[pre]) pre++;
            while (post < e.count - pre && e.special_mask[e.count - 1 - post]) post++;
            for (left = 0; left < 2; left++) {
                m->tokenizer.trunc_direction = left ? BERT__TRUNC_LEFT : BERT__TRUNC_RIGHT;
                for (k = 0; k < sizeof lengths / sizeof lengths[0]; k++) {
                    int max = pre + post + lengths[k], r1, r2;
                    /* only_second cuts nothing of one text: an error exactly when it does not fit */
                    m->tokenizer.trunc_strategy = BERT__TRUNC_ONLY_SECOND;
                    r1 = bert_tokenize(m, lines[i], lens[i], max, &e, &err);
                    r2 = bert__encode(m, lines[i], lens[i], NULL, 0, 0, max, 0, &ref, &err);
                    m->tokenizer.trunc_strategy = BERT__TRUNC_LONGEST_FIRST;
                    if (r1 != r2 || (r1 == BERT_E_ARG) != (g_gold.n > max) || bert_tokenize(m, lines[i], lens[i], max, &e, &err) != BERT_OK ||
                        bert__encode(m, lines[i], lens[i], NULL, 0, 0, max, 0, &ref, &err) != BERT_OK || !same_encoding(&e, &ref) ||
                        !same_as_cut_golden(&e, &g_gold, max, left)) {
                        if (shown++ < 3) printf("  %s %s line %d cut to %d on the %s: differs\n", name, corpora[c], i, max, left ? "left" : "right");
                        bad_cut++;
                    }
                }
            }
            m->tokenizer.trunc_direction = BERT__TRUNC_RIGHT;
        }
        CHECKF(bad_whole == 0 && n == gn, "spans %s %s: %d lines tokenized in spans of 16 bytes equal Hugging Face's", name, corpora[c], n);
        CHECKF(bad_parts == 0, "spans %s %s: bert_tokenize_next's parts end to end are the whole encoding (%d lines in several parts)", name,
               corpora[c], spans);
        CHECKF(bad_cut == 0, "spans %s %s: cut on the right and on the left to 5 lengths, Hugging Face's first or last tokens", name, corpora[c]);
        free(lines), free(lens), free(glines), free(glens), free(text), free(gold);
    }
    bert_encoding_free(&e);
    bert_encoding_free(&ref);
}

/* A pair truncated every way, spans against one span: the same encoding, or the same error. */
static int pair_cases(bert_model *m, const char *a, size_t la, const char *b, size_t lb, int added, long *odd_cases) {
    static const int lengths[] = {1, 2, 3, 8, 9, 32, 33};
    static const int strategies[] = {BERT__TRUNC_LONGEST_FIRST, BERT__TRUNC_ONLY_FIRST, BERT__TRUNC_ONLY_SECOND};
    bert_encoding e = BERT_ENCODING_INIT, ref = BERT_ENCODING_INIT;
    bert_error err;
    size_t k, s;
    int left, bad = 0, n1 = 0, n2 = 0, i;
    if (bert__encode(m, a, la, b, lb, 1, 0, 0, &ref, &err) != BERT_OK) return 1;
    for (i = 0; i < ref.count; i++) n1 += ref.sequence[i] == 0, n2 += ref.sequence[i] == 1;
    for (s = 0; s < sizeof strategies / sizeof strategies[0]; s++)
        for (left = 0; left < 2; left++)
            for (k = 0; k < sizeof lengths / sizeof lengths[0]; k++) {
                int max = added + lengths[k], r1, r2;
                m->tokenizer.trunc_strategy = strategies[s];
                m->tokenizer.trunc_direction = left ? BERT__TRUNC_LEFT : BERT__TRUNC_RIGHT;
                r1 = bert_tokenize_pair(m, a, la, b, lb, max, &e, &err);
                r2 = bert__encode(m, a, la, b, lb, 1, max, 0, &ref, &err);
                bad += r1 != r2 || (r1 == BERT_OK && !same_encoding(&e, &ref));
                *odd_cases += strategies[s] == BERT__TRUNC_LONGEST_FIRST && lengths[k] % 2 && n1 > lengths[k] && n2 > lengths[k] &&
                              (la > 64 + 16 * (size_t)lengths[k] || lb > 64 + 16 * (size_t)lengths[k]);
            }
    m->tokenizer.trunc_strategy = BERT__TRUNC_LONGEST_FIRST;
    m->tokenizer.trunc_direction = BERT__TRUNC_RIGHT;
    bert_encoding_free(&e);
    bert_encoding_free(&ref);
    return bad == 0;
}

/* The golden pairs (whole, then truncated), and pairs of consecutive long lines (truncated). */
static void check_pairs(bert_model *m, const char *name) {
    char p[512], *text, *gold, *main_text, **lines, **glines, **mlines, why[256];
    size_t len = 0, glen = 0, mlen = 0, *lens, *glens, *mlens;
    int n, gn, mn, i, bad_whole = 0, bad_cut = 0, added, long_pairs = 0;
    long odd_cases = 0;
    bert_encoding e = BERT_ENCODING_INIT;
    bert_error err;
    snprintf(p, sizeof p, "%s/golden/texts/pairs.tsv", TOK_FIXTURES);
    text = tok_read_file(p, &len);
    snprintf(p, sizeof p, "%s/golden/%s/pairs.jsonl.xz", TOK_FIXTURES, name);
    gold = tok_read_xz(p, &glen);
    snprintf(p, sizeof p, "%s/golden/texts/main.txt", TOK_FIXTURES);
    main_text = tok_read_file(p, &mlen);
    if (!text || !gold || !main_text) {
        CHECKF(0, "spans %s pairs: cannot read the texts or the golden", name);
        free(text), free(gold), free(main_text);
        return;
    }
    added = bert__template_added(&m->tokenizer, 1);
    n = tok_split_lines(text, len, &lines, &lens);
    gn = tok_split_lines(gold, glen, &glines, &glens);
    mn = tok_split_lines(main_text, mlen, &mlines, &mlens);
    for (i = 0; i < n && i < gn; i++) {
        const char *tab = (const char *)memchr(lines[i], '\t', lens[i]);
        size_t la = tab ? (size_t)(tab - lines[i]) : lens[i];
        if (!tab) continue;
        if (bert_tokenize_pair(m, lines[i], la, tab + 1, lens[i] - la - 1, 0, &e, &err) != BERT_OK ||
            !same_as_golden(&e, glines[i], glens[i], why, sizeof why)) {
            if (bad_whole++ < 3) printf("  %s pair %d: %s\n", name, i, why);
        }
        bad_cut += !pair_cases(m, lines[i], la, tab + 1, lens[i] - la - 1, added, &odd_cases);
    }
    for (i = 0; i + 1 < mn && long_pairs < 150; i++) {
        if (mlens[i] < 300 || mlens[i + 1] < 300) continue;
        long_pairs++;
        bad_cut += !pair_cases(m, mlines[i], mlens[i], mlines[i + 1], mlens[i + 1], added, &odd_cases);
    }
    CHECKF(bad_whole == 0 && n == gn, "spans %s pairs: %d golden pairs tokenized in spans equal Hugging Face's", name, n);
    CHECKF(bad_cut == 0 && long_pairs > 50 && odd_cases > 50,
           "spans %s pairs: %d golden and %d long pairs truncated 3 ways x 2 directions x 7 limits as in one span (%ld with both texts past an odd limit)",
           name, n, long_pairs, odd_cases);
    bert_encoding_free(&e);
    free(lines), free(lens), free(glines), free(glens), free(mlines), free(mlens), free(text), free(gold), free(main_text);
}

/* The scratch follows what is kept, not the text: a 4 MB text whole (spans of 16 bytes), cut to
   64 tokens on the left, and paired with a short text under longest_first, leaves the decoded
   input (the largest scratch, 12 bytes a character) far below the text's size (a span runs to
   the next cut: a stretch of text without one, CJK say, makes it longer than 16 bytes). */
static void check_scratch(bert_model *m, const char *name) {
    size_t size = 4u << 20, len = 0, n = 0, caps[3];
    char *src = tok_read_file(TOK_FIXTURES "/golden/texts/main.txt", &len), *big = (char *)malloc(size);
    bert_encoding e = BERT_ENCODING_INIT;
    bert_error err;
    int ok = src && big && len, r[3];
    while (ok && n < size) {
        size_t k = size - n < len ? size - n : len, i;
        for (i = 0; i < k; i++) big[n + i] = src[i] == '\n' ? ' ' : src[i];
        n += k;
    }
    if (!ok) {
        CHECKF(0, "scratch %s: cannot make the text", name);
        free(src), free(big);
        return;
    }
    r[0] = bert_tokenize(m, big, size, 0, &e, &err);
    caps[0] = e.ws_ ? e.ws_->input_cap : 0;
    bert_encoding_free(&e);
    m->tokenizer.trunc_direction = BERT__TRUNC_LEFT;
    r[1] = bert_tokenize(m, big, size, 64, &e, &err);
    m->tokenizer.trunc_direction = BERT__TRUNC_RIGHT;
    caps[1] = e.ws_ ? e.ws_->input_cap : 0;
    bert_encoding_free(&e);
    r[2] = bert_tokenize_pair(m, big, size, "a short question", 16, 65, &e, &err);
    caps[2] = e.ws_ ? e.ws_->input_cap : 0;
    bert_encoding_free(&e);
    CHECKF(r[0] == BERT_OK && r[1] == BERT_OK && r[2] == BERT_OK && caps[0] <= 65536 && caps[1] <= 65536 && caps[2] <= 65536,
           "scratch %s: a 4 MB text decodes at most %lu characters at a time whole, %lu cut on the left to 64, %lu paired to 65 tokens",
           name, (unsigned long)caps[0], (unsigned long)caps[1], (unsigned long)caps[2]);
    free(src), free(big);
}

int main(void) {
    size_t t;
    bert_error err;
    for (t = 0; t < sizeof tokenizers / sizeof tokenizers[0]; t++) {
        const char *path = tok_convert(tokenizers[t]);
        bert_model *m = NULL;
        if (!path || bert_model_load_file(&m, path, &err) != BERT_OK) {
            CHECKF(0, "spans %s: cannot convert and load the tokenizer", tokenizers[t]);
            continue;
        }
        printf("  %s: %s\n", tokenizers[t], bert__span_safe(&m->tokenizer) ? "cut into spans" : bert__cut_safe(&m->tokenizer) ? "prefixes cut, whole texts in one span" : "whole texts in one span");
        check_singles(m, tokenizers[t]);
        check_pairs(m, tokenizers[t]);
        if (bert__span_safe(&m->tokenizer)) check_scratch(m, tokenizers[t]);
        bert_model_free(m);
    }
    return test_done();
}
