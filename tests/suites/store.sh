#!/usr/bin/env bash
# tests/suites/store.sh — the corpus side: ingest in every format, the store,
# dedupe and near-duplicate stories, reconciliation, the question commands,
# fetch errors, bad input, an interrupted ingest, and a bounded fuzz run.
# Prints ok/FAIL/skip per test and "N passed, N failed" last.
set -u
cd "$(dirname "$0")/../.."
SIFT=${SIFT:-build/sift}
ASAN=build-asan/sift
SHARED=${SHARED:-../shared}
FX=tests/store/fixtures
source tests/lib.sh
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name" "${WHY:-}"; fi; WHY=; }

tmp=$(mktemp -d)
srv=""
cleanup() { [[ -n $srv ]] && kill "$srv" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export SIFT_DB=$tmp/default.db

[[ -x $SIFT ]] || { bad "build" "$SIFT not built"; echo "$pass passed, $fail failed"; exit 1; }
stat_of() { "$SIFT" stats --db "$1" --json | sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p"; }

# ---- the local HTTP server ------------------------------------------------------
if [[ -x build/sift-testd ]]; then
  build/sift-testd "$FX/site" "$tmp/port" & srv=$!
  for _ in $(seq 50); do [[ -s $tmp/port ]] && break; sleep 0.1; done
  BASE="http://127.0.0.1:$(cat "$tmp/port")"
else
  bad "test server" "build/sift-testd not built (make store-test-bins)"
fi

# ---- formats ----------------------------------------------------------------------
db=$tmp/jsonl.db
"$SIFT" ingest --db "$db" "$FX/reports.jsonl" 2>"$tmp/err"
WHY="$(cat "$tmp/err")"; check "jsonl: three reports" test "$(stat_of "$db" reports)" = 3

db=$tmp/html.db
"$SIFT" ingest --db "$db" "$FX/site/ledger-floods.html" 2>"$tmp/err"
"$SIFT" search --db "$db" --json Seti > "$tmp/hit"
WHY=$(cat "$tmp/hit")
check "html: canonical url, date, title from meta" grep -q '"url":"https://himalayanledger.example/nepal/floods-pokhara-42","date":"2025-07-14","outlet":"The Himalayan Ledger"' "$tmp/hit"
boiler=0
for w in Advertisement newsletter "Reader comment" Copyright "Dam safety"; do
  [[ -n $("$SIFT" search --db "$db" --json "\"$w\"") ]] && boiler=1
done
WHY="boilerplate kept"; check "html: navigation, ads, related, newsletter, comments, footer dropped" test $boiler = 0
WHY="the article's text is missing"; check "html: article text kept" test -n "$("$SIFT" search --db "$db" --json shopkeeper)"

db=$tmp/ld.db
"$SIFT" ingest --db "$db" "$FX/site/valley-times-revised.html" 2>"$tmp/err"
"$SIFT" search --db "$db" --json toll > "$tmp/hit"
WHY=$(cat "$tmp/hit"); check "html: JSON-LD headline, date, publisher, url" \
  grep -q '"title":"Nepal flood toll rises to 48","url":"https://valleytimes.example/2025/07/16/flood-toll-48","date":"2025-07-16","outlet":"Valley Times"' "$tmp/hit"

# WARC: one response record (chunked), a request record, and a gzip copy.
page=$(cat "$FX/site/redcross-full.html")
http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n' "${#page}" "$page")
req=$(printf 'GET /x HTTP/1.1\r\nHost: gandakiherald.example\r\n\r\n')
{
  printf 'WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: http://gandakiherald.example/x\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$(printf '%s' "$req" | wc -c)" "$req"
  printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2025-07-15T10:00:00Z\r\nWARC-Target-URI: http://gandakiherald.example/x\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$(printf '%s' "$http" | wc -c)" "$http"
} > "$tmp/crawl.warc"
gzip -c "$tmp/crawl.warc" > "$tmp/crawl.warc.gz"
db=$tmp/warc.db
"$SIFT" ingest --db "$db" "$tmp/crawl.warc" 2>"$tmp/err"
WHY="$(cat "$tmp/err"; "$SIFT" search --db "$db" --json volunteers)"
check "warc: response record (chunked) to one report" test "$(stat_of "$db" reports)" = 1
db=$tmp/warcgz.db
"$SIFT" ingest --db "$db" "$tmp/crawl.warc.gz" 2>"$tmp/err"
WHY="$(cat "$tmp/err")"; check "warc.gz: read through gzip" test "$(stat_of "$db" reports)" = 1

db=$tmp/text.db
printf 'Nepal Police said 42 people were killed near Pokhara.\n' | "$SIFT" ingest --db "$db" --published 2025-07-14 - 2>"$tmp/err"
WHY="$(cat "$tmp/err")"; check "text: standard input" test "$(stat_of "$db" reports)" = 1

if [[ -n ${BASE:-} ]]; then
  db=$tmp/feed.db
  "$SIFT" ingest --db "$db" "$BASE/feed.xml" 2>"$tmp/err"
  WHY="$(cat "$tmp/err")"; check "feed over http: three items" test "$(stat_of "$db" reports)" = 3
  WHY="the summary-only item's page was not fetched"
  check "feed: summary-only item followed to its page" test -n "$("$SIFT" search --db "$db" --json volunteers)"
  "$SIFT" search --db "$db" --json helicopters > "$tmp/hit"
  WHY=$(cat "$tmp/hit"); check "feed: pubDate and channel title" grep -q '"date":"2025-07-15","outlet":"Gandaki Herald"' "$tmp/hit"
  db=$tmp/redir.db
  "$SIFT" ingest --db "$db" "$BASE/redirect/ledger-floods.html" 2>"$tmp/err"
  WHY="$(cat "$tmp/err")"; check "fetch: follows a redirect" test "$(stat_of "$db" reports)" = 1
  # fetch errors: each reported by URL, the rest still ingested
  db=$tmp/fetcherr.db
  start=$(date +%s)
  "$SIFT" ingest --db "$db" --timeout 2 "$BASE/missing.html" "http://127.0.0.1:9/refused" \
      "$BASE/slow/ledger-floods.html" "$BASE/valley-times-revised.html" 2>"$tmp/err"; rc=$?
  el=$(( $(date +%s) - start ))
  WHY="rc=$rc, $(cat "$tmp/err")"
  check "fetch errors: 404 named" grep -q "missing.html: HTTP 404" "$tmp/err"
  check "fetch errors: refused named" grep -q "127.0.0.1:9/refused: .*\(refused\|connect\)" "$tmp/err"
  check "fetch errors: timeout named" grep -qi "slow/ledger-floods.html: .*timed\? out" "$tmp/err"
  check "fetch errors: the good URL still stored, exit non-zero, bounded time" \
    test "$(stat_of "$db" reports)" = 1 -a $rc -ne 0 -a "$el" -lt 20
fi

# ---- dedupe and stories --------------------------------------------------------------
db=$tmp/dup.db
"$SIFT" ingest --db "$db" "$FX/reports.jsonl" "$FX/site/ledger-floods.html" 2>/dev/null
"$SIFT" ingest --db "$db" "$FX/reports.jsonl" "$FX/site/ledger-floods.html" 2>/dev/null
WHY="reports=$(stat_of "$db" reports)"; check "dedupe: same URL not stored twice" test "$(stat_of "$db" reports)" = 4
python_free_line=$(head -1 "$FX/reports.jsonl" | sed 's#"url": "[^"]*"#"url": "https://copy.example/other-url"#')
printf '%s\n' "$python_free_line" > "$tmp/copy.jsonl"
"$SIFT" ingest --db "$db" "$tmp/copy.jsonl" 2>/dev/null
WHY="reports=$(stat_of "$db" reports)"; check "dedupe: same text under another URL not stored" test "$(stat_of "$db" reports)" = 4
"$SIFT" stories --db "$db" --json > "$tmp/stories"
WHY=$(cat "$tmp/stories"); check "near-duplicate: wire story and its light edit are one story, two outlets" \
  grep -q '"reports":2.*"outlets":"Asia Wire Service,Mountain Daily"' "$tmp/stories"

# ---- the acceptance scenario ---------------------------------------------------------------
if [[ -n ${BASE:-} ]]; then
  db=$tmp/acc.db
  "$SIFT" ingest --db "$db" "$FX/site/ledger-floods.html" "$FX/site/valley-times-revised.html" \
      "$BASE/feed.xml" "$FX/reports.jsonl" "$tmp/crawl.warc" 2>"$tmp/err"; rc=$?
  WHY="rc=$rc $(cat "$tmp/err")"; check "acceptance: 8 reports from HTML, a served feed, JSONL, WARC" \
    test "$(stat_of "$db" reports)" -ge 8 -a $rc = 0
  "$SIFT" conflicts --db "$db" > "$tmp/conf"
  WHY=$(cat "$tmp/conf")
  check "acceptance: conflict on the death toll lists every source" \
    bash -c "grep -q 'person killed in Gandaki' '$tmp/conf' && grep -q 'Nepal Police' '$tmp/conf' && grep -q 'Nepal Red Cross Society' '$tmp/conf' && grep -q 'Ramesh Adhikari' '$tmp/conf'"
  check "acceptance: the minister's 35 then 48 is a revision" grep -q "revised later" "$tmp/conf"
  check "acceptance: the minister's families in shelters and the WFP's families fed are no conflict" \
    bash -c "! grep -qi 'famil' '$tmp/conf'"
  "$SIFT" entities --db "$db" --json > "$tmp/ents"
  WHY=$(grep -i adhikar "$tmp/ents")
  check "acceptance: Adhikari / Adhikary one entity" \
    bash -c "[[ \$(grep -ci '\"name\":\"Ramesh Adhika' '$tmp/ents') = 1 ]] && grep -q 'Adhikary' '$tmp/ents'"
  WHY=$(grep -i kat "$tmp/ents")
  check "acceptance: Kathmandu / Katmandu one entity" grep -q '"name":"Kathmandu","aliases":\[[^]]*"Katmandu"' "$tmp/ents"
  "$SIFT" stories --db "$db" --json > "$tmp/stories"
  WHY=$(cat "$tmp/stories"); check "acceptance: the wire story is one story carried by several outlets" \
    grep -q '"outlets":"[^"]*Asia Wire Service[^"]*Mountain Daily' "$tmp/stories"
  "$SIFT" quotes --db "$db" --by Adhikary --json > "$tmp/q"
  WHY=$(cat "$tmp/q"); check "quotes --by a spelling variant" test "$(grep -c '"speaker":"Ramesh Adhikari"' "$tmp/q")" -ge 2
  "$SIFT" claims --db "$db" --about killed --json > "$tmp/c"
  WHY=$(cat "$tmp/c"); check "claims --about: a timeline with source and outlet" \
    grep -q '"value":48.0' "$tmp/c"
  "$SIFT" export --db "$db" --format geojson > "$tmp/geo"
  WHY=$(head -3 "$tmp/geo"); check "export geojson: places with coordinates" \
    grep -q '"coordinates":\[83.969,28.267\].*"name":"Pokhara"' "$tmp/geo"
  "$SIFT" export --db "$db" --format csv > "$tmp/csv"
  WHY=$(head -2 "$tmp/csv"); check "export csv: a header and one row per claim" \
    test "$(($(wc -l < "$tmp/csv") - 1))" = "$(stat_of "$db" claims)"
  "$SIFT" stats --db "$db" --json > "$tmp/stats"
  WHY=$(cat "$tmp/stats"); check "stats --json: every count" \
    grep -q '"reports":[0-9]*,"stories":[0-9]*,"outlets":[0-9]*,"entities":[0-9]*,"quotes":[0-9]*,"claims":[0-9]*,"claim_groups":[0-9]*,"conflicts":[1-9]' "$tmp/stats"
fi

# ---- what a figure counts: the same thing, and the same thing happening to it ------------------
# The minister's "about 1,200 families had been moved to shelters" and the World Food Programme's
# "rice and lentils to 5,000 families" both count families, but not the same families.
db=$tmp/pred.db
"$SIFT" ingest --db "$db" "$FX/predicates.jsonl" 2>"$tmp/err"
"$SIFT" claims --db "$db" --json > "$tmp/c"
"$SIFT" conflicts --db "$db" --json > "$tmp/conf"
WHY="$(cat "$tmp/err" "$tmp/c")"
check "predicate: families sheltered and families fed are two quantities" \
  bash -c "grep -q '\"text\":\"about 1,200 families\".*\"what\":\"family sheltered\"' '$tmp/c' && grep -q '\"text\":\"5,000 families\".*\"what\":\"family fed\"' '$tmp/c'"
WHY=$(cat "$tmp/conf")
check "predicate: no conflict between families sheltered and families fed" bash -c "! grep -qi 'famil' '$tmp/conf'"
check "predicate: houses destroyed vs damaged, killed vs injured are not compared" \
  bash -c "! grep -q 'house' '$tmp/conf' && ! grep -q '\"value\":100.0' '$tmp/conf'"
check "predicate: the same event from two sources still conflicts (42 vs 60 killed)" \
  grep -q '"what":"person killed".*"value":42.0.*"value":60.0' "$tmp/conf"

# ---- rates: barrels per day are not barrels ---------------------------------------------------
db=$tmp/rates.db
printf '%s\n' \
  '{"url":"https://a.example/1","published":"2025-03-02","source":"Gulf Daily","title":"Output","text":"The Kazakh Ministry of Energy said on Monday that Kazakhstan pumped 300,000 barrels per day above its quota in February."}' \
  '{"url":"https://b.example/2","published":"2025-03-03","source":"Steppe Wire","title":"Output","text":"Analysts at Kpler said on Tuesday that Kazakhstan pumped 450,000 barrels per day above its quota in February."}' \
  '{"url":"https://c.example/3","published":"2025-03-03","source":"Steppe Wire","title":"Storage","text":"The Kazakh Ministry of Energy said on Tuesday that Kazakhstan held 2 million barrels in storage in February."}' \
  | "$SIFT" ingest --db "$db" - 2>"$tmp/err"
"$SIFT" conflicts --db "$db" --json > "$tmp/conf"
WHY="$(cat "$tmp/err" "$tmp/conf")"
check "rates: two rates of output conflict, and the barrels in storage stay out of it" \
  bash -c "grep -q '\"what\":\"barrel per day pumped\".*\"value\":300000.0.*\"value\":450000.0' '$tmp/conf' && ! grep -q '2 million barrels' '$tmp/conf'"

# ---- entity counts --------------------------------------------------------------------------
# ingest_line DB DATE TEXT: store one report, then list the entities into $tmp/ents
ingest_line() {
  printf '%s\n' "$3" | "$SIFT" ingest --db "$1" --published "$2" - 2>"$tmp/err"
  "$SIFT" entities --db "$1" --json > "$tmp/ents"
  WHY="$(cat "$tmp/err" "$tmp/ents")"
}
db=$tmp/ents.db
ingest_line "$db" 2025-01-01 'Officials in Kyiv said air defences were active. Later, residents of Kiev reported explosions. Volodymyr Zelensky spoke on television. Zelenskyy said the city would recover.'
check "entities: a report names one identity twice (Kyiv, Kiev; Zelensky, Zelenskyy) and counts once" \
  bash -c "[[ \$(wc -l < '$tmp/ents') == 2 ]] &&
    grep -q '\"name\":\"Kyiv\",\"aliases\":\[[^]]*\"Kiev\".*\"mentions\":2,\"reports\":1[,}]' '$tmp/ents' &&
    grep -q '\"name\":\"Volodymyr Zelensky\",\"aliases\":\[[^]]*\"Zelenskyy\".*\"mentions\":2,\"reports\":1[,}]' '$tmp/ents'"
ingest_line "$db" 2025-01-02 'Zelensky said on Tuesday that repairs in Kyiv would take a month.'
check "entities: a surname alone joins the full name; two reports count two" \
  bash -c "grep -q '\"name\":\"Volodymyr Zelensky\".*\"reports\":2[,}]' '$tmp/ents' && grep -q '\"name\":\"Kyiv\".*\"reports\":2[,}]' '$tmp/ents'"

# ---- accents ---------------------------------------------------------------------------------
db=$tmp/accents.db
ingest_line "$db" 2025-01-01 'MADRID — José Sánchez said on Monday that talks would resume.'
ingest_line "$db" 2025-01-02 'MADRID — Jose Sanchez said on Tuesday that talks had resumed.'
check "entities: a name with and without accents is one person (José Sánchez = Jose Sanchez)" \
  grep -q '"key":"PERSON:jose sanchez".*"aliases":\["Jose Sanchez","José Sánchez"\].*"reports":2' "$tmp/ents"
if command -v sqlite3 >/dev/null; then
  # a store whose keys an older sift wrote with the accents kept
  sqlite3 "$db" "UPDATE entities SET key = 'PERSON:josé sánchez', surname = 'sánchez' WHERE key = 'PERSON:jose sanchez'"
  ingest_line "$db" 2025-01-03 'MADRID — José Sánchez said on Wednesday that a deal was near.'
  check "entities: an entity stored under an older accented key is found and re-keyed" \
    bash -c "grep -q '\"key\":\"PERSON:jose sanchez\".*\"reports\":3' '$tmp/ents' && [[ \$(grep -c PERSON '$tmp/ents') == 1 ]]"
else
  skip "entities: re-keying an older accented key (sqlite3 CLI not installed)"
fi

# ---- a store written by schema version 1 ------------------------------------------------------
db=$tmp/v1.db
gzip -dc "$FX/store-v1.db.gz" > "$db"
"$SIFT" stats --db "$db" --json > "$tmp/stats" 2>"$tmp/err"
WHY="$(cat "$tmp/err" "$tmp/stats")"
check "schema v1: read (migrated on open) with every report" \
  grep -q '"reports":4,.*"schema_version":3' "$tmp/stats"
"$SIFT" ingest --db "$db" "$FX/site/valley-times-revised.html" "$FX/reports.jsonl" 2>"$tmp/err"
WHY="$(cat "$tmp/err"; "$SIFT" stats --db "$db" --json)"
check "schema v1: ingest carries on (new report in, stored ones skipped)" test "$(stat_of "$db" reports)" = 5
"$SIFT" stories --db "$db" --json > "$tmp/stories"
WHY=$(cat "$tmp/stories"); check "schema v1: stories kept" grep -q '"reports":2.*"outlets":"Asia Wire Service,Mountain Daily"' "$tmp/stories"
if command -v sqlite3 >/dev/null; then
  WHY=$(sqlite3 "$db" 'PRAGMA integrity_check; SELECT count(*) FROM report_sigs' 2>&1)
  check "schema v1: migrated store passes the integrity check, one signature per report" \
    test "$(sqlite3 "$db" 'PRAGMA integrity_check; SELECT count(*) FROM report_sigs' | tr '\n' ' ')" = "ok 5 "
fi

# ---- the sample report ------------------------------------------------------------------
if [[ -f $SHARED/seed/kursk-report.txt ]]; then
  db=$tmp/seed.db
  awk 'BEGIN { printf "{\"url\": \"https://example.org/kursk\", \"published\": \"2024-11-07\", \"source\": \"Seed\", \"text\": \"" }
       { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); printf "%s\\n", $0 } END { print "\"}" }' \
      "$SHARED/seed/kursk-report.txt" > "$tmp/seed.jsonl"
  "$SIFT" ingest --db "$db" "$tmp/seed.jsonl" 2>"$tmp/err"
  "$SIFT" conflicts --db "$db" --json > "$tmp/conf"
  WHY="$(cat "$tmp/err" "$tmp/conf")"
  check "seed: from JSON Lines with its date; 11,000 vs 10,000 in Kursk Oblast" \
    bash -c "grep -q '\"date\":\"2024-11-07\"' '$tmp/conf' && grep -q '\"value\":11000.0' '$tmp/conf' && grep -q '\"value\":10000.0' '$tmp/conf' && grep -q 'Kursk Oblast' '$tmp/conf'"
else
  skip "seed" "no $SHARED"
fi

# ---- bad input -----------------------------------------------------------------------------
mkdir -p "$tmp/bad"
: > "$tmp/bad/empty.txt"
printf 'abc\0def' > "$tmp/bad/binary.txt"
printf 'caf\xe9 au lait\n' > "$tmp/bad/latin1.txt"
printf '{"text": "A report about Pokhara.", "url": "https://x.example/1"}\n{"text": "cut sh' > "$tmp/bad/truncated.jsonl"
printf '{"title": "no text"}\nnot json at all\n' >> "$tmp/bad/truncated2.jsonl"
printf '<?xml version="1.0"?><rss><channel><title>T</title><item><title>A</title><description>Floods near Pokhara.</description></item><item><title>B' > "$tmp/bad/truncated.xml"
printf '<html><body><p>unclosed <b>tags <div><p>Floods hit Pokhara on Sunday, police said.' > "$tmp/bad/broken.html"
printf 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort' > "$tmp/bad/truncated.warc"
head -c 3000 /dev/urandom > "$tmp/bad/random.bin"
for bin in "$SIFT" "$ASAN"; do
  [[ -x $bin ]] || continue
  db=$tmp/bad-$(basename "$(dirname "$bin")").db
  "$bin" ingest --db "$db" "$tmp/bad" "$tmp/nonexistent.txt" > /dev/null 2>"$tmp/err"; rc=$?
  WHY="rc=$rc: $(cat "$tmp/err")"
  check "bad input ($bin): non-zero exit, no crash" test $rc = 1
  ok_msgs=1
  for pat in "empty.txt: empty" "binary.txt: binary data (a NUL byte) at byte 3" "latin1.txt: invalid UTF-8 at byte 3" \
             "truncated.jsonl:2: invalid JSON" "truncated2.jsonl:1: no \"text\"" "truncated2.jsonl:2: invalid JSON" \
             "truncated.xml: malformed feed at line 1" "truncated.warc: byte 0: WARC record truncated" \
             "nonexistent.txt: No such file"; do
    grep -qF "$pat" "$tmp/err" || { ok_msgs=0; WHY="missing '$pat' in: $(cat "$tmp/err")"; }
  done
  check "bad input ($bin): each message names the file and the place" test $ok_msgs = 1
  WHY="reports=$(stat_of "$db" reports)"
  check "bad input ($bin): the good parts are kept" test "$(stat_of "$db" reports)" -ge 3
done
printf 'not a database, just text\n' > "$tmp/notdb.db"
"$SIFT" stats --db "$tmp/notdb.db" 2>"$tmp/err"; rc=$?
WHY="rc=$rc $(cat "$tmp/err")"; check "a file that is not a store is refused" bash -c "[[ $rc = 1 ]] && grep -q 'notdb.db' '$tmp/err'"

# ---- interrupted ingest ------------------------------------------------------------------------
N=${STORE_KILL_N:-4000}
awk -v n="$N" 'BEGIN { srand(7); split("Pokhara Baglung Kathmandu Waling Nepal", pl, " ");
  split("police,the Red Cross,the army,the ministry,officials", src, ",");
  for (i = 1; i <= n; i++) {
    printf "{\"url\": \"https://gen.example/%d\", \"published\": \"2025-07-%02d\", \"source\": \"Outlet %d\", \"text\": \"Report %d. Floods near %s killed %d people, %s said on day %d. Rescue teams searched %d villages and %d families moved to shelters, report %d.\"}\n",
      i, 1 + i % 28, i % 17, i, pl[1 + i % 5], 10 + (i * 7) % 90, src[1 + i % 5], i, i % 13, i * 3, i }
}' > "$tmp/gen.jsonl"
# the reports three times over (new addresses, same texts, so still N
# distinct reports), so that a run cannot end before the signal on a busy
# machine (the kill -9 run once did, with the N lines alone)
sed 's|gen.example/|gen.example/a|' "$tmp/gen.jsonl" > "$tmp/int.jsonl"
sed 's|gen.example/|gen.example/b|' "$tmp/gen.jsonl" >> "$tmp/int.jsonl"
cat "$tmp/gen.jsonl" >> "$tmp/int.jsonl"
# The run counts as interrupted only when the signal killed it (status 137);
# a run that ended first is tried again on a new store, up to three times.
killed=0
for attempt in 1 2 3; do
  db=$tmp/kill$attempt.db
  "$SIFT" ingest --db "$db" --batch 100 "$tmp/int.jsonl" 2>/dev/null & pid=$!
  for _ in $(seq 100); do sleep 0.1; n=$(stat_of "$db" reports 2>/dev/null); [[ ${n:-0} -ge 300 ]] && break; done
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; st=$?
  [[ $st = 137 ]] && { killed=1; break; }
