"""bench_rotary.py - the rotary encoders against a BERT of the same width and against ONNX Runtime.

    /work/venv-t2/bin/python tools/bench_rotary.py [--archs modernbert,nomic,gte] [--dir DIR] [--sizes base,mini]
                                                  [--seqs 128,512] [--threads 1] [--long 8192] [--no-ort]

(a venv with transformers >= 5 over torch >= 2.6, onnx and onnxruntime: never CI's.)

Makes random-weight checkpoints from transformers' own classes into DIR (default build/bench-rotary),
each beside the BERT of its width: ModernBERT-base's shape (22 layers, H 768, 12 heads, I 1152
gated, every third layer global, local_attention 128) and nomic-embed-text's (12 layers, H 768,
12 heads, SwiGLU I 3072) and gte-base-en-v1.5's (the same with GeGLU, no token types) beside
BERT-base's (12 layers, I 3072), and MiniLM-sized ones (6 layers, H 384; ModernBERT I 576,
NomicBERT and GTE I 1536, BERT I 1536); converts them with build/bert-convert;
and prints, per shape, the CPU time per forward pass of `build/bert bench` (the difference
between 2 and 8 iterations, so that loading is left out: robust on a shared machine), its
GFLOP/s, and the ratio of the model's rate per FLOP to BERT's. ONNX Runtime runs the same
checkpoint exported by torch.onnx.export (../shared/bench/ort_bench.py, wall-clock medians,
alternating with bert.h's). --long S also runs `bert bench --seq S` on the ModernBERT file as it
is, with every layer global, and with only layer 0 global (the config word global_every changed
in a copy of the file), printing time and peak resident memory.
"""
import argparse
import json
import os
import resource
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BERT = os.path.join(ROOT, "build", "bert")
ORT_BENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench", "ort_bench.py")
GLOBAL_EVERY_WORD = 47  # docs/FORMAT.md, config word global_every

BERT_SIZES = {"base": dict(hidden_size=768, num_hidden_layers=12, num_attention_heads=12, intermediate_size=3072, vocab_size=30522),
              "mini": dict(hidden_size=384, num_hidden_layers=6, num_attention_heads=12, intermediate_size=1536, vocab_size=30522)}
SIZES = {  # arch: {size: config}
    "modernbert": {"base": dict(hidden_size=768, num_hidden_layers=22, num_attention_heads=12, intermediate_size=1152, vocab_size=50368),
                   "mini": dict(hidden_size=384, num_hidden_layers=6, num_attention_heads=6, intermediate_size=576, vocab_size=30528)},
    "nomic": {"base": dict(hidden_size=768, num_hidden_layers=12, num_attention_heads=12, intermediate_size=3072, vocab_size=30528),
              "mini": dict(hidden_size=384, num_hidden_layers=6, num_attention_heads=12, intermediate_size=1536, vocab_size=30528)},
    "gte": {"base": dict(hidden_size=768, num_hidden_layers=12, num_attention_heads=12, intermediate_size=3072, vocab_size=30528),
            "mini": dict(hidden_size=384, num_hidden_layers=6, num_attention_heads=12, intermediate_size=1536, vocab_size=30528)},
}


def model_class(arch):
    """(config, model) for an arch name: transformers' own classes."""
    import transformers as t
    if arch == "modernbert":
        return (lambda **c: t.ModernBertConfig(max_position_embeddings=8192, global_attn_every_n_layers=3, local_attention=128,
                                               pad_token_id=0, bos_token_id=1, eos_token_id=2, cls_token_id=1, sep_token_id=2, **c),
                t.ModernBertModel)
    if arch == "nomic":
        return lambda **c: t.NomicBertConfig(max_position_embeddings=8192, **c), t.NomicBertModel
    if arch == "gte":
        return lambda **c: t.GteConfig(max_position_embeddings=8192, type_vocab_size=0, pad_token_id=0, **c), t.GteModel
    return lambda **c: t.BertConfig(max_position_embeddings=512, **c), t.BertModel


def make(folder, arch, size):
    """The arch's checkpoint of this size and BERT's, converted once: {kind: (HF folder, .bert file)}."""
    import torch
    paths = {}
    for kind, conf in ((arch, SIZES[arch][size]), ("bert", BERT_SIZES[size])):
        make_config, cls = model_class(kind)
        hf = os.path.join(folder, "%s-%s" % (kind, size))
        out = hf + ".bert"
        if not os.path.exists(out):
            torch.manual_seed(0)
            cfg = make_config(**conf)
            cfg.architectures = [cls.__name__]
            cls(cfg).eval().save_pretrained(hf)
            subprocess.run([os.path.join(ROOT, "build", "bert-convert"), hf, out, "--no-tokenizer"], check=True, capture_output=True)
        paths[kind] = (hf, out)
    return paths


