/* cpuid_avx2.c - make a process see an AVX2-only x86 CPU (like AMD Zen 3) on a host with AVX-512.
 *
 *     cc -O2 -shared -fPIC -o build/cpuid_avx2.so tools/cpuid_avx2.c -ldl
 *     LD_PRELOAD=build/cpuid_avx2.so node ../shared/bench/ort_bench.js model.onnx ...
 *
 * `make bench` builds it and tools/bench.py uses it (with --avx2). ONNX Runtime picks its kernels
 * from CPUID at start-up, so on this host it runs AVX-512 and AMX code that a 2-core AVX2
 * machine does not have. To time the runtime that machine would run, CPUID must say what that
 * machine says.
 *
 * How: Linux's arch_prctl(ARCH_SET_CPUID, 0) makes the CPUID instruction fault (where the CPU
 * supports CPUID faulting: the "cpuid_fault" flag in /proc/cpuinfo). The SIGSEGV handler below
 * runs the real CPUID with faulting briefly off, clears the feature bits an AVX2-only CPU lacks
 * (every AVX-512 extension, AVX-VNNI, AMX, AVX512-FP16/BF16), writes the result into the
 * interrupted registers and steps over the 2-byte instruction. Any other SIGSEGV gets the default
 * action, or the handler the program itself installed: sigaction() is wrapped so that a program
 * (node does this) which sets its own SIGSEGV handler gets it called for real faults instead of
 * replacing this one. The setting is inherited by threads created later, so it is made in a
 * constructor, before the program starts its own. XGETBV is not masked: programs check CPUID's
 * feature bits before they look at the OS-enabled state, and with AVX512F clear they never take
 * those paths. If CPUID faulting is not available, the constructor says so on stderr and exits
 * with status 3 rather than let a benchmark run unmasked. Linux x86-64 only; a benchmarking
 * tool, not library code. */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <dlfcn.h>
#include <cpuid.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef ARCH_SET_CPUID
#define ARCH_SET_CPUID 0x1012
#endif

static int set_cpuid_faulting(int on) { return (int)syscall(SYS_arch_prctl, ARCH_SET_CPUID, on ? 0 : 1); }

/* Leaf 7 bits an AVX2 + FMA + F16C CPU without AVX-512, VNNI or AMX does not set. */
#define BIT(n) (1u << (n))
static const unsigned leaf7_ebx_clear = BIT(16) | BIT(17) | BIT(21) | BIT(26) | BIT(27) | BIT(28) | BIT(30) | BIT(31);
static const unsigned leaf7_ecx_clear = BIT(1) | BIT(6) | BIT(11) | BIT(12) | BIT(14);
static const unsigned leaf7_edx_clear = BIT(2) | BIT(3) | BIT(8) | BIT(22) | BIT(23) | BIT(24) | BIT(25);
static const unsigned leaf7_1_eax_clear = BIT(4) | BIT(5);  /* AVX-VNNI, AVX512_BF16 */

static void masked_cpuid(unsigned leaf, unsigned sub, unsigned r[4]) {
    set_cpuid_faulting(0);
    __cpuid_count(leaf, sub, r[0], r[1], r[2], r[3]);
    set_cpuid_faulting(1);
    if (leaf == 7 && sub == 0) {
        r[1] &= ~leaf7_ebx_clear;
        r[2] &= ~leaf7_ecx_clear;
        r[3] &= ~leaf7_edx_clear;
    } else if (leaf == 7 && sub == 1) {
        r[0] &= ~leaf7_1_eax_clear;
    } else if (leaf == 0xd && sub == 0) {
        r[0] &= ~0xe0u;  /* XCR0 components the CPU supports: no opmask/ZMM state */
    } else if (leaf == 0x1d || leaf == 0x1e) {
        r[0] = r[1] = r[2] = r[3] = 0;  /* AMX tile information */
    }
}

typedef int sigaction_fn(int, const struct sigaction *, struct sigaction *);
static sigaction_fn *real_sigaction;
static struct sigaction program_sigsegv;  /* what the program asked for; SIG_DFL until it asks */

static void find_real_sigaction(void) {
    void *f = dlsym(RTLD_NEXT, "sigaction");
    memcpy(&real_sigaction, &f, sizeof f);  /* ISO C has no cast from object to function pointer */
}

static void on_sigsegv(int sig, siginfo_t *info, void *context) {
    ucontext_t *uc = (ucontext_t *)context;
    greg_t *g = uc->uc_mcontext.gregs;
    const unsigned char *ip = (const unsigned char *)g[REG_RIP];
    (void)info;
    if (ip[0] == 0x0f && ip[1] == 0xa2) {
        unsigned r[4];
        masked_cpuid((unsigned)g[REG_RAX], (unsigned)g[REG_RCX], r);
        g[REG_RAX] = r[0];
        g[REG_RBX] = r[1];
        g[REG_RCX] = r[2];
        g[REG_RDX] = r[3];
        g[REG_RIP] += 2;
        return;
    }
    if (program_sigsegv.sa_flags & SA_SIGINFO) {
        program_sigsegv.sa_sigaction(sig, info, context);
    } else if (program_sigsegv.sa_handler != SIG_DFL && program_sigsegv.sa_handler != SIG_IGN) {
        program_sigsegv.sa_handler(sig);
    } else {
        struct sigaction dfl;  /* a real fault: returning re-runs the instruction, which now kills */
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        real_sigaction(sig, &dfl, NULL);
    }
}

/* The program's SIGSEGV handler is kept and chained to, never installed over this one. */
int sigaction(int sig, const struct sigaction *act, struct sigaction *old) {
    if (!real_sigaction) find_real_sigaction();
    if (sig != SIGSEGV) return real_sigaction(sig, act, old);
    if (old) *old = program_sigsegv;
    if (act) program_sigsegv = *act;
    return 0;
}

__attribute__((constructor)) static void cpuid_avx2_init(void) {
    struct sigaction sa;
    if (!real_sigaction) find_real_sigaction();
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sigsegv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    if (real_sigaction(SIGSEGV, &sa, NULL) != 0 || set_cpuid_faulting(1) != 0) {
        fprintf(stderr, "cpuid_avx2: this CPU or kernel has no CPUID faulting (arch_prctl ARCH_SET_CPUID)\n");
        exit(3);
    }
}