done
before=$(stat_of "$db" reports)
"$SIFT" ingest --db "$db" "$tmp/int.jsonl" 2>"$tmp/err"; rc=$?
after=$(stat_of "$db" reports)
WHY="killed: $killed (status $st), before kill: $before, after rerun: $after of $N, rc=$rc $(tail -2 "$tmp/err")"
check "interrupted (kill -9) then rerun: all $N reports, none twice" \
  bash -c "[[ $killed = 1 && ${before:-0} -gt 0 && $after = $N && $rc = 0 ]]"
WHY="integrity: $(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1 | head -2)"
if command -v sqlite3 >/dev/null; then
  check "interrupted: the store passes SQLite's integrity check" test "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok
fi
# (a run that ended before the signal, as one did on a loaded machine, is
# tried again on a new store, up to three times, as for kill -9 above)
for attempt in 1 2 3; do
  db=$tmp/int$attempt.db
  "$SIFT" ingest --db "$db" --batch 50 "$tmp/int.jsonl" 2>"$tmp/err" & pid=$!
  for _ in $(seq 100); do sleep 0.1; n=$(stat_of "$db" reports 2>/dev/null); [[ ${n:-0} -ge 200 ]] && break; done
  kill -INT $pid 2>/dev/null; wait $pid; rc=$?
  [[ $rc = 0 ]] || break
done
WHY="rc=$rc (attempt $attempt) $(cat "$tmp/err")"
check "Ctrl-C: stops cleanly, exit 130, says how to continue" bash -c "[[ $rc = 130 ]] && grep -q 'Run the same command again' '$tmp/err'"

# ---- fuzzing -------------------------------------------------------------------------------------
if [[ -x build-fuzz/fuzz_ingest ]]; then
  mkdir -p "$tmp/corpus"
  for f in "$FX"/site/* "$FX/reports.jsonl" "$tmp/crawl.warc"; do
    for k in 0 1 2 3 4; do { printf "\\x$k"; cat "$f"; } > "$tmp/corpus/$k-$(basename "$f")"; done
  done
  run_fuzz "fuzz ingest" build-fuzz/fuzz_ingest "$tmp/corpus" "${STORE_FUZZ_SECONDS:-10}"
else
  bad "fuzz ingest" "build-fuzz/fuzz_ingest not built"
fi

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
