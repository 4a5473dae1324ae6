#!/usr/bin/env python3
"""Tiny random GTE checkpoints in Alibaba-NLP's own layout, with goldens from transformers' Gte* classes.

GTE v1.5 and multilingual (Alibaba-NLP/gte-base-en-v1.5, gte-large-en-v1.5, gte-multilingual-base)
ship as model_type "new": Alibaba-NLP's trust_remote_code modeling.py, prefix "new.", the fused
attention.qkv_proj and mlp.up_gate_proj ([up; gate], no bias), attn_ln, mlp_ln, lm_head.norm.
transformers 5.25 runs the same model as models/gte (GteModel, GteForMaskedLM,
GteForSequenceClassification, GteForTokenClassification) and loads that layout through its "gte"
checkpoint conversion mapping. This script, run with a Python that has transformers >= 5.25:

  /work/venv-t2/bin/python tools/make_goldens_gte.py

builds each model with transformers' own classes (float32, eval, eager attention), writes its
weights in Alibaba-NLP's layout (q, k, v stacked into qkv_proj; up and gate into up_gate_proj)
with a config.json in Alibaba-NLP's words (model_type "new", auto_map, rope_theta, rope_scaling,
layer_norm_type, pack_qkv, ...), checks that transformers' GteModel loads that folder back to the
same outputs (its conversion mapping is an independent statement of the layout), and writes
golden.json in the format of the other fixtures, the WordPiece vocab.txt of
tests/fixtures/models/bert and MODEL_INFO.json.

gte_hf is transformers' own save_pretrained of a GteForSequenceClassification: model_type "gte",
GteConfig's rope_parameters (here its "linear" type, factor 1.5) and, as its conversion mapping
writes them back, Alibaba-NLP's tensor names under the prefix "gte."; hidden_act silu.

rope_scaling {"type": "ntk", "factor": f} (gte-base-en-v1.5 and gte-large-en-v1.5: f = 2) is not a
rope type transformers knows (its GteRotaryEmbedding raises KeyError 'ntk'). Alibaba-NLP's
NTKScalingRotaryEmbedding without mixed_b is static: inverse frequencies
1 / (theta * f)^(2i/d) / f^(2/d) at every length. That is exactly transformers' "linear" rope type
with rope_theta theta * f and factor f^(2/d), which is what the model is built with here for the
goldens, while its config.json says "ntk" as the real ones do.

What the cases pin down: post-LayerNorm layers after the embedding LayerNorm; no token types
(type_vocab_size 0, gte-base-en-v1.5) or a table of 2 with type 1 on the pair's second text
(gte_tt); rotary over the whole head, halves rotated together, at positions that count masked and
left-padded slots; static NTK scaling (gte, gte_seqcls); the default rope_theta 10000 when the
config has none (gte_mlm); the gated feed-forward down(gelu(gate) * up) with no up/gate bias;
BERT's pooler and classifier, the token classifier, the masked-LM head (dense, gelu, norm,
decoder tied to the word embeddings).
"""
import json
import os
import shutil
import sys

import torch
from safetensors.torch import save_file
from transformers import GteConfig, GteForMaskedLM, GteForSequenceClassification, GteForTokenClassification, GteModel

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldens_hf as g  # noqa: E402

V, PAD, CLS, SEP = 1000, 0, 101, 102
H, LAYERS, HEADS, INTER = 64, 2, 4, 128
VOCAB = os.path.join(g.MODELS, "bert", "vocab.txt")
AUTO_MAP = {"AutoConfig": "Alibaba-NLP/new-impl--configuration.NewConfig",
            "AutoModel": "Alibaba-NLP/new-impl--modeling.NewModel",
            "AutoModelForMaskedLM": "Alibaba-NLP/new-impl--modeling.NewForMaskedLM",
            "AutoModelForMultipleChoice": "Alibaba-NLP/new-impl--modeling.NewForMultipleChoice",
            "AutoModelForQuestionAnswering": "Alibaba-NLP/new-impl--modeling.NewForQuestionAnswering",
            "AutoModelForSequenceClassification": "Alibaba-NLP/new-impl--modeling.NewForSequenceClassification",
            "AutoModelForTokenClassification": "Alibaba-NLP/new-impl--modeling.NewForTokenClassification"}
ALIBABA_CLASS = {GteModel: "NewModel", GteForMaskedLM: "NewForMaskedLM",
                 GteForSequenceClassification: "NewForSequenceClassification",
                 GteForTokenClassification: "NewForTokenClassification"}

