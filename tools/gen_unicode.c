/* gen_unicode - writes bert.h's Unicode tables from the Unicode Character Database.
 *
 *   gen_unicode UCD_DIR bert.h        (make unicode: UCD_DIR = /usr/share/unicode, from
 *                                     Debian's unicode-data package)
 *
 * Reads UnicodeData.txt, DerivedAge.txt, PropList.txt, DerivedCoreProperties.txt,
 * DerivedNormalizationProps.txt, SpecialCasing.txt, auxiliary/GraphemeBreakProperty.txt and
 * emoji/emoji-data.txt, and replaces everything between the
 * BEGIN/END GENERATED UNICODE TABLES lines of bert.h. Nothing in those tables is typed by hand.
 *
 * Hugging Face tokenizers takes its Unicode facts from three places, each frozen at its own
 * Unicode version, and exact parity means answering each question as that source does:
 *   - the unicode_categories crate (BertNormalizer's control and accent tests, BertPreTokenizer's
 *     punctuation): Unicode 8.0. A character assigned later is not punctuation, control or Mn there.
 *   - the unicode-normalization crate (NFD/NFKD/NFC/NFKC, combining classes, StripAccents'
 *     "is a mark"): Unicode 9.0. Later characters neither decompose nor count as marks.
 *   - Rust's std (whitespace, lowercase) and the regex crate (\w, \s): the newest Unicode; we
 *     use the database given here.
 * Versions are applied through DerivedAge.txt: a property from an older source holds only for
 * characters assigned by that version (general categories of old characters are stable enough
 * that this reproduces the old tables).
 *
 * Output (all static const, read by bert__uprops and friends in bert.h):
 *   property trie: code point -> record {general category, combining class, flag bits}
 *   lowercase ranges (+ the few one-to-many lowercase mappings)
 *   decompositions: sorted keys, one level deep, targets in a UTF-16 pool; composition index
 *   grapheme cluster break classes (auxiliary/GraphemeBreakProperty.txt and the emoji data's
 *   Extended_Pictographic), as runs: the Precompiled normalizer of SentencePiece tokenizers
 *   works per extended grapheme cluster, as the unicode-segmentation crate cuts them
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define NCP 0x110000
#define AGE_CATEGORIES 0x0800    /* Unicode 8.0: unicode_categories */
#define AGE_NORMALIZATION 0x0900 /* Unicode 9.0: unicode-normalization */

/* Must match bert.h: general categories in this order, flag bits below. */
static const char *gc_names[] = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd",
                                 "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf",
                                 "Cs", "Co"};
enum {
    F_WHITESPACE = 1 << 0,  /* White_Space (Rust char::is_whitespace, regex \s) */
    F_BERT_CONTROL = 1 << 1, /* Cc, Cf or Co in Unicode 8.0 */
    F_BERT_PUNCT = 1 << 2,   /* P* in Unicode 8.0 */
    F_BERT_MN = 1 << 3,      /* Mn in Unicode 8.0 */
    F_MARK = 1 << 4,         /* Mn, Mc or Me in Unicode 9.0 */
    F_WORD = 1 << 5,         /* regex \w: Alphabetic, M*, Nd, Pc, Join_Control */
    F_LOWER = 1 << 6,        /* has a lowercase mapping other than itself */
    F_DECOMP = 1 << 7,       /* has a canonical decomposition (Unicode 9.0) */
    F_KDECOMP = 1 << 8,      /* has a compatibility decomposition (Unicode 9.0) */
    F_COMPOSES = 1 << 9      /* may start or end a canonical composition pair */
};

static uint8_t gc[NCP], ccc[NCP];
static uint16_t age[NCP], flags[NCP];
static uint32_t lower1[NCP];           /* simple lowercase mapping, 0 = none */
static int decomp_len[NCP], decomp_compat[NCP];
static uint32_t *decomp_map[NCP];
static uint32_t special_lower[64][4];  /* cp, then up to 3 code points (0-terminated) */
static int n_special_lower;
static uint8_t excluded[NCP];

/* Grapheme cluster break classes; must match bert.h's BERT__GCB_*. Hangul syllables are one
   class whose LV/LVT split bert.h computes (it alternates every code point). */
enum { GCB_OTHER, GCB_CR, GCB_LF, GCB_CONTROL, GCB_EXTEND, GCB_ZWJ, GCB_RI, GCB_PREPEND, GCB_SPACING_MARK, GCB_L, GCB_V,
       GCB_T, GCB_LV, GCB_LVT, GCB_EXT_PICT, GCB_HANGUL_SYLLABLE };
