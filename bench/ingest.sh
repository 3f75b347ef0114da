#!/usr/bin/env bash
# bench/ingest.sh — reports per second and peak memory of `sift ingest`.
#
# Generates N (default 100,000) small reports as JSON Lines from the store
# fixtures: each a different mix of their sentences with its own figures,
# places, outlets and dates, so most are distinct stories and some are near
# duplicates. Ingests them into a fresh store in one process and prints
# reports/second and peak resident memory. N=10000 bench/ingest.sh for a
# quicker run.
set -eu
cd "$(dirname "$0")/.."
SIFT=${SIFT:-build/sift}
N=${N:-100000}
dir=${BENCH_DIR:-build/bench-ingest}
mkdir -p "$dir"
corpus=$dir/reports-$N.jsonl
if [[ ! -s $corpus ]]; then
  # sentences from the fixtures' texts (HTML stripped), one per line
  { sed -e 's/<[^>]*>/ /g' tests/store/fixtures/site/*.html
    sed -e 's/.*"text": "//; s/"}$//; s/\\n/ /g' tests/store/fixtures/reports.jsonl
    cat tests/articles/*.txt 2>/dev/null; } |
    tr -s ' \t' ' ' | sed 's/\([.!?]\) /\1\n/g' | grep -E '^[A-Z"].{40,300}[.!?"]$' | tr -d '\\' |
    sed 's/"/\\"/g' > "$dir/sentences"
  awk -v n="$N" -v ns="$(wc -l < "$dir/sentences")" 'BEGIN { srand(42) }
    { s[NR] = $0 }
    END {
      split("Pokhara Baglung Kathmandu Waling Kursk Sudzha Lagos Monterrey Warsaw Nakuru", pl, " ")
      for (i = 1; i <= n; i++) {
        k = 4 + int(rand() * 6); t = ""
        for (j = 0; j < k; j++) t = t s[1 + int(rand() * ns)] " "
        t = t sprintf("Officials in %s said %d people were affected on day %d.", pl[1 + i % 10], 10 + int(rand() * 5000), i)
        printf "{\"url\": \"https://bench.example/%d\", \"published\": \"2025-%02d-%02d\", \"source\": \"Outlet %d\", \"title\": \"Report %d\", \"text\": \"%s\"}\n",
          i, 1 + i % 12, 1 + i % 28, i % 50, i, t
      }
    }' "$dir/sentences" > "$corpus"
fi
words=$(sed 's/.*"text": "//' "$corpus" | wc -w)
echo "corpus: $N reports, $words words, $(wc -c < "$corpus") bytes ($corpus)"
rm -f "$dir/bench.db" "$dir/bench.db-wal" "$dir/bench.db-shm"
out=$( { /usr/bin/time -f '%e %M' "$SIFT" ingest --quiet --db "$dir/bench.db" "$corpus"; } 2>&1 | tail -1)
secs=$(awk '{print $1}' <<<"$out"); kb=$(awk '{print $2}' <<<"$out")
stored=$("$SIFT" stats --db "$dir/bench.db" --json | sed 's/.*"reports":\([0-9]*\).*/\1/')
awk -v n="$stored" -v s="$secs" -v kb="$kb" -v w="$words" 'BEGIN {
  printf "ingest: %d reports in %.1f s: %.0f reports/s, %.0f words/s, peak memory %.1f MB\n",
         n, s, n / s, w / s, kb / 1024 }'
echo "store: $(du -h "$dir/bench.db" | cut -f1) ($("$SIFT" stats --db "$dir/bench.db" --json))"
