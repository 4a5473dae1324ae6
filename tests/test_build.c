/* test_build.c - bert.h builds warning-free and works under every configuration a user may pick:
 * gcc and clang in strict C99 (with and without POSIX visible), C++ (g++ and clang++),
 * BERT_NO_STDIO, BERT_NO_UNIGRAM, BERT_NO_BPE, BERT_NO_SIMD, BERT_NO_THREADS, BERT_STATIC (two private copies in
 * one program), and under AddressSanitizer + UBSan; and the x86 kernel sets: builds with
 * -march=native, AVX-512 without VNNI, AVX2 only, and plain builds (no -march: every set in one
 * binary, picked at run time) that must report the widest set this CPU runs (as GCC's own
 * __builtin_cpu_supports sees it) and give the golden values with it, and again with each set
 * this CPU runs forced through BERT_SIMD (bert_simd_force); a set it cannot run is reported as
 * skipped. Each build compiles tests/portable/use.c and other.c with -Werror, runs the
 * program on the `bert` fixture and checks the mean-pooled values against the golden, then on
 * the fixture converted to q8_0, whose values must be the same in every build (within 1e-4, as
 * the float steps around the products round differently by vector width): the integer products
 * and their scaling are exact and the same on every CPU. */
#define _POSIX_C_SOURCE 200809L
#include "test.h"

#include <math.h>

#define WORK "build/tests/build"

static const char *WARN = "-Wall -Wextra -pedantic -Werror";

static int have(const char *compiler) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "command -v %s > /dev/null 2>&1", compiler);
    return system(cmd) == 0;
}

/* Runs the build on a model file (with BERT_SIMD=simd when simd); 1 when it prints `want` (within
   1e-4), links other.c and ran the kernels `expect_simd` (when not NULL). */
static int run_build(const char *name, const char *model, const char *simd, const char *expect_simd, const double *want, char *line,
                     size_t cap) {
    char cmd[512], ran[32] = "";
    FILE *p;
    double v[4];
    int linked = 0, i, ok;
    snprintf(cmd, sizeof cmd, "%s%s " WORK "/%s " WORK "/%s", simd ? "BERT_SIMD=" : "", simd ? simd : "", name, model);
    line[0] = 0;
    p = popen(cmd, "r");
    if (!p || !fgets(line, (int)cap, p)) line[0] = 0;
    ok = p && pclose(p) == 0;
    ok = ok && sscanf(line, "%lf %lf %lf %lf %d %31s", &v[0], &v[1], &v[2], &v[3], &linked, ran) == 6 && linked == 1;
    ok = ok && (!expect_simd || strcmp(ran, expect_simd) == 0);
    for (i = 0; ok && i < 4; i++) ok = fabs(v[i] - want[i]) <= 1e-4 * (fabs(want[i]) > 1 ? fabs(want[i]) : 1);
    line[strcspn(line, "\n")] = 0;
    return ok;
}

static const double want[4] = {-2.70274782, -1.36750293, -1.35667729, -0.313689202};
static const double want_q8[4] = {-2.694301, -1.369588, -1.349148, -0.301924}; /* any CPU, any kernels (the scalar build's) */

/* The build `name` run with BERT_SIMD=simd: the goldens, with those kernels. */
static void check_forced(const char *name, const char *simd) {
    char line[256];
    CHECKF(run_build(name, "bert.bert", simd, simd, want, line, sizeof line), "%s, BERT_SIMD=%s: matches the golden with those kernels (%s)",
           name, simd, line);
    CHECKF(run_build(name, "bert.q8_0.bert", simd, simd, want_q8, line, sizeof line), "%s, BERT_SIMD=%s: q8_0 gives the same values (%s)",
           name, simd, line);
}

/* Builds `name`; 1 when it built. */
static int check_build(const char *name, const char *compiler, const char *flags, const char *expect_simd) {
    char cmd[2048], line[256];
    if (!have(compiler)) {
        CHECKF(0, "%s: compiler %s is not installed", name, compiler);
        return 0;
    }
    snprintf(cmd, sizeof cmd, "%s %s %s -o " WORK "/%s tests/portable/use.c tests/portable/other.c -lm 2> " WORK "/%s.log", compiler,
             flags, WARN, name, name);
    if (system(cmd) != 0) {
        CHECKF(0, "%s: builds warning-free (see " WORK "/%s.log)", name, name);
        return 0;
    }
    CHECKF(1, "%s: builds warning-free", name);
    CHECKF(run_build(name, "bert.bert", NULL, expect_simd, want, line, sizeof line), "%s: runs and matches the golden%s%s (%s)", name,
           expect_simd ? " with the kernels " : "", expect_simd ? expect_simd : "", line);
    CHECKF(run_build(name, "bert.q8_0.bert", NULL, expect_simd, want_q8, line, sizeof line), "%s: q8_0 gives the same values as every build (%s)",
           name, line);
    return 1;
}

