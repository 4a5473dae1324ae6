#!/usr/bin/env python3
"""bench.py - `make bench`: bert.h against ONNX Runtime on the same shapes, in one table.

    python3 tools/bench.py [--dir DIR] [--no-ort] [--models minilm-l6,bert-base]
                           [--threads 1,2] [--dtypes f32,f16,q8_0] [--shapes 1x16,1x128,32x128]
                           [--avx2 build/bert-avx2]

Makes random-weight checkpoints with the shapes of all-MiniLM-L6-v2 and bert-base-uncased
(../shared/bench/make_random_bert.py, needs numpy) into DIR (default build/bench), converts them
with build/bert-convert to f32, f16 and q8_0, and times `build/bert bench --json` on every shape,
thread count and dtype. ONNX Runtime (the onnxruntime package from PyPI, in build/venv: see
tools/pyenv.py; made once) runs the fused fp32 and dynamic int8 graphs of the same checkpoints
through ../shared/bench/ort_bench.py in the same run, and the table gives the ratios (ours / ORT:
below 1 is faster). With --avx2 BINARY (make bench passes
build/bert-avx2, built with -mavx2 -mfma -mf16c and no AVX-512), f32 and q8_0 are also timed
with the AVX2 kernels, and ONNX Runtime is timed a second time as it runs on an AVX2-only CPU
(such as AMD Zen 3, the machine ../shared/bench describes): under LD_PRELOAD of
build/cpuid_avx2.so (tools/cpuid_avx2.c), which hides AVX-512, VNNI and AMX from CPUID, so that
MLAS picks its AVX2 kernels. The columns a2f32/ORTa2 and a2q8/ORTa2 compare those two.
Nothing is downloaded here.
"""
import argparse, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import pyenv  # noqa: E402
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
if not os.path.isdir(SHARED):
    SHARED = os.path.join(ROOT, "..", "..", "shared", "bench")


def run(cmd, env=None):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    if r.returncode != 0:
        sys.stderr.write("bench: %s failed:\n%s%s" % (" ".join(cmd), r.stdout, r.stderr))
        sys.exit(1)
    return r.stdout


