#!/usr/bin/env bash
# bench/run.sh — speed and memory of `sift analyze`.
#
# Builds a corpus of at least 1,000,000 words from sift's own articles
# (tests/articles, examples): 400 documents of about 2,500 words, each a
# different shuffle of paragraphs, then runs one `sift analyze` process over
# all of them (one core, everything switched on) and prints words per
# second and peak memory. Resource loading is timed on its own.
set -eu
cd "$(dirname "$0")/.."
SIFT=${SIFT:-build/sift}
DOCS=${DOCS:-400}
dir=${BENCH_DIR:-build/bench-corpus}
mkdir -p "$dir"

if [[ ! -f $dir/.done-$DOCS ]]; then
  rm -f "$dir"/*.txt
  cat tests/articles/*.txt examples/*.txt | grep -v '^[[:space:]]*$' > "$dir/paragraphs"
  npar=$(wc -l < "$dir/paragraphs")
  for ((i = 0; i < DOCS; i++)); do
    # a deterministic shuffle per document, about 2,500 words each
    awk -v seed="$i" -v n="$npar" 'BEGIN { srand(seed + 1) } { p[NR] = $0 }
      END { words = 0; while (words < 2500) { line = p[int(rand() * n) + 1]; print line;
            words += split(line, tmp, /[ \t]+/) } }' "$dir/paragraphs" > "$dir/doc$i.txt"
  done
  touch "$dir/.done-$DOCS"
fi

words=$(cat "$dir"/doc*.txt | wc -w)
bytes=$(cat "$dir"/doc*.txt | wc -c)
echo "corpus: $DOCS documents, $words words, $bytes bytes"

# Resource loading alone: an empty input fails after loading the lexicon.
printf 'x' > "$dir/one.txt"
load=$( { /usr/bin/time -f '%e %M' "$SIFT" analyze "$dir/one.txt" > /dev/null; } 2>&1 | tail -1)
echo "resource load: $(awk '{print $1}' <<<"$load") s, peak $(awk '{printf "%.1f", $2/1024}' <<<"$load") MB"

best=""
for run in 1 2 3; do
  out=$( { /usr/bin/time -f '%e %M' taskset -c 0 "$SIFT" analyze --published 2025-01-15 "$dir"/doc*.txt > /dev/null; } 2>&1 | tail -1)
  secs=$(awk '{print $1}' <<<"$out"); kb=$(awk '{print $2}' <<<"$out")
  echo "run $run: $secs s, peak $(awk -v k="$kb" 'BEGIN{printf "%.1f", k/1024}') MB"
  if [[ -z $best ]] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$secs; peak=$kb; fi
done
loads=$(awk '{print $1}' <<<"$load")
awk -v w="$words" -v s="$best" -v l="$loads" -v k="$peak" 'BEGIN {
  printf "words/second (whole run, one core): %.0f\n", w / s
  if (s > l) printf "words/second (excluding resource load): %.0f\n", w / (s - l)
  printf "peak memory: %.1f MB\n", k / 1024 }'

# Adversarial inputs: work and memory must stay linear in the input.
echo "adversarial inputs (time, peak memory):"
adv=$dir/adversarial
mkdir -p "$adv"
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "\"We will win this war today,\" he said. It is true, she added. " }' > "$adv/quotes.txt"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "the company said " }' > "$adv/run-on.txt"
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "\" " }' > "$adv/marks.txt"
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "Anna Example%d met Bob Sample%d in Kyiv. ", i, i }' > "$adv/names.txt"
# (names that own something, "Example7's car": each possessive is tested as a firm's name)
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "Anna Example%d'\''s car met Bob Sample%d'\''s dog in Kyiv. ", i, i }' > "$adv/possessives.txt"
for f in "$adv"/*.txt; do
  r=$( { /usr/bin/time -f '%e %M' "$SIFT" analyze "$f" > /dev/null; } 2>&1 | tail -1)
  printf '  %-14s %6s bytes  %5s s  %6.1f MB\n' "$(basename "$f")" "$(wc -c < "$f")" \
    "$(awk '{print $1}' <<<"$r")" "$(awk '{print $2/1024}' <<<"$r")"
done
