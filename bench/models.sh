#!/usr/bin/env bash
# bench/models.sh — tagging + entity recognition speed (tokens per second,
# one thread, CPU time of the tagger and recognizer calls only) and the peak
# memory of `sift parse` with every model loaded.
set -eu
cd "$(dirname "$0")/.."
SIFT=${SIFT:-build/sift}
SHARED=${SHARED:-../shared}
in=$SHARED/data/ud_english_ewt/en_ewt-ud-train.conllu
[[ -f $in ]] || in=tests/models/tiny.conllu
for m in models/pos.model models/ner.model models/lemma.tsv models/parse.model; do
  [[ -f $m ]] && printf '%-22s %8.1f MB\n' "$m" "$(echo "$(stat -c %s "$m") / 1000000" | bc -l)"
done
for run in 1 2 3; do
  $SIFT parse --time --models models "$in" 2>&1 >/dev/null | grep tagged
done
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -f "peak memory of sift parse (all models): %M KB" $SIFT parse --models models "$in" >/dev/null
else
  echo "peak memory: /usr/bin/time not installed"
fi