def iters_for(model, batch, seq):
    work = batch * seq * (12 if model == "bert-base" else 1)
    return 50 if work <= 64 else 20 if work <= 2048 else 3 if work >= 32 * 128 * 12 else 6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--no-ort", action="store_true", help="time bert.h alone (no build/venv, nothing installed)")
    ap.add_argument("--models", default="minilm-l6,bert-base")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--dtypes", default="f32,f16,q8_0")
    ap.add_argument("--shapes", default="1x16,1x128,32x128")
    ap.add_argument("--avx2", default=None, help="a build/bert compiled for AVX2 only, timed too (f32, q8_0), "
                    "next to ONNX Runtime with AVX-512 hidden")
    ap.add_argument("--cpuid-avx2", default=os.path.join(ROOT, "build", "cpuid_avx2.so"),
                    help="the LD_PRELOAD library that hides AVX-512 from ONNX Runtime (make bench builds it)")
    ap.add_argument("--rounds", type=int, default=3, help="each case is timed this many times, ours and ORT's runs "
                    "interleaved, and the lowest median kept (other load on a shared machine only ever slows a run down)")
    a = ap.parse_args()
    if not a.no_ort:
        pyenv.ensure()
    a.python = sys.executable
    os.makedirs(a.dir, exist_ok=True)
    bert, convert = os.path.join(ROOT, "build", "bert"), os.path.join(ROOT, "build", "bert-convert")
    have_ort = not a.no_ort
    models, dtypes = a.models.split(","), a.dtypes.split(",")
    threads = [int(t) for t in a.threads.split(",")]
    shapes = [tuple(int(v) for v in s.split("x")) for s in a.shapes.split(",")]

    for m in models:
        src = os.path.join(a.dir, m)
        if not os.path.exists(os.path.join(src, "model.safetensors")):
            run([a.python, os.path.join(SHARED, "make_random_bert.py"), "--out", a.dir, "--only", m])
        for d in dtypes:
            out = os.path.join(a.dir, "%s.%s.bert" % (m, d))
            if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(convert):
                run([convert, src, out, "--dtype", d])
        if have_ort:
            fp32, int8 = os.path.join(a.dir, m + ".onnx"), os.path.join(a.dir, m + ".int8.onnx")
            if not os.path.exists(fp32):
                run([a.python, os.path.join(SHARED, "bert_onnx_fused.py"), src, fp32])
            if not os.path.exists(int8):
                run([a.python, os.path.join(SHARED, "onnx_quant_dynamic.py"), fp32, int8])

    env = dict(os.environ)
    ort_avx2 = have_ort and a.avx2 and os.path.exists(a.cpuid_avx2)
    if ort_avx2:  # the shim exits with status 3 where the CPU cannot fault on CPUID
        probe = subprocess.run([a.python, "-c", "0"], env=dict(env, LD_PRELOAD=a.cpuid_avx2), stderr=subprocess.PIPE, text=True)
        if probe.returncode != 0:
            sys.stderr.write("bench: ONNX Runtime not timed as AVX2-only: %s" % probe.stderr)
            ort_avx2 = False
    isa, peaks, rows = "?", {}, []
    for m in models:
        for (b, s) in shapes:
            for t in threads:
                it = iters_for(m, b, s)
                row = {"model": m, "shape": "B%d S%d" % (b, s), "threads": t}
                shape = ["--batch", str(b), "--seq", str(s), "--threads", str(t)]
                runs = [(d, [bert, "bench", "-m", os.path.join(a.dir, "%s.%s.bert" % (m, d))] + shape + ["--iters", str(it), "--json"], None)
                        for d in dtypes]
                if a.avx2:
                    runs += [("avx2 " + d, [a.avx2, "bench", "-m", os.path.join(a.dir, "%s.%s.bert" % (m, d))] + shape +
                              ["--iters", str(it), "--json"], None) for d in ("f32", "q8_0") if d in dtypes]
                if have_ort:
                    runs += [(kind, [a.python, os.path.join(SHARED, "ort_bench.py"), os.path.join(a.dir, f)] + shape +
                              ["--iters", str(max(it, 5)), "--json"], env)
                             for kind, f in (("ort_fp32", m + ".onnx"), ("ort_int8", m + ".int8.onnx"))]
                    if ort_avx2:
                        runs += [(kind + "_avx2", cmd, dict(e, LD_PRELOAD=a.cpuid_avx2)) for kind, cmd, e in runs
                                 if kind in ("ort_fp32", "ort_int8")]
                rounds = a.rounds if b * s * (12 if m == "bert-base" else 1) <= 4096 else 1
                for _ in range(rounds):
                    for key, cmd, e in runs:
                        j = json.loads(run(cmd, e))
                        j["ms"] = j["median_ms"] if "median_ms" in j else j["median_ms_per_batch"]
                        if key not in row or j["ms"] < row[key]["ms"]:
                            row[key] = j
                        if "isa" in j and not key.startswith("avx2"):
                            isa = j["isa"]
                        if "fma_peak_gflops" in j and not key.startswith("avx2"):
                            peaks[t] = max(peaks.get(t, 0), j["fma_peak_gflops"])
                rows.append(row)
                print_row(row, dtypes, have_ort, header=len(rows) == 1, isa=isa, avx2=bool(a.avx2), ort_avx2=ort_avx2,
                          peak=peaks.get(t))
                sys.stdout.flush()

    print()
    print("FMA peak (GFLOP/s, %s FMA loop in `bert bench`): %s" % (isa, ", ".join("%d thread%s %.0f" % (t, "" if t == 1 else "s", p)
                                                                     for t, p in sorted(peaks.items()))))
    for row in rows:
        if "f32" in row and row["model"] == "bert-base" and row["shape"] == "B32 S128":
            j = row["f32"]
            print("BERT-base B32 S128 f32, %d thread%s: %.1f GFLOP/s = %.0f%% of the FMA peak (the highest measured in this run)"
                  % (row["threads"], "" if row["threads"] == 1 else "s", j["gflops"], 100 * j["gflops"] / peaks[row["threads"]]))
        if row["model"] == "minilm-l6" and row["shape"] == "B32 S128":
            print("MiniLM-L6 B32 S128, %d thread%s: peak RSS %s" % (row["threads"], "" if row["threads"] == 1 else "s",
                  ", ".join("%s %.0f MB (file %.0f MB)" % (d, row[d]["peak_rss_mb"], row[d]["file_mb"]) for d in dtypes if d in row)))
    if not have_ort:
        print("(--no-ort: ONNX Runtime not timed)")


