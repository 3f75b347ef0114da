# mk/store.mk — the corpus side of sift: ingest (files, feeds, URLs), the
# SQLite store, cross-report reconciliation, and their tests and benchmark.
#
#   make store-test-bins   the local HTTP test server and the ingest fuzzer
#   make fuzz-ingest       run the ingest fuzzer for a minute
#   make bench-ingest      reports per second and peak memory over 100,000 reports

# sqlite3 (the command-line shell) only for tests/suites/store.sh, which
# checks migrated stores and writes an older store's keys with it
PKGS += pkg-config libsqlite3-dev libcurl4-openssl-dev libxml2-dev zlib1g-dev sqlite3
LIBS += -lsqlite3 -lcurl -lxml2 -ljansson -lz

# libxml2 keeps its headers in a folder of their own: ALLFLAGS reaches the
# normal and sanitizer builds, EXTRA_FUZZ_FLAGS the fuzz build of the
# analyzer (which compiles every library source).
XML_INC := $(or $(patsubst -I%,%,$(firstword $(shell pkg-config --cflags-only-I libxml-2.0 2>/dev/null))),/usr/include/libxml2)
ALLFLAGS += -I$(XML_INC)
EXTRA_FUZZ_FLAGS += -I$(XML_INC)

BENCH_SCRIPTS += bench/ingest.sh

.PHONY: store-test-bins fuzz-ingest bench-ingest
store-test-bins: $(BUILD)/sift-testd build-fuzz/fuzz_ingest
test: store-test-bins

# A tiny HTTP server for the tests: serves a folder, plus /slow and /redirect.
$(BUILD)/sift-testd: tests/store/testd.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(WARN) $(CFLAGS) -D_GNU_SOURCE $< -o $@

# libFuzzer over every outside format ingest parses: HTML, feeds, JSON Lines, WARC.
build-fuzz/fuzz_ingest: fuzz/fuzz_ingest.c $(LIB_SRC) $(HDRS)
	@mkdir -p build-fuzz
	@echo "  FUZZ $@"
	@clang $(FUZZ_FLAGS) -I$(XML_INC) \
	  fuzz/fuzz_ingest.c $(filter src/ingest/%,$(LIB_SRC)) src/text/utf8.c -o $@ $(LIBS)

fuzz-ingest: build-fuzz/fuzz_ingest
	./build-fuzz/fuzz_ingest -max_total_time=60 tests/store/fixtures

bench-ingest: build
	@bench/ingest.sh
