/* test_build.c - bert.h builds warning-free and works under every configuration a user may pick:
 * gcc and clang in strict C99 (with and without POSIX visible), C++ (g++ and clang++),
 * BERT_NO_STDIO, BERT_NO_UNIGRAM, BERT_NO_BPE, BERT_NO_SIMD, BERT_NO_THREADS, BERT_STATIC (two private copies in
 * one program), and under AddressSanitizer + UBSan; and each kernel family this CPU can run:
 * -march=native (AVX-512 VNNI here), AVX-512 without VNNI, AVX2 only. Each build compiles tests/portable/use.c and other.c with -Werror, runs the
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

/* Runs the build on a model file; 1 when it prints `want` (within 1e-4) and links other.c. */
static int run_build(const char *name, const char *model, const double *want, char *line, size_t cap) {
    char cmd[512];
    FILE *p;
    double v[4];
    int linked = 0, i, ok;
    snprintf(cmd, sizeof cmd, WORK "/%s " WORK "/%s", name, model);
    line[0] = 0;
    p = popen(cmd, "r");
    if (!p || !fgets(line, (int)cap, p)) line[0] = 0;
    ok = p && pclose(p) == 0;
    ok = ok && sscanf(line, "%lf %lf %lf %lf %d", &v[0], &v[1], &v[2], &v[3], &linked) == 5 && linked == 1;
    for (i = 0; ok && i < 4; i++) ok = fabs(v[i] - want[i]) <= 1e-4 * (fabs(want[i]) > 1 ? fabs(want[i]) : 1);
    line[strcspn(line, "\n")] = 0;
    return ok;
}

static void check_build(const char *name, const char *compiler, const char *flags) {
    static const double want[4] = {-2.70274782, -1.36750293, -1.35667729, -0.313689202};
    static const double want_q8[4] = {-2.694301, -1.369588, -1.349148, -0.301924}; /* any CPU, any kernels (the scalar build's) */
    char cmd[2048], line[256];
    if (!have(compiler)) {
        CHECKF(0, "%s: compiler %s is not installed", name, compiler);
        return;
    }
    snprintf(cmd, sizeof cmd, "%s %s %s -o " WORK "/%s tests/portable/use.c tests/portable/other.c -lm 2> " WORK "/%s.log", compiler,
             flags, WARN, name, name);
    if (system(cmd) != 0) {
        CHECKF(0, "%s: builds warning-free (see " WORK "/%s.log)", name, name);
        return;
    }
    CHECKF(1, "%s: builds warning-free", name);
    CHECKF(run_build(name, "bert.bert", want, line, sizeof line), "%s: runs and matches the golden (%s)", name, line);
    CHECKF(run_build(name, "bert.q8_0.bert", want_q8, line, sizeof line), "%s: q8_0 gives the same values as every build (%s)", name,
           line);
}

int main(void) {
    const char *cxx_as_c = "-x c++ -std=c++11";
    if (system("mkdir -p " WORK " && build/bert-convert tests/fixtures/models/bert " WORK "/bert.bert 2>/dev/null && "
               "build/bert-convert tests/fixtures/models/bert " WORK "/bert.q8_0.bert --dtype q8_0 2>/dev/null") != 0) {
        CHECK(0, "convert the bert fixture");
        return test_done();
    }
    check_build("gcc_c99_posix", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L");
    check_build("gcc_c99_strict", "gcc", "-O2 -std=c99");
    check_build("gcc_c11_native", "gcc", "-O2 -std=c11 -march=native");
#if defined(__x86_64__) && defined(__GNUC__) /* the x86 kernel families this CPU can run */
    check_build("avx512_no_vnni", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -march=native -mno-avx512vnni");
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        check_build("avx2_only", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -mavx2 -mfma -mf16c");
#endif
    check_build("clang_native", "clang", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -march=native");
    check_build("gxx_native", "g++", "-x c++ -std=c++11 -O2 -march=native");
    check_build("clang_c99_posix", "clang", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L");
    check_build("clang_c99_strict", "clang", "-O2 -std=c99");
    check_build("gxx_cxx11", "g++", cxx_as_c);
    check_build("clangxx_cxx11", "clang++", cxx_as_c);
    check_build("no_stdio", "gcc", "-O2 -std=c99 -DBERT_NO_STDIO");
    check_build("no_unigram", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_UNIGRAM");
    check_build("no_simd", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_SIMD");
    check_build("no_threads", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_THREADS");
    check_build("no_bpe", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_NO_BPE");
    check_build("static_two_copies", "gcc", "-O2 -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_STATIC");
    check_build("asan_ubsan", "gcc", "-O1 -g -std=c99 -D_POSIX_C_SOURCE=200809L -fsanitize=address,undefined -fno-sanitize-recover=all");
    return test_done();
}
