#!/usr/bin/env python3
"""Tiny random multiple-choice checkpoints (*ForMultipleChoice), with goldens from Hugging Face
transformers.

  build/venv/bin/python tools/make_goldens_choice.py      (transformers 4.46, torch 1.13)

Writes tests/fixtures/models/{bert,roberta,electra,distilbert}_choice/: config.json and
model.safetensors as save_pretrained writes them, the tokenizer files of the fixture whose
vocabulary they share, MODEL_INFO.json and golden.json (the format of the other fixtures:
tests/fixtures/models/MODELS.md). The four cover the four shapes of a multiple-choice head: the
pooler then a 1-output classifier (BERT, RoBERTa), ELECTRA's sequence summary (first token, dense,
GELU) then the classifier, and DistilBERT's pre_classifier and ReLU on the first token.

Transformers runs a multiple-choice model on input_ids [batch][choices][T] and returns logits
[batch][choices]: each (context, choice) row through the encoder and head alone, one logit per
row. A golden case is one question: its rows are the case's batch ([choices][T]) and seq_logits is
[choices][1], the logits as transformers returns them for input [1][choices][T]; last_hidden_state,
mean_pooled and cls come from the same model's encoder on those rows.

bert_choice's golden.json also has "choice_texts": questions as text (a context and its choices),
with the ids Hugging Face's tokenizer gives each (context, choice) pair, the logits and their
softmax over the choices: what bert_choose must return (tests/test_embed_texts.c).
"""
import os
import shutil
import sys

import torch
from transformers import (AutoTokenizer, BertConfig, BertForMultipleChoice, DistilBertConfig, DistilBertForMultipleChoice,
                          ElectraConfig, ElectraForMultipleChoice, RobertaConfig, RobertaForMultipleChoice)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldens_hf as g  # noqa: E402

SMALL = dict(vocab_size=1000, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64)


def bert_like(cls_config, **extra):
    cfg = dict(SMALL, hidden_size=32)
    cfg.update(extra)
    return cls_config(**cfg)


FIXTURES = [  # name, class, config, fixture whose tokenizer files it shares, specials, token types
    ("bert_choice", BertForMultipleChoice, lambda: bert_like(BertConfig, max_position_embeddings=64, type_vocab_size=2),
     "bert", {"pad": 0, "unk": 100, "cls": 101, "sep": 102, "mask": 103}, True),
    ("roberta_choice", RobertaForMultipleChoice,
     lambda: bert_like(RobertaConfig, max_position_embeddings=66, type_vocab_size=1, pad_token_id=1, bos_token_id=0,
                       eos_token_id=2, layer_norm_eps=1e-5),
     "roberta", {"bos": 0, "pad": 1, "eos": 2}, False),
    ("electra_choice", ElectraForMultipleChoice,
     lambda: bert_like(ElectraConfig, embedding_size=16, max_position_embeddings=64, type_vocab_size=2,
                       summary_type="first", summary_use_proj=True, summary_activation="gelu"),
     "bert", {"pad": 0, "unk": 100, "cls": 101, "sep": 102, "mask": 103}, True),
    ("distilbert_choice", DistilBertForMultipleChoice,
     lambda: DistilBertConfig(vocab_size=1000, dim=32, n_layers=2, n_heads=4, hidden_dim=64, max_position_embeddings=64),
     "bert", {"pad": 0, "unk": 100, "cls": 101, "sep": 102, "mask": 103}, False),
]
TOKENIZER_FILES = ("vocab.txt", "vocab.json", "merges.txt")


def question(rng, context_len, choice_lens, start, end, pad, pair_sep):
    """A question's rows: [start] context [sep] (or RoBERTa's </s></s>) choice [end], padded to
    the longest; their attention masks and token types (1 from the choice on)."""
    context = [rng.randrange(110, 1000) for _ in range(context_len)]
    rows = []
    for n in choice_lens:
        choice = [rng.randrange(110, 1000) for _ in range(n)]
        rows.append(([start] + context + pair_sep, choice + [end]))
    T = max(len(a) + len(b) for a, b in rows)
    ids, mask, types = [], [], []
    for a, b in rows:
        pad_n = T - len(a) - len(b)
        ids.append(a + b + [pad] * pad_n)
        mask.append([1] * (len(a) + len(b)) + [0] * pad_n)
        types.append([0] * len(a) + [1] * len(b) + [0] * pad_n)
    return ids, mask, types


