"""The Python environment of the checks and benchmarks that compare bert.h with other stacks
(make check-real, make bench, make bench-e2e, make bench-tokenize). Never used by make test.

build/venv is a virtual environment over Debian's python3 (--system-site-packages), so that
Debian's python3-torch (1.13), numpy, scipy and onnx serve it and no multi-GB torch comes from
PyPI. On top of it, from PyPI with --no-deps (pip never pulls a CUDA torch), releases that still
run on torch 1.13: transformers 4.46, sentence-transformers 3.3, tokenizers 0.20; and ONNX Runtime.
A script calls ensure() first: it makes what is missing, then re-runs the script inside the venv.
"""
import hashlib
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "build", "venv")

DEBIAN = ["python3-torch", "python3-venv", "python3-numpy", "python3-scipy", "python3-onnx",
          "libopenblas0-pthread"]  # without OpenBLAS, Debian's torch runs on the reference BLAS, ~5x slower
PYPI = ["transformers==4.46.3", "tokenizers==0.20.3", "sentence-transformers==3.3.1", "huggingface_hub==0.26.5",
        "safetensors==0.4.5", "scikit-learn==1.5.2", "onnxruntime==1.31.1", "flatbuffers", "regex", "tqdm",
        "filelock", "fsspec", "packaging", "pyyaml", "requests", "typing_extensions", "threadpoolctl", "joblib",
        "cloudpickle", "Pillow"]
PROBE = "import torch, numpy, scipy, onnx"


def run(cmd):
    print("+ " + " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True)


def make():
    """Makes build/venv, or completes it, when it lacks what PYPI lists. Returns its python."""
    py = os.path.join(VENV, "bin", "python")
    marker = os.path.join(VENV, ".complete-" + hashlib.sha256(" ".join(PYPI).encode()).hexdigest()[:12])
    if not os.path.exists(marker):
        if subprocess.run(["/usr/bin/python3", "-c", PROBE], capture_output=True).returncode != 0 or \
                not os.path.exists("/usr/lib/x86_64-linux-gnu/openblas-pthread") and os.uname().machine == "x86_64":
            if os.geteuid() == 0 and shutil.which("apt-get"):
                run(["apt-get", "install", "-y", "-q"] + DEBIAN)
            else:
                sys.exit("%s: needs Debian's %s (apt-get install them as root)" % (os.path.basename(sys.argv[0]), " ".join(DEBIAN)))
        if not os.path.exists(py):
            run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", VENV])
        run([py, "-m", "pip", "install", "-q", "--no-deps"] + PYPI)
        open(marker, "w").close()
    return py


def ensure():
    """Re-runs the calling script inside build/venv, making the venv first when it is missing."""
    if os.path.realpath(sys.prefix) != os.path.realpath(VENV):
        py = make()
        os.execv(py, [py] + sys.argv)


if __name__ == "__main__":  # python3 tools/pyenv.py: make build/venv, print its python
    print(make())
