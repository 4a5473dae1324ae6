# bert.h - build the converter and the CLI, run the tests.
#   make            build/bert-convert and build/bert
#   make test       every test; ends with "N passed, M failed"
#   make bench      speed figures (not part of the tests)

CC       ?= cc
OPT      ?= -O2 -march=native
STD      := -std=c99 -D_POSIX_C_SOURCE=200809L
WARN     := -Wall -Wextra -pedantic
CFLAGS   += $(OPT) $(STD) $(WARN)
LDLIBS   += -lm -lpthread
BUILD    := build

HEADERS  := bert.h tools/json.h tools/convert.h

all: $(BUILD)/bert-convert $(BUILD)/bert

$(BUILD):
	mkdir -p $(BUILD)

$(BUILD)/bert-convert: tools/bert-convert.c tools/convert_tokenizer.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -o $@ tools/bert-convert.c tools/convert_tokenizer.c $(LDLIBS)

$(BUILD)/bert: examples/bert.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -o $@ examples/bert.c $(LDLIBS)

# ---- tests: every tests/test_*.c is one program; tests/run.sh totals their PASS/FAIL lines ----
TEST_SRCS := $(wildcard tests/test_*.c)
TEST_BINS := $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRCS))

$(BUILD)/tests:
	mkdir -p $(BUILD)/tests

$(BUILD)/tests/%: tests/%.c tests/test.h $(HEADERS) | $(BUILD)/tests
	$(CC) $(CFLAGS) -o $@ $< $(LDLIBS)

test: all $(TEST_BINS)
	@tests/run.sh

# The CLI with BERT_USE_OPENBLAS (apt-get install libopenblas-dev): row-major f32 weights
# (bert-convert --layout rows) go through cblas_sgemm. Only for comparing; not built by default.
$(BUILD)/bert-openblas: examples/bert.c $(HEADERS) | $(BUILD)
	$(CC) $(CFLAGS) -DBERT_USE_OPENBLAS -I/usr/include/x86_64-linux-gnu/openblas-pthread -o $@ examples/bert.c -lopenblas $(LDLIBS)

# ---- speed: not part of the tests; tools/bench.py says what it runs (ONNX Runtime is optional) ----
# A python3 with numpy and onnx for ../shared/bench (Debian: python3-numpy python3-onnx).
PYTHON   ?= $(shell for p in python3 /usr/bin/python3; do $$p -c 'import numpy' 2>/dev/null && echo $$p && break; done)

# The CLI with the AVX2 kernels only (no AVX-512): on an AVX-512 host, a stand-in for AVX2
# machines such as AMD Zen 3. make bench times it next to the native build.
$(BUILD)/bert-avx2: examples/bert.c $(HEADERS) | $(BUILD)
	$(CC) -O2 -mavx2 -mfma -mf16c $(STD) $(WARN) -o $@ examples/bert.c $(LDLIBS)

bench: all $(BUILD)/bert-avx2
	$(PYTHON) tools/bench.py --python $(PYTHON) --avx2 $(BUILD)/bert-avx2 $(BENCH_ARGS)

clean:
	rm -rf $(BUILD)

.PHONY: all clean test bench
