#!/usr/bin/env bash
# bench/ingest.sh — reports per second and peak memory of `sift ingest`.
#
# Generates N (default 100,000) small reports as JSON Lines from the
# sentences of the store fixtures and the test articles, and ingests them
# into a fresh store in one process: reports/second along the way and in
# all (analysis, storage and the final reconciliation), and peak resident
# memory. N=10000 bench/ingest.sh for a quicker run; FLAGS=--no-parser
# passes options to the ingest. Two corpora:
#   CORPUS=news (default)  like a news feed: every report its own mix of
#       sentences with half their common words swapped, its own figures,
#       places, outlets and dates; one in twenty is a light edit of a recent
#       report under another outlet (the same story carried twice);
#   CORPUS=shared  every report a mix of the same ~400 sentences word for
#       word, so each shares word runs with thousands of others: the worst
#       case for near-duplicate detection.
set -eu
cd "$(dirname "$0")/.."
SIFT=${SIFT:-build/sift}
N=${N:-100000}
CORPUS=${CORPUS:-news}
dir=${BENCH_DIR:-build/bench-ingest}
mkdir -p "$dir"
corpus=$dir/reports-$CORPUS-$N.jsonl
if [[ ! -s $corpus ]]; then
  # sentences from the fixtures' texts (HTML stripped), one per line
  { sed -e 's/<[^>]*>/ /g' tests/store/fixtures/site/*.html
    sed -e 's/.*"text": "//; s/"}$//; s/\\n/ /g' tests/store/fixtures/reports.jsonl
    cat tests/articles/*.txt 2>/dev/null; } |
    tr -s ' \t' ' ' | sed 's/\([.!?]\) /\1\n/g' | grep -E '^[A-Z"].{40,300}[.!?"]$' | tr -d '\\' |
    sed 's/"/\\"/g' > "$dir/sentences"
  awk -v n="$N" -v ns="$(wc -l < "$dir/sentences")" -v kind="$CORPUS" 'BEGIN { srand(42) }
    { s[NR] = $0
      for (w = 1; w <= split($0, ws, " "); w++) if (ws[w] ~ /^[a-z][a-z][a-z][a-z]+$/) vocab[++nv] = ws[w] }
    # a sentence with about half its common words swapped and its figures changed
    function vary(x,   out, m, k, a, w) {
      m = split(x, a, " "); out = ""
      for (k = 1; k <= m; k++) {
        w = a[k]
        if (w ~ /^[a-z][a-z][a-z][a-z]+$/ && rand() < 0.5) w = vocab[1 + int(rand() * nv)]
        else if (w ~ /^[0-9][0-9,]*$/) w = 2 + int(rand() * 9000)
        out = out (k > 1 ? " " : "") w
      }
      return out
    }
    END {
      split("Pokhara Baglung Kathmandu Waling Kursk Sudzha Lagos Monterrey Warsaw Nakuru", pl, " ")
      for (i = 1; i <= n; i++) {
        if (kind == "news" && i > 100 && rand() < 0.05) {
          # the same story from another outlet: a recent report, its last sentence rewritten
          t = recent[1 + int(rand() * (i - 1 < 1000 ? i - 1 : 1000))]
          sub(/Officials in [A-Za-z]+ said [0-9]+ people/, "Officials said " (10 + int(rand() * 5000)) " people", t)
        } else {
          k = 4 + int(rand() * 6); t = ""
          for (j = 0; j < k; j++) {
            x = s[1 + int(rand() * ns)]
            t = t (kind == "news" ? vary(x) : x) " "
          }
          t = t sprintf("Officials in %s said %d people were affected on day %d.", pl[1 + i % 10], 10 + int(rand() * 5000), i)
        }
        recent[1 + i % 1000] = t
        printf "{\"url\": \"https://bench.example/%d\", \"published\": \"2025-%02d-%02d\", \"source\": \"Outlet %d\", \"title\": \"Report %d\", \"text\": \"%s\"}\n",
          i, 1 + i % 12, 1 + i % 28, i % 50, i, t
      }
    }' "$dir/sentences" > "$corpus"
fi
words=$(sed 's/.*"text": "//' "$corpus" | wc -w)
echo "corpus: $N reports, $words words, $(wc -c < "$corpus") bytes ($corpus)"
rm -f "$dir/bench.db" "$dir/bench.db-wal" "$dir/bench.db-shm"
# The rate along the way: a reader samples the number of stored reports every
# second (WAL lets it read while the ingest writes) and prints the rate over
# the last stretch at each milestone, so a slowdown as the store grows shows.
# shellcheck disable=SC2086  # FLAGS holds extra ingest options, e.g. FLAGS=--no-parser
/usr/bin/time -f '%e %M' -o "$dir/time" "$SIFT" ingest --quiet --batch "${BATCH:-500}" ${FLAGS:-} \
    --db "$dir/bench.db" "$corpus" & pid=$!
t0=$(date +%s.%N)
if command -v sqlite3 >/dev/null; then
  : > "$dir/samples"
  while kill -0 $pid 2>/dev/null; do
    sleep 1
    n=$(sqlite3 -readonly "$dir/bench.db" 'SELECT coalesce(max(id), 0) FROM reports' 2>/dev/null) || continue
    echo "$(date +%s.%N) ${n:-0}" >> "$dir/samples"
  done
fi
wait $pid
t1=$(date +%s.%N)
if [[ -s $dir/samples ]]; then
  awk -v t0="$t0" -v n="$N" 'BEGIN { split("0.05 0.10 0.25 0.50 0.75 0.90 1.00", f, " "); k = 1 }
    { t[NR] = $1 - t0; c[NR] = $2
      while (k <= 7 && $2 >= f[k] * n) {
        j = NR; while (j > 1 && c[j] - c[j - 1] == 0) j--     # the last sample that moved
        i = j; while (i > 1 && c[j] - c[i] < 0.04 * n) i--    # back over ~4% of the corpus
        printf "  at %6d reports: %5.0f s, %5.0f reports/s so far, %5.0f reports/s lately\n",
               $2, t[NR], $2 / t[NR], i < j ? (c[j] - c[i]) / (t[j] - t[i]) : 0
        k++ } }' "$dir/samples"
  # the first sample showing the final count: when the last report was stored
  last=$(awk -v t0="$t0" '{ t[NR] = $1; c[NR] = $2 } END { i = NR; while (i > 1 && c[i - 1] == c[NR]) i--;
         print t[i] - t0 }' "$dir/samples")
  awk -v a="$last" -v b="$(awk -v t0="$t0" -v t1="$t1" 'BEGIN { print t1 - t0 }')" \
    'BEGIN { printf "  the last stored report until exit (reconcile, checkpoint): about %.1f s\n", b - a }'
fi
secs=$(awk '{print $1}' "$dir/time"); kb=$(awk '{print $2}' "$dir/time")
stored=$("$SIFT" stats --db "$dir/bench.db" --json | sed 's/.*"reports":\([0-9]*\).*/\1/')
awk -v n="$stored" -v s="$secs" -v kb="$kb" -v w="$words" 'BEGIN {
  printf "ingest: %d reports in %.1f s: %.0f reports/s, %.0f words/s, peak memory %.1f MB\n",
         n, s, n / s, w / s, kb / 1024 }'
echo "store: $(du -h "$dir/bench.db" | cut -f1) ($("$SIFT" stats --db "$dir/bench.db" --json))"
