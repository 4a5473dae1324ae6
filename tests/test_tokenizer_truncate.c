/* test_tokenizer_truncate - truncation that stops tokenizing early (bert_tokenize with a max
 * length tokenizes only a prefix of the text, ending at a cut) against Hugging Face: every line
 * of the golden corpora, for every fixture tokenizer, truncated at several lengths through the
 * early path and through the whole-text path must give identical ids and offsets, and both must
 * equal the untruncated golden cut as Hugging Face truncates (the first max_length - specials
 * tokens of the text, then the template's tokens around them). And the claim the early path
 * rests on, checked directly: at every cut of a line, the prefix's tokens are the first tokens
 * of the whole line. */
#define BERT_IMPLEMENTATION
#include "../bert.h"
#include "../tools/json.h"
#include "test.h"
#include "tok_util.h"

/* The golden line's ids and byte offsets. */
static int golden_arrays(const char *line, size_t len, int32_t *ids, int32_t *offs, int cap) {
    json_doc doc;
    char msg[200];
    int e, i = 0, o;
    if (json_parse(&doc, line, len, msg, sizeof msg) != 0) return -1;
    for (e = json_first(&doc, json_get(&doc, 0, "ids")); e >= 0 && i < cap; e = json_next(&doc, e)) ids[i++] = (int32_t)doc.nodes[e].number;
    for (o = 0, e = json_first(&doc, json_get(&doc, 0, "boffsets")); e >= 0 && o < cap; e = json_next(&doc, e), o++) {
        offs[2 * o] = (int32_t)doc.nodes[json_first(&doc, e)].number;
        offs[2 * o + 1] = (int32_t)doc.nodes[json_next(&doc, json_first(&doc, e))].number;
    }
    json_free(&doc);
    return i;
}

static int same_encoding(const bert_encoding *a, const bert_encoding *b) {
    return a->count == b->count && memcmp(a->ids, b->ids, (size_t)a->count * sizeof *a->ids) == 0 &&
           memcmp(a->offsets, b->offsets, (size_t)a->count * 2 * sizeof *a->offsets) == 0;
}

/* Hugging Face's truncation of the untruncated golden g (n tokens, `pre` template tokens before
   the text and `post` after): the first max - pre - post tokens of the text stay. */
static int same_as_truncated_golden(const bert_encoding *e, const int32_t *ids, const int32_t *offs, int n, int pre, int post,
                                    int max) {
    int keep = n - pre - post, i, j;
    if (keep > max - pre - post) keep = max - pre - post;
    if (e->count != pre + keep + post) return 0;
    for (i = 0; i < e->count; i++) {
        j = i < pre + keep ? i : n - (e->count - i);
        if (e->ids[i] != ids[j] || e->offsets[2 * i] != offs[2 * j] || e->offsets[2 * i + 1] != offs[2 * j + 1]) return 0;
    }
    return 1;
}

static int32_t g_ids[1 << 20], g_offs[1 << 21];

