#!/usr/bin/env python3
"""Hugging Face tokenizers (the Rust library through its Python binding, from build/venv) on the
same file as tools/bench_tokenize.c: special tokens added, no truncation or padding. Prints one
JSON object with two figures, medians of --repeat runs:
  batch_mb_per_s  encode_batch over all lines (Rust side, multi-threaded by rayon)
  line_mb_per_s   encode() line by line from Python (one thread)
usage: bench_tokenize_hf.py tokenizer.json TEXT [--repeat N]
"""
import json
import statistics
import sys
import time

from tokenizers import Tokenizer

path, text_path = sys.argv[1], sys.argv[2]
repeat = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--repeat" else 3
tok = Tokenizer.from_file(path)
tok.no_truncation()
tok.no_padding()
with open(text_path, "rb") as f:
    data = f.read()
lines = data.decode("utf-8").split("\n")
if lines and lines[-1] == "":
    lines.pop()
batch, line = [], []
for _ in range(repeat):
    t0 = time.perf_counter()
    tok.encode_batch(lines, add_special_tokens=True)
    batch.append(len(data) / (time.perf_counter() - t0) / 1e6)
    t0 = time.perf_counter()
    for text in lines:
        tok.encode(text, add_special_tokens=True)
    line.append(len(data) / (time.perf_counter() - t0) / 1e6)
print(json.dumps({"batch_mb_per_s": round(statistics.median(batch), 2), "line_mb_per_s": round(statistics.median(line), 2),
                  "tokenizers": __import__("tokenizers").__version__}, separators=(",", ":")))
