#!/bin/sh
# Runs every test program in build/tests (built by `make test`) from the project root and
# prints "N passed, M failed" over all of them. Lines a test starts with "# " are reports
# (measured figures) and are shown as they are. A program that crashes or exits non-zero
# without printing a FAIL line counts as one failure.
cd "$(dirname "$0")/.." || exit 2
passed=0
failed=0
log=build/tests/last-run.log
: > "$log"
for t in build/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    out=$("$t" 2>&1)
    status=$?
    printf '%s\n' "$out" >> "$log"
    p=$(printf '%s\n' "$out" | grep -c '^PASS ')
    f=$(printf '%s\n' "$out" | grep -c '^FAIL ')
    printf '%s\n' "$out" | grep '^FAIL ' | sed "s/^/$name: /"
    printf '%s\n' "$out" | grep '^# ' # report lines: measured figures worth seeing
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "$name: FAIL exited with status $status"
        printf '%s\n' "$out" | tail -5
        f=1
    fi
    echo "$name: $p passed, $f failed"
    passed=$((passed + p))
    failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
