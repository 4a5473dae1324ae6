#!/usr/bin/env python3
"""Tiny random ModernBERT checkpoints in every head, with goldens from Hugging Face transformers.

  /work/venv-t2/bin/python tools/make_goldens_modernbert.py [NAME...]   (transformers >= 4.48 needs
                                         torch >= 2: a venv of its own, never CI's; NAMEs: only those)

Writes tests/fixtures/models/modernbert*/ (config.json and model.safetensors as save_pretrained
writes them, MODEL_INFO.json, golden.json in the format of the other fixtures) from transformers'
ModernBertModel, ModernBertForMaskedLM, ModernBertForSequenceClassification,
ModernBertForTokenClassification and ModernBertForQuestionAnswering, eval mode, float32, eager
attention. The first five came from transformers 4.57.1, modernbert_qa from 5.25.0 (whose
save_pretrained writes layer_types and rope_parameters where 4.57.1 wrote global_attn_every_n_layers
and global_rope_theta / local_rope_theta). Under 5.25.0 the first four come out within 4.3e-6
(relative) of their stored goldens, not identical, and modernbert_seqmean's local_rope_theta None
(4.57.1: the global base) is refused: the stored goldens are 4.57.1's.

What the cases pin down: pre-LayerNorm layers (layer 0 without its attention norm) and the final
norm; rotary embeddings with one base on global layers and another on local ones; local attention
(global_attn_every_n_layers 2: layer 1 is local, its queries see keys at most local_attention / 2
= 8 positions away, by position in the row, so the 62-, 64- and 256-token cases cross the window
and left padding and masked holes shift it); GeGLU (and SwiGLU with hidden_activation silu); no
biases, or all of them (attention_bias, mlp_bias, norm_bias, classifier_bias); the prediction
head before the decoder and the classifiers, with CLS or mean pooling; the QA head, which runs the
same prediction head on every token before its two-output classifier (start, end).
"""
import os
import sys

import torch
from transformers import (ModernBertConfig, ModernBertForMaskedLM, ModernBertForSequenceClassification,
                          ModernBertForQuestionAnswering, ModernBertForTokenClassification, ModernBertModel)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldens_hf as g  # noqa: E402

V, PAD, BOS, EOS = 1000, 0, 1, 2


def config(**extra):
    common = dict(vocab_size=V, hidden_size=64, num_hidden_layers=3, num_attention_heads=2, intermediate_size=96,
                  hidden_activation="gelu", max_position_embeddings=512, norm_eps=1e-5, global_rope_theta=160000.0,
                  local_rope_theta=10000.0, global_attn_every_n_layers=2, local_attention=16, pad_token_id=PAD, bos_token_id=BOS,
                  eos_token_id=EOS, cls_token_id=BOS, sep_token_id=EOS, classifier_pooling="cls")
    common.update(extra)
    cfg = ModernBertConfig(**common)
    cfg._attn_implementation = "eager"
    return cfg


BIASES = {"attention_bias": True, "mlp_bias": True, "norm_bias": True, "classifier_bias": True}
FIXTURES = [  # name, class, config overrides, head
    ("modernbert", ModernBertModel, {}, "base"),
    ("modernbert_mlm", ModernBertForMaskedLM, {}, "mlm"),
    ("modernbert_seqcls", ModernBertForSequenceClassification, {"num_labels": 3}, "seq"),
    ("modernbert_tokcls", ModernBertForTokenClassification, {"num_labels": 5}, "token"),
    # Heads of 16 (rotary halves shorter than a vector), SwiGLU, every bias, mean pooling, silu head.
    ("modernbert_seqmean", ModernBertForSequenceClassification,
     dict(BIASES, num_labels=2, num_attention_heads=4, hidden_activation="silu", classifier_pooling="mean",
          classifier_activation="silu", local_rope_theta=None, global_rope_theta=10000.0), "seq"),
    # Every bias (head.dense and head.norm included) and a tanh-form gelu in the head before qa_outputs.
    ("modernbert_qa", ModernBertForQuestionAnswering, dict(BIASES, num_labels=2, classifier_activation="gelu_new"), "qa"),
]


def main():
    torch.set_grad_enabled(False)
    only = sys.argv[1:]
    for index, (name, cls, extra, head) in enumerate(FIXTURES):
        if only and name not in only:
            continue
        seed = 19000 + index
        cfg = config(**extra)
        cfg.architectures = [cls.__name__]
        torch.manual_seed(seed)
        model = g.randomize(cls(cfg), seed).eval()
        with torch.no_grad():  # ModernBERT's norms are "norm": around 1 like the other fixtures' LayerNorms
            for pname, p in model.named_parameters():
                if pname.endswith("norm.weight"):
                    p.add_(1.0)
        out_cases = []
        for case_name, ids, mask in g.standard_cases(cfg.max_position_embeddings, seed, V, BOS, EOS, PAD):
            ids_t, mask_t = torch.tensor(ids), torch.tensor(mask)
            res = model(input_ids=ids_t, attention_mask=mask_t)
            hidden = res.last_hidden_state if head == "base" else model.model(input_ids=ids_t, attention_mask=mask_t).last_hidden_state
            outputs = g.base_outputs(hidden, mask_t)
            outputs.update(g.head_outputs(head, res, mask_t, len(ids[0])))
            if case_name.endswith("leftpad"):
                # Hugging Face's first-token outputs read position 0, a pad there; bert.h reads the
                # first mask-1 token (documented): compare the per-token and mean outputs only.
                outputs.pop("cls", None)
                if cfg.classifier_pooling == "cls":
                    outputs.pop("seq_logits", None)
            out_cases.append((case_name, g.case_inputs(ids, mask), outputs))
        info, reference = g.describe(name, "modernbert", cls, seed, "tools/make_goldens_modernbert.py",
                                     {"pad": PAD, "cls": BOS, "sep": EOS, "first_regular": 3},
                                     note="random weights (tools/goldens_hf.py randomize, norms around 1)", run="float32, eval, eager attention")
        print("wrote", g.write_fixture(name, model, info, out_cases, reference))


if __name__ == "__main__":
    main()
