/* test_models.c - every fixture checkpoint, converted by build/bert-convert and run through
 * `build/bert run` (the CLI contract), against the golden outputs Hugging Face transformers
 * computed (tests/fixtures/models/NAME/golden.json).
 *
 * f32 files: every compared value within |x - golden| <= 1e-4 * max(1, |golden|), per-token
 * outputs only where the attention mask is 1. f16 files: cosine similarity >= 0.9999 per output;
 * q8_0 files: >= 0.999 for the hidden states and pooled outputs, >= 0.99 for task logits (a
 * few values each, e.g. 7 replaced-token logits, where one near-zero logit moves the cosine). Prints the worst error per architecture and output, and the f16 and
 * q8_0 cosines, for the record.
 */
#define _POSIX_C_SOURCE 200809L
#include "test.h"
#include "../tools/json.h"

#include <dirent.h>
#include <math.h>

#define MODELS "tests/fixtures/models"
#define WORK "build/tests/models"

typedef struct worst_entry {
    char arch[32], output[32];
    double err;
    double min_cos[3];      /* per dtype variant; [0] unused */
} worst_entry;

/* The conversions every fixture goes through: dtype option, file suffix, cosine bound. */
static const struct { const char *option, *suffix; double min_cos; } g_variants[3] = {
    {"", "", 0}, {"--dtype f16", ".f16", 0.9999}, {"--dtype q8_0", ".q8_0", 0.999}};

static worst_entry g_worst[256];
static int g_worst_count;

static worst_entry *worst_for(const char *arch, const char *output) {
    int i;
    for (i = 0; i < g_worst_count; i++)
        if (strcmp(g_worst[i].arch, arch) == 0 && strcmp(g_worst[i].output, output) == 0) return &g_worst[i];
    if (g_worst_count == 256) return &g_worst[255];
    snprintf(g_worst[g_worst_count].arch, sizeof g_worst[0].arch, "%s", arch);
    snprintf(g_worst[g_worst_count].output, sizeof g_worst[0].output, "%s", output);
    g_worst[g_worst_count].err = 0;
    g_worst[g_worst_count].min_cos[1] = g_worst[g_worst_count].min_cos[2] = 2;
    return &g_worst[g_worst_count++];
}

/* Writes the case's inputs as in.json. */
static int write_inputs(const json_doc *g, int inputs, const char *path) {
    FILE *f = fopen(path, "w");
    int key, row, v, first_key = 1;
    if (!f) return -1;
    fputc('{', f);
    for (key = json_first(g, inputs); key >= 0; key = json_next(g, key)) {
        fprintf(f, "%s\"%s\":[", first_key ? "" : ",", json_key(g, key));
        first_key = 0;
        for (row = json_first(g, key); row >= 0; row = json_next(g, row)) {
            fputc('[', f);
            for (v = json_first(g, row); v >= 0; v = json_next(g, v))
                fprintf(f, "%.0f%s", g->nodes[v].number, json_next(g, v) >= 0 ? "," : "");
            fprintf(f, "]%s", json_next(g, row) >= 0 ? "," : "");
        }
        fputc(']', f);
    }
    fputs("}\n", f);
    return fclose(f);
}

/* Flattens a nested numeric array into vals (up to cap); returns the count. */
static size_t flatten(const json_doc *d, int node, double *vals, size_t cap, size_t n) {
    int c;
    if (node < 0) return n;
    if (json_type_of(d, node) == JSON_NUMBER) {
        if (n < cap) vals[n] = d->nodes[node].number;
        return n + 1;
    }
    if (json_type_of(d, node) == JSON_NULL) { /* NaN/inf written as null */
        if (n < cap) vals[n] = NAN;
        return n + 1;
    }
    for (c = json_first(d, node); c >= 0; c = json_next(d, c)) n = flatten(d, c, vals, cap, n);
    return n;
}

typedef struct compare {
    double max_err;     /* worst |x - g| / max(1, |g|) over compared values */
    double dot, xx, gg; /* for the cosine */
    size_t compared;
    int shape_ok;
} compare;

static void compare_values(compare *cmp, double x, double g) {
    double e = fabs(x - g) / (fabs(g) > 1 ? fabs(g) : 1);
    if (x != x) e = INFINITY;
    if (e > cmp->max_err) cmp->max_err = e;
    cmp->dot += x * g;
    cmp->xx += x * x;
    cmp->gg += g * g;
    cmp->compared++;
}

static double cosine(const compare *c) { return c->xx > 0 && c->gg > 0 ? c->dot / sqrt(c->xx * c->gg) : (c->xx == c->gg); }

