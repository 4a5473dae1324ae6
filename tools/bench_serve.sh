#!/bin/sh
# make bench-serve: build/bert-serve under load on loopback, against `bert embed` on the same texts.
#   BENCH_MODEL   the model (default: build/real/all-MiniLM-L6-v2-f32.bert from `make demo`, else
#                 the bert fixture, converted)
#   BENCH_SECONDS seconds per load point (default 10); BENCH_THREADS encoder threads (default 2)
#   SOAK_SECONDS  then a soak at concurrency 64 with single-text requests, RSS at start and end (default 0: none)
# The texts are the lines of tests/fixtures/tokenizers/golden/texts/main.txt (7712 lines, 1-887 bytes).
set -eu
cd "$(dirname "$0")/.."
TEXTS=tests/fixtures/tokenizers/golden/texts/main.txt
MODEL=${BENCH_MODEL:-build/real/all-MiniLM-L6-v2-f32.bert}
SECS=${BENCH_SECONDS:-10}
THREADS=${BENCH_THREADS:-2}
SOAK=${SOAK_SECONDS:-0}
LOG=build/bench-serve
mkdir -p $LOG
if [ ! -f "$MODEL" ]; then
    echo "($MODEL not found: make demo fetches it; using the bert fixture)"
    MODEL=$LOG/bert.bert
    build/bert-convert tests/fixtures/models/bert $MODEL >/dev/null
fi
lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*/cpu: /p'
echo "cores online: $(nproc); model: $MODEL; encoder threads: $THREADS; $SECS s per point"

# the server, on a free port (--port 0 prints the one it got)
rm -f $LOG/server.out
build/bert-serve -m "$MODEL" --port 0 --threads "$THREADS" > $LOG/server.out 2> $LOG/server.log &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
i=0
until grep -q listening $LOG/server.out 2>/dev/null; do
    i=$((i + 1)); [ $i -lt 300 ] || { echo "bert-serve did not start:"; cat $LOG/server.log; exit 1; }
    sleep 0.1
done
PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' $LOG/server.out)
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
rss() { sed -n 's/^VmRSS:[[:space:]]*//p' /proc/$PID/status; }

# bert embed on the same texts: throughput (batches of 32) and a bare per-text time (batch 1)
t0=$(date +%s.%N); build/bert embed -m "$MODEL" --threads "$THREADS" < $TEXTS > /dev/null 2>&1; t1=$(date +%s.%N)
n=$(grep -c . $TEXTS)
embed_tps=$(calc "$n / ($t1 - $t0)")
head -500 $TEXTS > $LOG/500.txt
t0=$(date +%s.%N); build/bert embed -m "$MODEL" --threads "$THREADS" --batch 1 < $LOG/500.txt > /dev/null 2>&1; t1=$(date +%s.%N)
bare_ms=$(calc "($t1 - $t0) * 1000 / 500")
printf 'bert embed: %.1f texts/s (batch 32); %.2f ms per text at batch 1 (first 500 lines, process start included)\n' "$embed_tps" "$bare_ms"
# a bare bert_encode of one text of the median length (19 tokens with MiniLM's tokenizer), for the
# latency at concurrency 1
echo "bert bench, one sequence of 19 tokens: $(build/bert bench -m "$MODEL" --batch 1 --seq 19 --threads "$THREADS" --iters 50 2>&1 | sed -n 's/^ *median \([0-9.]* ms\) per batch.*/\1 median/p')"

build/bench_serve --port $PORT --file $TEXTS --concurrency 8 --texts 1 --seconds 2 > /dev/null # warm up: contexts made
# what serving adds at concurrency 1: each request's latency less a bare embedding of its own text
build/bench_serve --port $PORT --file $TEXTS --overhead "$MODEL" --threads "$THREADS" --requests 1000
echo
echo "| texts/request | concurrency | requests/s | texts/s | p50 ms | p99 ms | gain over concurrency 1 | texts/s vs bert embed |"
echo "|---|---|---|---|---|---|---|---|"
for k in 1 32; do
    base=""
    for c in 1 8 64; do
        line=$(build/bench_serve --port $PORT --file $TEXTS --concurrency $c --texts $k --seconds $SECS)
        echo "$line" >> $LOG/runs.txt
        rps=$(echo "$line" | sed -n 's/.* \([0-9.]*\) requests\/s.*/\1/p')
        tps=$(echo "$line" | sed -n 's/.* \([0-9.]*\) texts\/s.*/\1/p')
        p50=$(echo "$line" | sed -n 's/.*p50 \([0-9.]*\) ms.*/\1/p')
        p99=$(echo "$line" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p')
        errors=$(echo "$line" | sed -n 's/.* \([0-9]*\) errors.*/\1/p')
        [ -n "$base" ] || base=$tps
        printf '| %d | %d | %s | %s | %s | %s | %.2fx | %.0f%% |%s\n' $k $c "$rps" "$tps" "$p50" "$p99" "$(calc "$tps / $base")" \
            "$(calc "100 * $tps / $embed_tps")" "$([ "$errors" = 0 ] || echo " $errors errors")"
    done
done
if [ "$SOAK" -gt 0 ]; then
    echo
    before=$(rss)
    line=$(build/bench_serve --port $PORT --file $TEXTS --concurrency 64 --texts 1 --seconds "$SOAK")
    echo "soak, $SOAK s: $line"
    echo "soak: RSS $before at the start, $(rss) at the end"
fi
kill -TERM $PID
wait $PID
trap - EXIT
