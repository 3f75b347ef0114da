#!/usr/bin/env bash
# bench/models.sh — tagging + entity recognition speed (tokens per second,
# one thread, CPU time of the tagger and recognizer calls only) and the peak
# memory of `sift parse` with every model loaded.
#
# Speed is measured twice: with the tagger and recognizer alone (the stage
# as the analysis pipeline runs it), and inside `sift parse` with the
# dependency parser, whose 13 MB model runs between sentences and evicts the
# tagger's tables from the caches. Each is the best of RUNS runs, since a
# shared machine only ever makes a run slower.
set -eu
cd "$(dirname "$0")/.."
SIFT=${SIFT:-build/sift}
SHARED=${SHARED:-../shared}
RUNS=${RUNS:-5}
in=$SHARED/data/ud_english_ewt/en_ewt-ud-train.conllu
[[ -f $in ]] || in=tests/models/tiny.conllu
for m in models/pos.model models/ner.model models/clusters.bin models/lemma.tsv models/parse.model; do
  [[ -f $m ]] && printf '%-22s %8.1f MB\n' "$m" "$(echo "$(stat -c %s "$m") / 1000000" | bc -l)"
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for m in pos.model ner.model clusters.bin lexicon.tsv lemma.tsv; do
  [[ -f models/$m ]] && ln -s "$PWD/models/$m" "$tmp/$m"
done
best() {
  local dir=$1 what=$2 line top=0 all=""
  for ((run = 0; run < RUNS; run++)); do
    line=$($SIFT parse --time --models "$dir" "$in" 2>&1 >/dev/null | grep tagged)
    local tps=${line%% tokens/s*}; tps=${tps##* }
    all="$all $tps"
    ((tps > top)) && top=$tps
  done
  printf '%s: best %d tokens/s (runs:%s)\n' "$what" "$top" "$all"
}
best "$tmp" "POS + entities, tagger alone"
[[ -f models/parse.model ]] && best models "POS + entities, inside sift parse with the parser"
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -f "peak memory of sift parse (all models): %M KB" $SIFT parse --models models "$in" >/dev/null
else
  echo "peak memory: /usr/bin/time not installed"
fi
