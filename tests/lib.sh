# tests/lib.sh — what every test script shares: the pass/fail counters,
# ok/bad/skip, and a bounded libFuzzer run. Source it after `cd` to the
# repository root; the script ends with: echo "$pass passed, $fail failed".
pass=0 fail=0
ok()   { pass=$((pass + 1)); echo "ok $1"; }
bad()  { fail=$((fail + 1)); echo "FAIL $1${2:+: $2}"; }
skip() { echo "skip $1${2:+: $2}"; }

# run_fuzz LABEL BINARY CORPUS_DIR SECONDS: run a libFuzzer binary over a
# corpus for SECONDS. On a crash, timeout or leak, the inputs that caused it
# are kept in build-fuzz/crashes/ (not in the source tree) and named.
run_fuzz() {
  local label=$1 bin=$2 corpus=$3 secs=$4 art log
  art=$(mktemp -d); log=$art/fuzz.log
  if "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$art/" \
       "$corpus" > "$log" 2>&1; then
    ok "$label $(grep -o 'Done [0-9]* runs' "$log")"
  else
    mkdir -p build-fuzz/crashes
    cp "$art"/crash-* "$art"/timeout-* "$art"/oom-* "$art"/leak-* build-fuzz/crashes/ 2>/dev/null
    bad "$label" "$(grep -E 'ERROR|SUMMARY' "$log" | head -3) (inputs kept in build-fuzz/crashes/)"
  fi
  rm -rf "$art"
}
