#!/usr/bin/env python3
"""Tiny random NomicBERT checkpoints as transformers >= 5 writes them, with goldens from its classes.

  /work/venv-t2/bin/python tools/make_goldens_nomic_hf.py   (transformers 5.25 over torch 2.9: a venv
                                                            of its own, never CI's)

transformers 5 carries NomicBERT itself (models/nomic_bert: NomicBertModel, NomicBertForMaskedLM,
NomicBertForSequenceClassification, NomicBertForTokenClassification). Its save_pretrained keeps
nomic-ai's tensor names (Wqkv, fc11, fc12, fc2, norm1, norm2, emb_ln) but writes BertConfig's
config names (hidden_size, intermediate_size, hidden_act, rope_parameters), puts the base model
under "nomic_bert." and uses BERT's masked-LM head; it has no biases but the LayerNorms'. These
fixtures are that layout, and a second reference for NomicBERT beside nomic-ai's own code
(tools/make_goldens_nomic.py). Writes tests/fixtures/models/nomic_hf*/ (config.json and
model.safetensors as save_pretrained writes them, the WordPiece vocab.txt of
tests/fixtures/models/bert, MODEL_INFO.json, golden.json), float32, eval, eager attention.

What the cases pin down: the config names; intermediate_size used as it is (nomic-ai's code
rounds n_inner up to 256: 200 here stays 200); SwiGLU (silu) and GeGLU (gelu); rope_theta from
rope_parameters (1000 and 10000); token types on the pair; the pooler and classifier
(nomic_hf_seqcls) and the masked-LM head tied to the word embeddings with its own bias
(nomic_hf_mlm).
"""
import os
import shutil
import sys

import torch
from transformers import NomicBertConfig, NomicBertForMaskedLM, NomicBertForSequenceClassification, NomicBertModel

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldens_hf as g  # noqa: E402

V, PAD, CLS, SEP = 1000, 0, 101, 102
VOCAB = os.path.join(g.MODELS, "bert", "vocab.txt")


def config(**extra):
    common = dict(vocab_size=V, hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=200, hidden_act="silu",
                  layer_norm_eps=1e-12, max_position_embeddings=2048, type_vocab_size=2, pad_token_id=PAD,
                  rope_parameters={"rope_type": "default", "rope_theta": 1000.0})
    common.update(extra)
    cfg = NomicBertConfig(**common)
    cfg._attn_implementation = "eager"
    return cfg


FIXTURES = [  # name, class, config overrides, head
    ("nomic_hf", NomicBertModel, {}, "base"),
    # GeGLU, 2 heads of 32, base 10000, BERT's pooler and classifier.
    ("nomic_hf_seqcls", NomicBertForSequenceClassification,
     dict(hidden_act="gelu", num_attention_heads=2, num_labels=3, rope_parameters={"rope_type": "default", "rope_theta": 10000.0}), "seq"),
    ("nomic_hf_mlm", NomicBertForMaskedLM, {}, "mlm"),
]


def main():
    torch.set_grad_enabled(False)
    for index, (name, cls, extra, head) in enumerate(FIXTURES):
        seed = 29000 + index
        cfg = config(**extra)
        cfg.architectures = [cls.__name__]
        torch.manual_seed(seed)
        model = g.randomize(cls(cfg), seed).eval()
        with torch.no_grad():  # the layer norms' scales around 1, like the other fixtures'
            for pname, p in model.named_parameters():
                if pname.endswith("layernorm.weight"):
                    p.add_(1.0)
        base = model if head == "base" else model.nomic_bert
        out_cases = []
        for case_name, ids, mask in g.standard_cases(cfg.max_position_embeddings, seed, V, CLS, SEP, PAD):
            types = g.pair_types(case_name, ids, SEP)  # type 1 on the pair's second text
            ids_t, mask_t = torch.tensor(ids), torch.tensor(mask)
            types_t = torch.tensor(types) if types is not None else None
            res = model(input_ids=ids_t, attention_mask=mask_t, token_type_ids=types_t)
            hidden = base(input_ids=ids_t, attention_mask=mask_t, token_type_ids=types_t).last_hidden_state
            outputs = g.base_outputs(hidden, mask_t)
            outputs.update(g.head_outputs(head, res, mask_t, len(ids[0])))
            if case_name.endswith("leftpad"):
                # The reference's first-token outputs read position 0, a pad there; bert.h reads the
                # first mask-1 token (documented): compare the per-token and mean outputs only.
                outputs.pop("cls", None)
                outputs.pop("seq_logits", None)
            out_cases.append((case_name, g.case_inputs(ids, mask, types), outputs))
        info, reference = g.describe(name, "nomic_bert", cls, seed, "tools/make_goldens_nomic_hf.py",
                                     {"pad": PAD, "unk": 100, "cls": CLS, "sep": SEP, "mask": 103, "first_regular": 104},
                                     has_pooler=cls is NomicBertForSequenceClassification,
                                     note="random weights (tools/goldens_hf.py randomize, norms around 1)",
                                     run="float32, eval, transformers' own NomicBert classes, eager attention")
        folder = g.write_fixture(name, model, info, out_cases, reference)
        shutil.copy(VOCAB, os.path.join(folder, "vocab.txt"))
        print("wrote", folder)


if __name__ == "__main__":
    main()