/* Is output `key` per token ([B][T] or [B][T][...])? Those compare only where the mask is 1. */
static int per_token(const char *key) {
    return strcmp(key, "last_hidden_state") == 0 || strcmp(key, "token_logits") == 0 || strcmp(key, "mlm_logits") == 0 ||
           strcmp(key, "start_logits") == 0 || strcmp(key, "end_logits") == 0 || strcmp(key, "rtd_logits") == 0;
}

static void compare_output(compare *cmp, const json_doc *g, int golden, const json_doc *o, int ours, const int *mask, int B, int T,
                           const char *key) {
    size_t ng = flatten(g, golden, NULL, 0, 0), no = flatten(o, ours, NULL, 0, 0), i;
    double *gv = (double *)malloc((ng + 1) * sizeof *gv), *ov = (double *)malloc((no + 1) * sizeof *ov);
    memset(cmp, 0, sizeof *cmp);
    flatten(g, golden, gv, ng, 0);
    flatten(o, ours, ov, no, 0);
    cmp->shape_ok = ng == no && json_count(g, golden) == json_count(o, ours);
    if (cmp->shape_ok) {
        size_t width = per_token(key) ? ng / ((size_t)B * (size_t)T) : 0;
        for (i = 0; i < ng; i++) {
            if (width && !mask[i / width]) continue;
            compare_values(cmp, ov[i], gv[i]);
        }
    }
    free(gv);
    free(ov);
}

/* mlm_logits_rows: {index: [[b,t]...], values: [[V floats]...]} against our full mlm_logits. */
static void compare_mlm_rows(compare *cmp, const json_doc *g, int rows, const json_doc *o, int ours) {
    int idx = json_get(g, rows, "index"), vals = json_get(g, rows, "values"), r, v;
    memset(cmp, 0, sizeof *cmp);
    cmp->shape_ok = ours >= 0;
    if (!cmp->shape_ok) return;
    for (r = json_first(g, idx), v = json_first(g, vals); r >= 0 && v >= 0; r = json_next(g, r), v = json_next(g, v)) {
        int b = (int)g->nodes[json_at(g, r, 0)].number, t = (int)g->nodes[json_at(g, r, 1)].number;
        int orow = json_at(o, json_at(o, ours, b), t), a, c;
        if (json_count(o, orow) != json_count(g, v)) { cmp->shape_ok = 0; return; }
        for (a = json_first(g, v), c = json_first(o, orow); a >= 0; a = json_next(g, a), c = json_next(o, c))
            compare_values(cmp, o->nodes[c].number, g->nodes[a].number);
    }
}

