#!/usr/bin/env python3
"""Tiny random NomicBERT checkpoints, with goldens from nomic-ai's own model code.

NomicBERT (nomic-embed-text-v1, v1.5) is not in transformers: its checkpoints run through
modeling_hf_nomic_bert.py and configuration_hf_nomic_bert.py, trust_remote_code files of the
Hugging Face Hub (nomic-ai/nomic-bert-2048). They are not part of this repository: put the two
files, unmodified, in a folder that is a package (with an empty __init__.py), and name it:

  NOMIC_REF=/tmp/nomic_ref build/venv/bin/python tools/make_goldens_nomic.py

(transformers 4.46.3 over PyTorch 1.13, plus einops). Writes tests/fixtures/models/nomic*/
(config.json and model.safetensors as save_pretrained writes them, with the real checkpoints'
model_type and auto_map; the WordPiece vocab.txt of tests/fixtures/models/bert; MODEL_INFO.json;
golden.json in the format of the other fixtures), float32, eval mode.

What the cases pin down: post-LayerNorm layers after the embedding norm emb_ln; token types (the
62-token pair has type 1 on its second text); rotary embeddings over the whole head, halves
rotated together, base 1000 as nomic-embed-text (10000 in nomic_seqcls), at positions that count
masked and left-padded slots; SwiGLU fc2(fc11(x) * silu(fc12(x))) with n_inner rounded up to 256
(GeGLU in nomic_seqcls); no biases as nomic-embed-text, or all of them; BERT's pooler and
classifier (nomic_seqcls), the token classifier and the QA head (nomic_tokcls, nomic_qa), the masked-LM head tied to the word embeddings (nomic_mlm);
rotary_scaling_factor (dynamic NTK), exact up to max_trained_positions (nomic_ntk: 64).

Cross-check (not part of the fixtures): transformers 5.25's own NomicBertModel (PyTorch 2.9.1,
eager; its "nomic_bert" conversion mapping reading these folders, the config given in its own
names) agrees with the nomic and nomic_ntk goldens within 4.1e-06 on every last_hidden_state value
at mask-1 positions (relative to max(1, |x|): 3.2e-06). Its classes have no biases, so the
fixtures with biases were not compared.
"""
import os
import shutil
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldens_hf as g  # noqa: E402

REF = os.environ.get("NOMIC_REF", "/tmp/nomic_ref")
sys.path.insert(0, os.path.dirname(os.path.abspath(REF)))
_pkg = __import__(os.path.basename(os.path.abspath(REF)) + ".modeling_hf_nomic_bert", fromlist=["*"])
NomicBertConfig = _pkg.NomicBertConfig
NomicBertModel, NomicBertForPreTraining = _pkg.NomicBertModel, _pkg.NomicBertForPreTraining
NomicBertForSequenceClassification = _pkg.NomicBertForSequenceClassification
NomicBertForTokenClassification, NomicBertForQuestionAnswering = _pkg.NomicBertForTokenClassification, _pkg.NomicBertForQuestionAnswering

V, PAD, CLS, SEP = 1000, 0, 101, 102
VOCAB = os.path.join(g.MODELS, "bert", "vocab.txt")
AUTO_MAP = {"AutoConfig": "nomic-ai/nomic-bert-2048--configuration_hf_nomic_bert.NomicBertConfig",
            "AutoModel": "nomic-ai/nomic-bert-2048--modeling_hf_nomic_bert.NomicBertModel",
            "AutoModelForMaskedLM": "nomic-ai/nomic-bert-2048--modeling_hf_nomic_bert.NomicBertForPreTraining"}


def config(**extra):
    """nomic-embed-text-v1.5's settings, small."""
    common = dict(vocab_size=V, n_embd=64, n_layer=2, n_head=4, n_inner=256, activation_function="swiglu", rotary_emb_fraction=1.0,
                  rotary_emb_base=1000, rotary_emb_interleaved=False, rotary_scaling_factor=None, qkv_proj_bias=False,
                  mlp_fc1_bias=False, mlp_fc2_bias=False, layer_norm_epsilon=1e-12, n_positions=8192, max_trained_positions=2048,
                  type_vocab_size=2, prenorm=False, causal=False, pad_token_id=PAD, bos_token_id=None, eos_token_id=None,
                  attn_pdrop=0.0, resid_pdrop=0.0, embd_pdrop=0.0, summary_first_dropout=0.0, use_cache=False)
    common.update(extra)
    cfg = NomicBertConfig(**common)
    cfg.auto_map = AUTO_MAP
    return cfg


BIASES = dict(qkv_proj_bias=True, mlp_fc1_bias=True, mlp_fc2_bias=True)
FIXTURES = [  # name, class, config overrides, head
    ("nomic", NomicBertModel, {}, "base"),
    # GeGLU, every bias, 2 heads of 32, the default base 10000, n_inner 200 (runs as 256).
    ("nomic_seqcls", NomicBertForSequenceClassification,
     dict(BIASES, activation_function="geglu", n_head=2, n_inner=200, rotary_emb_base=10000, num_labels=3), "seq"),
    ("nomic_mlm", NomicBertForPreTraining, dict(BIASES), "mlm"),
    # Dynamic NTK scaling: plain rotary up to max_trained_positions, which bert.h then takes as the limit.
    ("nomic_ntk", NomicBertModel, dict(rotary_scaling_factor=2.0, max_trained_positions=64), "base"),
    ("nomic_tokcls", NomicBertForTokenClassification, dict(num_labels=5), "token"),
    ("nomic_qa", NomicBertForQuestionAnswering, dict(num_labels=2), "qa"),
]


def main():
    torch.set_grad_enabled(False)
    for index, (name, cls, extra, head) in enumerate(FIXTURES):
        seed = 23000 + index
        cfg = config(**extra)
        cfg.architectures = [cls.__name__]
        torch.manual_seed(seed)
        model = cls(cfg, add_pooling_layer=False) if cls is NomicBertModel else cls(cfg)
        model = g.randomize(model, seed).eval()
        with torch.no_grad():  # its LayerNorms are norm1, norm2, emb_ln: around 1 like the other fixtures'
            for pname, p in model.named_parameters():
                if pname.endswith(("norm1.weight", "norm2.weight", "emb_ln.weight")):
                    p.add_(1.0)
        limit = cfg.max_trained_positions if cfg.rotary_scaling_factor else cfg.n_positions
        base = model if head == "base" else model.bert
        out_cases = []
        for case_name, ids, mask in g.standard_cases(limit, seed, V, CLS, SEP, PAD):
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
        info, reference = g.describe(name, "nomic_bert", cls, seed, "tools/make_goldens_nomic.py",
                                     {"pad": PAD, "unk": 100, "cls": CLS, "sep": SEP, "mask": 103, "first_regular": 104},
                                     has_pooler=cls is NomicBertForSequenceClassification,
                                     note="random weights (tools/goldens_hf.py randomize, norms around 1)",
                                     run="float32, eval, nomic-ai's modeling_hf_nomic_bert.py, matmul attention")
        folder = g.write_fixture(name, model, info, out_cases, reference)
        shutil.copy(VOCAB, os.path.join(folder, "vocab.txt"))
        print("wrote", folder)


if __name__ == "__main__":
    main()
