#!/usr/bin/env python3
"""Tiny random MPNet checkpoints in every head, with goldens from Hugging Face transformers.

  build/venv/bin/python tools/make_goldens_mpnet.py      (transformers 4.46, torch 1.13)

Writes tests/fixtures/models/mpnet{,_mlm,_seqcls,_tokcls,_qa}/: config.json and model.safetensors
as save_pretrained writes them, MODEL_INFO.json, and golden.json (the format of the other fixtures:
tests/fixtures/models/MODELS.md). The outputs are those of transformers' MPNetModel,
MPNetForMaskedLM, MPNetForSequenceClassification, MPNetForTokenClassification and
MPNetForQuestionAnswering in eval mode, float32.

The cases pin down what MPNet does differently from BERT: RoBERTa-style position ids counted from
padding_idx 1 over the non-pad ids (a pad id inside a text included), no token types, and the
relative attention bias of compute_position_bias, whose distances are those of the row (masked
holes and left padding count) and whose last bucket takes every distance from 128 on (the base
fixture's 256-token case).

mpnet_outliers is the base model with a few rows of the FFN down-projections scaled up
(OUTLIER_ROWS), as trained checkpoints have them: the hidden state then carries a few very large
dimensions, which bert-convert keeps apart in f16 and q8_0 files (docs/FORMAT.md, "Outlier
dimensions"); test_convert checks it finds exactly these rows.
"""
import sys

import torch
from transformers import (MPNetConfig, MPNetForMaskedLM, MPNetForQuestionAnswering, MPNetForSequenceClassification,
                          MPNetForTokenClassification, MPNetModel)

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
import goldens_hf as g  # noqa: E402

V, BOS, PAD, EOS = 1000, 0, 1, 2


def config(max_positions, **extra):
    return MPNetConfig(vocab_size=V, hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=256,
                       max_position_embeddings=max_positions, relative_attention_num_buckets=32, layer_norm_eps=1e-5,
                       hidden_act="gelu", pad_token_id=PAD, bos_token_id=BOS, eos_token_id=EOS, **extra)


def cases(max_length, seed):
    return g.standard_cases(max_length, seed, V, BOS, EOS, PAD)


FIXTURES = [  # name, class, max_position_embeddings, labels, what the head outputs
    ("mpnet", MPNetModel, 258, 0, "pooler"),
    ("mpnet_mlm", MPNetForMaskedLM, 66, 0, "mlm"),
    ("mpnet_seqcls", MPNetForSequenceClassification, 66, 3, "seq"),
    ("mpnet_tokcls", MPNetForTokenClassification, 66, 5, "token"),
    ("mpnet_qa", MPNetForQuestionAnswering, 66, 2, "qa"),
    ("mpnet_outliers", MPNetModel, 66, 0, "pooler"),
]
# mpnet_outliers: {layer: {row of output.dense.weight: factor}}. Each scaled row's largest |weight|
# is then 10 to 30 times the median row's (bert-convert's threshold: 8); the others stay at 1 to 1.5.
OUTLIER_ROWS = {0: {5: 16.0, 40: 12.0}, 1: {40: 12.0, 57: 16.0}}


def main():
    torch.set_grad_enabled(False)
    for index, (name, cls, positions, labels, head) in enumerate(FIXTURES):
        seed = 15000 + index
        extra = {"num_labels": labels} if labels else {}
        if head == "token":
            extra["id2label"] = {i: l for i, l in enumerate(["O", "B-PER", "I-PER", "B-LOC", "I-LOC"])}
            extra["label2id"] = {l: i for i, l in extra["id2label"].items()}
        cfg = config(positions, **extra)
        cfg.architectures = [cls.__name__]
        torch.manual_seed(seed)
        model = g.randomize(cls(cfg), seed, extra={"relative_attention_bias": 1.0}).eval()
        if name == "mpnet_outliers":
            for layer, rows in OUTLIER_ROWS.items():
                for row, factor in rows.items():
                    model.encoder.layer[layer].output.dense.weight[row] *= factor
        out_cases = []
        for case_name, ids, mask in cases(positions - PAD - 1, seed):
            ids_t, mask_t = torch.tensor(ids), torch.tensor(mask)
            res = model(input_ids=ids_t, attention_mask=mask_t, output_hidden_states=True)
            hidden = res.last_hidden_state if head == "pooler" else res.hidden_states[-1]
            outputs = g.base_outputs(hidden, mask_t)
            outputs.update(g.head_outputs(head, res, mask_t, len(ids[0])))
            if case_name.endswith("leftpad"):
                # Hugging Face's first-token outputs read position 0, a pad there; bert.h reads the
                # first mask-1 token (documented): compare the per-token and mean outputs only.
                for key in ("cls", "pooler_output", "seq_logits"):
                    outputs.pop(key, None)
            out_cases.append((case_name, g.case_inputs(ids, mask), outputs))
        info, reference = g.describe(name, "mpnet", cls, seed, "tools/make_goldens_mpnet.py",
                                     {"bos": BOS, "pad": PAD, "eos": EOS, "first_regular": 3}, has_pooler=head == "pooler")
        folder = g.write_fixture(name, model, info, out_cases, reference)
        print("wrote", folder)


if __name__ == "__main__":
    main()