def print_row(row, dtypes, have_ort, header, isa, avx2, ort_avx2, peak):
    mine = dtypes + [k for k in ("avx2 f32", "avx2 q8_0") if avx2 and k in row]
    cols = ["%-9s" % "model", "%-9s" % "shape", "thr"] + ["%9s" % d for d in mine]
    if have_ort:
        cols += ["%9s" % "ORT fp32", "%9s" % "ORT int8", "%9s" % "f32/ORT", "%9s" % "q8/ORTi8"]
        if avx2:
            cols += ["%9s" % "a2f32/ORT", "%9s" % "a2q8/ORTi"]
        if ort_avx2:
            cols += ["%10s" % "ORTa2 fp32", "%10s" % "ORTa2 int8", "%11s" % "a2f32/ORTa2", "%11s" % "a2q8/ORTa2"]
    cols += ["%8s" % "f32 GF/s", "%6s" % "%peak"]
    if header:
        print("bert.h kernels: %s (columns f32 f16 q8_0)%s; ONNX Runtime: its own CPU dispatch (MLAS picks the best ISA"
              " the CPU has)" % (isa, ", avx2 (columns avx2 ...)" if avx2 else ""))
        print("ms per batch: the lowest of %s medians, ours and ORT's runs interleaved; ratios are ours / ORT in the same run "
              "(below 1 = faster)" % "the rounds'")
        print(" | ".join(cols))
    vals = ["%-9s" % row["model"], "%-9s" % row["shape"], "%3d" % row["threads"]]
    vals += ["%9.2f" % row[d]["ms"] for d in mine]
    if have_ort:
        of, oi = row["ort_fp32"]["ms"], row["ort_int8"]["ms"]
        vals += ["%9.2f" % of, "%9.2f" % oi]
        vals += ["%9.2f" % (row["f32"]["ms"] / of) if "f32" in row else "%9s" % "-"]
        vals += ["%9.2f" % (row["q8_0"]["ms"] / oi) if "q8_0" in row else "%9s" % "-"]
        if avx2:
            vals += ["%9.2f" % (row["avx2 f32"]["ms"] / of) if "avx2 f32" in row else "%9s" % "-"]
            vals += ["%9.2f" % (row["avx2 q8_0"]["ms"] / oi) if "avx2 q8_0" in row else "%9s" % "-"]
        if ort_avx2:
            af, ai = row["ort_fp32_avx2"]["ms"], row["ort_int8_avx2"]["ms"]
            vals += ["%10.2f" % af, "%10.2f" % ai]
            vals += ["%11.2f" % (row["avx2 f32"]["ms"] / af) if "avx2 f32" in row else "%11s" % "-"]
            vals += ["%11.2f" % (row["avx2 q8_0"]["ms"] / ai) if "avx2 q8_0" in row else "%11s" % "-"]
    j = row.get("f32")
    vals += ["%8.1f" % j["gflops"] if j else "%8s" % "-", "%5.0f%%" % (100 * j["gflops"] / peak) if j and peak else "%6s" % "-"]
    print(" | ".join(vals))


if __name__ == "__main__":
    main()