# name, class, type_vocab_size, rope_theta (None: absent, NewConfig's default 10000), ntk factor (None: no rope_scaling), head,
# and for gte_hf: transformers' own layout and config (save_pretrained), its "linear" rope scaling, silu.
FIXTURES = [
    ("gte", GteModel, 0, 500000.0, 2.0, "base", {}),               # gte-base-en-v1.5's settings
    ("gte_tt", GteModel, 2, 160000.0, None, "base", {}),           # token types; gte-multilingual-base's base
    ("gte_mlm", GteForMaskedLM, 1, None, None, "mlm", {}),
    ("gte_seqcls", GteForSequenceClassification, 1, 160000.0, 2.0, "seq", {}),
    ("gte_tokcls", GteForTokenClassification, 1, 10000.0, None, "token", {}),
    ("gte_hf", GteForSequenceClassification, 1, 160000.0, None, "seq", {"linear": 1.5, "act": "silu"}),
]


def alibaba_config(name, cls, types, theta, ntk, num_labels):
    """config.json as Alibaba-NLP's checkpoints have it (gte-base-en-v1.5's keys)."""
    cfg = {"architectures": [ALIBABA_CLASS[cls]], "attention_probs_dropout_prob": 0.0, "auto_map": AUTO_MAP,
           "classifier_dropout": None, "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "hidden_size": H,
           "initializer_range": 0.02, "intermediate_size": INTER, "layer_norm_eps": 1e-12, "layer_norm_type": "layer_norm",
           "logn_attention_clip1": False, "logn_attention_scale": False, "max_position_embeddings": 8192, "model_type": "new",
           "num_attention_heads": HEADS, "num_hidden_layers": LAYERS, "pack_qkv": True, "pad_token_id": PAD,
           "position_embedding_type": "rope", "rope_scaling": {"factor": ntk, "type": "ntk"} if ntk else None,
           "torch_dtype": "float32", "transformers_version": "4.39.1", "type_vocab_size": types, "unpad_inputs": False,
           "use_memory_efficient_attention": False, "vocab_size": V}
    if theta is not None:
        cfg["rope_theta"] = theta
    if num_labels:
        cfg["id2label"] = {str(i): "LABEL_%d" % i for i in range(num_labels)}
        cfg["label2id"] = {"LABEL_%d" % i: i for i in range(num_labels)}
    return dict(sorted(cfg.items()))


def hf_config(types, theta, ntk, num_labels, native):
    """The same model for transformers' Gte classes; static NTK as its equal, "linear" scaling."""
    theta = 10000.0 if theta is None else theta
    dim = H // HEADS
    rope = {"rope_type": "default", "rope_theta": theta}
    if ntk:
        rope = {"rope_type": "linear", "rope_theta": theta * ntk, "factor": ntk ** (2 / dim)}
    if native.get("linear"):
        rope = {"rope_type": "linear", "rope_theta": theta, "factor": native["linear"]}
    cfg = GteConfig(vocab_size=V, hidden_size=H, num_hidden_layers=LAYERS, num_attention_heads=HEADS, intermediate_size=INTER,
                    hidden_act=native.get("act", "gelu"), hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0, max_position_embeddings=8192,
                    type_vocab_size=types, layer_norm_eps=1e-12, pad_token_id=PAD, rope_parameters=rope,
                    num_labels=num_labels or 2)
    cfg._attn_implementation = "eager"
    return cfg


def alibaba_state(model, cls):
    """The model's tensors under Alibaba-NLP's names (and their prefix "new." inside task models)."""
    sd = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
    prefix = "" if cls is GteModel else "new."
    out = {}
    for L in range(LAYERS):
        src, dst = "%slayers.%d." % ("" if cls is GteModel else "gte.", L), "%sencoder.layer.%d." % (prefix, L)
        for part in ("weight", "bias"):
            out[dst + "attention.qkv_proj." + part] = torch.cat([sd.pop(src + "self_attn.%s_proj.%s" % (x, part)) for x in "qkv"])
            out[dst + "attention.o_proj." + part] = sd.pop(src + "self_attn.o_proj." + part)
            out[dst + "attn_ln." + part] = sd.pop(src + "post_attention_layernorm." + part)
            out[dst + "mlp.down_proj." + part] = sd.pop(src + "mlp.down_proj." + part)
            out[dst + "mlp_ln." + part] = sd.pop(src + "post_mlp_layernorm." + part)
        out[dst + "mlp.up_gate_proj.weight"] = torch.cat([sd.pop(src + "mlp.up_proj.weight"), sd.pop(src + "mlp.gate_proj.weight")])
    for key, value in sd.items():
        if key.endswith("decoder.weight"):  # tied to the word embeddings: not stored
            continue
        name = key[len("gte."):] if key.startswith("gte.") else key
        name = name.replace("lm_head.layer_norm.", "lm_head.norm.")
        out[(prefix if not key.startswith(("lm_head.", "classifier.")) else "") + name] = value
    return out