static const char *gcb_names[] = {"Other", "CR", "LF", "Control", "Extend", "ZWJ", "Regional_Indicator", "Prepend",
                                  "SpacingMark", "L", "V", "T", "LV", "LVT"};
static uint8_t gcb[NCP];

static void die(const char *msg, const char *arg) {
    fprintf(stderr, "gen_unicode: %s %s\n", msg, arg ? arg : "");
    exit(1);
}

static FILE *open_ucd(const char *dir, const char *name) {
    char path[1024];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "r");
    if (!f) die("cannot open", path);
    return f;
}

static int gc_index(const char *s) {
    int i;
    for (i = 0; i < (int)(sizeof gc_names / sizeof gc_names[0]); i++)
        if (strncmp(s, gc_names[i], 2) == 0) return i;
    die("unknown general category", s);
    return 0;
}

/* Splits line at ';' into at most n trimmed fields; returns the count. Comments are cut. */
static int fields(char *line, char **f, int n) {
    int k = 0;
    char *p = line, *hash = strchr(line, '#');
    if (hash) *hash = 0;
    while (k < n) {
        char *semi = strchr(p, ';'), *end;
        if (semi) *semi = 0;
        while (*p == ' ' || *p == '\t') p++;
        end = p + strlen(p);
        while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r')) *--end = 0;
        f[k++] = p;
        if (!semi) break;
        p = semi + 1;
    }
    return k;
}

/* "0041..005A" or "0041" */
static void parse_range(const char *s, uint32_t *lo, uint32_t *hi) {
    char *end;
    *lo = (uint32_t)strtoul(s, &end, 16);
    *hi = (end[0] == '.' && end[1] == '.') ? (uint32_t)strtoul(end + 2, NULL, 16) : *lo;
    if (*lo >= NCP || *hi >= NCP || *hi < *lo) die("bad range", s);
}

static void read_unicode_data(const char *dir) {
    FILE *f = open_ucd(dir, "UnicodeData.txt");
    char line[2048], *fl[15];
    uint32_t range_start = 0, cp;
    while (fgets(line, sizeof line, f)) {
        if (fields(line, fl, 15) < 14) continue;
        cp = (uint32_t)strtoul(fl[0], NULL, 16);
        if (strstr(fl[1], ", Last>")) {
            uint32_t c;
            for (c = range_start + 1; c <= cp; c++) {
                gc[c] = gc[range_start];
                ccc[c] = ccc[range_start];
            }
            continue;
        }
        if (strstr(fl[1], ", First>")) range_start = cp;
        gc[cp] = (uint8_t)gc_index(fl[2]);
        ccc[cp] = (uint8_t)atoi(fl[3]);
        if (fl[5][0]) {
            char *p = fl[5];
            uint32_t tmp[32];
            int n = 0;
            if (*p == '<') {
                decomp_compat[cp] = 1;
                p = strchr(p, '>') + 1;
            }
            while (*p) {
                char *end;
                while (*p == ' ') p++;
                if (!*p) break;
                tmp[n++] = (uint32_t)strtoul(p, &end, 16);
                p = end;
            }
            decomp_len[cp] = n;
            decomp_map[cp] = (uint32_t *)malloc((size_t)n * 4);
            memcpy(decomp_map[cp], tmp, (size_t)n * 4);
        }
        if (fl[13][0]) lower1[cp] = (uint32_t)strtoul(fl[13], NULL, 16);
    }
    fclose(f);
}

static void read_ages(const char *dir) {
    FILE *f = open_ucd(dir, "DerivedAge.txt");
    char line[1024], *fl[3];
    uint32_t lo, hi, c;
    for (c = 0; c < NCP; c++) age[c] = 0xFFFF; /* unassigned */
    while (fgets(line, sizeof line, f)) {
        int major, minor;
        if (fields(line, fl, 3) < 2 || !fl[0][0]) continue;
        parse_range(fl[0], &lo, &hi);
        if (sscanf(fl[1], "%d.%d", &major, &minor) != 2) die("bad age", fl[1]);
        for (c = lo; c <= hi; c++) age[c] = (uint16_t)(major << 8 | minor);
    }
    fclose(f);
}

