#!/usr/bin/env python3
"""A tokenizer.json in the shape of ModernBERT's, for tests/fixtures/tokenizers/bpe_modernbert_style.

  build/venv/bin/python tools/make_tokenizer_modernbert_style.py
  build/venv/bin/python tools/make_tokenizer_goldens.py bpe_modernbert_style

ModernBERT's own tokenizer.json (answerdotai/ModernBERT-base, OLMo's byte-level BPE) lives on the
Hugging Face Hub, which this machine cannot reach, and no PyPI package carries it. This file has
its pipeline around the real GPT-2 byte-level vocabulary and merges of bpe_roberta: an NFC
normalizer, the ByteLevel pre-tokenizer without a prefix space, a [CLS] $A [SEP] ($B [SEP])
TemplateProcessing post-processor, and ModernBERT's added tokens after the vocabulary: the
non-special PII placeholders and runs of 2 to 24 spaces (normalized, so they split the text
before the BPE), <|padding|> and <|endoftext|>, then [UNK] [CLS] [SEP] [PAD] [MASK] (lstrip) and
[unused0..2]. The goldens are then made by Hugging Face tokenizers itself (make_tokenizer_goldens.py).
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "tokenizers")


def added(i, content, special, lstrip=False, normalized=None):
    return {"id": i, "content": content, "single_word": False, "lstrip": lstrip, "rstrip": False,
            "normalized": (not special) if normalized is None else normalized, "special": special}


def main():
    with open(os.path.join(FIXTURES, "bpe_roberta", "tokenizer.json"), encoding="utf-8") as f:
        base = json.load(f)
    model = base["model"]
    next_id = max(model["vocab"].values()) + 1
    tokens = [("|||IP_ADDRESS|||", False), ("<|padding|>", True)]
    tokens += [(" " * n, False) for n in range(24, 1, -1)]
    tokens += [("|||EMAIL_ADDRESS|||", False), ("|||PHONE_NUMBER|||", False), ("<|endoftext|>", True)]
    tokens += [("[UNK]", True), ("[CLS]", True), ("[SEP]", True), ("[PAD]", True), ("[MASK]", True)]
    tokens += [("[unused%d]" % i, True) for i in range(3)]
    added_tokens, ids = [], {}
    for content, special in tokens:  # a token the vocabulary has (<|endoftext|>) keeps its id, as tokenizers gives it
        ids[content] = model["vocab"].get(content, next_id)
        added_tokens.append(added(ids[content], content, special, lstrip=content == "[MASK]"))
        next_id += ids[content] == next_id
    model["unk_token"] = None
    tok = {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": added_tokens,
        "normalizer": {"type": "NFC"},
        "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {name: {"id": name, "ids": [ids[name]], "tokens": [name]} for name in ("[CLS]", "[SEP]")},
        },
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": model,
    }
    out = os.path.join(FIXTURES, "bpe_modernbert_style")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False)
    with open(os.path.join(out, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump({"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 8192, "cls_token": "[CLS]", "sep_token": "[SEP]",
                   "pad_token": "[PAD]", "unk_token": "[UNK]", "mask_token": "[MASK]", "clean_up_tokenization_spaces": True}, f, indent=1)
    print("wrote", out)


if __name__ == "__main__":
    main()
