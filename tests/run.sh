#!/usr/bin/env bash
# tests/run.sh — every test of sift: unit tests and case files (normal build
# and ASan+UBSan build), the command line on bad input, the scorer's own
# fixtures, the sample report, and a bounded libFuzzer run.
# The last line is "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
export SIFT_SHARED=$SHARED
source tests/lib.sh
skip=0
skipped() { skip=$((skip + 1)); echo "skip $1${2:+: $2}"; }

# Add the counts of a runner whose last line is "N passed, N failed".
tally() {
  local label=$1; shift
  local out; out=$("$@" 2>&1); local rc=$?
  local last; last=$(printf '%s\n' "$out" | tail -n 1)
  printf '%s\n' "$out" | grep -E '^(FAIL|    )' | sed "s/^/[$label] /"
  if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    pass=$((pass + BASH_REMATCH[1])); fail=$((fail + BASH_REMATCH[2]))
    echo "$label: $last"
    [[ $rc -ne 0 && ${BASH_REMATCH[2]} -eq 0 ]] && bad "$label" "exit status $rc"
  else
    bad "$label" "runner crashed (exit $rc): $(printf '%s\n' "$out" | tail -n 5)"
  fi
}

cases=$(find tests/cases -name '*.txt' -not -path '*/shared/*' | sort)
shared_cases=$(find tests/cases/shared -name '*.txt' 2>/dev/null | sort)
for b in build build-asan; do
  [[ -x $b/unit ]] || { bad "$b/unit" "not built"; continue; }
  tally "$b unit" "$b/unit"
  tally "$b cases" "$b/unit" $cases
  if [[ -d $SHARED/seed ]]; then
    [[ -n $shared_cases ]] && tally "$b shared cases" "$b/unit" $shared_cases
  else
    for c in $shared_cases; do skipped "$c" "no $SHARED"; done
  fi
done

tally "build cli" tests/cli.sh build/sift
tally "build-asan cli" tests/cli.sh build-asan/sift

# Suites owned by other areas (models, store, ...): each prints "N passed, N failed".
for suite in tests/suites/*.sh; do
  [[ -x $suite ]] || continue
  tally "$(basename "$suite" .sh)" "$suite"
done

# The library exports nothing outside the sift_ prefix.
if syms=$(nm -g --defined-only build/libsift.a 2>/dev/null) && [[ -n $syms ]]; then
  bad_syms=$(awk 'NF==3 {print $3}' <<< "$syms" | grep -v '^sift_' | head -5)
  if [[ -z $bad_syms ]]; then ok "exports: only sift_* symbols"; else bad "exports" "$(echo $bad_syms)"; fi
else
  bad "exports" "cannot list the symbols of build/libsift.a"
fi

# The scorer's fixtures: known mistakes give known scores.
if build/sift-eval tests/eval/gold1.json tests/eval/pred1.json | diff -u tests/eval/expected.txt - >/dev/null; then
  ok "sift-eval fixtures"
else
  bad "sift-eval fixtures" "output differs from tests/eval/expected.txt"
fi

# Every article's JSON is valid (the scorer parses it) and its offsets hold.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
jsonbad=0
for f in tests/articles/*.txt examples/*.txt; do
  [[ -f $f ]] || continue
  build-asan/sift analyze --published 2025-01-15 "$f" > "$tmp/out.json" 2>"$tmp/err" || { jsonbad=1; echo "  $f: $(cat "$tmp/err")"; }
  gold=${f%.txt}.expected.json
  [[ -f $gold ]] || gold=tests/eval/gold1.json
  if build/sift-eval "$gold" "$tmp/out.json" 2>&1 >/dev/null | grep -qi 'warning'; then
    jsonbad=1; echo "  $f: output is not valid JSON per the contract"
  fi
done
[[ $jsonbad = 0 ]] && ok "articles: valid JSON under ASan+UBSan" || bad "articles: valid JSON under ASan+UBSan"

# The sample report scores perfectly on quotes and speakers.
if [[ -f $SHARED/seed/kursk-report.txt ]]; then
  build/sift analyze --published 2024-11-07 "$SHARED/seed/kursk-report.txt" > "$tmp/seed.json"
  build/sift-eval "$SHARED/seed/kursk-report.expected.json" "$tmp/seed.json" > "$tmp/seed.txt"
  for cat in quotes speakers; do
    line=$(grep -E "^$cat " "$tmp/seed.txt")
    if [[ $(awk '{print $4}' <<<"$line") == 0 ]]; then ok "seed: every $cat found"; else bad "seed: $cat" "$line"; fi
  done
else
  skipped "seed" "no $SHARED"
fi

# A bounded fuzzing run over raw bytes.
if [[ -x build-fuzz/fuzz_analyze ]]; then
  mkdir -p "$tmp/corpus"; cp tests/articles/*.txt examples/*.txt tests/cases/*/*.txt "$tmp/corpus/" 2>/dev/null
  run_fuzz fuzz build-fuzz/fuzz_analyze "$tmp/corpus" "${FUZZ_SECONDS:-20}"
else
  bad "fuzz" "build-fuzz/fuzz_analyze not built"
fi

echo "$skip skipped"
echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