def with_types(case_name, ids):
    """The pair case: type 1 on the second text (after the first [SEP]), 0 elsewhere."""
    if not case_name.endswith("pair"):
        return None
    return [[0 if t <= row.index(SEP) else 1 for t in range(len(row))] for row in ids]


def main():
    torch.set_grad_enabled(False)
    for index, (name, cls, types, theta, ntk, head, native) in enumerate(FIXTURES):
        seed = 24000 + index
        num_labels = {"seq": 3, "token": 5}.get(head, 0)
        cfg = hf_config(types, theta, ntk, num_labels, native)
        torch.manual_seed(seed)
        model = cls(cfg, add_pooling_layer=False) if cls is GteModel else cls(cfg)
        model = g.randomize(model, seed).eval()
        with torch.no_grad():  # the layers' norms around 1, like the embedding norm's
            for pname, p in model.named_parameters():
                if pname.endswith("layernorm.weight"):
                    p.add_(1.0)
        base = model if head == "base" else model.gte

        folder = os.path.join(g.MODELS, name)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        if native:
            model.save_pretrained(folder, safe_serialization=True)
        else:
            save_file(alibaba_state(model, cls), os.path.join(folder, "model.safetensors"), metadata={"format": "pt"})
            with open(os.path.join(folder, "config.json"), "w") as f:
                json.dump(alibaba_config(name, cls, types, theta, ntk, num_labels), f, indent=2)
                f.write("\n")
        # transformers reads Alibaba-NLP's layout back (its "gte" conversion mapping) to the same model.
        again = cls.from_pretrained(folder, config=cfg, use_kernels=False).eval()

        out_cases, reload_diff = [], 0.0
        for case_name, ids, mask in g.standard_cases(8192, seed, V, CLS, SEP, PAD):
            tt = with_types(case_name, ids) if types > 1 else None
            ids_t, mask_t = torch.tensor(ids), torch.tensor(mask)
            tt_t = torch.tensor(tt) if tt is not None else None
            res = model(input_ids=ids_t, attention_mask=mask_t, token_type_ids=tt_t)
            hidden = base(input_ids=ids_t, attention_mask=mask_t, token_type_ids=tt_t).last_hidden_state
            res2 = again(input_ids=ids_t, attention_mask=mask_t, token_type_ids=tt_t)
            first = res.logits if head != "base" else res.last_hidden_state
            second = res2.logits if head != "base" else res2.last_hidden_state
            # Not bit for bit: the loaded weights are views of the fused tensors, which can take
            # another summation order (1.5e-06 seen); a wrong layout is off by O(1).
            if not torch.allclose(first, second, rtol=1e-5, atol=1e-5):
                raise SystemExit("%s %s: transformers reads the written checkpoint to other outputs (%g)" %
                                 (name, case_name, (first - second).abs().max()))
            reload_diff = max(reload_diff, float((first - second).abs().max()))
            outputs = g.base_outputs(hidden, mask_t)
            outputs.update(g.head_outputs(head, res, mask_t, len(ids[0])))
            if case_name.endswith("leftpad"):
                # The reference's first-token outputs read position 0, a pad there; bert.h reads the
                # first mask-1 token (documented): compare the per-token and mean outputs only.
                outputs.pop("cls", None)
                outputs.pop("seq_logits", None)
            out_cases.append((case_name, g.case_inputs(ids, mask, tt), outputs))
        info, reference = g.describe(name, "gte" if native else "new", cls, seed, "tools/make_goldens_gte.py",
                                     {"pad": PAD, "unk": 100, "cls": CLS, "sep": SEP, "mask": 103, "first_regular": 104},
                                     has_pooler=cls is GteForSequenceClassification,
                                     note="random weights (tools/goldens_hf.py randomize, norms around 1), saved in " +
                                          ("transformers' layout (model_type gte)" if native else "Alibaba-NLP's layout (model_type new)"),
                                     run="float32, eval, eager attention" +
                                         (", ntk factor %g run as linear scaling" % ntk if ntk else ""))
        with open(os.path.join(folder, "MODEL_INFO.json"), "w") as f:
            json.dump(info, f, indent=1)
            f.write("\n")
        g.write_golden(folder, name, out_cases, reference)
        shutil.copy(VOCAB, os.path.join(folder, "vocab.txt"))
        print("wrote %s (transformers' reload: within %.2g)" % (folder, reload_diff))


if __name__ == "__main__":
    main()
