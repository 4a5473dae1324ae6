#!/usr/bin/env python3
"""Tiny random SPLADE checkpoints (sentence-transformers' SparseEncoder: MLMTransformer + SpladePooling),
with goldens from sentence-transformers' own classes.

  PYTHONPATH=/tmp/st5/whl build/venv/bin/python tools/make_goldens_splade.py

    build/venv: transformers 4.46.3 over torch 1.13 (typing_extensions >= 4.12 added with
    `pip install --no-deps`, which sentence-transformers 5 imports). /tmp/st5/whl: sentence-transformers
    5.1.2 as `pip download --no-deps sentence-transformers==5.1.2` gives it, the wheel unpacked
    (`unzip sentence_transformers-5.1.2-py3-none-any.whl -d /tmp/st5/whl`); the venv's own 3.3.1 has
    no SparseEncoder.

Writes tests/fixtures/models/splade/ and splade_sum/: a masked-LM checkpoint wrapped as
`SparseEncoder(modules=[MLMTransformer(folder), SpladePooling(...)])` and saved by SparseEncoder.save
(no model card), so the folder holds what sentence-transformers writes: modules.json,
config_sentence_transformers.json, sentence_bert_config.json, 1_SpladePooling/config.json,
config.json and model.safetensors (save_pretrained's, the decoder tied to the word embeddings and
not stored), vocab.txt (tests/fixtures/models/bert's) and the tokenizer files its tokenizer writes.

  splade      BertForMaskedLM, SpladePooling max / relu (SPLADE v2 and later: naver/splade-*),
              max_seq_length 24 in sentence_bert_config.json: texts are truncated there;
              word_embedding_dimension 1000 in the pooling config, as hub folders have it.
  splade_sum  DistilBertForMaskedLM, SpladePooling sum / log1p_relu (OpenSearch's variant:
              log1p applied twice), max_seq_length left to sentence-transformers (64, the positions);
              word_embedding_dimension null, as a SpladePooling that never ran saves it.

golden.json has the cases every masked-LM fixture has (tests/fixtures/models/MODELS.md; computed by
transformers' own *ForMaskedLM read back from the saved folder) and, for the sparse embeddings:

  "sparse": {"pooling_strategy", "activation_function", "max_seq_length", "top_k": 5,
             "batch": {"batch_size": 4, "max_abs_diff": ...}}
  "sparse_texts": [{"text", "ids", "entries", "top"}...]

ids: the ids SparseEncoder.tokenize gives the text (stripped, truncated to max_seq_length);
entries: the nonzero entries of model.encode([text], convert_to_tensor=True).to_dense(), [index,
value] by index; top: those of model.encode([text], max_active_dims=5) (sentence-transformers' own
top-k), [index, value] by value, highest first. Values are float32 written with 9 significant
digits (exact). The script also checks, and writes nothing new for, two things: one encode call
over all the texts (batch_size 4, so padded batches) gives the same entries within 1e-5; and each
text's entries equal the published formula over transformers' own masked-LM logits (the max, or
sum, over the mask-1 tokens of log(1 + relu(logit)), log1p twice for log1p_relu), within 1e-5.

Random weights (tools/goldens_hf.py randomize) but the decoder bias, drawn N(-2, 1) per vocabulary
entry (VOCAB_BIAS) so that, as in a trained SPLADE model, a share of the vocabulary is active for
a text and not all of it (9% to 37% of it here; with the usual small bias nearly every entry is).
"""
import json
import os
import shutil
import sys
import tempfile

import torch
from transformers import AutoTokenizer, BertConfig, BertForMaskedLM, DistilBertConfig, DistilBertForMaskedLM

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldens_hf as g  # noqa: E402

V, PAD, CLS, SEP = 1000, 0, 101, 102
SPECIAL = {"pad": PAD, "unk": 100, "cls": CLS, "sep": SEP, "mask": 103, "first_regular": 104}
VOCAB = os.path.join(g.MODELS, "bert", "vocab.txt")
VOCAB_BIAS = (-2.0, 1.0)  # mean, std of the decoder bias: a share of the vocabulary active, not all
TOP_K = 5
BATCH_SIZE = 4
TOLERANCE = 1e-5

FIXTURES = [  # name, class, config, decoder bias parameter, pooling strategy, activation, max_seq_length
    ("splade", BertForMaskedLM,
     lambda: BertConfig(vocab_size=V, hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64,
                        max_position_embeddings=64, type_vocab_size=2, pad_token_id=PAD),
     "cls.predictions.bias", "max", "relu", 24),
    ("splade_sum", DistilBertForMaskedLM,
     lambda: DistilBertConfig(vocab_size=V, dim=32, n_layers=2, n_heads=4, hidden_dim=64, max_position_embeddings=64,
                              pad_token_id=PAD),
     "vocab_projector.bias", "sum", "log1p_relu", None),
]

