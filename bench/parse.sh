#!/usr/bin/env bash
# bench/parse.sh — dependency parsing speed and memory, one core.
#
# Parses UD English EWT test (gold tokens and tags) REPS times in one
# process with models/parse.model and prints tokens per second and the
# process's peak memory (model loading included).
set -eu
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
TOOL=${PARSETOOL:-build/parsetool}
REPS=${REPS:-20}
data=$SHARED/data/ud_english_ewt/en_ewt-ud-test.conllu
[[ -f $data ]] || { echo "bench/parse.sh: needs $data"; exit 1; }
[[ -x $TOOL ]] || make --no-print-directory "$TOOL" >/dev/null
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
out=$( { /usr/bin/time -f 'peak %M' $pin "$TOOL" bench models/parse.model "$data" "$REPS"; } 2>&1 )
printf '%s\n' "$out" | grep '^parse:'
kb=$(printf '%s\n' "$out" | awk '/^peak/ {print $2}')
echo "parse: peak memory $((kb / 1024)) MB (model $(( $(stat -c %s models/parse.model) / 1024 / 1024 )) MB on disk)"