/* Sets `flag` on every code point with property `prop` in file `name`. */
static void read_property(const char *dir, const char *name, const char *prop, uint16_t flag, uint8_t *out) {
    FILE *f = open_ucd(dir, name);
    char line[1024], *fl[3];
    uint32_t lo, hi, c;
    while (fgets(line, sizeof line, f)) {
        if (fields(line, fl, 3) < 2 || !fl[0][0] || strcmp(fl[1], prop) != 0) continue;
        parse_range(fl[0], &lo, &hi);
        for (c = lo; c <= hi; c++) {
            if (out) out[c] = 1;
            else flags[c] |= flag;
        }
    }
    fclose(f);
}

static void read_special_casing(const char *dir) {
    FILE *f = open_ucd(dir, "SpecialCasing.txt");
    char line[1024], *fl[6];
    while (fgets(line, sizeof line, f)) {
        int n = fields(line, fl, 6), k = 0;
        uint32_t cp, low[4] = {0, 0, 0, 0};
        char *p;
        if (n < 4 || !fl[0][0]) continue;
        if (n >= 5 && fl[4][0]) continue; /* conditional (Final_Sigma, locales): not char::to_lowercase */
        cp = (uint32_t)strtoul(fl[0], NULL, 16);
        for (p = fl[1]; *p && k < 3;) {
            char *end;
            while (*p == ' ') p++;
            if (!*p) break;
            low[k++] = (uint32_t)strtoul(p, &end, 16);
            p = end;
        }
        if (k > 1) {
            if (n_special_lower == 64) die("too many special lowercase mappings", NULL);
            special_lower[n_special_lower][0] = cp;
            memcpy(&special_lower[n_special_lower][1], low, 3 * 4);
            n_special_lower++;
        }
    }
    fclose(f);
}

/* GraphemeBreakProperty.txt, then Extended_Pictographic (only ever on class Other). */
static void read_grapheme_breaks(const char *dir) {
    FILE *f = open_ucd(dir, "auxiliary/GraphemeBreakProperty.txt");
    char line[1024], *fl[3];
    uint32_t lo, hi, c;
    int k;
    while (fgets(line, sizeof line, f)) {
        if (fields(line, fl, 3) < 2 || !fl[0][0]) continue;
        parse_range(fl[0], &lo, &hi);
        for (k = 1; k < (int)(sizeof gcb_names / sizeof gcb_names[0]); k++)
            if (strcmp(fl[1], gcb_names[k]) == 0) break;
        if (k == (int)(sizeof gcb_names / sizeof gcb_names[0])) die("unknown grapheme break class", fl[1]);
        for (c = lo; c <= hi; c++) gcb[c] = (uint8_t)(k == GCB_LV || k == GCB_LVT ? GCB_HANGUL_SYLLABLE : k);
    }
    fclose(f);
    f = open_ucd(dir, "emoji/emoji-data.txt");
    while (fgets(line, sizeof line, f)) {
        if (fields(line, fl, 3) < 2 || !fl[0][0] || strcmp(fl[1], "Extended_Pictographic") != 0) continue;
        parse_range(fl[0], &lo, &hi);
        for (c = lo; c <= hi; c++) {
            if (gcb[c] != GCB_OTHER) die("Extended_Pictographic on a grapheme break class other than Other:", fl[0]);
            gcb[c] = GCB_EXT_PICT;
        }
    }
    fclose(f);
}

static int is_hangul_syllable(uint32_t c) { return c >= 0xAC00 && c < 0xAC00 + 11172; }

