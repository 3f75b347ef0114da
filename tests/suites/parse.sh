#!/usr/bin/env bash
# tests/suites/parse.sh — the dependency parser: transition system and
# oracle, training (convergence, determinism), the model loader on damaged
# files, the same under ASan+UBSan, accuracy on EWT dev, and a short fuzz.
set -u
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
TOOL=build/parsetool
ASAN_TOOL=build-asan/parsetool
SIFT=build/sift
ASAN_SIFT=build-asan/sift
source tests/lib.sh
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

if [[ ! -x $TOOL ]]; then
  bad "parse: tool" "$TOOL not built (make build/parsetool)"
  echo "$pass passed, $fail failed"; exit 1
fi

# The oracle rebuilds every projective tree exactly, and keeps going on non-projective ones.
out=$($TOOL oracle tests/parse/tiny.conllu 2>&1) && ok "parse: oracle rebuilds the fixture trees" \
  || bad "parse: oracle on fixtures" "$out"
out=$($TOOL oracle tests/parse/nonproj.conllu 2>&1) && ok "parse: oracle runs on a non-projective tree" \
  || bad "parse: oracle on a non-projective tree" "$out"
if [[ -f $SHARED/data/ud_english_ewt/en_ewt-ud-train.conllu ]]; then
  out=$($TOOL oracle "$SHARED/data/ud_english_ewt/en_ewt-ud-train.conllu" 2>&1 | tail -1)
  [[ $out =~ ^oracle:\ ([0-9]+)/([0-9]+)\ projective ]] && [[ ${BASH_REMATCH[1]} == "${BASH_REMATCH[2]}" ]] \
    && ok "parse: oracle exact on every projective EWT train tree (${BASH_REMATCH[1]})" \
    || bad "parse: oracle on EWT train" "$out"
else
  skip "parse: oracle on EWT train" "no $SHARED"
fi

# Training on a handful of sentences reaches 100% and gives the same bytes twice.
train_tiny() { # SIFT OUT
  "$1" train parse --train tests/parse/tiny.conllu --dev tests/parse/tiny.conllu --out "$2" \
    --epochs 30 --seed 7 >"$tmp/log" 2>&1
}
if train_tiny $SIFT "$tmp/a.model"; then
  out=$($TOOL eval "$tmp/a.model" tests/parse/tiny.conllu)
  [[ $out == *"UAS 100.00  LAS 100.00"* ]] && ok "parse: tiny corpus learnt to 100%" \
    || bad "parse: tiny corpus" "$out"
  grep -q 'dev UAS' "$tmp/log" && ok "parse: dev accuracy logged per pass" || bad "parse: log" "$(head -3 "$tmp/log")"
  train_tiny $SIFT "$tmp/b.model"
  cmp -s "$tmp/a.model" "$tmp/b.model" && ok "parse: training is deterministic" \
    || bad "parse: training is deterministic" "two runs differ"
else
  bad "parse: tiny training" "$(tail -2 "$tmp/log")"
fi
$SIFT train parse --train tests/parse/nonproj.conllu --out "$tmp/np.model" --epochs 3 --seed 1 >"$tmp/log" 2>&1 \
  && [[ $($TOOL check "$tmp/np.model") == ok ]] && ok "parse: trains on a non-projective tree" \
  || bad "parse: non-projective training" "$(tail -2 "$tmp/log")"

