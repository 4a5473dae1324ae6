#!/bin/sh
# make bench-tokenize: tokenization throughput on tests/fixtures/tokenizers/golden/texts/main.txt
# for every fixture tokenizer, bert.h next to Hugging Face tokenizers in the same session.
# Hugging Face's figures come from its tokenizers library through Python (build/venv, made once by
# tools/pyenv.py; pass --no-hf to time bert.h alone).
set -u
cd "$(dirname "$0")/.." || exit 2
TEXT=tests/fixtures/tokenizers/golden/texts/main.txt
OUT=build/bench-tokenize
mkdir -p "$OUT"
HF=""
if [ "${1:-}" != "--no-hf" ]; then
    /usr/bin/python3 tools/pyenv.py >/dev/null || exit 1
    build/venv/bin/python -c 'import tokenizers' 2>/dev/null && HF=1
fi
[ -n "$HF" ] || echo "(Hugging Face tokenizers not timed)"
echo "main.txt: $(wc -c < $TEXT) bytes, $(wc -l < $TEXT) lines; bert.h on 1 thread, median of 5 runs"
printf '%-16s %14s %18s %20s %10s\n' tokenizer "bert.h MB/s" "HF encode MB/s" "HF encode_batch MB/s" "ratio"
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
        r=$(build/venv/bin/python tools/bench_tokenize_hf.py "$dir/tokenizer.json" "$TEXT" --repeat 3 2>/dev/null)
        batch=$(echo "$r" | sed 's/.*"batch_mb_per_s":\([0-9.]*\).*/\1/')
        line=$(echo "$r" | sed 's/.*"line_mb_per_s":\([0-9.]*\).*/\1/')
    fi
    ratio=""
    [ -n "$ours" ] && [ -n "$batch" ] && ratio=$(awk -v a="$ours" -v b="$batch" 'BEGIN { if (b > 0) printf "%.1fx", a / b }')
    printf '%-16s %14s %18s %20s %10s\n' "$name" "${ours:-fail}" "$line" "$batch" "$ratio"
done
echo "ratio = bert.h (1 thread) / HF encode_batch (all cores); CPU: $(lscpu | sed -n 's/^Model name: *//p')"
