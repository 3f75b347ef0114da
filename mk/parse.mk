# mk/parse.mk — the dependency parser: its tool, model, evaluation and fuzzer.
#
#   make models/parse.model   train the parser on UD English EWT (../shared/data)
#   make eval-parse           UAS and LAS on EWT test and on PUD (gold tokens and tags)
#   make bench-parse          parsing tokens per second (one core) and peak memory
#   make fuzz-parse-model     run the model-loader fuzzer for a minute

UD_EWT := $(SHARED)/data/ud_english_ewt
UD_PUD := $(SHARED)/data/ud_english_pud
PARSE_SEED ?= 1
PARSE_EPOCHS ?= 15

MODEL_TARGETS += parse-model
BENCH_SCRIPTS += bench/parse.sh

.PHONY: parse-model parse-test-bins eval-parse bench-parse fuzz-parse-model
test: parse-test-bins
parse-test-bins: $(BUILD)/parsetool build-fuzz/fuzz_parse_model
	@$(MAKE) --no-print-directory BUILD=build-asan CC=clang \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  build-asan/parsetool

# parsetool: eval / bench / oracle / conllu / score (see tools/parsetool.c).
$(BUILD)/parsetool: tools/parsetool.c $(BUILD)/libsift.a
	@echo "  LD $@"
	@$(CC) $(ALLFLAGS) $^ -o $@ $(LIBS) -lpthread

# `make models` always retrains; the same data and seed give the same bytes.
parse-model: $(BUILD)/sift
	@test -d $(UD_EWT) || { echo "the parser model needs $(UD_EWT)"; exit 1; }
	./$(BUILD)/sift train parse --train $(UD_EWT)/en_ewt-ud-train.conllu \
	  --dev $(UD_EWT)/en_ewt-ud-dev.conllu --out models/parse.model --epochs $(PARSE_EPOCHS) \
	  --seed $(PARSE_SEED)

models/parse.model:
	@$(MAKE) --no-print-directory parse-model

eval-parse: $(BUILD)/parsetool
	@test -d $(UD_EWT) || { echo "eval-parse needs $(UD_EWT)"; exit 1; }
	@./$(BUILD)/parsetool eval models/parse.model $(UD_EWT)/en_ewt-ud-test.conllu \
	  $(UD_PUD)/en_pud-ud-test.conllu

bench-parse: $(BUILD)/parsetool
	@bench/parse.sh

# libFuzzer over the parse-model loader (container + payload).
PARSE_FUZZ_SRC := src/parse/parser.c src/parse/state.c src/parse/features.c src/model/modelfile.c \
  src/model/perceptron.c src/lex/lexicon.c src/text/utf8.c src/util/arena.c src/util/buf.c \
  src/util/file.c
build-fuzz/fuzz_parse_model: fuzz/fuzz_parse_model.c $(PARSE_FUZZ_SRC) $(HDRS)
	@mkdir -p build-fuzz
	@echo "  FUZZ $@"
	@clang $(FUZZ_FLAGS) \
	  fuzz/fuzz_parse_model.c $(PARSE_FUZZ_SRC) -o $@ -lutf8proc -lm

fuzz-parse-model: build-fuzz/fuzz_parse_model
	@mkdir -p build-fuzz/parse-corpus
	./build-fuzz/fuzz_parse_model -max_total_time=60 build-fuzz/parse-corpus
