#!/usr/bin/env python3
"""Which weights a storage format hurts on a real checkpoint (a study, not a test).

Runs Hugging Face's own model (BERT, MPNet, ...) on real text with chosen weight tensors replaced
by what a bert.h file stores for them, and prints how close the mean-pooled, normalized sentence
embedding (what all-MiniLM-L6-v2 and all-mpnet-base-v2 return) stays to the unrounded one. Only
weights change: activations and arithmetic stay f32, so whatever it shows is the format's limit.

  build/venv/bin/python tools/weight_sim.py MODEL_FOLDER [--lines N] [--texts i,j,...] SCHEME...

The texts are check_real's: main.txt's first --lines lines (default 3000), then both sides of
pairs.tsv; --texts keeps only the given indices into that list. A SCHEME is
  NAME=RULE[,RULE...]   each RULE is GROUP:FORMAT, the first matching rule wins, unmatched
                        tensors stay f32
  GROUP   a regular expression on the tensor's name in the HF checkpoint (e.g. "layer\\.11\\..*output\\.dense")
  FORMAT  f32 | f16 | q8_N (int8, one scale per row and block of N columns), and FORMAT+o: the
          hidden state's outlier dimensions (outlier_dims) kept f32 in the tensors that read it
e.g.  all_f16='weight$:f16'  q8='encoder\\.layer.*weight$:q8_32'
and --per-tensor GROUP:FORMAT, which runs one scheme per matching tensor (that tensor alone in
FORMAT), to find the sensitive ones; --stats prints each 2-D tensor's weight statistics. With all
of check_real's texts (no --texts) it also prints check_real's same 10-NN, recall and Spearman.

The README's figures ("Outlier dimensions", "Same 10-NN"), M=build/real/all-mpnet-base-v2:
  weight_sim.py $M --texts 2530,2924,0,1,2 --per-tensor 'encoder\.layer.*weight$:q8_32'
  weight_sim.py $M --texts 2530,2924,0,6,12,...,3594 'q8=encoder\.layer.*weight$:q8_32' \
      'q8+o=encoder\.layer.*weight$:q8_32+o' 'f16=relative_attention_bias:f32,weight$:f16' \
      'f16+o=relative_attention_bias:f32,weight$:f16+o'
  weight_sim.py build/real/all-MiniLM-L6-v2-tokjson 'q8_32=encoder\.layer.*weight$:q8_32' \
      'q8_32+o=encoder\.layer.*weight$:q8_32+o' 'q8_16+o=encoder\.layer.*weight$:q8_16+o' \
      'q8_8+o=encoder\.layer.*weight$:q8_8+o' 'f16=weight$:f16'
"""
import argparse
import json
import os
import re
import sys

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from check_real import knn_measures, load_texts, spearman_pairs  # noqa: E402


def to_f16(w):
    return w.half().float()


def q8_blocks(w, b):
    """int8 with one scale per row and block of b columns (q8_0 layout 3 when b = 32)."""
    rows, cols = w.shape
    pad = (-cols) % b
    wp = torch.nn.functional.pad(w, (0, pad)).reshape(rows, -1, b)
    s = wp.abs().amax(2, keepdim=True) / 127
    s[s == 0] = 1
    q = torch.round(wp / s) * s
    return q.reshape(rows, -1)[:, :cols]


def block_kurtosis(w, b=32):
    """Per row and block, max|w| / rms(w): its tensor-wide maximum."""
    rows, cols = w.shape
    wp = torch.nn.functional.pad(w, (0, (-cols) % b)).reshape(rows, -1, b).double()
    rms = wp.pow(2).mean(2).sqrt()
    peak = wp.abs().amax(2)
    ratio = torch.where(rms > 0, peak / rms, torch.zeros_like(rms))
    return float(ratio.max())


def outlier_dims(weights, factor):
    """bert-convert's rule: the hidden dimensions that some layer's FFN down-projection writes with a
    row whose largest |weight| is at least `factor` times the median row's (the residual stream's
    outlier features; Bondarenko et al. 2021)."""
    dims = set()
    for name, w in weights.items():
        if re.search(r"layer\.\d+\.output\.dense\.weight$", name):
            peak = w.abs().amax(1)
            dims |= set((peak >= factor * peak.median()).nonzero().flatten().tolist())
    return sorted(dims)


# Tensors whose input is the hidden state (the residual stream): query, key, value and FFN up.
READS_HIDDEN = re.compile(r"attention\.(self\.(query|key|value)|attn\.[qkv])\.weight$|intermediate\.dense\.weight$")
OUTLIER_DIMS = []


