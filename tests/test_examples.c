/* test_examples.c - the example programs on fixture checkpoints. Their model outputs are tested
 * elsewhere against the goldens; here each example's own arithmetic (softmax, best answer span,
 * top-k, entity grouping) is checked against the logits `bert run` gives for the same token ids,
 * with the definitions applied independently in this test. */
#define _POSIX_C_SOURCE 200809L
#include "../tools/json.h"
#include "test.h"

#include <math.h>

#define WORK "build/tests/examples"

static char *run(const char *cmd) {
    char full[2048];
    size_t len;
    snprintf(full, sizeof full, "%s > " WORK "/out.txt 2> " WORK "/err.txt", cmd);
    if (system(full) != 0) return NULL;
    return json_read_file(WORK "/out.txt", &len);
}

/* `bert run` on the ids `bert tokenize` gives for text (and pair): fills doc and ids. */
static int logits_for(const char *model, const char *text, const char *pair, json_doc *out, json_doc *tok) {
    char cmd[2048], msg[256], *s;
    size_t len;
    FILE *f = fopen(WORK "/line.txt", "w");
    fprintf(f, "%s%s%s\n", text, pair ? "\t" : "", pair ? pair : "");
    fclose(f);
    snprintf(cmd, sizeof cmd, "build/bert tokenize -m %s %s < " WORK "/line.txt > " WORK "/tok.json", model, pair ? "--pair" : "");
    if (system(cmd) != 0) return 0;
    s = json_read_file(WORK "/tok.json", &len);
    if (!s || json_parse(tok, s, len, msg, sizeof msg) != 0) { free(s); return 0; }
    free(s);
    f = fopen(WORK "/in.json", "w");
    {
        int v;
        fprintf(f, "{\"input_ids\": [[");
        for (v = json_first(tok, json_get(tok, 0, "ids")); v >= 0; v = json_next(tok, v))
            fprintf(f, "%.0f%s", tok->nodes[v].number, json_next(tok, v) >= 0 ? "," : "");
        fprintf(f, "]], \"token_type_ids\": [[");
        for (v = json_first(tok, json_get(tok, 0, "type_ids")); v >= 0; v = json_next(tok, v))
            fprintf(f, "%.0f%s", tok->nodes[v].number, json_next(tok, v) >= 0 ? "," : "");
        fprintf(f, "]]}\n");
    }
    fclose(f);
    snprintf(cmd, sizeof cmd, "build/bert run -m %s < " WORK "/in.json > " WORK "/run.json", model);
    if (system(cmd) != 0) return 0;
    s = json_read_file(WORK "/run.json", &len);
    if (!s || json_parse(out, s, len, msg, sizeof msg) != 0) { free(s); return 0; }
    free(s);
    return 1;
}

static double num(const json_doc *d, int node) { return d->nodes[node].number; }