def base_model(model):
    return getattr(model, model.base_model_prefix)


def main():
    import random
    torch.set_grad_enabled(False)
    for index, (name, cls, make_config, tok_from, special, uses_types) in enumerate(FIXTURES):
        seed = 17000 + index
        cfg = make_config()
        cfg.architectures = [cls.__name__]
        torch.manual_seed(seed)
        model = g.randomize(cls(cfg), seed, extra={"classifier": 1.0}).eval()  # logits far apart
        rng = random.Random(seed)
        if "cls" in special:
            start, end, pad, pair_sep = special["cls"], special["sep"], special["pad"], [special["sep"]]
        else:
            start, end, pad, pair_sep = special["bos"], special["eos"], special["pad"], [special["eos"], special["eos"]]
        out_cases = []
        for case_name, context_len, choice_lens in (("choices4_padded", 6, [3, 1, 5, 2]), ("choices2", 9, [4, 4]),
                                                     ("choices5_long", 30, [12, 20, 7, 25, 16])):
            ids, mask, types = question(rng, context_len, choice_lens, start, end, pad, pair_sep)
            kw = {"input_ids": torch.tensor([ids]), "attention_mask": torch.tensor([mask])}
            if uses_types:
                kw["token_type_ids"] = torch.tensor([types])
            logits = model(**kw).logits  # [1][choices]
            flat = {k: v[0] for k, v in kw.items()}
            hidden = base_model(model)(**flat)[0]
            outputs = g.base_outputs(hidden, flat["attention_mask"])
            outputs["seq_logits"] = logits[0].unsqueeze(1)
            out_cases.append((case_name, g.case_inputs(ids, mask, types if uses_types else None), outputs))
        info, reference = g.describe(name, cfg.model_type, cls, seed, "tools/make_goldens_choice.py", special,
                                     notes=["a case is one question: its rows are the choices, seq_logits [choices][1] "
                                            "is transformers' logits [1][choices] for input [1][choices][T]"])
        folder = g.write_fixture(name, model, info, out_cases, reference)
        for f in TOKENIZER_FILES:
            src = os.path.join(g.MODELS, tok_from, f)
            if os.path.exists(src):
                shutil.copy(src, os.path.join(folder, f))
        if name == "bert_choice":
            add_choice_texts(folder, model)
        print("wrote", folder)


def add_choice_texts(folder, model):
    """golden.json's "choice_texts": questions as text through Hugging Face's tokenizer and the model."""
    import json
    tok = AutoTokenizer.from_pretrained(folder)
    questions = [("tok5 tok17 tok230 tok42.", ["tok7 tok8", "tok300", "tok12 tok99 tok100 tok101", "tok6"]),
                 ("tok1 tok2 tok3 tok4 tok5 tok6 tok7 tok8 tok9 tok10 tok11", ["tok400 tok401", "TOK402 tok403 tok404"]),
                 ("tok77", ["tok78"])]
    entries = []
    for context, choices in questions:
        enc = tok([context] * len(choices), choices, padding=True, return_tensors="pt")
        logits = model(**{k: v.unsqueeze(0) for k, v in enc.items()}).logits[0]
        entries.append({"context": context, "choices": choices,
                        "input_ids": [[i for i, m in zip(row, mrow) if m] for row, mrow in zip(enc["input_ids"].tolist(), enc["attention_mask"].tolist())],
                        "logits": g.rounded(logits), "probs": g.rounded(torch.softmax(logits, 0))})
    path = os.path.join(folder, "golden.json")
    with open(path) as f:
        golden = json.load(f)
    golden["choice_texts"] = entries
    with open(path, "w") as f:
        json.dump(golden, f)
        f.write("\n")


if __name__ == "__main__":
    main()
