#!/usr/bin/env python3
"""make bench-e2e: the job users run, end to end. Lines of real text in, normalized sentence
embeddings out (all-MiniLM-L6-v2: mean pooling, L2 normalization, truncation at 256 tokens),
batch 32, 2 threads, one table of lines per second:

  bert.h             build/bert embed --batch 32 --threads 2 (tokenizing, packing, JSON output)
  ORT, padded        Hugging Face tokenizers + ONNX Runtime (fused fp32 graph), each batch of 32
                     lines in input order padded to its longest line: how users run it
  ORT, sorted        the same with the lines sorted by length first (the best a careful user does)
  ORT int8, padded   ORT's dynamic int8 graph, padded per batch
  sentence-transformers  SentenceTransformer.encode(batch_size=32) (torch; it sorts by length)

The model is the real all-MiniLM-L6-v2 where make check-real or make demo unpacked it
(build/real/all-MiniLM-L6-v2), else the random-weight checkpoint of the same shapes that make
bench makes (build/bench/minilm-l6); speed does not depend on the weights' values. The texts are
the first --lines lines of tests/fixtures/tokenizers/golden/texts/main.txt. Each pipeline runs
--rounds times, interleaved, and keeps its best time (other load only ever slows a run down).
Debian's torch 1.13 is much slower than PyPI's: the sentence-transformers column says what this
machine's torch does, not what torch can do.

  python3 tools/bench_e2e.py [--lines N] [--rounds R] [--no-st]
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import pyenv  # noqa: E402

BUILD = os.path.join(ROOT, "build")
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
BATCH, THREADS, MAX_LEN = 32, 2, 256


def model_folder():
    real = os.path.join(BUILD, "real", "all-MiniLM-L6-v2")
    if os.path.exists(os.path.join(real, "model.safetensors")):
        return real, "all-MiniLM-L6-v2 (real)"
    rand = os.path.join(BUILD, "bench", "minilm-l6")
    if not os.path.exists(os.path.join(rand, "model.safetensors")):
        subprocess.run([sys.executable, os.path.join(SHARED, "make_random_bert.py"), "--out", os.path.dirname(rand),
                        "--only", "minilm-l6"], check=True)
    return rand, "minilm-l6 (random weights, real shapes)"


def read_lines(n):
    with open(os.path.join(ROOT, "tests", "fixtures", "tokenizers", "golden", "texts", "main.txt"), "rb") as f:
        data = f.read()
    return [line.decode("utf-8") for line in data.split(b"\n")[:n] if line]


def bert_h(model_file, text):
    t0 = time.perf_counter()
    subprocess.run([os.path.join(BUILD, "bert"), "embed", "-m", model_file, "--batch", str(BATCH), "--threads", str(THREADS)],
                   input=text, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def ort_pipeline(session, tokenizer, lines, sort):
    import numpy as np
    t0 = time.perf_counter()
    order = sorted(range(len(lines)), key=lambda i: len(lines[i])) if sort else range(len(lines))
    order = list(order)
    out = np.zeros((len(lines), 384), dtype=np.float32)
    for i in range(0, len(order), BATCH):
        idx = order[i:i + BATCH]
        enc = tokenizer.encode_batch([lines[j] for j in idx])  # padded to the batch's longest by the tokenizer
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        h = session.run(None, feeds)[0]
        m = mask[:, :, None].astype(np.float32)
        v = (h * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        out[idx] = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-st", action="store_true", help="leave sentence-transformers out (slow on Debian's torch)")
    a = ap.parse_args()
    pyenv.ensure()
    import onnxruntime as ort
    import torch
    from tokenizers import Tokenizer

    folder, label = model_folder()
    lines = read_lines(a.lines)
    text = ("\n".join(lines) + "\n").encode("utf-8")
    model_file = os.path.join(BUILD, "bench", "e2e-minilm.bert")
    q8_file = os.path.join(BUILD, "bench", "e2e-minilm.q8_0.bert")
    os.makedirs(os.path.dirname(model_file), exist_ok=True)
    fp32, int8 = os.path.join(BUILD, "bench", "e2e-minilm.onnx"), os.path.join(BUILD, "bench", "e2e-minilm.int8.onnx")
    for cmd, out in (([os.path.join(BUILD, "bert-convert"), folder, model_file], model_file),
                     ([os.path.join(BUILD, "bert-convert"), folder, q8_file, "--dtype", "q8_0"], q8_file),
                     ([sys.executable, os.path.join(SHARED, "bert_onnx_fused.py"), folder, fp32], fp32),
                     ([sys.executable, os.path.join(SHARED, "onnx_quant_dynamic.py"), fp32, int8], int8)):
        if not os.path.exists(out):
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    tokenizer = Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))
    tokenizer.enable_truncation(MAX_LEN)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads, opts.inter_op_num_threads = THREADS, 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    sess = ort.InferenceSession(fp32, opts, providers=["CPUExecutionProvider"])
    sess8 = ort.InferenceSession(int8, opts, providers=["CPUExecutionProvider"])
    runs = {
        "bert.h f32": lambda: bert_h(model_file, text),
        "bert.h q8_0": lambda: bert_h(q8_file, text),
        "ORT fp32, padded per batch": lambda: ort_pipeline(sess, tokenizer, lines, False),
        "ORT fp32, sorted by length": lambda: ort_pipeline(sess, tokenizer, lines, True),
        "ORT int8, padded per batch": lambda: ort_pipeline(sess8, tokenizer, lines, False),
    }
    if not a.no_st:
        from sentence_transformers import SentenceTransformer
        torch.set_num_threads(THREADS)
        st = SentenceTransformer(folder, device="cpu")
        st.max_seq_length = MAX_LEN

        def st_run():
            t0 = time.perf_counter()
            st.encode(lines, batch_size=BATCH, normalize_embeddings=True)
            return time.perf_counter() - t0
        runs["sentence-transformers (Debian torch %s)" % torch.__version__] = st_run
    best = {}
    for r in range(a.rounds):
        for name, fn in runs.items():
            if name.startswith("sentence") and r > 0:
                continue  # minutes per round on Debian's torch: one is enough
            s = fn()
            best[name] = min(best.get(name, s), s)
    cpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    cpu = next((l.split(":", 1)[1].strip() for l in cpu.splitlines() if l.startswith("Model name")), "?")
    print("bench-e2e: %d lines of main.txt -> normalized embeddings, %s, batch %d, %d threads, CPU %s, "
          "ONNX Runtime %s; best of %d rounds" % (len(lines), label, BATCH, THREADS, cpu, ort.__version__, a.rounds))
    ours = len(lines) / best["bert.h f32"]
    print("| pipeline | lines/s | bert.h f32 is x faster |")
    print("|---|---|---|")
    for name, s in best.items():
        print("| %s | %.0f | %.2f |" % (name, len(lines) / s, ours / (len(lines) / s)))


if __name__ == "__main__":
    main()