static void derive_flags(void) {
    uint32_t c;
    for (c = 0; c < NCP; c++) {
        int g = gc[c];
        const char *name = gc_names[g];
        if (age[c] <= AGE_CATEGORIES) {
            if (g == gc_index("Cc") || g == gc_index("Cf") || g == gc_index("Co")) flags[c] |= F_BERT_CONTROL;
            if (name[0] == 'P') flags[c] |= F_BERT_PUNCT;
            if (g == gc_index("Mn")) flags[c] |= F_BERT_MN;
        }
        if (age[c] <= AGE_NORMALIZATION) {
            if (name[0] == 'M') flags[c] |= F_MARK;
            if (decomp_len[c] && !decomp_compat[c]) flags[c] |= F_DECOMP | F_KDECOMP;
            if (decomp_len[c] && decomp_compat[c]) flags[c] |= F_KDECOMP;
        } else {
            ccc[c] = 0;          /* the normalization crate does not know the character */
            decomp_len[c] = 0;
        }
        if (is_hangul_syllable(c)) flags[c] |= F_DECOMP | F_KDECOMP | F_COMPOSES;
        if (name[0] == 'M' || g == gc_index("Nd") || g == gc_index("Pc")) flags[c] |= F_WORD;
        if (lower1[c] && lower1[c] != c) flags[c] |= F_LOWER;
    }
    {
        int i;
        for (i = 0; i < n_special_lower; i++) flags[special_lower[i][0]] |= F_LOWER;
    }
    /* Composition pairs: canonical two-code-point mappings of starters that are not excluded. */
    for (c = 0; c < NCP; c++) {
        if (decomp_len[c] == 2 && !decomp_compat[c] && !excluded[c]) {
            flags[decomp_map[c][0]] |= F_COMPOSES;
            flags[decomp_map[c][1]] |= F_COMPOSES;
        }
    }
    for (c = 0x1100; c < 0x1100 + 19; c++) flags[c] |= F_COMPOSES; /* Hangul L, V, T jamo */
    for (c = 0x1161; c < 0x1161 + 21; c++) flags[c] |= F_COMPOSES;
    for (c = 0x11A8; c < 0x11A8 + 27; c++) flags[c] |= F_COMPOSES;
}

/* ---- Output --------------------------------------------------------------------------------- */

static FILE *out;
static size_t total_bytes;

static const char *uint_type(uint32_t max) { return max < 256 ? "uint8_t" : max < 65536 ? "uint16_t" : "uint32_t"; }
static size_t uint_size(uint32_t max) { return max < 256 ? 1 : max < 65536 ? 2 : 4; }

static void emit_array(const char *type, const char *name, const uint32_t *v, size_t n, int per_line, int hex) {
    size_t i;
    fprintf(out, "static const %s %s[%lu] = {", type, name, (unsigned long)n);
    for (i = 0; i < n; i++) {
        if (i % (size_t)per_line == 0) fputs("\n   ", out);
        fprintf(out, hex ? " 0x%X," : " %u,", v[i]);
    }
    fputs("\n};\n", out);
}

static void emit_uints(const char *name, const uint32_t *v, size_t n) {
    uint32_t max = 0;
    size_t i;
    for (i = 0; i < n; i++)
        if (v[i] > max) max = v[i];
    emit_array(uint_type(max), name, v, n, 24, 0);
    total_bytes += n * uint_size(max);
}

/* Stores block `blk` of `size` values in `store` once: returns the index of its first copy.
   A hash table over block contents keeps this linear. */
typedef struct block_set {
    uint32_t *store;     /* count * size values */
    size_t count, size;
    int32_t *slots;      /* open addressing, -1 empty */
    size_t n_slots;
} block_set;

static uint32_t hash_block(const uint32_t *blk, size_t size) {
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < size; i++) h = (h ^ blk[i]) * 16777619u;
    return h;
}

static uint32_t block_add(block_set *s, const uint32_t *blk) {
    size_t at = hash_block(blk, s->size) & (s->n_slots - 1);
    while (s->slots[at] >= 0) {
        if (memcmp(s->store + (size_t)s->slots[at] * s->size, blk, s->size * 4) == 0) return (uint32_t)s->slots[at];
        at = (at + 1) & (s->n_slots - 1);
    }
    memcpy(s->store + s->count * s->size, blk, s->size * 4);
    s->slots[at] = (int32_t)s->count;
    return (uint32_t)s->count++;
}

static void block_set_init(block_set *s, size_t max_blocks, size_t size) {
    s->store = malloc(max_blocks * size * 4);
    s->count = 0;
    s->size = size;
    for (s->n_slots = 1; s->n_slots < 2 * max_blocks; s->n_slots *= 2) {}
    s->slots = malloc(s->n_slots * sizeof *s->slots);
    memset(s->slots, 0xFF, s->n_slots * sizeof *s->slots);
}

static uint32_t max_of(const uint32_t *v, size_t n) {
    uint32_t m = 0;
    size_t i;
    for (i = 0; i < n; i++) if (v[i] > m) m = v[i];
    return m;
}

/* A three-level trie over 0..NCP-1: leaf blocks of 2^b1 values, middle blocks of 2^b2 leaf
   indexes, a top array of middle-block indexes. Identical blocks are stored once. Returns its
   size in bytes, and writes it out when `emit` is set. */
