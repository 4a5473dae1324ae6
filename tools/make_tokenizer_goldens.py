#!/usr/bin/env python3
"""Golden token ids from Hugging Face tokenizers for one fixture tokenizer.

  build/venv/bin/python tools/make_tokenizer_goldens.py NAME

Reads tests/fixtures/tokenizers/NAME/tokenizer.json with the `tokenizers` library (Rust, the
reference; a folder without tokenizer.json, such as DeBERTa's spm.model, is converted to one by
transformers' own AutoTokenizer first, as users get it) and writes tests/fixtures/tokenizers/golden/NAME/<corpus>.jsonl.xz for every corpus
in golden/texts: one JSON object per input line, in order, with `ids`, `boffsets` (UTF-8 byte
offsets into the token's own text) and, for pairs.tsv, `type_ids`; add_special_tokens on,
truncation and padding off. Lines are split on \\n only; a pair splits at its first TAB. This is
the format of the other tokenizer goldens (../shared/README.md), without their `tokens` and
code-point `offsets`, which the tests do not read.
"""
import json
import lzma
import os
import sys

import tokenizers

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "tokenizers")
CORPORA = ["main", "adversarial", "long_lines", "adversarial_nul", "adversarial_invalid.lossy", "pairs"]


def lines_of(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.endswith(b"\n"):
        data = data[:-1]
    return [line.decode("utf-8") for line in data.split(b"\n")]


def byte_positions(text):
    """at[i]: the byte offset in text's UTF-8 of code point i (at[len(text)]: its length)."""
    at, pos = [0], 0
    for ch in text:
        pos += len(ch.encode("utf-8"))
        at.append(pos)
    return at


def golden_line(enc, texts):
    """Offsets are code points into the token's own text; the goldens hold its UTF-8 byte offsets."""
    at = [byte_positions(t) for t in texts]
    out = {"ids": enc.ids, "boffsets": []}
    for seq, (s, e) in zip(enc.sequence_ids, enc.offsets):
        out["boffsets"].append([0, 0] if seq is None else [at[seq][s], at[seq][e]])
    if len(texts) == 2:
        out["type_ids"] = enc.type_ids
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    name = sys.argv[1]
    folder = os.path.join(FIXTURES, name)
    if os.path.exists(os.path.join(folder, "tokenizer.json")):
        tok = tokenizers.Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))
    else:
        import transformers
        tok = transformers.AutoTokenizer.from_pretrained(folder, use_fast=True).backend_tokenizer
    tok.no_truncation()
    tok.no_padding()
    out_dir = os.path.join(FIXTURES, "golden", name)
    os.makedirs(out_dir, exist_ok=True)
    for corpus in CORPORA:
        is_pair = corpus == "pairs"
        rows = []
        for line in lines_of(os.path.join(FIXTURES, "golden", "texts", corpus + (".tsv" if is_pair else ".txt"))):
            texts = line.split("\t", 1) if is_pair else [line]
            if is_pair and len(texts) == 1:
                texts.append("")
            enc = tok.encode(texts[0], texts[1], add_special_tokens=True) if is_pair else tok.encode(line, add_special_tokens=True)
            rows.append(json.dumps(golden_line(enc, texts), separators=(",", ":")))
        with lzma.open(os.path.join(out_dir, corpus + ".jsonl.xz"), "wt", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        print("%s: %d lines" % (corpus, len(rows)))


if __name__ == "__main__":
    main()
