#!/usr/bin/env python3
"""make_torch_fixtures.py - writes tests/fixtures/torch_bin/: pytorch_model.bin checkpoints saved by
real PyTorch from the safetensors fixtures, and hostile files, for tests/test_torch_bin.c.

    /work/venv/bin/python tools/make_torch_fixtures.py     (torch and safetensors installed)

Run from the project root. The output is committed; the tests never run this script. Each
converted folder keeps the source fixture's basename (the model file records it as the model
name), so converting it must give a file byte-identical to converting the safetensors folder.

  bert/                zip format (torch >= 1.6); q, k and v weights of layer 0 are views into one
                       fused storage (non-zero storage offsets), plus an I64 position_ids buffer
  bert_bf16/           zip format, BF16 storages
  roberta/             zip format
  distilbert/          zip format; an OrderedDict with _metadata (BUILD), nn.Parameter values
  roberta_mlm/         zip format; lm_head.decoder.weight is the word-embedding tensor itself
                       (tied weights: one storage, two names), as model.state_dict() saves it
  zip64/bert_bf16/     bert_bf16's entries rewritten with ZIP64 extra fields and end records
  views/bert_f16/      every matrix a transposed view, every bias a stride-2 view (copied row-major)
  legacy/bert_f16/     the legacy format (_use_new_zipfile_serialization=False), F16 storages
  sharded/bert_f16/    two zip shards named by pytorch_model.bin.index.json
  hostile/NAME/        config.json and a pytorch_model.bin (or model.safetensors) that must be refused
"""
import collections
import io
import json
import os
import pickle
import shutil
import struct
import zipfile

import torch
from safetensors.torch import load_file

SRC = "tests/fixtures/models"
OUT = "tests/fixtures/torch_bin"
KEEP = ("config.json", "vocab.txt", "vocab.json", "merges.txt", "tokens.txt", "tokenizer.json",
        "tokenizer_config.json", "special_tokens_map.json", "spiece.model")


def copy_side_files(name, dest):
    os.makedirs(dest, exist_ok=True)
    for f in KEEP:
        if os.path.exists(os.path.join(SRC, name, f)):
            shutil.copy(os.path.join(SRC, name, f), os.path.join(dest, f))


def state_dict(name):
    return dict(load_file(os.path.join(SRC, name, "model.safetensors")))


def save(sd, path, legacy=False):
    if legacy:
        torch.save(sd, path, _use_new_zipfile_serialization=False)
    else:
        torch.save(sd, path)


def fused_qkv(sd):
    """Layer 0's q, k, v weights become views into one storage (offsets 0, n, 2n)."""
    pre = "encoder.layer.0.attention.self."
    if pre + "query.weight" not in sd:
        pre = "bert." + pre
    q, k, v = (sd[pre + n + ".weight"] for n in ("query", "key", "value"))
    fused = torch.cat([q, k, v]).contiguous()
    for n, t in zip(("query", "key", "value"), fused.chunk(3)):
        sd[pre + n + ".weight"] = t
    assert sd[pre + "key.weight"].storage_offset() == q.numel()
    return sd


