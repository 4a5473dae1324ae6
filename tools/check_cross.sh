#!/bin/sh
# check_cross.sh (make check-cross) - bert.h on other CPUs, under emulation:
#   1. aarch64 with the NEON kernels, and 2. 32-bit ARMv7 (scalar kernels, 32-bit size_t):
#      build/bert cross-compiled and run under qemu-user, through the whole golden test
#      (tests/test_models: every fixture, f32 within 1e-4, f16 and q8_0 by cosine), with the
#      host's converter (model files are the same bytes on every CPU), and tests/test_q8 (the
#      q8_0 kernel's values exact);
#   3. a Cortex-M4F with no operating system: examples/firmware linked with the bert fixture in
#      flash, run on QEMU's mps2-an386 board, compared with the golden, and its code size.
# Needs: apt-get install -y gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf gcc-arm-none-eabi
#        libnewlib-arm-none-eabi qemu-user qemu-system-arm xxd. Takes a few minutes.
set -e
cd "$(dirname "$0")/.."
make -s all build/tests/test_models
status=0

# golden NAME CC QEMU [CFLAGS...]: the golden test with build/bert built by CC, run by QEMU,
# and tests/test_q8 built the same way.
golden() {
    name=$1 cc=$2 qemu=$3
    shift 3
    work=build/cross-$name
    rm -rf "$work"
    mkdir -p "$work/build/tests" "$work/tests"
    $cc -O2 -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -pedantic -Werror -static "$@" \
        -o "$work/bert.$name" examples/bert.c -lm -lpthread
    ln -s "$(pwd)/tests/fixtures" "$work/tests/fixtures"
    cp build/bert-convert "$work/build/"
    cp build/tests/test_models "$work/build/tests/"
    printf '#!/bin/sh\nexec %s "%s/bert.%s" "$@"\n' "$qemu" "$(pwd)/$work" "$name" > "$work/build/bert"
    chmod +x "$work/build/bert"
    (cd "$work" && build/tests/test_models > test.log 2>&1) || true
    printf '%-15s kernels %-7s %s passed, %s failed (golden test; log in %s/test.log)\n' "$name" \
        "$($qemu "$work/bert.$name" bench -m "$work/build/tests/models/bert.bert" --seq 8 --iters 1 --warmup 0 --json |
           sed 's/.*"isa": *"\([a-z0-9]*\)".*/\1/')" \
        "$(grep -c '^PASS' "$work/test.log")" "$(grep -c '^FAIL' "$work/test.log")" "$work"
    $cc -O2 -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -pedantic -Werror -static "$@" \
        -o "$work/test_q8" tests/test_q8.c -lm -lpthread
    $qemu "$work/test_q8" > "$work/test_q8.log" 2>&1 || true
    printf '%-15s q8_0 kernel: %s passed, %s failed (exact values; log in %s/test_q8.log)\n' "$name" \
        "$(grep -c '^PASS' "$work/test_q8.log")" "$(grep -c '^FAIL' "$work/test_q8.log")" "$work"
    grep -q '^FAIL' "$work/test.log" "$work/test_q8.log" && status=1
    grep -q '^PASS' "$work/test_q8.log" || status=1
    return 0
}

golden aarch64 aarch64-linux-gnu-gcc qemu-aarch64
golden armv7 arm-linux-gnueabihf-gcc qemu-arm -march=armv7-a -mfpu=vfpv3-d16 -mfloat-abi=hard

# The microcontroller: code size and a run against the golden.
work=build/cross-cortex-m4
rm -rf "$work"
mkdir -p "$work"
build/bert-convert tests/fixtures/models/bert "$work/model.bert" 2>/dev/null
xxd -i -n model_file "$work/model.bert" | sed 's/^unsigned char/__attribute__((aligned(64))) const unsigned char/; s/^unsigned int/const unsigned int/' > "$work/model.c"
CM="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -Os -std=c99 -Wall -Wextra -pedantic -Werror"
LINK="--specs=rdimon.specs -nostartfiles -T examples/firmware/link.ld -ffunction-sections -fdata-sections -Wl,--gc-sections"
arm-none-eabi-gcc $CM $LINK examples/firmware/startup.c examples/firmware/main.c "$work/model.c" -o "$work/firmware.elf" -lm -lrdimon
printf 'int main(void) { return 0; }\n' > "$work/empty.c"
arm-none-eabi-gcc $CM $LINK examples/firmware/startup.c "$work/empty.c" -o "$work/empty.elf" -lm -lrdimon
text=$(arm-none-eabi-size "$work/firmware.elf" | awk 'NR == 2 { print $1 }')
empty=$(arm-none-eabi-size "$work/empty.elf" | awk 'NR == 2 { print $1 }')
model=$(stat -c %s "$work/model.bert")
got=$(timeout 300 qemu-system-arm -M mps2-an386 -nographic -semihosting-config enable=on,target=native -kernel "$work/firmware.elf")
want="-2.702748 -1.367503 -1.356677 -0.313689" # the bert fixture's golden mean_pooled, case b1_len7
if [ "$got" = "$want" ]; then verdict=matches; else verdict="DIFFERS (want $want)"; status=1; fi
printf 'cortex-m4 bare metal: mean_pooled %s %s the golden; flash: %d bytes of code (load, encode, pooling,\n' "$got" "$verdict" $((text - empty - model))
printf '          newlib printf and libm included) + %d bytes of model; RAM: the context scratch\n' "$model"
exit $status