def fmt_fn(fmt, name=""):
    if fmt.endswith("+o"):  # the hidden state's outlier dimensions kept f32 in tensors that read it
        inner = fmt_fn(fmt[:-2])

        def keep(w):
            if not READS_HIDDEN.search(name) or not OUTLIER_DIMS:
                return inner(w)
            rest = w.clone()
            rest[:, OUTLIER_DIMS] = 0
            out = inner(rest)
            out[:, OUTLIER_DIMS] = w[:, OUTLIER_DIMS]
            return out
        return keep
    if fmt == "f32":
        return lambda w: w
    if fmt == "f16":
        return to_f16
    if fmt.startswith("q8_"):
        b = int(fmt[3:])
        return lambda w: q8_blocks(w, b)
    raise SystemExit("unknown format " + fmt)


class Model:
    def __init__(self, folder, texts):
        from transformers import AutoModel, AutoTokenizer
        torch.set_num_threads(1)
        self.tok = AutoTokenizer.from_pretrained(folder)
        self.model = AutoModel.from_pretrained(folder).eval()
        limit = 512
        cfg = os.path.join(folder, "sentence_bert_config.json")
        if os.path.exists(cfg):
            with open(cfg) as f:
                limit = json.load(f).get("max_seq_length", limit)
        self.ids = self.tok(texts, truncation=True, max_length=limit)["input_ids"]
        self.order = sorted(range(len(texts)), key=lambda i: len(self.ids[i]))
        self.original = {n: p.data.clone() for n, p in self.model.named_parameters() if p.dim() == 2}

    def embed(self, batch=16):
        out = np.zeros((len(self.ids), self.model.config.hidden_size))
        pad = self.tok.pad_token_id
        with torch.no_grad():
            for i in range(0, len(self.order), batch):
                idx = self.order[i:i + batch]
                T = max(len(self.ids[j]) for j in idx)
                inp = torch.tensor([self.ids[j] + [pad] * (T - len(self.ids[j])) for j in idx])
                mask = torch.tensor([[1] * len(self.ids[j]) + [0] * (T - len(self.ids[j])) for j in idx])
                h = self.model(input_ids=inp, attention_mask=mask).last_hidden_state
                v = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
                out[idx] = torch.nn.functional.normalize(v, dim=1).double().numpy()
        return out

    def apply(self, rules):
        """rules: [(regex, fn)], first match wins; unmatched tensors get their original values."""
        params = dict(self.model.named_parameters())
        for name, w in self.original.items():
            fmt = next((f for rx, f in rules if rx.search(name)), None)
            params[name].data = fmt_fn(fmt, name)(w) if fmt else w.clone()


def parse_rules(text):
    rules = []
    for part in text.split(","):
        group, fmt = part.rsplit(":", 1)
        fmt_fn(fmt)  # checks it
        rules.append((re.compile(group), fmt))
    return rules


def report(name, reference, got, texts_idx, whole):
    """whole: the texts are all of check_real's, so its neighbour and rank measures apply too."""
    cos = np.sum(reference * got, 1)
    worst = int(np.argmin(cos))
    extra = ""
    if whole:
        same, recall = knn_measures(reference, got)
        extra = "  same 10-NN %.2f%%  recall %.2f%%  Spearman %.6f" % (100 * same, 100 * recall, spearman_pairs(reference, got))
    print("%-40s lowest %.6f (text %d)  median 1-cos %.1e  below 0.999: %d  below 0.9999: %d%s" % (
        name, cos.min(), texts_idx[worst], np.median(1 - cos), (cos < 0.999).sum(), (cos < 0.9999).sum(), extra), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("schemes", nargs="*")
    ap.add_argument("--lines", type=int, default=3000)
    ap.add_argument("--texts", default="", help="comma-separated indices into check_real's texts")
    ap.add_argument("--per-tensor", default="", help="GROUP:FORMAT, one run per matching tensor")
    ap.add_argument("--outlier-factor", type=float, default=8, help="see outlier_dims (default 8)")
    ap.add_argument("--stats", action="store_true", help="print each 2-D tensor's largest block max/rms")
    a = ap.parse_intermixed_args()
    main_texts, pairs = load_texts(a.lines)
    texts = main_texts + [x for x, _ in pairs] + [y for _, y in pairs]
    idx = [int(i) for i in a.texts.split(",")] if a.texts else list(range(len(texts)))
    m = Model(a.folder, [texts[i] for i in idx])
    OUTLIER_DIMS[:] = outlier_dims(m.original, a.outlier_factor)
    print("outlier dimensions (factor %g): %s" % (a.outlier_factor, OUTLIER_DIMS))
    if a.stats:
        for name, w in m.original.items():
            print("%-60s %-12s block max/rms %.2f  max|w| %.3g" % (name, tuple(w.shape), block_kurtosis(w), float(w.abs().max())))
    reference = m.embed()
    for scheme in a.schemes:
        name, rules = scheme.split("=", 1)
        m.apply(parse_rules(rules))
        report(name, reference, m.embed(), idx, not a.texts)
    if a.per_tensor:
        group, fmt = a.per_tensor.rsplit(":", 1)
        rx = re.compile(group)
        for name in m.original:
            if rx.search(name):
                m.apply([(re.compile("^" + re.escape(name) + "$"), fmt)])
                report(name, reference, m.embed(), idx, not a.texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