def good():
    sd = fused_qkv(state_dict("bert"))
    sd["embeddings.position_ids"] = torch.arange(64).unsqueeze(0)  # an I64 buffer, as transformers saves
    copy_side_files("bert", f"{OUT}/bert")
    save(sd, f"{OUT}/bert/pytorch_model.bin")

    for name in ("bert_bf16", "roberta"):
        copy_side_files(name, f"{OUT}/{name}")
        save(state_dict(name), f"{OUT}/{name}/pytorch_model.bin")

    # As model.state_dict() returns it: an OrderedDict with a _metadata attribute (pickled as
    # REDUCE, SETITEMS, then BUILD with its state), here with nn.Parameter values (keep_vars=True:
    # torch._utils._rebuild_parameter).
    sd = collections.OrderedDict((k, torch.nn.Parameter(v, requires_grad=False) if v.dim() == 2 else v)
                                 for k, v in state_dict("distilbert").items())
    sd._metadata = collections.OrderedDict([("", {"version": 1})] + [(k.rsplit(".", 1)[0], {"version": 1}) for k in sd])
    copy_side_files("distilbert", f"{OUT}/distilbert")
    save(sd, f"{OUT}/distilbert/pytorch_model.bin")

    sd = state_dict("roberta_mlm")
    assert "lm_head.decoder.weight" not in sd
    sd["lm_head.decoder.weight"] = sd["roberta.embeddings.word_embeddings.weight"]  # the same tensor
    copy_side_files("roberta_mlm", f"{OUT}/roberta_mlm")
    save(sd, f"{OUT}/roberta_mlm/pytorch_model.bin")

    copy_side_files("bert_bf16", f"{OUT}/zip64/bert_bf16")
    with zipfile.ZipFile(f"{OUT}/bert_bf16/pytorch_model.bin") as z:
        write_zip64([(i.filename, z.read(i.filename)) for i in z.infolist()], f"{OUT}/zip64/bert_bf16/pytorch_model.bin")

    # Strided views, as some converted checkpoints hold (safetensors needs .contiguous(), a .bin does
    # not): every matrix as the transpose of its transpose (strides (1, rows)), every bias as every
    # other element of a [n, 2] tensor (stride 2). The reader copies them row-major.
    sd = state_dict("bert_f16")
    for k, v in sd.items():
        if v.dim() == 2:
            sd[k] = v.t().contiguous().t()
        elif k.endswith(".bias"):
            sd[k] = torch.stack([v, torch.zeros_like(v)], 1)[:, 0]
        assert torch.equal(sd[k], v)
    assert not sd["embeddings.word_embeddings.weight"].is_contiguous()
    copy_side_files("bert_f16", f"{OUT}/views/bert_f16")
    save(sd, f"{OUT}/views/bert_f16/pytorch_model.bin")

    copy_side_files("bert_f16", f"{OUT}/legacy/bert_f16")
    save(state_dict("bert_f16"), f"{OUT}/legacy/bert_f16/pytorch_model.bin", legacy=True)

    sd = state_dict("bert_f16")
    names = sorted(sd)
    half = len(names) // 2
    copy_side_files("bert_f16", f"{OUT}/sharded/bert_f16")
    weight_map = {}
    for i, part in enumerate((names[:half], names[half:])):
        fname = f"pytorch_model-0000{i + 1}-of-00002.bin"
        save({n: sd[n] for n in part}, f"{OUT}/sharded/bert_f16/{fname}")
        weight_map.update({n: fname for n in part})
    with open(f"{OUT}/sharded/bert_f16/pytorch_model.bin.index.json", "w") as f:
        json.dump({"metadata": {"total_size": 0}, "weight_map": weight_map}, f, indent=1)


def write_zip64(entries, path):
    """A stored zip whose every size and offset goes through ZIP64 extra fields and the ZIP64 end
    records, as torch writes for files past 4 GB (small here: the layout is what is tested)."""
    import zlib
    out, central = bytearray(), bytearray()
    for name, data in entries:
        name = name.encode()
        crc, off = zlib.crc32(data) & 0xFFFFFFFF, len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 0, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(name), 20)
        out += name + struct.pack("<HHQQ", 1, 16, len(data), len(data)) + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 0, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                               len(name), 28, 0, 0, 0, 0, 0xFFFFFFFF)
        central += name + struct.pack("<HHQQQ", 1, 24, len(data), len(data), off)
    cd_off = len(out)
    out += central
    z64 = len(out)
    out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(entries), len(entries), len(central), cd_off)
    out += struct.pack("<IIQI", 0x07064B50, 0, z64, 1)
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    with open(path, "wb") as f:
        f.write(out)
    with zipfile.ZipFile(path) as z:  # Python's reader agrees
        assert z.testzip() is None and [i.filename for i in z.infolist()] == [n for n, _ in entries]


def zip_with(entries, path, compress=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression=compress) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name), data, compress_type=compress)


def hostile_dir(name):
    d = f"{OUT}/hostile/{name}"
    os.makedirs(d, exist_ok=True)
    shutil.copy(f"{SRC}/bert/config.json", f"{d}/config.json")
    return f"{d}/pytorch_model.bin"


