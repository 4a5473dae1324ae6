#!/usr/bin/env python3
"""GPTQ (Frantar et al. 2022) into the q8_0 storage format, simulated like tools/weight_sim.py.

Format kept exactly: int8 in [-127, 127], one f32 scale per row and block of G input columns
(aligned blocks 0..G-1, G..2G-1, ...), scale = max|w| / 127 over the block's non-outlier columns,
computed from the error-updated weights when the block is reached; outlier columns (weight_sim's
outlier_dims, tensors matching READS_HIDDEN) stored exact (their updated value kept, zero error).

  build/venv/bin/python tools/gptq_sim.py MODEL_FOLDER [--calib N] [--group 32] [--damp 0.01,0.1]
                     [--seq none,block] [--rtn] [--threads 1]

A study, not a tool bert-convert uses: would calibrated rounding (GPTQ) in the same q8_0 format
bring #17's same-10-NN share to 97%? (README, "Same 10-NN >= 97%": no, 88.6% -> 91.2%.)
--seq none: the Hessians from the f32 model; block: each layer's from the already-quantized
earlier layers; true: each sub-layer's (q/k/v, attention output, FFN up, FFN down) in order.

Calibration texts: main.txt lines 3000.. (disjoint from check_real's evaluation texts: its first
3000 lines + pairs.tsv), N of them evenly spaced. Hessian H = sum over non-padding calibration tokens
of x x^T of each encoder Linear's input.
"""
import argparse
import os
import re
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weight_sim  # noqa: E402
from weight_sim import Model, READS_HIDDEN, fmt_fn, outlier_dims, parse_rules, report  # noqa: E402
from check_real import TEXTS, load_texts, read_lines  # noqa: E402

GROUP_RX = re.compile(r"encoder\.layer.*weight$")


class Stop(Exception):
    pass


def calib_ids(m, n):
    lines = read_lines(os.path.join(TEXTS, "main.txt"))[3000:]
    step = len(lines) / n
    texts = [lines[int(i * step)] for i in range(n)]
    limit = m.tok.model_max_length if m.tok.model_max_length < 10**6 else 512
    cfg = os.path.join(m.folder, "sentence_bert_config.json")
    if os.path.exists(cfg):
        import json
        with open(cfg) as f:
            limit = json.load(f).get("max_seq_length", limit)
    return m.tok(texts, truncation=True, max_length=limit)["input_ids"]


def layer_of(name):
    return int(re.search(r"layer\.(\d+)\.", name).group(1))


def collect_hessians(m, ids, names, stop_after=None, batch=16):
    """H (float64) for the given weight names' modules over the calibration tokens; the forward stops
    after the module `stop_after` (a weight name) when given."""
    mods = dict(m.model.named_modules())
    H = {n: None for n in names}
    cnt = {n: 0 for n in names}
    state = {}
    hooks = []
    for n in names:
        mod = mods[n[:-len(".weight")]]

        def hook(mod, inp, out, n=n):
            x = inp[0][state["mask"]].double()
            h = x.T @ x
            H[n] = h if H[n] is None else H[n] + h
            cnt[n] += x.shape[0]
            if stop_after is not None and n == stop_after:
                raise Stop()
        hooks.append(mod.register_forward_hook(hook))
    pad = m.tok.pad_token_id
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    try:
        with torch.no_grad():
            for i in range(0, len(order), batch):
                idx = order[i:i + batch]
                T = max(len(ids[j]) for j in idx)
                inp = torch.tensor([ids[j] + [pad] * (T - len(ids[j])) for j in idx])
                mask = torch.tensor([[1] * len(ids[j]) + [0] * (T - len(ids[j])) for j in idx])
                state["mask"] = mask.bool()
                try:
                    m.model(input_ids=inp, attention_mask=mask)
                except Stop:
                    pass
    finally:
        for h in hooks:
            h.remove()
    return H, cnt


def gptq(W, H, group, damp, keep_cols=(), lazy=128):
    """W (rows x cols) f32 -> quantized-dequantized f32, GPTQ with per-row per-block scales."""
    assert lazy % group == 0
    W = W.double().clone()
    rows, cols = W.shape
    H = H.clone()
    dead = torch.diag(H) == 0
    H[dead, dead] = 1
    H += damp * torch.mean(torch.diag(H)) * torch.eye(cols, dtype=H.dtype)
    L = torch.linalg.cholesky(H)
    Hinv = torch.cholesky_inverse(L)
    Hinv = torch.linalg.cholesky(Hinv, upper=True)
    keep = torch.zeros(cols, dtype=torch.bool)
    if len(keep_cols):
        keep[list(keep_cols)] = True
    Q = torch.zeros_like(W)
    scale = None
    for i1 in range(0, cols, lazy):
        i2 = min(i1 + lazy, cols)
        W1 = W[:, i1:i2].clone()
        Err1 = torch.zeros_like(W1)
        Hi = Hinv[i1:i2, i1:i2]
        for i in range(i2 - i1):
            c = i1 + i
            if c % group == 0:
                blk = W1[:, i:i + group].clone()
                blk[:, keep[c:c + group]] = 0
                scale = blk.abs().amax(1) / 127
                scale[scale == 0] = 1
            w = W1[:, i]
            if keep[c]:
                q = w.clone()
            else:
                q = torch.clamp(torch.round(w / scale), -127, 127) * scale
            Q[:, c] = q
            err = (w - q) / Hi[i, i]
            W1[:, i:] -= err[:, None] * Hi[i, i:][None, :]
            Err1[:, i] = err
        W[:, i2:] -= Err1 @ Hinv[i1:i2, i2:]
    return Q.float()