static size_t build_trie(const uint32_t *value, int b1, int b2, int emit, const char *name) {
    size_t leaf_size = (size_t)1 << b1, mid_size = (size_t)1 << b2;
    size_t n_leaf_blocks = NCP >> b1, n_top = (n_leaf_blocks + mid_size - 1) / mid_size, i, j, bytes;
    uint32_t *top = malloc(n_top * 4), blk[256];
    block_set leaf, mid;
    block_set_init(&leaf, n_leaf_blocks, leaf_size);
    block_set_init(&mid, n_top, mid_size);
    for (i = 0; i < n_top; i++) {
        for (j = 0; j < mid_size; j++) {
            size_t li = i * mid_size + j;
            blk[j] = li < n_leaf_blocks ? block_add(&leaf, value + li * leaf_size) : 0;
        }
        top[i] = block_add(&mid, blk);
    }
    bytes = n_top * uint_size(max_of(top, n_top)) + mid.count * mid_size * uint_size(max_of(mid.store, mid.count * mid_size)) +
            leaf.count * leaf_size * uint_size(max_of(leaf.store, leaf.count * leaf_size));
    if (emit) {
        char id[64];
        fprintf(out, "#define BERT__UPROP_LEAF_BITS %d\n#define BERT__UPROP_MID_BITS %d\n", b1, b2);
        snprintf(id, sizeof id, "bert__%s_top", name);
        emit_uints(id, top, n_top);
        snprintf(id, sizeof id, "bert__%s_mid", name);
        emit_uints(id, mid.store, mid.count * mid_size);
        snprintf(id, sizeof id, "bert__%s_leaf", name);
        emit_uints(id, leaf.store, leaf.count * leaf_size);
    }
    free(top); free(leaf.store); free(leaf.slots); free(mid.store); free(mid.slots);
    return bytes;
}

static void emit_trie(const uint32_t *value, const char *name) {
    int b1, b2, best1 = 0, best2 = 0;
    size_t best = (size_t)-1;
    for (b1 = 3; b1 <= 8; b1++)
        for (b2 = 2; b2 <= 8; b2++) {
            size_t s = build_trie(value, b1, b2, 0, name);
            if (s < best) { best = s; best1 = b1; best2 = b2; }
        }
    build_trie(value, best1, best2, 1, name);
}

static void emit_properties(void) {
    static uint32_t record_of[NCP], records[4096];
    size_t n_records = 0, j;
    uint32_t c;
    for (c = 0; c < NCP; c++) {
        uint32_t rec = (uint32_t)gc[c] | (uint32_t)ccc[c] << 8 | (uint32_t)flags[c] << 16;
        for (j = 0; j < n_records; j++)
            if (records[j] == rec) break;
        if (j == n_records) {
            if (n_records == 4096) die("too many property records", NULL);
            records[n_records++] = rec;
        }
        record_of[c] = (uint32_t)j;
    }
    fputs("/* Property records: general category | combining class << 8 | flags << 16. */\n", out);
    emit_array("uint32_t", "bert__uprop_records", records, n_records, 8, 1);
    total_bytes += n_records * 4;
    emit_trie(record_of, "uprop");
}

/* Lowercase: ranges where lower = cp + delta for cp = first, first + stride, ... */
static void emit_lowercase(void) {
    static uint32_t firsts[4096], counts[4096], strides[4096];
    static int32_t deltas[4096];
    uint32_t c;
    int n = 0, i;
    for (c = 0; c < NCP; c++) {
        int32_t d;
        if (!lower1[c] || lower1[c] == c) continue;
        d = (int32_t)lower1[c] - (int32_t)c;
        if (n > 0 && deltas[n - 1] == d) {
            uint32_t last = firsts[n - 1] + (counts[n - 1] - 1) * strides[n - 1];
            if (counts[n - 1] == 1 && (c - last == 1 || c - last == 2)) {
                strides[n - 1] = c - last;
                counts[n - 1]++;
                continue;
            }
            if (counts[n - 1] > 1 && c - last == strides[n - 1]) {
                counts[n - 1]++;
                continue;
            }
        }
        firsts[n] = c; counts[n] = 1; strides[n] = 1; deltas[n] = d;
        n++;
    }
    fputs("/* Lowercase ranges: for cp = first + k * stride, k < count: lower(cp) = cp + delta. */\n", out);
    fprintf(out, "static const bert__case_range bert__ulower[%d] = {", n);
    for (i = 0; i < n; i++) {
        if (i % 4 == 0) fputs("\n   ", out);
        fprintf(out, " {0x%X, %u, %u, %d},", firsts[i], counts[i], strides[i], deltas[i]);
    }
    fputs("\n};\n", out);
    total_bytes += (size_t)n * 12;
    fputs("/* The lowercase mappings to more than one code point (SpecialCasing.txt, unconditional). */\n", out);
    fprintf(out, "static const uint32_t bert__ulower_multi[%d][4] = {", n_special_lower);
    for (i = 0; i < n_special_lower; i++)
        fprintf(out, "\n    {0x%X, 0x%X, 0x%X, 0x%X},", special_lower[i][0], special_lower[i][1], special_lower[i][2],
                special_lower[i][3]);
    fputs("\n};\n", out);
    total_bytes += (size_t)n_special_lower * 16;
}