TEXTS = [
    "tok5",
    "tok17 tok230 tok42 tok8 tok300",
    # Past max_seq_length (24 for splade, 64 for splade_sum): truncated, [SEP] kept last.
    " ".join("tok%d" % (7 + 11 * i % 880) for i in range(80)),
    # Punctuation (not in the vocabulary: [UNK] each), accents stripped by the lower-casing tokenizer,
    # a word outside the vocabulary, upper case.
    "Tók5, tök17! (tok230) -- tok42? Ünïcode TOK8.",
    "",
    "tok5tok4 tok10tok9tok14 tok20",  # word pieces
    "  TOK402\ttok403\n tok404  ",  # stripped, split on any whitespace
    "tok1 中文 tok2",  # CJK characters: a token each ([UNK])
]


def build(name, cls, make_config, bias_name, seed, work):
    """The random masked-LM checkpoint, saved by save_pretrained with the bert fixture's vocab.txt."""
    cfg = make_config()
    cfg.architectures = [cls.__name__]
    torch.manual_seed(seed)
    model = g.randomize(cls(cfg), seed).eval()
    gen = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        bias = dict(model.named_parameters())[bias_name]
        bias.copy_(torch.randn(bias.shape, generator=gen) * VOCAB_BIAS[1] + VOCAB_BIAS[0])
    model.save_pretrained(work, safe_serialization=True)
    shutil.copy(VOCAB, os.path.join(work, "vocab.txt"))
    return cfg


def save_sparse_encoder(work, folder, pooling, activation, max_seq_length, dimension):
    """SparseEncoder(MLMTransformer, SpladePooling) over the checkpoint in work, saved to folder."""
    from sentence_transformers import SparseEncoder
    from sentence_transformers.sparse_encoder.models import MLMTransformer, SpladePooling
    mlm = MLMTransformer(work, max_seq_length=max_seq_length)
    mlm.auto_model.config._name_or_path = os.path.basename(folder)  # not the temporary folder's name
    # word_embedding_dimension: hub folders have the vocabulary size (SpladePooling learns it on its
    # first forward); null, as a fresh SpladePooling saves it, is kept on one fixture.
    pool = SpladePooling(pooling_strategy=pooling, activation_function=activation, word_embedding_dimension=dimension)
    encoder = SparseEncoder(modules=[mlm, pool], device="cpu")
    if os.path.exists(folder):
        shutil.rmtree(folder)
    encoder.save(folder, create_model_card=False)
    for extra in ("generation_config.json",):
        if os.path.exists(os.path.join(folder, extra)):
            os.remove(os.path.join(folder, extra))


def mlm_cases(folder, cls, seed, uses_types):
    """The cases every masked-LM fixture has, from transformers' own class read back from folder."""
    model = cls.from_pretrained(folder).eval()
    base = getattr(model, model.base_model_prefix)
    out_cases = []
    for case_name, ids, mask in g.standard_cases(model.config.max_position_embeddings, seed, V, CLS, SEP, PAD):
        types = g.pair_types(case_name, ids, SEP) if uses_types else None
        ids_t, mask_t = torch.tensor(ids), torch.tensor(mask)
        kw = {"input_ids": ids_t, "attention_mask": mask_t}
        if types is not None:
            kw["token_type_ids"] = torch.tensor(types)
        res = model(**kw)
        outputs = g.base_outputs(base(**kw)[0], mask_t)
        outputs.update(g.head_outputs("mlm", res, mask_t, len(ids[0])))
        if case_name.endswith("leftpad"):
            # Hugging Face's first-token output reads position 0, a pad there; bert.h reads the first
            # mask-1 token (documented): compare the per-token and mean outputs only.
            outputs.pop("cls", None)
        out_cases.append((case_name, g.case_inputs(ids, mask, types), outputs))
    return out_cases


def nonzero_entries(dense):
    index = torch.nonzero(dense).flatten().tolist()
    return [[i, g.rounded(dense[i].item())] for i in index]