int main(void) {
    static const char *tokenizers[] = {"wp_uncased", "wp_cased", "wp_cased_strip", "wp_nocjk", "unigram_albert", "unigram_xlmr",
                                       "bpe_roberta"};
    static const char *corpora[] = {"main", "adversarial", "long_lines", "adversarial_nul", "adversarial_invalid.lossy"};
    static const int lengths[] = {3, 8, 32, 128, 512};
    size_t t, c, k;
    bert_encoding full, early, part;
    bert_error err;
    memset(&full, 0, sizeof full);
    memset(&early, 0, sizeof early);
    memset(&part, 0, sizeof part);
    for (t = 0; t < sizeof tokenizers / sizeof tokenizers[0]; t++) {
        const char *path = tok_convert(tokenizers[t]);
        bert_model *model = NULL;
        long early_lines = 0, cuts = 0;
        if (!path || bert_model_load_file(&model, path, &err) != BERT_OK) {
            CHECKF(0, "truncate %s: cannot convert and load the tokenizer", tokenizers[t]);
            continue;
        }
        printf("  %s: %s\n", tokenizers[t], bert__cut_safe(&model->tokenizer) ? "stops early" : "tokenizes whole texts");
        for (c = 0; c < sizeof corpora / sizeof corpora[0]; c++) {
            char p[512], *text, *gold, **lines, **glines;
            size_t len = 0, glen = 0, *lens, *glens;
            int n, gn, i, bad = 0, bad_cut = 0, shown = 0;
            snprintf(p, sizeof p, "%s/golden/texts/%s.txt", TOK_FIXTURES, corpora[c]);
            text = tok_read_file(p, &len);
            snprintf(p, sizeof p, "%s/golden/%s/%s.jsonl.xz", TOK_FIXTURES, tokenizers[t], corpora[c]);
            gold = tok_read_xz(p, &glen);
            if (!text || !gold) {
                CHECKF(0, "truncate %s %s: cannot read the text or the golden", tokenizers[t], corpora[c]);
                free(text), free(gold);
                continue;
            }
            n = tok_split_lines(text, len, &lines, &lens);
            gn = tok_split_lines(gold, glen, &glines, &glens);
            for (i = 0; i < n && i < gn; i++) {
                int gcount = golden_arrays(glines[i], glens[i], g_ids, g_offs, 1 << 20), pre = 0, post = 0;
                size_t at, cut_count = 0;
                if (bert__encode(model, lines[i], lens[i], NULL, 0, 0, 0, 0, &full, &err) != BERT_OK || gcount != full.count) {
                    if (shown++ < 3) printf("  %s %s line %d: untruncated, not the golden's %d tokens\n", tokenizers[t], corpora[c], i, gcount);
                    bad++;
                    continue;
                }
                while (pre < full.count && full.special_mask[pre]) pre++;
                while (post < full.count - pre && full.special_mask[full.count - 1 - post]) post++;
                for (k = 0; k < sizeof lengths / sizeof lengths[0]; k++) {
                    int max = lengths[k] < pre + post ? pre + post : lengths[k];
                    int r1 = bert__encode(model, lines[i], lens[i], NULL, 0, 0, max, 0, &full, &err);
                    int r2 = bert_tokenize(model, lines[i], lens[i], max, &early, &err);
                    if (r1 != BERT_OK || r2 != BERT_OK || !same_encoding(&full, &early) ||
                        !same_as_truncated_golden(&early, g_ids, g_offs, gcount, pre, post, max)) {
                        if (shown++ < 3) printf("  %s %s line %d max %d: differs\n", tokenizers[t], corpora[c], i, max);
                        bad++;
                    }
                }
                early_lines += lens[i] > 64 + 16 * 8;
                /* Every cut of the line, up to 16 of them spread over it: the prefix's tokens
                   (without the template) come first in the whole line's. */
                if (!bert__cut_safe(&model->tokenizer)) continue;
                for (at = 0; at < lens[i]; at++)
                    cut_count += bert__cut_space_ok((const uint8_t *)lines[i], lens[i], at);
                bert__encode(model, lines[i], lens[i], NULL, 0, 0, 0, 0, &full, &err);
                for (at = 0, k = 0; at < lens[i]; at++) {
                    int j;
                    if (!bert__cut_space_ok((const uint8_t *)lines[i], lens[i], at) || (k++ % (cut_count / 16 + 1)) != 0) continue;
                    cuts++;
                    if (bert__encode(model, lines[i], at, NULL, 0, 0, 0, 0, &part, &err) != BERT_OK ||
                        part.count - post > full.count) {
                        bad_cut++;
                        continue;
                    }
                    for (j = 0; j < part.count - post; j++)
                        if (part.ids[j] != full.ids[j] || part.offsets[2 * j] != full.offsets[2 * j] ||
                            part.offsets[2 * j + 1] != full.offsets[2 * j + 1])
                            break;
                    if (j < part.count - post) {
                        if (shown++ < 3) printf("  %s %s line %d cut at %lu: token %d differs\n", tokenizers[t], corpora[c], i, (unsigned long)at, j);
                        bad_cut++;
                    }
                }
            }
            CHECKF(bad == 0 && n == gn, "truncate %s %s: %d lines at %d lengths, early and whole-text paths identical and equal to Hugging Face's truncation",
                   tokenizers[t], corpora[c], n, (int)(sizeof lengths / sizeof lengths[0]));
            CHECKF(bad_cut == 0, "truncate %s %s: at every cut tried, the prefix's tokens are the whole line's first", tokenizers[t], corpora[c]);
            free(lines), free(lens), free(glines), free(glens), free(text), free(gold);
        }
        printf("  %s: %ld lines long enough to stop early at max 8, %ld cuts checked\n", tokenizers[t], early_lines, cuts);
        bert_model_free(model);
    }
    bert_encoding_free(&full);
    bert_encoding_free(&early);
    bert_encoding_free(&part);
    return test_done();
}
