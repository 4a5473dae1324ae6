#!/usr/bin/env python3
"""make bench-splade: sparse (SPLADE) embeddings end to end, bert.h against sentence-transformers'
SparseEncoder on the same checkpoint, same run. Lines of real text in (the first --lines lines of
tests/fixtures/tokenizers/golden/texts/main.txt), sparse embeddings out, batch 32, 2 threads:

  bert.h splade       build/bert embed --batch 32 --threads 2 (jsonl: each line's nonzero entries)
  bert.h dense        the same model and texts with --pooling mean: the encoder alone, so that the
                      difference is what the masked-LM logits and their pooling cost
  SparseEncoder       SparseEncoder.encode(lines, batch_size=32) on torch with 2 threads (it sorts
                      by length, as bert.h does within its windows)

The checkpoints are random-weight BertForMaskedLM / DistilBertForMaskedLM of real shapes (BERT-base:
naver's splade-v3 and splade-cocondenser; DistilBERT: OpenSearch's neural-sparse doc-v2-distill),
with the real bert-base-uncased vocabulary (30,522 entries, from build/real/all-MiniLM-L6-v2, which
make demo or make check-real unpacks), saved by SparseEncoder (MLMTransformer + SpladePooling). The
decoder's bias is set to -2 so that, as with trained SPLADE models, about 1% of the vocabulary is
active per text, not half of it. Speed does not depend on the weights' values otherwise.

Before timing it also checks bert.h against SparseEncoder on the first 100 lines: the same nonzero
entries, the largest difference, the lowest cosine.

sentence-transformers 5.1.2 (the first with SparseEncoder that runs on torch 1.13) goes into
build/st5 with pip --no-deps, beside build/venv's 3.3.1.

  python3 tools/bench_splade.py [--lines N] [--rounds R] [--shapes bert-base,distilbert]
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import pyenv  # noqa: E402

BUILD = os.path.join(ROOT, "build")
ST5 = os.path.join(BUILD, "st5")
BATCH, THREADS = 32, 2
VOCAB_FROM = os.path.join(BUILD, "real", "all-MiniLM-L6-v2")


def ensure_st5():
    if not os.path.exists(os.path.join(ST5, "sentence_transformers", "sparse_encoder")):
        subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--target", ST5, "sentence-transformers==5.1.2"],
                       check=True)
    sys.path.insert(0, ST5)


def make_checkpoint(shape, folder):
    import torch
    from transformers import (BertConfig, BertForMaskedLM, BertTokenizerFast, DistilBertConfig, DistilBertForMaskedLM,
                              DistilBertTokenizerFast)
    from sentence_transformers.sparse_encoder import SparseEncoder
    from sentence_transformers.sparse_encoder.models import MLMTransformer, SpladePooling
    tmp = folder + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    torch.manual_seed(0)
    if shape == "bert-base":
        model = BertForMaskedLM(BertConfig(vocab_size=30522))
        model.cls.predictions.bias.data.fill_(-2.0)
    else:
        model = DistilBertForMaskedLM(DistilBertConfig(vocab_size=30522))
        model.vocab_projector.bias.data.fill_(-2.0)
    model.eval()
    model.save_pretrained(tmp)
    (BertTokenizerFast if shape == "bert-base" else DistilBertTokenizerFast).from_pretrained(VOCAB_FROM).save_pretrained(tmp)
    enc = SparseEncoder(modules=[MLMTransformer(tmp, max_seq_length=256), SpladePooling(pooling_strategy="max")], device="cpu")
    enc.save(folder)
    shutil.rmtree(tmp)


def read_lines(n):
    with open(os.path.join(ROOT, "tests", "fixtures", "tokenizers", "golden", "texts", "main.txt"), "rb") as f:
        data = f.read()
    return [line.decode("utf-8") for line in data.split(b"\n")[:n] if line]


def bert_embed(model_file, text, extra=()):
    t0 = time.perf_counter()
    out = subprocess.run([os.path.join(BUILD, "bert"), "embed", "-m", model_file, "--batch", str(BATCH), "--threads", str(THREADS)]
                         + list(extra), input=text, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout
    return time.perf_counter() - t0, out


def check(enc, model_file, lines):
    """bert.h against SparseEncoder.encode on lines: same support, worst difference, lowest cosine."""
    import json
    import numpy as np
    want = enc.encode(lines, batch_size=BATCH, convert_to_tensor=True).to_dense().numpy()
    _, out = bert_embed(model_file, ("\n".join(lines) + "\n").encode("utf-8"))
    same, worst, lowest, active = 0, 0.0, 1.0, []
    for i, line in enumerate(out.decode("utf-8").splitlines()):
        got = np.zeros(want.shape[1], dtype=np.float64)
        for e in json.loads(line):
            got[e["index"]] = e["value"]
        w = want[i].astype(np.float64)
        same += bool(np.array_equal(got != 0, w != 0))
        worst = max(worst, float(np.abs(got - w).max()))
        lowest = min(lowest, float(got @ w / (np.linalg.norm(got) * np.linalg.norm(w))))
        active.append(int((w != 0).sum()))
    return same, worst, lowest, sorted(active)[len(active) // 2]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--shapes", default="bert-base,distilbert")
    a = ap.parse_args()
    pyenv.ensure()
    if not os.path.exists(os.path.join(VOCAB_FROM, "vocab.txt")):
        sys.exit("bench_splade: %s is missing (make demo or make check-real unpacks it)" % VOCAB_FROM)
    ensure_st5()
    import torch
    from sentence_transformers.sparse_encoder import SparseEncoder
    torch.set_num_threads(THREADS)
    lines = read_lines(a.lines)
    text = ("\n".join(lines) + "\n").encode("utf-8")
    cpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    cpu = next((l.split(":", 1)[1].strip() for l in cpu.splitlines() if l.startswith("Model name")), "?")
    print("bench-splade: %d lines of main.txt, truncated at 256 tokens, batch %d, %d threads, CPU %s, torch %s; best of %d rounds"
          % (len(lines), BATCH, THREADS, cpu, torch.__version__, a.rounds))
    print("| model | pipeline | lines/s | bert.h splade is x faster |")
    print("|---|---|---|---|")
    notes = []
    for shape in a.shapes.split(","):
        folder = os.path.join(BUILD, "bench", "splade-" + shape)
        if not os.path.exists(os.path.join(folder, "modules.json")):
            make_checkpoint(shape, folder)
        model_file = folder + ".bert"
        subprocess.run([os.path.join(BUILD, "bert-convert"), folder, model_file], check=True, stderr=subprocess.DEVNULL)
        enc = SparseEncoder(folder, device="cpu")
        same, worst, lowest, active = check(enc, model_file, lines[:100])
        notes.append("%s: the first 100 lines, bert.h against SparseEncoder.encode: the same nonzero entries on %d, "
                     "largest difference %.1e, lowest cosine %.8f; median %d active entries of 30,522"
                     % (shape, same, worst, lowest, active))

        def st_run():
            t0 = time.perf_counter()
            enc.encode(lines, batch_size=BATCH)
            return time.perf_counter() - t0
        runs = {"bert.h splade": lambda: bert_embed(model_file, text)[0],
                "bert.h dense (--pooling mean)": lambda: bert_embed(model_file, text, ["--pooling", "mean"])[0],
                "SparseEncoder": st_run}
        best = {}
        for r in range(a.rounds):
            for name, fn in runs.items():
                s = fn()
                best[name] = min(best.get(name, s), s)
        ours = len(lines) / best["bert.h splade"]
        for name, s in best.items():
            print("| %s | %s | %.1f | %.2f |" % (shape, name, len(lines) / s, ours / (len(lines) / s)))
    for n in notes:
        print("- " + n)


if __name__ == "__main__":
    main()