# The loader refuses damaged files, each with a message.
$TOOL seedmodel "$tmp/s.model"
refuse() { # NAME FILE PATTERN
  local out; out=$($TOOL check "$2" 2>&1)
  if [[ $out != ok && $out == *$3* ]]; then ok "parse: loader refuses $1"; else bad "parse: loader on $1" "$out"; fi
}
[[ $($TOOL check "$tmp/s.model") == ok ]] && ok "parse: loader accepts a good model" || bad "parse: seed model"
size=$(stat -c %s "$tmp/s.model")
head -c $((size - 7)) "$tmp/s.model" > "$tmp/trunc.model";           refuse "a truncated file" "$tmp/trunc.model" truncated
{ cat "$tmp/s.model"; printf 'x'; } > "$tmp/trail.model";              refuse "trailing bytes" "$tmp/trail.model" trailing
cp "$tmp/s.model" "$tmp/flip.model"
printf '\x55' | dd of="$tmp/flip.model" bs=1 seek=100 conv=notrunc status=none; refuse "a flipped byte" "$tmp/flip.model" checksum
cp "$tmp/s.model" "$tmp/kind.model"
printf '\x01' | dd of="$tmp/kind.model" bs=1 seek=12 conv=notrunc status=none; refuse "the wrong kind" "$tmp/kind.model" kind
: > "$tmp/empty.model";                                               refuse "an empty file" "$tmp/empty.model" "not a sift model"
refuse "a missing file" "$tmp/nope.model" "No such file"
if command -v python3 >/dev/null; then
  # Payloads with a valid checksum but impossible contents.
  fix() { python3 - "$@" <<'PY'
import struct, sys
src, dst, off, val = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
b = bytearray(open(src, 'rb').read())
b[40 + off:40 + off + 4] = struct.pack('<I', val)
h = 0xcbf29ce484222325
for x in b[40:]:
    h = ((h ^ x) * 0x100000001b3) & 0xffffffffffffffff
b[32:40] = struct.pack('<Q', h)
open(dst, 'wb').write(b)
PY
  }
  fix "$tmp/s.model" "$tmp/bits.model" 0 30;  refuse "an oversized table" "$tmp/bits.model" "out of range"
  fix "$tmp/s.model" "$tmp/lab.model" 8 99;   refuse "a bad label count" "$tmp/lab.model" "label count"
  fix "$tmp/s.model" "$tmp/tb.model" 0 5;     refuse "tables that do not fit" "$tmp/tb.model" "truncated"
else
  skip "parse: crafted payloads" "no python3"
fi

# The same under ASan+UBSan (a sanitizer report exits with a status above 1).
check_all() {
  local f
  for f in "$tmp"/*.model; do $ASAN_TOOL check "$f" >>"$tmp/log" 2>&1; [[ $? -le 1 ]] || return 1; done
}
if [[ -x $ASAN_TOOL && -x $ASAN_SIFT ]]; then
  if train_tiny $ASAN_SIFT "$tmp/c.model" && $ASAN_TOOL eval "$tmp/c.model" tests/parse/tiny.conllu >/dev/null 2>&1 \
     && $ASAN_TOOL oracle tests/parse/nonproj.conllu >/dev/null 2>&1 && check_all; then
    ok "parse: train, parse and damaged models clean under ASan+UBSan"
  else
    bad "parse: ASan+UBSan" "$(tail -3 "$tmp/log")"
  fi
else
  skip "parse: ASan+UBSan" "$ASAN_TOOL not built"
fi

# Accuracy floor on EWT dev with the committed model (gold tokens and tags).
if [[ -f $SHARED/data/ud_english_ewt/en_ewt-ud-dev.conllu ]]; then
  out=$($TOOL eval models/parse.model "$SHARED/data/ud_english_ewt/en_ewt-ud-dev.conllu" 2>&1)
  if [[ $out =~ UAS\ ([0-9.]+)\ +LAS\ ([0-9.]+) ]] && \
     awk -v u="${BASH_REMATCH[1]}" -v l="${BASH_REMATCH[2]}" 'BEGIN { exit !(u >= 86 && l >= 84) }'; then
    ok "parse: EWT dev UAS ${BASH_REMATCH[1]} LAS ${BASH_REMATCH[2]} (floor 86/84)"
  else
    bad "parse: EWT dev accuracy" "$out"
  fi
else
  skip "parse: EWT dev accuracy" "no $SHARED"
fi

# A short fuzzing run over the model loader.
if [[ -x build-fuzz/fuzz_parse_model ]]; then
  mkdir -p "$tmp/corpus"; cp "$tmp/s.model" "$tmp/corpus/"
  run_fuzz "parse: fuzz model loader" build-fuzz/fuzz_parse_model "$tmp/corpus" "${PARSE_FUZZ_SECONDS:-10}"
else
  skip "parse: fuzz model loader" "build-fuzz/fuzz_parse_model not built (needs clang's libFuzzer)"
fi

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