/* The widest x86 kernel set this CPU runs, by GCC's CPU detection (not bert.h's). */
static const char *widest_set(void) {
#if defined(__x86_64__) && defined(__GNUC__)
    int avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl");
    if (avx512 && __builtin_cpu_supports("avx512vnni")) return "avx512-vnni";
    if (avx512) return "avx512";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return "avx2";
    return "scalar";
#else
    return NULL;
#endif
}

/* Every x86 set forced in turn on the plain build `name`: those this CPU runs must give the
   goldens with those kernels; the others must be refused with a message (and are skipped). */
static void check_sets(const char *name) {
    static const char *const sets[] = {"avx512-vnni", "avx512", "avx2", "scalar"}; /* widest first */
    const char *widest = widest_set();
    char cmd[512], line[256];
    int i, runs = 0;
    for (i = 0; i < 4; i++) {
        FILE *p;
        runs = runs || strcmp(sets[i], widest) == 0;
        if (runs) {
            check_forced(name, sets[i]);
            continue;
        }
        printf("# SKIP %s, BERT_SIMD=%s: this CPU cannot run those kernels (the widest it runs: %s)\n", name, sets[i], widest);
        snprintf(cmd, sizeof cmd, "BERT_SIMD=%s " WORK "/%s " WORK "/bert.bert", sets[i], name);
        p = popen(cmd, "r");
        if (!p || !fgets(line, (int)sizeof line, p)) line[0] = 0;
        line[strcspn(line, "\n")] = 0;
        CHECKF(p && pclose(p) != 0 && strstr(line, "cannot run"), "%s, BERT_SIMD=%s: refused on this CPU (%s)", name, sets[i], line);
    }
}

int main(void) {
    const char *cxx_as_c = "-x c++ -std=c++11", *widest = widest_set();
    if (system("mkdir -p " WORK " && build/bert-convert tests/fixtures/models/bert " WORK "/bert.bert 2>/dev/null && "
               "build/bert-convert tests/fixtures/models/bert " WORK "/bert.q8_0.bert --dtype q8_0 2>/dev/null") != 0) {
        CHECK(0, "convert the bert fixture");
        return test_done();
    }
    /* no -march: on x86-64 every kernel set in one binary, the widest this CPU runs picked */
    if (check_build("gcc_c99_posix", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L", widest) && widest) check_sets("gcc_c99_posix");
    check_build("gcc_c99_strict", "gcc", "-O2 -std=c99", widest);
    check_build("gcc_c11_native", "gcc", "-O2 -std=c11 -march=native", widest);
#if defined(__x86_64__) && defined(__GNUC__) /* builds for a wider baseline: that set in place, the wider ones beside it */
    check_build("avx512_no_vnni", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -march=native -mno-avx512vnni", widest);
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        check_build("avx2_only", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -mavx2 -mfma -mf16c", widest);
        check_build("avx2_no_dispatch", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -mavx2 -mfma -mf16c -DBERT_NO_DISPATCH", "avx2");
    }
#endif
    check_build("clang_native", "clang", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -march=native", widest);
    check_build("gxx_native", "g++", "-x c++ -std=c++11 -O2 -march=native", widest);
    if (check_build("clang_c99_posix", "clang", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L", widest) && widest) check_sets("clang_c99_posix");
    check_build("clang_c99_strict", "clang", "-O2 -std=c99", widest);
    check_build("gxx_cxx11", "g++", cxx_as_c, widest);
    check_build("clangxx_cxx11", "clang++", cxx_as_c, widest);
    check_build("no_stdio", "gcc", "-O2 -std=c99 -DBERT_NO_STDIO", widest);
    check_build("no_unigram", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_UNIGRAM", widest);
    check_build("no_simd", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_SIMD", "scalar");
    check_build("no_dispatch", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_DISPATCH", widest ? "scalar" : NULL);
    check_build("no_threads", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_THREADS", widest);
    check_build("no_bpe", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_BPE", widest);
    check_build("static_two_copies", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_STATIC", widest);
    check_build("asan_ubsan", "gcc", "-O1 -g -std=c99 -D_POSIX_C_SOURCE=200809L -fsanitize=address,undefined -fno-sanitize-recover=all", widest);
    return test_done();
}
