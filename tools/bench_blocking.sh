#!/bin/sh
# make bench-blocking: the matrix multiply's blocking (BERT_KC, BERT_MC) on this CPU. Builds
# build/blocking/bert-KC-MC for each pair below (the defaults first), then times each model with
# `bert bench --threads 2` in interleaved rounds (BENCH_ROUNDS, default 3) and prints the median
# ms per batch and its ratio to the defaults. Wall time: run it on a quiet machine.
#   BENCH_MODELS  "MODEL:BATCH:SEQ ..." (default: build/bench-arch's BERT-base at B1 S128 and the
#                 real all-MiniLM-L6-v2 at B32 S128, where they exist)
set -eu
cd "$(dirname "$0")/.."
PAIRS=${BENCH_PAIRS:-"512:192 256:192 384:144 768:96 512:384 1024:96"}
ROUNDS=${BENCH_ROUNDS:-3}
MODELS=${BENCH_MODELS:-}
[ -n "$MODELS" ] || for m in build/bench-arch/bert-f32.bert:1:128 build/real/all-MiniLM-L6-v2-f32.bert:32:128; do
    [ -f "${m%%:*}" ] && MODELS="$MODELS $m"
done
[ -n "$MODELS" ] || { echo "bench-blocking: no model (make bench-arch or make demo first, or set BENCH_MODELS)"; exit 1; }
mkdir -p build/blocking
for p in $PAIRS; do
    kc=${p%%:*}; mc=${p##*:}
    [ -x build/blocking/bert-$kc-$mc ] && [ build/blocking/bert-$kc-$mc -nt bert.h ] ||
        ${CC:-cc} -O2 -march=native -std=c99 -D_POSIX_C_SOURCE=200809L -DBERT_KC=$kc -DBERT_MC=$mc \
            -o build/blocking/bert-$kc-$mc examples/bert.c -lm -lpthread
done
lscpu | sed -n 's/^Model name:[[:space:]]*/cpu: /p; s/^CPU family:[[:space:]]*/family: /p; s/^Model:[[:space:]]*/model: /p' | tr '\n' ' '; echo
for r in $(seq "$ROUNDS"); do
    for m in $MODELS; do
        f=${m%%:*}; rest=${m#*:}; b=${rest%%:*}; s=${rest##*:}
        for p in $PAIRS; do
            kc=${p%%:*}; mc=${p##*:}
            ms=$(build/blocking/bert-$kc-$mc bench -m "$f" --batch "$b" --seq "$s" --threads 2 --iters 10 2>&1 | sed -n 's/^ *median \([0-9.]*\) ms per batch.*/\1/p')
            echo "$m $kc $mc $ms"
        done
    done
done > build/blocking/runs.txt
awk '{ k = $1 " " $2 " " $3; v[k] = v[k] " " $4; n[k]++ } END { for (k in v) print k, v[k] }' build/blocking/runs.txt | sort |
    while read -r m kc mc rest; do
        med=$(printf '%s\n' $rest | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
        echo "$m $kc $mc $med"
    done > build/blocking/medians.txt
echo "| model:batch:seq | KC | MC | median ms | vs 512/192 |"
echo "|---|---|---|---|---|"
while read -r m kc mc med; do
    base=$(awk -v m="$m" '$1 == m && $2 == 512 && $3 == 192 { print $4 }' build/blocking/medians.txt)
    printf '| %s | %s | %s | %s | %.3f |\n' "$m" "$kc" "$mc" "$med" "$(awk "BEGIN { print $med / $base }")"
done < build/blocking/medians.txt
