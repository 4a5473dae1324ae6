#!/usr/bin/env python3
"""gen_tiny.py OUT_DIR - writes a tiny BERT checkpoint folder (1 layer, hidden 8, 2 heads,
intermediate 16, vocab 24, 16 positions, a WordPiece vocab.txt and a pooler) for the loader's fuzz
seed: `bert-convert OUT_DIR tests/fuzz/corpus_load/tiny_bert` makes a model of a few KB, where the
fixture models are 300-976 KB. It also writes OUT_DIR/bpe and OUT_DIR/unigram, tiny tokenizer.json
folders: `bert-convert --tokenizer-only OUT_DIR/bpe tests/fuzz/corpus_load/tiny_tok_bpe` (and
unigram). Standard library only; the weights are a fixed pseudo-random
sequence, so the output is the same on every run."""
import json, os, struct, sys

H, I, V, P, L = 8, 16, 24, 16, 1
out = sys.argv[1]
os.makedirs(out, exist_ok=True)

state = [12345]
def rnd():
    state[0] = (state[0] * 1103515245 + 12345) % (1 << 31)
    return (state[0] / (1 << 31) - 0.5) * 0.2

shapes = {
    "embeddings.word_embeddings.weight": [V, H],
    "embeddings.position_embeddings.weight": [P, H],
    "embeddings.token_type_embeddings.weight": [2, H],
    "embeddings.LayerNorm.weight": [H], "embeddings.LayerNorm.bias": [H],
    "pooler.dense.weight": [H, H], "pooler.dense.bias": [H],
}
for l in range(L):
    p = "encoder.layer.%d." % l
    for n in ("query", "key", "value"):
        shapes[p + "attention.self.%s.weight" % n] = [H, H]
        shapes[p + "attention.self.%s.bias" % n] = [H]
    shapes.update({
        p + "attention.output.dense.weight": [H, H], p + "attention.output.dense.bias": [H],
        p + "attention.output.LayerNorm.weight": [H], p + "attention.output.LayerNorm.bias": [H],
        p + "intermediate.dense.weight": [I, H], p + "intermediate.dense.bias": [I],
        p + "output.dense.weight": [H, I], p + "output.dense.bias": [H],
        p + "output.LayerNorm.weight": [H], p + "output.LayerNorm.bias": [H],
    })

header, data = {}, b""
for name in sorted(shapes):
    n = 1
    for d in shapes[name]: n *= d
    vals = [1.0 + rnd() if name.endswith("LayerNorm.weight") else rnd() for _ in range(n)]
    blob = struct.pack("<%df" % n, *vals)
    header[name] = {"dtype": "F32", "shape": shapes[name], "data_offsets": [len(data), len(data) + len(blob)]}
    data += blob
h = json.dumps(header, separators=(",", ":")).encode()
h += b" " * (-len(h) % 8)
with open(os.path.join(out, "model.safetensors"), "wb") as f:
    f.write(struct.pack("<Q", len(h)) + h + data)

config = {"architectures": ["BertModel"], "model_type": "bert", "hidden_size": H, "num_hidden_layers": L,
          "num_attention_heads": 2, "intermediate_size": I, "hidden_act": "gelu", "vocab_size": V,
          "max_position_embeddings": P, "type_vocab_size": 2, "layer_norm_eps": 1e-12, "pad_token_id": 0}
with open(os.path.join(out, "config.json"), "w") as f:
    json.dump(config, f, indent=1)
vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "a", "hello", "world", "##s", "##ing", "un",
         "##able", ",", ".", "!", "'", "t", "don", "東", "京", "x", "##x", "é"]
assert len(vocab) == V
with open(os.path.join(out, "vocab.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(vocab) + "\n")
with open(os.path.join(out, "tokenizer_config.json"), "w") as f:
    json.dump({"do_lower_case": True, "model_max_length": P}, f)

# Two tokenizer-only folders beside it for the other tokenizer kinds: OUT_DIR/bpe (byte-level BPE,
# RoBERTa's template) and OUT_DIR/unigram (Metaspace, XLM-R's template), a few pieces each.
def added(i, s, lstrip=False):
    return {"id": i, "content": s, "single_word": False, "lstrip": lstrip, "rstrip": False, "normalized": False, "special": True}

bpe_vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3, "<mask>": 4}
for ch in "abcdehlortw\u0120":
    bpe_vocab[ch] = len(bpe_vocab)
merges = ["h e", "l l", "he ll", "hell o", "\u0120 w", "o r", "\u0120w or"]
for m in merges:
    bpe_vocab[m.replace(" ", "")] = len(bpe_vocab)
bpe = {"version": "1.0", "truncation": None, "padding": None,
       "added_tokens": [added(0, "<s>"), added(1, "<pad>"), added(2, "</s>"), added(3, "<unk>"), added(4, "<mask>", True)],
       "normalizer": None,
       "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
       "post_processor": {"type": "RobertaProcessing", "sep": ["</s>", 2], "cls": ["<s>", 0], "trim_offsets": True,
                          "add_prefix_space": False},
       "decoder": None,
       "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                 "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False, "ignore_merges": False,
                 "vocab": bpe_vocab, "merges": merges}}
uni = {"version": "1.0", "truncation": None, "padding": None,
       "added_tokens": [added(0, "<s>"), added(1, "<pad>"), added(2, "</s>"), added(3, "<unk>"), added(8, "<mask>", True)],
       "normalizer": {"type": "Sequence", "normalizers": [{"type": "Replace", "pattern": {"String": "  "}, "content": " "}]},
       "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
       "post_processor": {"type": "TemplateProcessing",
                          "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                     {"SpecialToken": {"id": "</s>", "type_id": 0}}],
                          "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                   {"SpecialToken": {"id": "</s>", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}},
                                   {"Sequence": {"id": "B", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
                          "special_tokens": {"<s>": {"id": "<s>", "ids": [0], "tokens": ["<s>"]},
                                             "</s>": {"id": "</s>", "ids": [2], "tokens": ["</s>"]}}},
       "decoder": None,
       "model": {"type": "Unigram", "unk_id": 3, "byte_fallback": False,
                 "vocab": [["<s>", 0.0], ["<pad>", 0.0], ["</s>", 0.0], ["<unk>", 0.0], ["\u2581", -2.0], ["\u2581hello", -3.0],
                           ["\u2581wor", -4.0], ["ld", -4.5], ["<mask>", 0.0], ["l", -5.0], ["o", -5.0], ["d", -5.0],
                           ["\u2581w", -5.5], ["r", -6.0], ["\u6771", -6.0], ["\u4eac", -6.0]]}}
for name, tok in (("bpe", bpe), ("unigram", uni)):
    os.makedirs(os.path.join(out, name), exist_ok=True)
    with open(os.path.join(out, name, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False)
