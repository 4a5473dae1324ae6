#!/bin/sh
# make bench-tokenize: tokenization throughput on tests/fixtures/tokenizers/golden/texts/main.txt
# for every fixture tokenizer, bert.h next to Hugging Face tokenizers in the same session.
# Hugging Face's figures need node and the @anush008/tokenizers npm package (its native binding);
# this script installs the package into build/bench-node once (a bench step, never a test step).
set -u
cd "$(dirname "$0")/.." || exit 2
TEXT=tests/fixtures/tokenizers/golden/texts/main.txt
OUT=build/bench-tokenize
mkdir -p "$OUT"
HF=""
if command -v node >/dev/null 2>&1; then
    if [ ! -d build/bench-node/node_modules/@anush008/tokenizers ]; then
        mkdir -p build/bench-node
        (cd build/bench-node && npm install --silent --no-audit --no-fund @anush008/tokenizers@0.6.0 >/dev/null 2>&1)
    fi
    [ -d build/bench-node/node_modules/@anush008/tokenizers ] && HF=1
fi
[ -n "$HF" ] || echo "(node or @anush008/tokenizers unavailable: Hugging Face columns left empty)"
echo "main.txt: $(wc -c < $TEXT) bytes, $(wc -l < $TEXT) lines; bert.h on 1 thread, median of 5 runs"
printf '%-16s %14s %18s %20s %10s\n' tokenizer "bert.h MB/s" "HF encode MB/s" "HF encodeBatch MB/s" "ratio"
for dir in tests/fixtures/tokenizers/*/; do
    name=$(basename "$dir")
    [ "$name" = golden ] || [ "$name" = hf_checks ] && continue
    [ -f "$dir/tokenizer.json" ] || continue
    if ! build/bert-convert --tokenizer-only "$dir" "$OUT/$name.bert" 2>/dev/null; then
        printf '%-16s %14s\n' "$name" "(not convertible)"
        continue
    fi
    ours=$(build/bench_tokenize "$OUT/$name.bert" "$TEXT" --repeat 5 2>/dev/null | sed 's/.*"mb_per_s": \([0-9.]*\).*/\1/')
    line=""; batch=""
    if [ -n "$HF" ]; then
        r=$(NODE_PATH=build/bench-node/node_modules node tools/bench_tokenize_hf.js "$dir/tokenizer.json" "$TEXT" --repeat 3 2>/dev/null)
        batch=$(echo "$r" | sed 's/.*"batch_mb_per_s":\([0-9.]*\).*/\1/')
        line=$(echo "$r" | sed 's/.*"line_mb_per_s":\([0-9.]*\).*/\1/')
    fi
    ratio=""
    [ -n "$ours" ] && [ -n "$batch" ] && ratio=$(awk -v a="$ours" -v b="$batch" 'BEGIN { if (b > 0) printf "%.1fx", a / b }')
    printf '%-16s %14s %18s %20s %10s\n' "$name" "${ours:-fail}" "$line" "$batch" "$ratio"
done
echo "ratio = bert.h (1 thread) / HF encodeBatch (all cores)"