int main(void) {
    static const char *fixtures[] = {"bert_seqcls", "bert_tokcls", "bert_qa", "bert_mlm", "distilbert_seqcls"};
    json_doc out, tok;
    char cmd[1024], *got;
    size_t i;
    if (system("mkdir -p " WORK) != 0) return 1;
    for (i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++) {
        snprintf(cmd, sizeof cmd, "build/bert-convert tests/fixtures/models/%s " WORK "/%s.bert 2>/dev/null", fixtures[i], fixtures[i]);
        if (system(cmd) != 0) CHECKF(0, "convert %s", fixtures[i]);
    }

    /* classify: the probabilities are the softmax of the sequence logits, most likely first. */
    {
        const char *text = "tok707 tok135tok519 tok275";
        int f;
        for (f = 0; f < 2; f++) {
            const char *m = f ? WORK "/distilbert_seqcls.bert" : WORK "/bert_seqcls.bert";
            double lg[3], sum = 0, p[3];
            int k, node, ok = 1;
            char label[32];
            double prob, prev = 2;
            const char *line;
            snprintf(cmd, sizeof cmd, "build/examples/classify %s \"%s\"", m, text);
            got = run(cmd);
            if (!got || !logits_for(m, text, NULL, &out, &tok)) { CHECKF(0, "classify %s runs", m); free(got); continue; }
            node = json_first(&out, json_get(&out, 0, "seq_logits"));
            for (k = 0; k < 3; k++) lg[k] = num(&out, json_at(&out, node, k));
            for (k = 0; k < 3; k++) sum += exp(lg[k]);
            for (k = 0; k < 3; k++) p[k] = exp(lg[k]) / sum;
            for (line = got, k = 0; k < 3; k++, line = strchr(line, '\n') + 1) {
                int id = -1;
                if (sscanf(line, "%31s %lf", label, &prob) != 2) { ok = 0; break; }
                id = strcmp(label, "negative") == 0 ? 0 : strcmp(label, "neutral") == 0 ? 1 : strcmp(label, "positive") == 0 ? 2 : -1;
                if (id < 0 || fabs(prob - p[id]) > 1e-4 || prob > prev) ok = 0;
                prev = prob;
            }
            CHECKF(ok, "classify (%s): label probabilities are the softmax of the logits, in order", m);
            json_free(&out);
            json_free(&tok);
            free(got);
        }
    }

    /* qa: the answer is the context span (start <= end, <= 30 tokens) with the best start + end.
       On bert_qa, and on modernbert_qa (its QA head runs head.dense -> act -> head.norm first)
       with bert_qa's WordPiece vocabulary, its fixture having no tokenizer. */
    if (system("mkdir -p " WORK "/modernbert_qa_wp && cp tests/fixtures/models/modernbert_qa/config.json "
               "tests/fixtures/models/modernbert_qa/model.safetensors tests/fixtures/models/bert_qa/vocab.txt " WORK "/modernbert_qa_wp/ && "
               "build/bert-convert " WORK "/modernbert_qa_wp " WORK "/modernbert_qa_wp.bert 2>/dev/null") != 0)
        CHECK(0, "convert modernbert_qa with a WordPiece vocabulary");
    for (i = 0; i < 2; i++) {
        const char *q = "tok707 tok5", *c = "tok3 tok135tok519 tok275 tok1 tok2 tok9 tok44";
        const char *model = i ? WORK "/modernbert_qa_wp.bert" : WORK "/bert_qa.bert";
        snprintf(cmd, sizeof cmd, "build/examples/qa %s \"%s\" \"%s\"", model, q, c);
        got = run(cmd);
        if (got && logits_for(model, q, c, &out, &tok)) {
            int s = json_first(&out, json_get(&out, 0, "start_logits")), e = json_first(&out, json_get(&out, 0, "end_logits"));
            int types = json_get(&tok, 0, "type_ids"), offs = json_get(&tok, 0, "offsets"), n = json_count(&tok, types), a, b, bi = -1, bj = -1;
            double best = -INFINITY, prob;
            char want[256], answer[256] = "";
            for (a = 1; a < n - 1; a++) {
                if (num(&tok, json_at(&tok, types, a)) != 1) continue;
                for (b = a; b < n - 1 && b < a + 30; b++) {
                    double v = num(&out, json_at(&out, s, a)) + num(&out, json_at(&out, e, b));
                    if (v > best) { best = v; bi = a; bj = b; }
                }
            }
            snprintf(want, sizeof want, "%.*s", (int)(num(&tok, json_at(&tok, json_at(&tok, offs, bj), 1)) - num(&tok, json_at(&tok, json_at(&tok, offs, bi), 0))),
                     c + (int)num(&tok, json_at(&tok, json_at(&tok, offs, bi), 0)));
            CHECKF(sscanf(got, "%lf %255[^\n]", &prob, answer) == 2 && strcmp(answer, want) == 0 && prob > 0 && prob <= 1,
                   "qa (%s): the answer is the best-scoring context span (\"%s\", want \"%s\")", model, answer, want);
            json_free(&out);
            json_free(&tok);
        } else CHECKF(0, "qa runs on %s", model);
        free(got);
    }

    /* fill_mask: the top token at the mask is the argmax of its MLM logits, with its softmax. */
    {
        const char *text = "tok707 [MASK] tok275";
        got = run("build/examples/fill_mask " WORK "/bert_mlm.bert \"tok707 [MASK] tok275\"");
        if (got && logits_for(WORK "/bert_mlm.bert", text, NULL, &out, &tok)) {
            int row = json_at(&out, json_at(&out, json_get(&out, 0, "mlm_logits"), 0), 2), k, best = 0, v;
            double max, sum = 0, prob;
            char token[64] = "", want[64];
            for (v = json_first(&out, row), k = 0; v >= 0; v = json_next(&out, v), k++)
                if (num(&out, v) > num(&out, json_at(&out, row, best))) best = k;
            max = num(&out, json_at(&out, row, best));
            for (v = json_first(&out, row); v >= 0; v = json_next(&out, v)) sum += exp(num(&out, v) - max);
            {
                FILE *f = fopen("tests/fixtures/models/bert_mlm/vocab.txt", "r");
                for (k = 0; k <= best && fgets(want, sizeof want, f); k++) {}
                want[strcspn(want, "\n")] = 0;
                fclose(f);
            }
            CHECKF(sscanf(strchr(got, '\n') + 1, " %lf %63s", &prob, token) == 2 && strcmp(token, want) == 0 && fabs(prob - 1 / sum) < 1e-4,
                   "fill_mask: the top token is the argmax of the logits (%s, want %s) with its softmax probability", token, want);
            json_free(&out);
            json_free(&tok);
        } else CHECK(0, "fill_mask runs");
        free(got);
    }

    /* ner: every entity printed is a piece of the input with a probability in (0, 1]. */
    {
        const char *text = "tok707 tok135tok519 tok275 tok3 tok5";
        char *line;
        int ok = 1, count = 0;
        got = run("build/examples/ner " WORK "/bert_tokcls.bert \"tok707 tok135tok519 tok275 tok3 tok5\"");
        for (line = got; ok && line && *line; line = strchr(line, '\n') + 1, count++) {
            char type[32], span[128];
            double prob;
            if (sscanf(line, "%31s %lf %127[^\n]", type, &prob, span) != 3 || !strstr(text, span) || !(prob > 0 && prob <= 1)) ok = 0;
        }
        CHECKF(got && ok && count > 0, "ner: %d entities, each a span of the input with a probability", count);
        free(got);
    }

    /* embed: the diagonal of the similarity matrix is 1 and it is symmetric. */
    {
        double m[3][3];
        int a, b, ok;
        got = run("build/examples/embed " WORK "/bert_seqcls.bert \"tok1 tok2\" \"tok1 tok3\" tok700");
        ok = got != NULL;
        if (got) {
            char *line = strchr(got, '\n') + 1;
            for (a = 0; a < 3 && ok; a++, line = strchr(line, '\n') + 1)
                ok = sscanf(line, "[%*d] %lf %lf %lf", &m[a][0], &m[a][1], &m[a][2]) == 3;
            for (a = 0; a < 3 && ok; a++)
                for (b = 0; b < 3; b++) ok = ok && fabs(m[a][b] - m[b][a]) < 1e-4 && (a != b || fabs(m[a][a] - 1) < 1e-4);
        }
        CHECK(ok, "embed: a symmetric similarity matrix with ones on the diagonal");
        free(got);
    }

    /* Errors: a model without the head is one line on stderr and a non-zero exit. */
    CHECK(run("build/examples/qa " WORK "/bert_seqcls.bert q c") == NULL, "qa on a model without a QA head fails");
    CHECK(run("build/examples/fill_mask " WORK "/bert_mlm.bert \"no mask here\"") == NULL, "fill_mask without a mask token fails");
    return test_done();
}
