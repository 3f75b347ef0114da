#!/usr/bin/env bash
# tests/eval.sh [-v] — score sift against every expected file and print
# precision, recall and F1 per category (see tools/eval.c):
#   1. the development set: tests/articles/ and, where ../shared exists, the sample report;
#   2. the held-out set tests/heldout/, written blind and never tuned on.
# EVAL_SETS=articles (or heldout) limits it to one set.
set -u
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
out=${EVAL_OUT:-build/eval}
SIFT=${SIFT:-build/sift}
SIFT_EVAL=${SIFT_EVAL:-build/sift-eval}
mkdir -p "$out"

score() {
  local label=$1; shift
  local extra=${EXTRA_ARGS:-}
  local pairs=()
  for gold in "$@"; do
    [[ -f $gold ]] || continue
    local txt=${gold%.expected.json}.txt name pub
    name=$(basename "${gold%.expected.json}")
    pub=$(grep -o '"published": *"[0-9-]*"' "$gold" | head -1 | grep -o '[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}')
    "$SIFT" analyze $extra ${pub:+--published "$pub"} --id "$name" "$txt" > "$out/$name.json" || true
    pairs+=("$gold" "$out/$name.json")
  done
  (( ${#pairs[@]} )) || return 0
  echo "== $label: $(( ${#pairs[@]} / 2 )) documents"
  "$SIFT_EVAL" $verbose "${pairs[@]}"
  echo
}

verbose=""
[[ ${1:-} = -v || ${1:-} = --verbose ]] && verbose=--verbose
sets=${EVAL_SETS:-articles heldout}
for set in $sets; do
  case $set in
    articles) score "development set (tests/articles, the sample report)" \
                tests/articles/*.expected.json "$SHARED"/seed/*.expected.json ;;
    heldout)  score "held-out set (tests/heldout, written blind)" tests/heldout/*.expected.json ;;
  esac
done
# Before and after the trained models: the same sets with rules and lexicons only.
if [[ -z ${EVAL_NO_BASELINE:-} ]]; then
  for set in $sets; do
    case $set in
      articles) EXTRA_ARGS=--no-models score "development set, rules only (--no-models)" \
                  tests/articles/*.expected.json "$SHARED"/seed/*.expected.json ;;
      heldout)  EXTRA_ARGS=--no-models score "held-out set, rules only (--no-models)" \
                  tests/heldout/*.expected.json ;;
    esac
  done
fi