/* Decompositions one level deep (callers recurse), keyed by code point, in two tables so a
   build without NFKD/NFKC can leave the larger one out: canonical mappings, and compatibility
   mappings. key = cp | length << 21 | composes << 26; targets in a UTF-16 pool. */
static void emit_decomposition_table(int compat, const char *key_name, const char *off_name, const char *pool_name) {
    static uint32_t keys[8192], offs[8192], pool[32768];
    int n = 0, np = 0, i;
    uint32_t c;
    for (c = 0; c < NCP; c++) {
        if (!decomp_len[c] || decomp_compat[c] != compat) continue;
        keys[n] = c | (uint32_t)decomp_len[c] << 21 | (uint32_t)(!compat && decomp_len[c] == 2 && !excluded[c]) << 26;
        offs[n] = (uint32_t)np;
        for (i = 0; i < decomp_len[c]; i++) {
            uint32_t t = decomp_map[c][i];
            if (t >= 0x10000) {
                t -= 0x10000;
                pool[np++] = 0xD800 | (t >> 10);
                pool[np++] = 0xDC00 | (t & 0x3FF);
            } else {
                pool[np++] = t;
            }
        }
        n++;
    }
    emit_array("uint32_t", key_name, keys, (size_t)n, 8, 1);
    total_bytes += (size_t)n * 4;
    emit_uints(off_name, offs, (size_t)n);
    emit_array("uint16_t", pool_name, pool, (size_t)np, 12, 1);
    total_bytes += (size_t)np * 2;
}

/* The composable pairs as indexes into the canonical table, sorted by (first, second). */
static void emit_compositions(void) {
    static uint32_t first[4096], second[4096], index[4096];
    int n = 0, k = 0, i, j;
    uint32_t c;
    for (c = 0; c < NCP; c++) {
        if (!decomp_len[c] || decomp_compat[c]) continue;
        if (decomp_len[c] == 2 && !excluded[c]) {
            first[n] = decomp_map[c][0];
            second[n] = decomp_map[c][1];
            index[n++] = (uint32_t)k;
        }
        k++;
    }
    for (i = 1; i < n; i++) { /* insertion sort: it runs once */
        uint32_t f = first[i], s = second[i], x = index[i];
        for (j = i - 1; j >= 0 && (first[j] > f || (first[j] == f && second[j] > s)); j--) {
            first[j + 1] = first[j];
            second[j + 1] = second[j];
            index[j + 1] = index[j];
        }
        first[j + 1] = f;
        second[j + 1] = s;
        index[j + 1] = x;
    }
    emit_uints("bert__ucompose", index, (size_t)n);
}

static void emit_decompositions(void) {
    size_t before = total_bytes;
    fputs("/* Canonical decompositions: key = code point | length << 21 | composes << 26; targets in UTF-16. */\n", out);
    emit_decomposition_table(0, "bert__udecomp_key", "bert__udecomp_off", "bert__udecomp_pool");
    fputs("/* Indexes into bert__udecomp_key of the pairs that compose, sorted by (first, second). */\n", out);
    emit_compositions();
    fprintf(out, "#define BERT__UNICODE_CANONICAL_BYTES %lu\n", (unsigned long)(total_bytes - before));
    before = total_bytes;
    fputs("#ifndef BERT_NO_COMPATIBILITY_DECOMPOSITION\n", out);
    fputs("/* Compatibility decompositions (NFKD, NFKC only), same layout. */\n", out);
    emit_decomposition_table(1, "bert__ukdecomp_key", "bert__ukdecomp_off", "bert__ukdecomp_pool");
    fprintf(out, "#define BERT__UNICODE_COMPATIBILITY_BYTES %lu\n", (unsigned long)(total_bytes - before));
    fputs("#endif\n", out);
}

