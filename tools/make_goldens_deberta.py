#!/usr/bin/env python3
"""Tiny random DeBERTa-v2/v3 checkpoints in every head, with goldens from Hugging Face transformers.

  build/venv/bin/python tools/make_goldens_deberta.py      (transformers 4.46, torch 1.13)

Writes tests/fixtures/models/deberta*/ (config.json and model.safetensors as save_pretrained writes
them, MODEL_INFO.json, golden.json in the format of the other fixtures) from transformers'
DebertaV2Model, DebertaV2ForMaskedLM, DebertaV2ForSequenceClassification,
DebertaV2ForTokenClassification and DebertaV2ForQuestionAnswering, eval mode, float32.

Two setups of the disentangled attention:
  v3: DeBERTa-v3's (no absolute positions, no token types, log-bucketed relative positions,
      share_att_key, LayerNorm'd relative embeddings, c2p and p2c); the base fixture's 200-token
      case reaches past max_relative_positions, where the relative rows are clamped.
  v2: DeBERTa-v2's older style (absolute positions, token types, relative positions as they are,
      their own pos_key_proj / pos_query_proj, pos_att_type as a string); deberta_c2p has c2p alone.
"""
import os
import sys

import torch
from transformers import (DebertaV2Config, DebertaV2ForMaskedLM, DebertaV2ForQuestionAnswering, DebertaV2ForSequenceClassification,
                          DebertaV2ForTokenClassification, DebertaV2Model)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldens_hf as g  # noqa: E402

V, PAD, BOS, EOS = 1000, 0, 1, 2


def config(style, **extra):
    common = dict(vocab_size=V, hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=256, hidden_act="gelu",
                  pad_token_id=PAD, relative_attention=True, layer_norm_eps=1e-7)
    if style == "v3":
        common.update(max_position_embeddings=512, position_biased_input=False, type_vocab_size=0, pos_att_type=["p2c", "c2p"],
                      position_buckets=32, max_relative_positions=128, share_att_key=True, norm_rel_ebd="layer_norm")
    else:
        common.update(max_position_embeddings=66, position_biased_input=True, type_vocab_size=2, pos_att_type="c2p|p2c",
                      max_relative_positions=-1, position_buckets=-1, share_att_key=False, norm_rel_ebd="none")
    common.update(extra)
    return DebertaV2Config(**common)


FIXTURES = [  # name, class, style, config overrides, head
    ("deberta", DebertaV2Model, "v3", {}, "base"),
    ("deberta_mlm", DebertaV2ForMaskedLM, "v3", {}, "mlm"),
    ("deberta_seqcls", DebertaV2ForSequenceClassification, "v3", {"num_labels": 3}, "seq"),
    ("deberta_tokcls", DebertaV2ForTokenClassification, "v3", {"num_labels": 5}, "token"),
    ("deberta_qa", DebertaV2ForQuestionAnswering, "v3", {}, "qa"),
    ("deberta_v2", DebertaV2ForSequenceClassification, "v2", {"num_labels": 2, "pooler_hidden_act": "tanh"}, "seq"),
    ("deberta_c2p", DebertaV2Model, "v2", {"pos_att_type": "c2p"}, "base"),
]


def main():
    torch.set_grad_enabled(False)
    for index, (name, cls, style, extra, head) in enumerate(FIXTURES):
        seed = 17000 + index
        cfg = config(style, **extra)
        cfg.architectures = [cls.__name__]
        torch.manual_seed(seed)
        model = g.randomize(cls(cfg), seed, extra={"rel_embeddings": 1.0}).eval()
        max_length = cfg.max_position_embeddings
        out_cases = []
        for case_name, ids, mask in g.standard_cases(max_length, seed, V, BOS, EOS, PAD, long_case=200):
            ids_t, mask_t = torch.tensor(ids), torch.tensor(mask)
            inputs = g.case_inputs(ids, mask)
            kwargs = {"input_ids": ids_t, "attention_mask": mask_t}
            if cfg.type_vocab_size > 0:  # the second half of the pair case is segment 1
                types = [[0] * len(row) for row in ids]
                if case_name.endswith("pair"):
                    types = [[0] * 30 + [1] * (len(ids[0]) - 30)]
                inputs["token_type_ids"] = types
                kwargs["token_type_ids"] = torch.tensor(types)
            res = model(output_hidden_states=True, **kwargs)
            hidden = res.last_hidden_state if head == "base" else res.hidden_states[-1]
            outputs = g.base_outputs(hidden, mask_t)
            outputs.update(g.head_outputs(head, res, mask_t, len(ids[0])))
            if case_name.endswith("leftpad"):
                # Hugging Face's first-token outputs read position 0, a pad there; bert.h reads the
                # first mask-1 token (documented): compare the per-token and mean outputs only.
                for key in ("cls", "seq_logits"):
                    outputs.pop(key, None)
            out_cases.append((case_name, inputs, outputs))
        info, reference = g.describe(name, "deberta-v2", cls, seed, "tools/make_goldens_deberta.py",
                                     {"pad": PAD, "cls": BOS, "sep": EOS, "first_regular": 3}, notes=[style], info_extra={"style": style})
        print("wrote", g.write_fixture(name, model, info, out_cases, reference))


if __name__ == "__main__":
    main()
