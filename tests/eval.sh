#!/usr/bin/env bash
# tests/eval.sh [-v] — score sift against every expected file: our articles
# in tests/articles/ and, where ../shared exists, the sample report.
# Prints precision, recall and F1 per category (see tools/eval.c).
set -u
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
out=${EVAL_OUT:-build/eval}
mkdir -p "$out"
pairs=()
for gold in tests/articles/*.expected.json "$SHARED"/seed/*.expected.json; do
  [[ -f $gold ]] || continue
  txt=${gold%.expected.json}.txt
  name=$(basename "${gold%.expected.json}")
  pub=$(grep -o '"published": *"[0-9-]*"' "$gold" | head -1 | grep -o '[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}')
  build/sift analyze ${pub:+--published "$pub"} --id "$name" "$txt" > "$out/$name.json" || true
  pairs+=("$gold" "$out/$name.json")
done
echo "scored ${#pairs[@]} files / 2 = $(( ${#pairs[@]} / 2 )) documents"
build/sift-eval "$@" "${pairs[@]}"