def export_onnx(arch, hf, path):
    import torch
    if os.path.exists(path):
        return
    model = model_class(arch)[1].from_pretrained(hf, attn_implementation="eager", use_kernels=False).eval()

    class Wrap(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask):
            return self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    ids = torch.randint(1000, 30000, (1, 128))
    axes = {0: "batch", 1: "seq"}
    with torch.no_grad():
        torch.onnx.export(Wrap(model), (ids, torch.ones_like(ids)), path, input_names=["input_ids", "attention_mask"],
                          output_names=["last_hidden_state"], opset_version=17,
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes}, dynamo=False)


def cpu_ms(model, seq, threads, iters=6):
    """CPU time (user + system) of one forward pass: (run of iters + 2) - (run of 2), over iters."""
    def run(n):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([BERT, "bench", "-m", model, "--seq", str(seq), "--threads", str(threads), "--iters", str(n),
                              "--warmup", "0", "--json"], check=True, capture_output=True, text=True).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1e3, json.loads(out)
    a, _ = run(2)
    b, res = run(iters + 2)
    return (b - a) / iters, res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archs", default="modernbert,nomic,gte")
    ap.add_argument("--dir", default=os.path.join(ROOT, "build", "bench-rotary"))
    ap.add_argument("--sizes", default="base,mini")
    ap.add_argument("--seqs", default="128,512")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--long", type=int, default=0)
    ap.add_argument("--no-ort", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    print("| model | shape | S | CPU ms | GFLOP/s | BERT CPU ms | GFLOP/s | per-FLOP rate vs BERT | bert.h wall ms | ORT wall ms | ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for arch in args.archs.split(","):
        for size in args.sizes.split(","):
            paths = make(args.dir, arch, size)
            onnx = os.path.join(args.dir, "%s-%s.onnx" % (arch, size))
            if not args.no_ort:
                export_onnx(arch, paths[arch][0], onnx)
            for seq in (int(s) for s in args.seqs.split(",")):
                m_ms, m_res = cpu_ms(paths[arch][1], seq, args.threads)
                b_ms, b_res = cpu_ms(paths["bert"][1], seq, args.threads)
                m_rate = m_res["gflops"] * m_res["median_ms"] / m_ms
                b_rate = b_res["gflops"] * b_res["median_ms"] / b_ms
                ours = ort = float("nan")
                if not args.no_ort:
                    walls, orts = [], []
                    for _ in range(3):  # alternating, on a shared machine
                        walls.append(json.loads(subprocess.run([BERT, "bench", "-m", paths[arch][1], "--seq", str(seq), "--threads",
                                                                str(args.threads), "--iters", "5", "--json"], check=True,
                                                               capture_output=True, text=True).stdout)["median_ms"])
                        orts.append(json.loads(subprocess.run([sys.executable, ORT_BENCH, onnx, "--seq", str(seq), "--threads",
                                                               str(args.threads), "--iters", "5", "--json"], check=True, capture_output=True,
                                                              text=True).stdout.strip().splitlines()[-1])["median_ms_per_batch"])
                    ours, ort = sorted(walls)[1], sorted(orts)[1]
                print("| %s | %s | %d | %.1f | %.0f | %.1f | %.0f | %.2f | %.1f | %.1f | %.2f |" % (
                    arch, size, seq, m_ms, m_rate, b_ms, b_rate, m_rate / b_rate, ours, ort, ours / ort))
                sys.stdout.flush()
    if args.long:
        model = make(args.dir, "modernbert", "base")["modernbert"][1]
        data = bytearray(open(model, "rb").read())
        at = struct.unpack_from("<Q", data, 24)[0] + 4 * GLOBAL_EVERY_WORD
        variants = [("as it is", model)]
        for name, every in (("every layer global", 0), ("only layer 0 global", 1 << 10)):
            path = model[:-5] + "-global-every-%d.bert" % every
            struct.pack_into("<I", data, at, every)
            with open(path, "wb") as f:
                f.write(data)
            variants.append((name, path))
        print("\n| ModernBERT-base, B1 S%d, %d thread(s) | ms | peak resident MB |\n|---|---|---|" % (args.long, args.threads))
        for name, path in variants:
            res = json.loads(subprocess.run([BERT, "bench", "-m", path, "--seq", str(args.long), "--threads", str(args.threads), "--iters", "1",
                                             "--warmup", "0", "--json"], check=True, capture_output=True, text=True).stdout)
            print("| %s | %.0f | %.0f |" % (name, res["median_ms"], res["peak_rss_mb"]))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