static int run_case(const char *name, const char *model_file, const char *arch, const json_doc *g, int kase, int variant) {
    char in_path[512], out_path[512], cmd[2048], msg[256];
    int inputs = json_get(g, kase, "inputs"), outputs = json_get(g, kase, "outputs"), key, B, T, b, t, *mask;
    int mask_node = json_get(g, inputs, "attention_mask"), ours, status;
    const char *case_name = json_str(g, json_get(g, kase, "name"));
    json_doc o;
    char *text;
    size_t len;

    snprintf(in_path, sizeof in_path, WORK "/%s.%s.in.json", name, case_name);
    snprintf(out_path, sizeof out_path, WORK "/%s.%s%s.out.json", name, case_name, g_variants[variant].suffix);
    if (write_inputs(g, inputs, in_path) != 0) { CHECKF(0, "%s %s: cannot write inputs", name, case_name); return 1; }
    snprintf(cmd, sizeof cmd, "build/bert run -m %s < %s > %s", model_file, in_path, out_path);
    status = system(cmd);
    if (status != 0) { CHECKF(0, "%s %s%s: bert run exited with %d", name, case_name, g_variants[variant].suffix, status); return 1; }
    text = json_read_file(out_path, &len);
    if (!text || json_parse(&o, text, len, msg, sizeof msg) != 0) {
        CHECKF(0, "%s %s: output is not JSON: %s", name, case_name, text ? msg : "unreadable");
        free(text);
        return 1;
    }
    free(text);
    B = json_count(g, mask_node);
    T = json_count(g, json_first(g, mask_node));
    mask = (int *)malloc((size_t)B * T * sizeof *mask);
    for (b = 0; b < B; b++)
        for (t = 0; t < T; t++) mask[b * T + t] = (int)g->nodes[json_at(g, json_at(g, mask_node, b), t)].number;

    for (key = json_first(g, outputs); key >= 0; key = json_next(g, key)) {
        const char *k = json_key(g, key);
        const char *ok_name = strcmp(k, "mlm_logits_rows") == 0 ? "mlm_logits" : k;
        compare cmp;
        worst_entry *w;
        ours = json_get(&o, 0, ok_name);
        if (ours < 0) { CHECKF(0, "%s %s %s: missing from bert run's output", name, case_name, k); continue; }
        if (strcmp(k, "mlm_logits_rows") == 0) compare_mlm_rows(&cmp, g, key, &o, ours);
        else compare_output(&cmp, g, key, &o, ours, mask, B, T, k);
        if (!cmp.shape_ok) { CHECKF(0, "%s %s %s: shape differs from the golden", name, case_name, k); continue; }
        w = worst_for(arch, ok_name);
        if (variant) {
            double cs = cosine(&cmp), bound = g_variants[variant].min_cos;
            if (variant == 2 && strstr(ok_name, "logits")) bound = 0.99;
            if (cs < w->min_cos[variant]) w->min_cos[variant] = cs;
            CHECKF(cs >= bound, "%s %s %s %s: cosine %.7f (>= %g)", name, g_variants[variant].suffix + 1, case_name, k, cs, bound);
        } else {
            if (cmp.max_err > w->err) w->err = cmp.max_err;
            CHECKF(cmp.max_err <= 1e-4 && cmp.compared > 0, "%s %s %s: max error %.2e over %lu values (<= 1e-4)", name, case_name, k,
                   cmp.max_err, (unsigned long)cmp.compared);
        }
    }
    free(mask);
    json_free(&o);
    return 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void) {
    DIR *dir = opendir(MODELS);
    struct dirent *e;
    char *names[128], path[512], cmd[1024], msg[256];
    int count = 0, i, kase;
    if (!dir) { CHECK(0, "fixtures: cannot open " MODELS); return test_done(); }
    while ((e = readdir(dir)) && count < 128)
        if (e->d_name[0] != '.' && strchr(e->d_name, '.') == NULL) names[count++] = strdup(e->d_name);
    closedir(dir);
    qsort(names, (size_t)count, sizeof names[0], by_name);
    CHECKF(count == 65, "fixtures: %d model folders (65 expected)", count);
    if (system("mkdir -p " WORK) != 0) { CHECK(0, "cannot create " WORK); return test_done(); }

    for (i = 0; i < count; i++) {
        json_doc g;
        char *text, model_file[512], arch[32];
        size_t len;
        int variant, cfg_node;
        snprintf(path, sizeof path, MODELS "/%s/golden.json", names[i]);
        text = json_read_file(path, &len);
        if (!text || json_parse(&g, text, len, msg, sizeof msg) != 0) {
            CHECKF(0, "%s: cannot read golden.json", names[i]);
            free(text);
            continue;
        }
        free(text);
        cfg_node = json_get(&g, json_get(&g, 0, "reference"), "model_type");
        snprintf(arch, sizeof arch, "%s", cfg_node >= 0 ? json_str(&g, cfg_node) : "?");
        for (variant = 0; variant < 3; variant++) {
            snprintf(model_file, sizeof model_file, WORK "/%s%s.bert", names[i], g_variants[variant].suffix);
            snprintf(cmd, sizeof cmd, "build/bert-convert " MODELS "/%s %s %s 2> " WORK "/%s.convert.log", names[i], model_file,
                     g_variants[variant].option, names[i]);
            if (system(cmd) != 0) {
                CHECKF(0, "%s: bert-convert %s failed (see " WORK "/%s.convert.log)", names[i], g_variants[variant].option, names[i]);
                continue;
            }
            for (kase = json_first(&g, json_get(&g, 0, "cases")); kase >= 0; kase = json_next(&g, kase))
                run_case(names[i], model_file, arch, &g, kase, variant);
        }
        json_free(&g);
        free(names[i]);
    }

    printf("# worst error against the goldens, f32 files, per architecture and output (bound 1e-4):\n");
    for (i = 0; i < g_worst_count; i++) printf("#   %-12s %-18s %.2e\n", g_worst[i].arch, g_worst[i].output, g_worst[i].err);
    printf("# lowest cosine similarity of --dtype f16 and --dtype q8_0 files against the goldens:\n");
    for (i = 0; i < g_worst_count; i++)
        printf("#   %-12s %-18s f16 %.7f  q8_0 %.7f\n", g_worst[i].arch, g_worst[i].output, g_worst[i].min_cos[1], g_worst[i].min_cos[2]);
    return test_done();
}