/* Grapheme break classes as runs: entry = first code point << 5 | class, sorted; a run lasts
   until the next entry's first code point. Only SentencePiece's Precompiled normalizer needs
   them, so they are left out with BERT_NO_UNIGRAM. */
static void emit_grapheme_breaks(void) {
    static uint32_t runs[8192];
    size_t n = 0;
    uint32_t c;
    for (c = 0; c < NCP; c++) {
        if (n > 0 && (runs[n - 1] & 31) == gcb[c]) continue;
        if (n == 8192) die("too many grapheme break runs", NULL);
        runs[n++] = c << 5 | gcb[c];
    }
    fputs("#ifndef BERT_NO_UNIGRAM\n", out);
    fputs("/* Grapheme cluster break classes (BERT__GCB_*) as runs: first code point << 5 | class. */\n", out);
    emit_array("uint32_t", "bert__ugcb_runs", runs, n, 8, 1);
    fprintf(out, "#define BERT__UNICODE_GRAPHEME_BYTES %lu\n", (unsigned long)(n * 4));
    fputs("#endif\n", out);
    total_bytes += n * 4;
}

/* Copies bert.h, replacing the text between the markers with the tables. */
int main(int argc, char **argv) {
    static const char *begin = "/* BEGIN GENERATED UNICODE TABLES", *end = "/* END GENERATED UNICODE TABLES */";
    char *text, *b, *e, tmp_path[1024], version[64] = "?";
    FILE *in;
    long len;
    if (argc != 3) {
        fprintf(stderr, "usage: gen_unicode UCD_DIR bert.h\n");
        return 2;
    }
    read_unicode_data(argv[1]);
    read_ages(argv[1]);
    read_property(argv[1], "PropList.txt", "White_Space", F_WHITESPACE, NULL);
    read_property(argv[1], "PropList.txt", "Join_Control", F_WORD, NULL);
    read_property(argv[1], "DerivedCoreProperties.txt", "Alphabetic", F_WORD, NULL);
    read_property(argv[1], "DerivedNormalizationProps.txt", "Full_Composition_Exclusion", 0, excluded);
    read_special_casing(argv[1]);
    read_grapheme_breaks(argv[1]);
    derive_flags();
    {
        FILE *rf = open_ucd(argv[1], "DerivedAge.txt");
        char line[256];
        if (fgets(line, sizeof line, rf)) {
            char *v = strstr(line, "DerivedAge-");
            if (v) sscanf(v + 11, "%63[0-9.]", version);
        }
        fclose(rf);
        if (strlen(version) && version[strlen(version) - 1] == '.') version[strlen(version) - 1] = 0;
    }

    in = fopen(argv[2], "rb");
    if (!in) die("cannot open", argv[2]);
    fseek(in, 0, SEEK_END);
    len = ftell(in);
    fseek(in, 0, SEEK_SET);
    text = malloc((size_t)len + 1);
    if (fread(text, 1, (size_t)len, in) != (size_t)len) die("cannot read", argv[2]);
    text[len] = 0;
    fclose(in);
    b = strstr(text, begin);
    e = b ? strstr(b, end) : NULL;
    if (!b || !e) die("markers not found in", argv[2]);
    b = strchr(b, '\n') + 1;

    snprintf(tmp_path, sizeof tmp_path, "%s.tmp.unicode", argv[2]);
    out = fopen(tmp_path, "wb");
    if (!out) die("cannot write", tmp_path);
    fwrite(text, 1, (size_t)(b - text), out);
    fprintf(out, "#define BERT__UNICODE_VERSION \"%s\"\n", version);
    emit_properties();
    emit_lowercase();
    emit_decompositions();
    emit_grapheme_breaks();
    fprintf(out, "/* Total: %lu bytes. */\n", (unsigned long)total_bytes);
    fputs(e, out);
    if (fclose(out) != 0 || rename(tmp_path, argv[2]) != 0) die("cannot replace", argv[2]);
    fprintf(stderr, "gen_unicode: Unicode %s tables, %lu bytes, written into %s\n", version, (unsigned long)total_bytes, argv[2]);
    return 0;
}