class Eval:
    def __reduce__(self):
        return (eval, ("__import__('os').system('echo pwned')",))


def hostile():
    shutil.rmtree(f"{OUT}/hostile", ignore_errors=True)
    small = {"w": torch.arange(12, dtype=torch.float32)}
    buf = io.BytesIO()
    torch.save(small, buf)
    real = buf.getvalue()

    # GLOBAL os system + REDUCE, in a torch-like zip.
    os_system = b"\x80\x02cos\nsystem\nq\x00X\x0a\x00\x00\x00echo pwnedq\x01\x85q\x02Rq\x03."
    zip_with([("archive/data.pkl", os_system), ("archive/version", b"3\n")], hostile_dir("os_system"))
    # builtins.eval through STACK_GLOBAL (protocol 4), in a zip.
    zip_with([("archive/data.pkl", pickle.dumps(Eval(), protocol=4))], hostile_dir("builtins_eval"))
    # A bare pickle (the legacy path) calling posix.system directly.
    with open(hostile_dir("legacy_system"), "wb") as f:
        f.write(b"\x80\x02cposix\nsystem\nX\x0a\x00\x00\x00echo pwned\x85R.")
    # Truncated: a real checkpoint cut in half (no end of central directory).
    with open(hostile_dir("truncated"), "wb") as f:
        f.write(real[: len(real) // 2])
    # A string whose length runs far past the end of data.pkl.
    zip_with([("archive/data.pkl", b"\x80\x02X\xff\xff\xff\x7fabc.")], hostile_dir("huge_length"))
    zip_with([("archive/data.pkl", b"\x80\x04\x8d" + struct.pack("<Q", 1 << 62) + b"abc.")], hostile_dir("huge_length8"))
    # A compressed (deflated) archive.
    with zipfile.ZipFile(io.BytesIO(real)) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    zip_with(entries, hostile_dir("compressed"), zipfile.ZIP_DEFLATED)
    # Big-endian byte order.
    top = entries[0][0].split("/")[0]  # torch 1.13 writes no byteorder entry (2.x does): add one
    zip_with([(n, d) for n, d in entries if not n.endswith("/byteorder")] + [(top + "/byteorder", b"big")],
             hostile_dir("big_endian"))
    # A corrupted storage byte: the CRC-32 check catches it.
    data_entry = [n for n, _ in entries if "/data/" in n][0]
    bad = bytearray(real)
    at = bytes(real).find(struct.pack("<f", 5.0))
    bad[at] ^= 0xFF
    with open(hostile_dir("bad_crc"), "wb") as f:
        f.write(bytes(bad))
    assert data_entry
    # Overlapping views: one element broadcast to 100,000 (stride 0); copying them row-major would
    # take far more memory than the file holds.
    torch.save({"w": torch.zeros(1).expand(100000)}, hostile_dir("overlapping"))
    # A nested checkpoint, not a state_dict.
    torch.save({"model": small}, hostile_dir("nested"))
    # A tensor that claims more elements than its storage holds (edited size tuple).
    with zipfile.ZipFile(io.BytesIO(real)) as z:
        pkl_name = [n for n in z.namelist() if n.endswith("/data.pkl")][0]
        pkl = z.read(pkl_name)
    assert b"K\x0c\x85" in pkl
    zip_with([(n, pkl.replace(b"K\x0c\x85", b"K\x0d\x85") if n == pkl_name else d) for n, d in entries],
             hostile_dir("past_storage"))
    # Git LFS pointers instead of the weights.
    lfs = ("version https://git-lfs.github.com/spec/v1\n"
           "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 438007537\n")
    with open(hostile_dir("lfs_bin"), "w") as f:
        f.write(lfs)
    d = f"{OUT}/hostile/lfs_safetensors"
    os.makedirs(d, exist_ok=True)
    shutil.copy(f"{SRC}/bert/config.json", f"{d}/config.json")
    with open(f"{d}/model.safetensors", "w") as f:
        f.write(lfs)


if __name__ == "__main__":
    good()
    hostile()
