#!/usr/bin/env bash
# bench/instructions.sh — instructions spent in the tagger and the entity
# recognizer, counted by valgrind's callgrind: exact and repeatable, where
# timings on a shared 2-core machine vary by 20-30% from minute to minute.
# Use it to compare two builds of a change to tag/ (lower is better).
#
# Runs `sift parse` (tagger + recognizer, no parser) over the first SENTS
# sentences of UD English EWT train, or over the tiny fixture without
# ../shared, and prints the instructions inside sift_tagger_tag and
# sift_ner_tag, per token.
set -eu
cd "$(dirname "$0")/.."
SIFT=${SIFT:-build/sift}
SHARED=${SHARED:-../shared}
SENTS=${SENTS:-4000}
if ! command -v valgrind > /dev/null || ! command -v callgrind_annotate > /dev/null; then
  echo "bench/instructions.sh: needs valgrind (apt-get install valgrind)"; exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
src=$SHARED/data/ud_english_ewt/en_ewt-ud-train.conllu
[[ -f $src ]] || src=tests/models/tiny.conllu
awk -v RS= -v ORS='\n\n' -v n="$SENTS" 'NR <= n' "$src" > "$tmp/in.conllu"
tokens=$(grep -cP '^\d+\t' "$tmp/in.conllu")
mkdir "$tmp/models"
for m in pos.model ner.model clusters.bin lexicon.tsv lemma.tsv; do
  [[ -f models/$m ]] && ln -s "$PWD/models/$m" "$tmp/models/$m"
done
valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" \
  "$SIFT" parse --models "$tmp/models" "$tmp/in.conllu" > /dev/null 2> "$tmp/log"
callgrind_annotate --inclusive=yes --threshold=100 "$tmp/cg" 2> /dev/null |
  awk -v t="$tokens" 'match($0, /:(sift_tagger_tag|sift_ner_tag) \[/) {
      name = substr($0, RSTART + 1, RLENGTH - 3); n = $1; gsub(",", "", n)
      printf "%-16s %14d instructions  %7.0f per token\n", name, n, n / t }'
echo "($tokens tokens from $(basename "$src"))"
