#!/bin/sh
# test_neon.sh - the golden test with bert.h's NEON kernels: build/bert cross-compiled for
# aarch64 and run under qemu-aarch64, against every fixture (f32 within 1e-4, f16 and q8_0 by
# cosine), with the host's converter and test program (model files are the same bytes on
# every CPU). Needs: apt-get install -y gcc-aarch64-linux-gnu qemu-user. Takes about a minute.
#
#   tools/test_neon.sh            from the project root, after `make test` has built build/tests
set -e
cd "$(dirname "$0")/.."
make -s all build/tests/test_models
work=build/neon
rm -rf "$work"
mkdir -p "$work/build/tests" "$work/tests"
aarch64-linux-gnu-gcc -O2 -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -pedantic -static \
    -o "$work/bert.aarch64" examples/bert.c -lm -lpthread
ln -s "$(pwd)/tests/fixtures" "$work/tests/fixtures"
cp build/bert-convert "$work/build/"
cp build/tests/test_models "$work/build/tests/"
printf '#!/bin/sh\nexec qemu-aarch64 "%s/bert.aarch64" "$@"\n' "$(pwd)/$work" > "$work/build/bert"
chmod +x "$work/build/bert"
echo "kernels: $(qemu-aarch64 "$work/bert.aarch64" bench -m build/tests/models/bert.bert --seq 8 --iters 1 --warmup 0 | head -1)"
cd "$work" && build/tests/test_models > test.log 2>&1 || true
printf '%s passed, %s failed (NEON under qemu-aarch64; log in %s/test.log)\n' \
    "$(grep -c '^PASS' test.log)" "$(grep -c '^FAIL' test.log)" "$work"
! grep -q '^FAIL' test.log
