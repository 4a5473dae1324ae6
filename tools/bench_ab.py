#!/usr/bin/env python3
"""bench_ab.py - two or more builds of the bert CLI timed on one model and shape, in interleaved rounds.

    python3 tools/bench_ab.py MODEL BATCH SEQ THREADS ROUNDS BIN1 BIN2 [BIN...]   (ITERS=5 runs per timing)

Each round runs `BIN bench --json` once per build, in turn, so that load from elsewhere on a shared
machine falls on every build alike. Prints each build's lowest and median `median_ms` over the
rounds and the lowest as a ratio to the first build's (below 1 = faster). Used for the
comparisons in docs/SPEED.md: build the header before and after a change into two CLIs
(`cc -O2 -march=native ... examples/bert.c`) and compare them here.
"""
import json, os, statistics, subprocess, sys

if len(sys.argv) < 8:
    sys.exit(__doc__)
model, batch, seq, threads, rounds = sys.argv[1:6]
bins = sys.argv[6:]
times = {b: [] for b in bins}
for _ in range(int(rounds)):
    for b in bins:
        out = subprocess.run([b, "bench", "-m", model, "--batch", batch, "--seq", seq, "--threads", threads,
                              "--iters", os.environ.get("ITERS", "5"), "--json"], capture_output=True, text=True, check=True).stdout
        times[b].append(json.loads(out)["median_ms"])
base = min(times[bins[0]])
for b in bins:
    print("%-40s min %9.2f  med %9.2f  min/first %.3f" % (b, min(times[b]), statistics.median(times[b]), min(times[b]) / base))
