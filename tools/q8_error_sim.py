#!/usr/bin/env python3
"""Where q8_0's error comes from on a real checkpoint, and what would remove it (a study, not a test).

Runs Hugging Face's own BertModel on real text with every encoder Linear's weight and/or input
replaced by a simulated quantization, and prints how close the mean-pooled, normalized sentence
embedding stays to the unquantized one (lowest and 1st-percentile cosine, texts below 0.999):

  w_row     int8 weights, one symmetric scale per output row (bert.h's q8_0 before 2026-12-02)
  w_blkN    int8 weights, one scale per row and block of N input columns (q8_0 now: N = 32)
  x_tok     uint8 activations, one asymmetric scale and zero point per token (q8_0 before)
  x_blkN    the same per token and block of N columns
  x_tok16   int16 activations, one symmetric scale per token (q8_0 now)

With OUTLIER_DIMS (the hidden state's outlier dimensions, as bert-convert finds them: 99,223 for
all-MiniLM-L6-v2; 34,442,461,555,568,688 for all-mpnet-base-v2), instead the schemes of q8_0 since those dimensions are kept apart: the weight
columns that meet them exact in the products that read the hidden state (query, key, value, FFN
up), whose activations are quantized without them; and what 8-bit activations would cost there
(symmetric int8 in [-127, 127], the form AVX2's vpmaddubsw multiplies exactly with the sign
trick): one scale per token, or per token and block of 32 or 64; and 7 bits ([-63, 63], the
u7 form that needs no sign trick) per token and block of 32.

  build/venv/bin/python tools/q8_error_sim.py [MODEL_FOLDER] [LINES (default 600)] [OUTLIER_DIMS]
(build/venv and build/real/ come from make check-real.)
"""
import sys

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

ROOT = __file__.rsplit("/tools/", 1)[0]
path = sys.argv[1] if len(sys.argv) > 1 else ROOT + "/build/real/all-MiniLM-L6-v2"
n_lines = int(sys.argv[2]) if len(sys.argv) > 2 else 600
outliers = [int(d) for d in sys.argv[3].split(",")] if len(sys.argv) > 3 else []
torch.set_num_threads(1)  # 2 threads crawl on a busy machine (OpenMP spinning)
tok = AutoTokenizer.from_pretrained(path)
model = AutoModel.from_pretrained(path).eval()
with open(ROOT + "/tests/fixtures/tokenizers/golden/texts/main.txt", encoding="utf-8") as f:
    lines = f.read().split("\n")[:n_lines]
named = [(n, m) for n, m in model.named_modules() if isinstance(m, torch.nn.Linear) and "pooler" not in n]
linears = [m for n, m in named]
# The products that read the hidden state, where the outlier dimensions are kept apart.
reads_hidden = [n.endswith(("self.query", "self.key", "self.value", "attn.q", "attn.k", "attn.v", "intermediate.dense")) for n, m in named]
original = [m.weight.data.clone() for m in linears]


def w_blocks(W, b):
    O, K = W.shape
    Wb = W.reshape(O, K // b, b)
    s = Wb.abs().amax(2, keepdim=True) / 127
    s[s == 0] = 1
    return (torch.round(Wb / s) * s).reshape(O, K)


def x_token(X):
    lo = torch.clamp(X.amin(-1, keepdim=True), max=0)
    hi = torch.clamp(X.amax(-1, keepdim=True), min=0)
    s = (hi - lo) / 255
    s[s == 0] = 1
    z = torch.round(-lo / s)
    return (torch.clamp(torch.round(X / s) + z, 0, 255) - z) * s


def x_token16(X):
    s = X.abs().amax(-1, keepdim=True) / 32767
    s[s == 0] = 1
    return torch.round(X / s) * s


def x_blocks(X, b):
    shape = X.shape
    return x_token(X.reshape(*shape[:-1], shape[-1] // b, b)).reshape(shape)


def w_row(W):
    return w_blocks(W, W.shape[1])


def x_int8(X, b=None, top=127):
    """Symmetric int8 in [-top, top] (127; 63 for 7 bits), one scale per token (b None) or per
    token and block of b."""
    shape = X.shape
    Z = X.reshape(*shape[:-1], shape[-1] // b, b) if b else X
    s = Z.abs().amax(-1, keepdim=True) / top
    s[s == 0] = 1
    return (torch.round(Z / s) * s).reshape(shape)


def apart(quantize):
    """Activations quantized with the outlier dimensions set to 0, those then put back exact (their
    weight columns are kept exact by w_apart): in the products that read the hidden state only."""
    def q(X, reads):
        if not reads or not outliers:
            return quantize(X)
        Z = X.clone()
        Z[..., outliers] = 0
        Z = quantize(Z)
        Z[..., outliers] = X[..., outliers]
        return Z
    return q


def w_apart(W, reads):
    Q = w_blocks(W, 32)
    if reads and outliers:
        Q[:, outliers] = W[:, outliers]
    return Q


quantize_input = [None]
for m, reads in zip(linears, reads_hidden):
    m.register_forward_pre_hook(lambda mod, inp, reads=reads: (quantize_input[0](inp[0], reads),) if quantize_input[0] else None)


def embed():
    out = []
    with torch.no_grad():
        for t in lines:
            h = model(**tok([t], truncation=True, max_length=256, return_tensors="pt")).last_hidden_state[0]
            v = h.mean(0)
            out.append((v / v.norm()).numpy())
    return np.array(out)


def run(name, wq, xq, by_product=False):
    """wq(W) or, by_product, wq(W, reads_hidden); xq(X) or, by_product, xq(X, reads_hidden)."""
    for m, w, reads in zip(linears, original, reads_hidden):
        m.weight.data = (wq(w, reads) if by_product else wq(w)) if wq else w.clone()
    quantize_input[0] = (xq if by_product else (lambda X, reads: xq(X))) if xq else None
    c = np.sum(embed() * reference, 1)
    print("%-44s lowest %.6f  p1 %.6f  median %.6f  below 0.999: %d of %d" % (
        name, c.min(), np.percentile(c, 1), np.median(c), (c < 0.999).sum(), len(c)), flush=True)


reference = embed()
if not outliers:
    run("w_row + x_tok (before)", w_row, x_token)
    run("w_row only", w_row, None)
    run("x_tok only", None, x_token)
    run("w_row + x_tok16", w_row, x_token16)
    for b in (32, 64, 128):
        run("w_blk%d + x_blk%d" % (b, b), lambda W, b=b: w_blocks(W, b), lambda X, b=b: x_blocks(X, b))
    run("w_blk32 + x_tok", lambda W: w_blocks(W, 32), x_token)
    run("w_blk32 only", lambda W: w_blocks(W, 32), None)
    run("w_blk64 + x_tok16", lambda W: w_blocks(W, 64), x_token16)
    run("w_blk32 + x_tok16 (q8_0 before the outlier dimensions)", lambda W: w_blocks(W, 32), x_token16)
else:
    run("w_blk32 + x_tok16, outliers apart (q8_0 now)", w_apart, apart(x_token16), True)
    run("w_blk32 + x_int8 per token, outliers apart", w_apart, apart(x_int8), True)
    run("w_blk32 + x_int8 per token blk32, outliers apart", w_apart, apart(lambda X: x_int8(X, 32)), True)
    run("w_blk32 + x_int8 per token blk64, outliers apart", w_apart, apart(lambda X: x_int8(X, 64)), True)
    run("w_blk32 + x_int7 per token blk32, outliers apart", w_apart, apart(lambda X: x_int8(X, 32, 63)), True)