def keep_cols_for(name):
    return weight_sim.OUTLIER_DIMS if READS_HIDDEN.search(name) else []


def set_weights(m, new):
    params = dict(m.model.named_parameters())
    for name, w in m.original.items():
        params[name].data = new[name] if name in new else w.clone()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--calib", type=int, default=1024)
    ap.add_argument("--group", default="32")
    ap.add_argument("--damp", default="0.01,0.1")
    ap.add_argument("--seq", default="none,block")
    ap.add_argument("--rtn", action="store_true", help="also run RTN q8_G+o via weight_sim")
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    main_texts, pairs = load_texts(3000)
    texts = main_texts + [x for x, _ in pairs] + [y for _, y in pairs]
    m = Model(a.folder, texts)
    m.folder = a.folder
    torch.set_num_threads(a.threads)
    weight_sim.OUTLIER_DIMS[:] = outlier_dims(m.original, 8)
    print("outlier dimensions: %s" % weight_sim.OUTLIER_DIMS, flush=True)
    names = [n for n in m.original if GROUP_RX.search(n)]
    print("%d tensors quantized" % len(names), flush=True)
    groups = [int(g) for g in a.group.split(",")]
    damps = [float(d) for d in a.damp.split(",")]
    ids = calib_ids(m, a.calib)
    print("calibration: %d texts, %d tokens" % (len(ids), sum(len(x) for x in ids)), flush=True)

    # Sanity: identity Hessian, no damping -> GPTQ == RTN (weight_sim's q8_G+o).
    for n in names[:6]:
        for g in groups:
            w = m.original[n]
            ref = fmt_fn("q8_%d+o" % g, n)(w)
            got = gptq(w, torch.eye(w.shape[1], dtype=torch.float64), g, 0.0, keep_cols_for(n))
            d = (ref - got).abs()
            step = float(w.abs().max()) / 127
            # f64 vs f32 division may round an exact .5 tie the other way: allow a few one-step flips
            assert float(d.max()) <= step * 1.01 and int((d > 1e-7).sum()) <= 1e-4 * d.numel(), (n, g, float(d.max()))
    print("sanity check (H = I gives RTN, up to f32/f64 rounding ties) passed", flush=True)

    t = time.time()
    reference = m.embed()
    print("reference embedded in %.0f s" % (time.time() - t), flush=True)
    idx = list(range(len(texts)))
    if a.rtn:
        for g in groups:
            m.apply(parse_rules(r"encoder\.layer.*weight$:q8_%d+o" % g))
            report("RTN q8_%d+o" % g, reference, m.embed(), idx, True)

    seqs = a.seq.split(",")
    if "none" in seqs:
        set_weights(m, {})
        t = time.time()
        H, cnt = collect_hessians(m, ids, names)
        th = time.time() - t
        print("hessians (one pass) in %.1f s, tokens per tensor %d" % (th, cnt[names[0]]), flush=True)
        for g in groups:
            for d in damps:
                t = time.time()
                new = {n: gptq(m.original[n], H[n], g, d, keep_cols_for(n)) for n in names}
                tq = time.time() - t
                set_weights(m, new)
                report("GPTQ q8_%d+o damp %g non-seq (H %.0fs, Q %.0fs)" % (g, d, th, tq), reference, m.embed(), idx, True)
    if "block" in seqs or "true" in seqs:
        for mode in [s for s in seqs if s in ("block", "true")]:
            for g in groups:
                for d in damps:
                    t = time.time()
                    new = {}
                    layers = sorted(set(layer_of(n) for n in names))
                    for l in layers:
                        ln = [n for n in names if layer_of(n) == l]
                        if mode == "block":
                            steps = [ln]
                        else:  # qkv, attention output, FFN up, FFN down in forward order
                            steps = [[n for n in ln if READS_HIDDEN.search(n) and "intermediate" not in n],
                                     [n for n in ln if re.search(r"attention\.(output\.dense|attn\.o)\.weight$", n)],
                                     [n for n in ln if "intermediate.dense" in n],
                                     [n for n in ln if re.search(r"layer\.\d+\.output\.dense\.weight$", n)]]
                            assert sum(len(s) for s in steps) == len(ln), ln
                        for step in steps:
                            set_weights(m, new)
                            Hs, _ = collect_hessians(m, ids, step, stop_after=step[-1])
                            for n in step:
                                new[n] = gptq(m.original[n], Hs[n], g, d, keep_cols_for(n))
                    tq = time.time() - t
                    set_weights(m, new)
                    report("GPTQ q8_%d+o damp %g seq-%s (%.0fs)" % (g, d, mode, tq), reference, m.embed(), idx, True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
