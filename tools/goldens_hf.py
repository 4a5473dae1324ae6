"""Shared by tools/make_goldens_*.py: tiny random Hugging Face checkpoints and their goldens.

A fixture is a folder of tests/fixtures/models/ as `save_pretrained` writes it (config.json,
model.safetensors), plus MODEL_INFO.json and golden.json in the format of the other fixtures
(tests/fixtures/models/MODELS.md, ../shared/README.md): cases of inputs and the outputs Hugging
Face transformers' own classes compute for them, float32, eval mode. The outputs come from the
model classes themselves; nothing here re-implements them.
"""
import json
import os
import random

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = os.path.join(ROOT, "tests", "fixtures", "models")


def randomize(model, seed, std=0.15, bias_std=0.1, extra=None):
    """Seeded random weights far from the usual small init, so that attention is not uniform and
    every parameter moves the outputs. extra: {parameter name substring: std} overrides."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            s = std
            for key, value in (extra or {}).items():
                if key in name:
                    s = value
            noise = torch.randn(p.shape, generator=gen) * (bias_std if name.endswith(".bias") else s)
            if "LayerNorm.weight" in name or "layer_norm.weight" in name:
                p.copy_(1.0 + noise)
            else:
                p.copy_(noise)
    return model


def rounded(x):
    """Nested lists of float32 values written with 9 significant digits (exact for float32)."""
    if isinstance(x, torch.Tensor):
        x = x.tolist()
    if isinstance(x, list):
        return [rounded(v) for v in x]
    return float("%.9g" % x)


def case_inputs(ids, mask, types=None):
    out = {"input_ids": ids, "attention_mask": mask}
    if types is not None:
        out["token_type_ids"] = types
    return out


def pair_types(case_name, ids, sep):
    """Token types for standard_cases' pair case: 1 after the first `sep` of a row, 0 up to it;
    None for the other cases."""
    if not case_name.endswith("pair"):
        return None
    types = []
    for row in ids:
        first_sep = row.index(sep)
        types.append([0 if t <= first_sep else 1 for t in range(len(row))])
    return types


def base_outputs(hidden, mask):
    """last_hidden_state, mean_pooled (over mask-1 positions) and cls (position 0)."""
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return {
        "last_hidden_state": hidden,
        "mean_pooled": (hidden * m).sum(1) / m.sum(1),
        "cls": hidden[:, 0],
    }


def mlm_rows(logits, mask, count=4):
    """A few rows of a long case's MLM logits: {index: [[b, t]...], values: [[V floats]...]}."""
    index = []
    for b in range(logits.shape[0]):
        valid = [t for t in range(logits.shape[1]) if mask[b, t]]
        picks = sorted({valid[0], valid[1], valid[len(valid) // 2], valid[-1]})[:count]
        index += [[b, t] for t in picks]
    return {"index": index, "values": rounded(torch.stack([logits[b, t] for b, t in index]))}


def head_outputs(head, res, mask, seq_len):
    """The outputs of a task head's HF result, by the golden.json names (long MLM cases: some rows)."""
    if head == "pooler":
        return {"pooler_output": res.pooler_output}
    if head == "mlm":
        if seq_len >= 60:
            return {"mlm_logits_rows": mlm_rows(res.logits, mask)}
        return {"mlm_logits": res.logits}
    if head == "seq":
        return {"seq_logits": res.logits}
    if head == "token":
        return {"token_logits": res.logits}
    if head == "qa":
        return {"start_logits": res.start_logits, "end_logits": res.end_logits}
    return {}


def describe(name, model_type, cls, seed, script, special, has_pooler=False, notes=(), info_extra=None,
             note="random weights (tools/goldens_hf.py randomize)", run="float32, eval"):
    """MODEL_INFO.json's and golden.json's description of a fixture made by `script` from class `cls`."""
    import transformers
    info = {"name": name, "model_type": model_type, "class": cls.__name__}
    info.update(info_extra or {})
    info.update({"stored_dtype": "F32", "seed": seed, "special_token_ids": special, "note": "%s; made by %s" % (note, script)})
    reference = {"generated_by": "%s (HF transformers v%s, PyTorch %s, %s)" % (script, transformers.__version__, torch.__version__, run),
                 "reference": {"model_type": model_type, "architectures": [cls.__name__], "heads_run": [cls.__name__],
                               "has_pooler": has_pooler, "stored_dtypes": ["F32"], "notes": list(notes)}}
    return info, reference


def write_fixture(name, model, info, cases, reference):
    """Saves the checkpoint and writes MODEL_INFO.json and golden.json. cases: (name, inputs,
    outputs) with outputs a dict of tensors; an "mlm_logits_rows" value is already made."""
    folder = os.path.join(MODELS, name)
    os.makedirs(folder, exist_ok=True)
    model.save_pretrained(folder, safe_serialization=True)
    for extra in ("generation_config.json",):
        if os.path.exists(os.path.join(folder, extra)):
            os.remove(os.path.join(folder, extra))
    with open(os.path.join(folder, "MODEL_INFO.json"), "w") as f:
        json.dump(info, f, indent=1)
        f.write("\n")
    write_golden(folder, name, cases, reference)
    return folder


def write_golden(folder, name, cases, reference):
    """golden.json: cases as write_fixture takes them."""
    golden = {"model": name, "generated_by": reference["generated_by"], "reference": reference["reference"],
              "float_format": "float32 with 9 significant digits", "cases": []}
    for case_name, inputs, outputs in cases:
        entry = {"name": case_name, "inputs": inputs, "shapes": {}, "outputs": {}}
        for key, value in outputs.items():
            if key == "mlm_logits_rows":  # inside outputs, where tests/test_models.c compares it
                entry["outputs"][key] = value
                continue
            entry["shapes"][key] = list(value.shape)
            entry["outputs"][key] = rounded(value)
        golden["cases"].append(entry)
    with open(os.path.join(folder, "golden.json"), "w") as f:
        json.dump(golden, f)
        f.write("\n")




def standard_cases(max_length, seed, V, BOS, EOS, PAD, long_case=256):
    """(name, input_ids, attention_mask) lists of random ids from 3 up (below: the specials);
    right and left padding use the pad id with mask 0. The cases: one token; a short text; a
    padded batch; left padding; masked holes inside a row (their positions still count in the
    relative distances) beside a pad id inside a text with mask 1; a 62-token pair; a padded
    batch of 64; with max_length >= long_case, one text of long_case tokens."""
    rng = random.Random(seed)

    def text(rng, n):
        return [rng.randrange(3, V) for _ in range(n)]

    def padded(rows, T, left=False):
        ids, mask = [], []
        for r in rows:
            pad = [PAD] * (T - len(r))
            ids.append(pad + r if left else r + pad)
            mask.append([0] * len(pad) + [1] * len(r) if left else [1] * len(r) + [0] * len(pad))
        return ids, mask

    out = [("b1_len1", [[BOS]], [[1]]),
           ("b1_len7", [[BOS] + text(rng, 5) + [EOS]], [[1] * 7])]
    ids, mask = padded([[BOS] + text(rng, 5) + [EOS], [BOS] + text(rng, 3) + [EOS], [BOS, EOS]], 7)
    out.append(("b3_len7_padded", ids, mask))
    ids, mask = padded([[BOS] + text(rng, 8) + [EOS], [BOS] + text(rng, 4) + [EOS]], 10, left=True)
    out.append(("b2_len10_leftpad", ids, mask))
    # Row 0: mask holes over ordinary ids (their positions still count in the distances).
    # Row 1: a pad id inside the text, mask 1 (padded position rules do not count it).
    row0 = [BOS] + text(rng, 10) + [EOS]
    row1 = [BOS] + text(rng, 4) + [PAD] + text(rng, 5) + [EOS]
    out.append(("b2_len12_holes", [row0, row1], [[1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1], [1] * 12]))
    a, b = text(rng, 28), text(rng, 30)
    pair = [BOS] + a + [EOS, EOS] + b + [EOS]
    out.append(("b1_len62_pair", [pair], [[1] * len(pair)]))
    ids, mask = padded([[BOS] + text(rng, 62) + [EOS], [BOS] + text(rng, 38) + [EOS], [BOS] + text(rng, 15) + [EOS]], 64)
    out.append(("b3_len64_padded", ids, mask))
    if max_length >= long_case:
        out.append(("b1_len%d" % long_case, [[BOS] + text(rng, long_case - 2) + [EOS]], [[1] * long_case]))
    return out
