#!/usr/bin/env bash
# tests/cli.sh SIFT — the command line on good and bad input: every bad
# input gets a message naming the file (and the place), a non-zero exit,
# and no crash. Last line: "N passed, N failed".
set -u
SIFT=${1:-build/sift}
pass=0 fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# expect NAME WANT_RC MESSAGE_PATTERN -- ARGS...
expect() {
  local name=$1 want=$2 pat=$3; shift 4
  "$SIFT" "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if (( rc >= 128 )) || grep -q 'Sanitizer' "$tmp/err"; then
    echo "FAIL $name: crashed (exit $rc)"; head -5 "$tmp/err"; fail=$((fail+1)); return
  fi
  if [[ $want = nonzero ]] && (( rc == 0 )); then
    echo "FAIL $name: exit 0, expected an error"; fail=$((fail+1)); return
  fi
  if [[ $want != nonzero ]] && (( rc != want )); then
    echo "FAIL $name: exit $rc, expected $want"; cat "$tmp/err"; fail=$((fail+1)); return
  fi
  if [[ -n $pat ]] && ! grep -Eq "$pat" "$tmp/err" "$tmp/out"; then
    echo "FAIL $name: output lacks /$pat/"; cat "$tmp/err"; fail=$((fail+1)); return
  fi
  echo "ok $name"; pass=$((pass+1))
}

printf 'Officials said on Monday that 300 people had fled.\n' > "$tmp/good.txt"
: > "$tmp/empty.txt"
printf 'abc\0\001\002binary' > "$tmp/binary.bin"
printf 'The mayor said \xc3\x28 the road was closed.\n' > "$tmp/badutf8.txt"
printf 'The mayor said the road was \xe2\x80' > "$tmp/truncated.txt"
truncate -s 200M "$tmp/huge.txt"
head -c 3000 /dev/zero | tr '\0' 'a' > "$tmp/mid.txt"

expect "good file"            0        '"quotes"'                 -- analyze "$tmp/good.txt"
expect "stdin"                0        '"id":"stdin"'             -- analyze - < "$tmp/good.txt"
expect "missing file"         1        'nope\.txt: No such file'  -- analyze "$tmp/nope.txt"
expect "directory"            1        'is a directory'           -- analyze "$tmp"
expect "empty file"           1        'empty\.txt: empty file'   -- analyze "$tmp/empty.txt"
expect "binary file"          1        'binary\.bin: .*NUL byte at byte offset 3' -- analyze "$tmp/binary.bin"
expect "invalid UTF-8"        1        'badutf8\.txt: .*invalid UTF-8 at byte offset 15' -- analyze "$tmp/badutf8.txt"
expect "lenient UTF-8"        0        '"quotes"'                 -- analyze --lenient "$tmp/badutf8.txt"
expect "truncated UTF-8"      1        'truncated\.txt: .*byte offset 28' -- analyze "$tmp/truncated.txt"
expect "200 MB file refused"  1        'huge\.txt: 209715200 bytes is over the limit.*--max-bytes' -- analyze "$tmp/huge.txt"
expect "limit lowered"        1        'mid\.txt: .*over the limit of 1000' -- analyze --max-bytes 1000 "$tmp/mid.txt"
expect "limit raised"         0        ''                         -- analyze --max-bytes 5000 "$tmp/mid.txt"
expect "stdin over limit"     1        'stdin.*over the limit'    -- analyze --max-bytes 100 - < "$tmp/mid.txt"
expect "bad date"             2        'invalid --published'      -- analyze --published 2024-13 "$tmp/good.txt"
expect "impossible date"      1        'invalid publication date' -- analyze --published 2024-02-30 "$tmp/good.txt"
expect "bad format"           2        'unknown format'           -- analyze --format xml "$tmp/good.txt"
expect "no files"             2        'no input files'           -- analyze
expect "unknown command"      2        'unknown command'          -- frobnicate
expect "bad models dir"       1        'cannot load resources'    -- analyze --models "$tmp/none" "$tmp/good.txt"
# --no-models reads no model file: a damaged one is refused only when models are wanted.
mkdir -p "$tmp/damaged"; cp "$(dirname "$SIFT")/../models/lexicon.tsv" "$tmp/damaged/"
printf 'not a model\n' > "$tmp/damaged/pos.model"
expect "damaged model"        1        'pos\.model'               -- analyze --models "$tmp/damaged" "$tmp/good.txt"
expect "no models, no reading" 0       '"quotes"'                 -- analyze --no-models --models "$tmp/damaged" "$tmp/good.txt"
mv "$tmp/damaged/pos.model" "$tmp/damaged/parse.model"   # the parser is read only beside a tagger
cp "$(dirname "$SIFT")/../models/pos.model" "$tmp/damaged/"
expect "tagger without its clusters" 1 'needs the word clusters'  -- analyze --models "$tmp/damaged" "$tmp/good.txt"
cp "$(dirname "$SIFT")/../models/clusters.bin" "$tmp/damaged/"
expect "damaged parser"       1        'parse\.model'             -- analyze --models "$tmp/damaged" "$tmp/good.txt"
expect "no parser, no reading" 0       '"quotes"'                 -- analyze --no-parser --models "$tmp/damaged" "$tmp/good.txt"
expect "ingest, damaged parser" 1      'parse\.model'             -- ingest --quiet --db "$tmp/p.db" --models "$tmp/damaged" "$tmp/good.txt"
expect "ingest --no-parser"   0        ''                         -- ingest --quiet --db "$tmp/p.db" --no-parser --models "$tmp/damaged" "$tmp/good.txt"
expect "ingested without parser" 0     'reports +1'               -- stats --db "$tmp/p.db"
expect "text report"          0        'WHO SAID WHAT'            -- analyze --format text "$tmp/good.txt"
printf 'Traffic reached 4.1 million vehicles.\n' > "$tmp/million.txt"
expect "text report figures"  0        '4,100,000 '               -- analyze --format text "$tmp/million.txt"
expect "one good, one bad"    1        'nope\.txt'                -- analyze "$tmp/good.txt" "$tmp/nope.txt"

# JSON Lines: one object a line for several files, the good one still printed.
"$SIFT" analyze "$tmp/good.txt" "$tmp/good.txt" > "$tmp/two.jsonl" 2>/dev/null
if [[ $(wc -l < "$tmp/two.jsonl") -eq 2 ]]; then echo "ok jsonl"; pass=$((pass+1)); else echo "FAIL jsonl: $(wc -l < "$tmp/two.jsonl") lines"; fail=$((fail+1)); fi
"$SIFT" analyze "$tmp/good.txt" "$tmp/nope.txt" > "$tmp/partial.jsonl" 2>/dev/null
if [[ $(wc -l < "$tmp/partial.jsonl") -eq 1 ]]; then echo "ok no lost data"; pass=$((pass+1)); else echo "FAIL no lost data"; fail=$((fail+1)); fi

echo "$pass passed, $fail failed"