def sparse_texts(folder, pooling, activation):
    """golden.json's "sparse" and "sparse_texts": sentence-transformers' SparseEncoder read back from
    folder, text by text; checked against one batched call."""
    from sentence_transformers import SparseEncoder
    encoder = SparseEncoder(folder, device="cpu")
    pool = encoder[1]
    assert (pool.pooling_strategy, pool.activation_function) == (pooling, activation), pool
    entries, singles = [], []
    for text in TEXTS:
        dense = encoder.encode([text], convert_to_tensor=True)[0].to_dense()
        top = encoder.encode([text], max_active_dims=TOP_K)[0].to_dense()
        singles.append(dense)
        top_entries = sorted(nonzero_entries(top), key=lambda e: -e[1])
        # A top-k a reimplementation can match: k distinct values above the rest.
        ranked = torch.sort(dense, descending=True).values
        assert len(top_entries) == min(TOP_K, int((dense != 0).sum())), (text, top_entries)
        assert ranked[TOP_K - 1] - ranked[TOP_K] > 1e-4 and len({e[1] for e in top_entries}) == len(top_entries), text
        # No entry so near zero that a reimplementation within TOLERANCE could drop or add it.
        assert dense[dense != 0].min() > 10 * TOLERANCE, text
        ids = encoder.tokenize([text])["input_ids"][0].tolist()
        entries.append({"text": text, "ids": ids, "entries": nonzero_entries(dense), "top": top_entries})
    batched = encoder.encode(TEXTS, convert_to_tensor=True, batch_size=BATCH_SIZE).to_dense()
    batch_diff = max((batched[i] - singles[i]).abs().max().item() for i in range(len(TEXTS)))
    assert batch_diff <= TOLERANCE, "batched encode differs from one text at a time by %g" % batch_diff
    meta = {"pooling_strategy": pooling, "activation_function": activation, "max_seq_length": encoder.max_seq_length,
            "top_k": TOP_K, "batch": {"batch_size": BATCH_SIZE, "max_abs_diff": g.rounded(batch_diff)},
            "notes": ["entries: the nonzero entries of SparseEncoder.encode([text]) densified, [index, value] by index",
                      "top: SparseEncoder.encode([text], max_active_dims=%d), [index, value] by value, highest first" % TOP_K,
                      "ids: SparseEncoder.tokenize([text]) (stripped, truncated to max_seq_length)",
                      "batch: one encode call over all the texts (batch_size %d) gave the same entries within %g"
                      % (BATCH_SIZE, TOLERANCE)]}
    return meta, entries, singles


def check_formula(folder, cls, pooling, activation, max_seq_length, singles):
    """The published SPLADE formula over transformers' own masked-LM logits, with Hugging Face's tokenizer
    (truncated to max_seq_length): every text's SparseEncoder embedding within TOLERANCE."""
    model = cls.from_pretrained(folder).eval()
    tok = AutoTokenizer.from_pretrained(folder)
    worst = 0.0
    for text, golden in zip(TEXTS, singles):
        enc = tok([text.strip()], truncation=True, max_length=max_seq_length, return_tensors="pt")
        logits = model(**enc).logits[0]
        weights = torch.log1p(torch.relu(logits))
        if activation == "log1p_relu":
            weights = torch.log1p(weights)
        weights = weights[enc["attention_mask"][0].bool()]
        expected = weights.max(0).values if pooling == "max" else weights.sum(0)
        worst = max(worst, (expected - golden).abs().max().item())
    assert worst <= TOLERANCE, "SparseEncoder differs from the formula by %g" % worst
    return worst


def main():
    import sentence_transformers
    torch.set_grad_enabled(False)
    for index, (name, cls, make_config, bias_name, pooling, activation, max_seq_length) in enumerate(FIXTURES):
        seed = 33000 + index
        folder = os.path.join(g.MODELS, name)
        with tempfile.TemporaryDirectory() as work:
            cfg = build(name, cls, make_config, bias_name, seed, work)
            save_sparse_encoder(work, folder, pooling, activation, max_seq_length, V if name == "splade" else None)
        uses_types = cfg.model_type == "bert"
        out_cases = mlm_cases(folder, cls, seed, uses_types)
        meta, entries, singles = sparse_texts(folder, pooling, activation)
        worst = check_formula(folder, cls, pooling, activation, meta["max_seq_length"], singles)
        note = ("random weights (tools/goldens_hf.py randomize), the decoder bias N(%g, %g) per vocabulary entry"
                % VOCAB_BIAS)
        info, reference = g.describe(
            name, cfg.model_type, cls, seed, "tools/make_goldens_splade.py", SPECIAL, note=note,
            notes=["saved by sentence-transformers %s's SparseEncoder.save: MLMTransformer + SpladePooling(%s, %s)"
                   % (sentence_transformers.__version__, pooling, activation),
                   "sparse_texts from SparseEncoder itself; the cases from transformers' %s read back from the folder"
                   % cls.__name__],
            info_extra={"sentence_transformers": {"model_type": "SparseEncoder", "pooling_strategy": pooling,
                                                  "activation_function": activation, "max_seq_length": meta["max_seq_length"]}},
            run="float32, eval; sparse_texts from sentence-transformers %s's SparseEncoder" % sentence_transformers.__version__)
        with open(os.path.join(folder, "MODEL_INFO.json"), "w") as f:
            json.dump(info, f, indent=1)
            f.write("\n")
        g.write_golden(folder, name, out_cases, reference)
        path = os.path.join(folder, "golden.json")
        with open(path) as f:
            golden = json.load(f)
        golden["sparse"] = meta
        golden["sparse_texts"] = entries
        with open(path, "w") as f:
            json.dump(golden, f)
            f.write("\n")
        print("wrote %s: nonzero per text %s; batched vs single %.2g, formula vs SparseEncoder %.2g"
              % (folder, [len(e["entries"]) for e in entries], meta["batch"]["max_abs_diff"], worst))


if __name__ == "__main__":
    main()
