"""make bench-arch: what MPNet's relative bias and DeBERTa's disentangled terms cost over a BERT
encoder of the same shape (12 layers, H 768, 12 heads, I 3072), in CPU time per forward pass on
one thread.

  python3 tools/bench_arch.py [--rounds N] [--bin build/bert] [--shapes f32:384,q8_0:128]

Random-weight checkpoints from transformers' own classes (BertModel, MPNetModel, DebertaV2Model
with v3's settings: 256 buckets, c2p + p2c, shared keys, LayerNorm'd relative embeddings) are made
once into build/bench-arch/ (build/venv: tools/pyenv.py) and converted with build/bert-convert.
Each figure is the CPU time (user + system, from wait4) of `bert bench --iters N + 2` less that of
`--iters 2`, over N: loading and the first passes are left out, and CPU time, unlike wall time,
does not count the minutes another process holds the core. Rounds interleave the models; the
table shows medians and the ratio to BERT.
"""
import argparse
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyenv  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "build", "bench-arch")
SHAPE = dict(hidden_size=768, num_hidden_layers=12, num_attention_heads=12, intermediate_size=3072)


def make_models():
    """The three checkpoints, once."""
    import torch
    import transformers as T
    torch.manual_seed(0)
    models = {
        "bert": lambda: T.BertModel(T.BertConfig(max_position_embeddings=512, **SHAPE)),
        "mpnet": lambda: T.MPNetModel(T.MPNetConfig(max_position_embeddings=514, **SHAPE)),
        "deberta-v3": lambda: T.DebertaV2Model(T.DebertaV2Config(
            max_position_embeddings=512, relative_attention=True, position_buckets=256, norm_rel_ebd="layer_norm",
            share_att_key=True, pos_att_type=["p2c", "c2p"], max_relative_positions=-1, position_biased_input=False,
            vocab_size=128100, layer_norm_eps=1e-7, **SHAPE)),
    }
    for name, make in models.items():
        folder = os.path.join(OUT, name)
        if not os.path.exists(os.path.join(folder, "model.safetensors")):
            make().save_pretrained(folder)
    return list(models)


def convert(name, dtype):
    path = os.path.join(OUT, "%s-%s.bert" % (name, dtype))
    if not os.path.exists(path):
        subprocess.run([os.path.join(ROOT, "build", "bert-convert"), "--no-tokenizer", "--dtype", dtype,
                        os.path.join(OUT, name), path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


def cpu_seconds(cmd):
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit("bench-arch: %s failed" % " ".join(cmd))
    return usage.ru_utime + usage.ru_stime


def per_pass_ms(binary, model, seq, n):
    def run(iters):
        return cpu_seconds([binary, "bench", "-m", model, "--batch", "1", "--seq", str(seq), "--threads", "1",
                            "--iters", str(iters), "--warmup", "0"])
    return (run(n + 2) - run(2)) * 1000 / n


def main():
    pyenv.ensure()
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bert"))
    ap.add_argument("--shapes", default="f32:384,q8_0:128", help="dtype:seq,...")
    args = ap.parse_args()
    names = make_models()
    shapes = [(s.split(":")[0], int(s.split(":")[1])) for s in args.shapes.split(",")]
    times = {}
    for _ in range(args.rounds):
        for dtype, seq in shapes:
            for name in names:
                n = max(4, 3072 // seq)
                times.setdefault((dtype, seq, name), []).append(per_pass_ms(args.bin, convert(name, dtype), seq, n))
    cpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    fields = dict(l.split(":", 1) for l in cpu.splitlines() if ":" in l)
    name = "%s (family %s model %s)" % tuple(fields.get(k, "?").strip() for k in ("Model name", "CPU family", "Model"))
    print("cpu: %s; %s; CPU ms per forward pass, 1 thread, median of %d rounds" % (name, args.bin, args.rounds))
    print("| shape | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for dtype, seq in shapes:
        base = statistics.median(times[(dtype, seq, names[0])])
        cells = []
        for name in names:
            t = statistics.median(times[(dtype, seq, name)])
            cells.append("%.1f ms" % t if name == names[0] else "%.1f ms (%+.1f%%)" % (t, 100 * (t / base - 1)))
        print("| %s B1 S%d | %s |" % (dtype, seq, " | ".join(cells)))


if __name__ == "__main__":
    main()
