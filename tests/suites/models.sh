#!/usr/bin/env bash
# tests/suites/models.sh — the tagger, lemmas, entity recognizer and the
# CoNLL-U reader/writer: round trips, deterministic training on tiny
# fixtures, damaged models refused, accuracy floors on the dev sets (when
# ../shared is there) and a short fuzzing run over the model loaders.
set -u
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
D=$SHARED/data
SIFT=${SIFT:-build/sift}
EVAL=${EVAL:-build/sift-eval-models}
FUZZ=${FUZZ_MODEL:-build-fuzz/fuzz_model}
MKCLUSTERS=${MKCLUSTERS:-build/mkclusters}
source tests/lib.sh
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
F=tests/models

# CoNLL-U: reading then writing gives the same bytes (comments, 3-4 ranges, 8.1 nodes).
if $SIFT parse --echo $F/tiny.conllu | cmp -s - $F/tiny.conllu; then ok "conllu round trip (fixture)"
else bad "conllu round trip (fixture)"; fi
if [[ -f $D/ud_english_ewt/en_ewt-ud-dev.conllu ]]; then
  if $SIFT parse --echo $D/ud_english_ewt/en_ewt-ud-dev.conllu | cmp -s - $D/ud_english_ewt/en_ewt-ud-dev.conllu
  then ok "conllu round trip (EWT dev)"; else bad "conllu round trip (EWT dev)"; fi
else skip "conllu round trip (EWT dev)" "no $SHARED"; fi
msg=$($SIFT parse --echo $F/bad.conllu 2>&1 >/dev/null)
if [[ $msg == *"bad.conllu:2:"* ]]; then ok "malformed CoNLL-U names file and line"
else bad "malformed CoNLL-U names file and line" "$msg"; fi

# Training on the fixtures converges and is deterministic.
for run in 1 2; do
  mkdir -p "$tmp/m$run"
  $SIFT train pos --train $F/tiny.conllu --dev $F/tiny.conllu --out "$tmp/m$run/pos.model" \
    --epochs 6 --seed 3 2>"$tmp/pos$run.log" || bad "train pos" "$(tail -1 "$tmp/pos$run.log")"
  $SIFT train ner --pos "$tmp/m$run/pos.model" --lexicon none --train $F/tiny.iob2 \
    --dev $F/tiny.iob2 --out "$tmp/m$run/ner.model" --epochs 8 --seed 3 2>"$tmp/ner$run.log" \
    || bad "train ner" "$(tail -1 "$tmp/ner$run.log")"
done
cmp -s "$tmp/m1/pos.model" "$tmp/m2/pos.model" && ok "pos training is deterministic" || bad "pos training is deterministic"
cmp -s "$tmp/m1/ner.model" "$tmp/m2/ner.model" && ok "ner training is deterministic" || bad "ner training is deterministic"
grep -q 'dev UPOS 100.00%' "$tmp/pos1.log" && ok "pos training converges" || bad "pos training converges" "$(tail -2 "$tmp/pos1.log")"
grep -q 'dev entity F1 100.00' "$tmp/ner1.log" && ok "ner training converges" || bad "ner training converges" "$(tail -2 "$tmp/ner1.log")"
# --word-classes: the table goes into the model; a malformed file is refused at its line.
printf 'dog\t1\nbarks\t48\ncats\t16\n' > "$tmp/wc.tsv"
if $SIFT train pos --train $F/tiny.conllu --dev $F/tiny.conllu --out "$tmp/wc.model" --epochs 6 \
     --seed 3 --word-classes "$tmp/wc.tsv" 2>"$tmp/wc.log" && grep -q 'dev UPOS 100.00%' "$tmp/wc.log" &&
   (( $(stat -c %s "$tmp/wc.model") > $(stat -c %s "$tmp/m1/pos.model") )); then
  ok "train pos --word-classes converges and stores the table"
else bad "train pos --word-classes" "$(tail -1 "$tmp/wc.log")"; fi
printf 'dog\t1\nbarks\tmany\n' > "$tmp/wc-bad.tsv"
if ! $SIFT train pos --train $F/tiny.conllu --out "$tmp/x.model" --word-classes "$tmp/wc-bad.tsv" \
     2>"$tmp/wc-bad.log" && grep -q 'wc-bad.tsv:2:' "$tmp/wc-bad.log"; then
  ok "a malformed --word-classes file is refused with its line"
else bad "malformed --word-classes" "$(cat "$tmp/wc-bad.log")"; fi

# --clusters: models trained with word clusters record which ones; they load
# beside the same clusters.bin and are refused without it or with another.
printf 'anna\t1050627\nberg\t1050627\noslo\t2099202\nvisited\t3147779\nnordfisk\t4196356\n' > "$tmp/cl.tsv"
printf 'anna\t1050628\noslo\t2099202\n' > "$tmp/cl2.tsv"
mkdir -p "$tmp/cl" "$tmp/cl-none" "$tmp/cl-other"
if $MKCLUSTERS --pack "$tmp/cl.tsv" "$tmp/cl/clusters.bin" && $MKCLUSTERS --pack "$tmp/cl2.tsv" "$tmp/cl-other/clusters.bin" &&
   $SIFT train pos --train $F/tiny.conllu --dev $F/tiny.conllu --out "$tmp/cl/pos.model" --epochs 6 --seed 3 \
     --clusters "$tmp/cl/clusters.bin" 2>"$tmp/clpos.log" && grep -q 'dev UPOS 100.00%' "$tmp/clpos.log" &&
   $SIFT train ner --pos "$tmp/cl/pos.model" --lexicon none --clusters "$tmp/cl/clusters.bin" --train $F/tiny.iob2 \
     --dev $F/tiny.iob2 --out "$tmp/cl/ner.model" --epochs 8 --seed 3 2>"$tmp/clner.log" &&
   grep -q 'dev entity F1 100.00' "$tmp/clner.log" &&
   $SIFT parse --models "$tmp/cl" --input iob2 $F/tiny.iob2 > "$tmp/cl.out" 2>"$tmp/cl.err" &&
   [[ $($EVAL $F/tiny.iob2 "$tmp/cl.out" | head -1) == *"F1 100.00"* ]]; then
  ok "train pos and ner --clusters: converge, and load beside their clusters.bin"
else bad "train --clusters" "$(tail -1 "$tmp/clpos.log" "$tmp/clner.log" "$tmp/cl.err" 2>&1)"; fi
cp "$tmp/cl/pos.model" "$tmp/cl-none/"; cp "$tmp/cl/pos.model" "$tmp/cl-other/"
msg=$($SIFT parse --models "$tmp/cl-none" $F/tiny.conllu 2>&1 >/dev/null)
if [[ $? -ne 0 && $msg == *"cl-none/pos.model: this model needs the word clusters"* ]]; then
  ok "a model trained with clusters is refused without them"
else bad "a model trained with clusters is refused without them" "$msg"; fi
msg=$($SIFT parse --models "$tmp/cl-other" $F/tiny.conllu 2>&1 >/dev/null)
if [[ $? -ne 0 && $msg == *"cl-other/pos.model: the word clusters (clusters.bin) are not the ones"* ]]; then
  ok "a model trained with clusters is refused with other clusters"
else bad "a model trained with clusters is refused with other clusters" "$msg"; fi
head -c 100 "$tmp/cl/clusters.bin" > "$tmp/cl-none/clusters.bin"
msg=$($SIFT parse --models "$tmp/cl-none" $F/tiny.conllu 2>&1 >/dev/null)
if [[ $? -ne 0 && $msg == *"cl-none/clusters.bin: truncated"* ]]; then ok "refuses a truncated clusters.bin"
else bad "refuses a truncated clusters.bin" "$msg"; fi
$SIFT train parse --train $F/tiny.conllu --out "$tmp/x.model" --clusters "$tmp/cl/clusters.bin" 2>/dev/null &&
  bad "train parse --clusters is refused" || ok "train parse --clusters is refused"
printf 'anna\tlots\n' > "$tmp/cl-bad.tsv"
if ! $MKCLUSTERS --pack "$tmp/cl-bad.tsv" "$tmp/x.bin" 2>"$tmp/clbad.err" && grep -q 'cl-bad.tsv:1:' "$tmp/clbad.err"; then
  ok "a malformed clusters file is refused with its line"
else bad "a malformed clusters file is refused with its line" "$(cat "$tmp/clbad.err")"; fi

# The cluster lookups reach the features: nouns and adjectives (people and
# places) stand in the same frames, so only their cluster tells them apart,
# and no dev word is in train. Without clusters the same training guesses.
frame() { printf '# sent_id = %s\n1\tthe\tthe\tDET\tDT\t_\t_\t_\t_\t_\n2\t%s\t%s\t%s\t%s\t_\t_\t_\t_\t_\n3\tone\tone\tNUM\tCD\t_\t_\t_\t_\t_\n4\twas\tbe\tAUX\tVBD\t_\t_\t_\t_\t_\n5\there\there\tADV\tRB\t_\t_\t_\t_\t_\n\n' "$1" "$2" "$2" "$3" "$4"; }
nframe() { printf '1\tWe\tO\t-\t-\n2\tmet\tO\t-\t-\n3\t%s\t%s\t-\t-\n4\ttoday\tO\t-\t-\n5\t.\tO\t-\t-\n\n' "$1" "$2"; }
nouns="dax wug blick fep toma zib quell morv snat pleg"; nouns_dev="kiki zupp rond jerb nolp truv"
adjs="lorp mib snee tupa gazzle crun dwell fisk yomp brab"; adjs_dev="vosk rinn halb sprid grom welk"
R=$tmp/reach; mkdir -p "$R/with" "$R/without"
{ for w in $nouns; do frame "n-$w" "$w" NOUN NN; done; for w in $adjs; do frame "a-$w" "$w" ADJ JJ; done; } > "$R/train.conllu"
{ for w in $nouns_dev; do frame "n-$w" "$w" NOUN NN; done; for w in $adjs_dev; do frame "a-$w" "$w" ADJ JJ; done; } > "$R/dev.conllu"
{ for w in $nouns; do nframe "${w^}" B-PER; done; for w in $adjs; do nframe "${w^}" B-LOC; done; } > "$R/train.iob2"
{ for w in $nouns_dev; do nframe "${w^}" B-PER; done; for w in $adjs_dev; do nframe "${w^}" B-LOC; done; } > "$R/dev.iob2"
{ for w in $nouns $nouns_dev; do printf '%s\t1050625\n' "$w"; done
  for w in $adjs $adjs_dev; do printf '%s\t2099202\n' "$w"; done; } | sort > "$R/cl.tsv"
reach_train() { # dir, extra args
  local m=$1; shift
  $SIFT train pos --train "$R/train.conllu" --dev "$R/dev.conllu" --out "$m/pos.model" --epochs 6 --seed 3 "$@" \
    2>/dev/null &&
  $SIFT train ner --pos "$m/pos.model" --lexicon none --train "$R/train.iob2" --dev "$R/dev.iob2" \
    --out "$m/ner.model" --epochs 8 --seed 3 "$@" 2>/dev/null &&
  $SIFT parse --models "$m" --no-ner "$R/dev.conllu" > "$m/pos.out" &&
  $SIFT parse --models "$m" --input iob2 "$R/dev.iob2" > "$m/ner.out" &&
  echo "$($EVAL "$R/dev.conllu" "$m/pos.out" | awk '/UPOS/ {print $2+0}') $($EVAL "$R/dev.iob2" "$m/ner.out" | awk '/^NER/ {print $7+0}')"
}
if $MKCLUSTERS --pack "$R/cl.tsv" "$R/with/clusters.bin" 2>/dev/null; then
  with=$(reach_train "$R/with" --clusters "$R/with/clusters.bin"); without=$(reach_train "$R/without")
  if [[ $with == "100 100" && -n $without && $without != *100* ]]; then
    ok "cluster lookups reach the tagger and recognizer features (UPOS, F1 with: $with; without: $without)"
  else bad "cluster lookups reach the features" "UPOS, F1 with clusters '$with', without '$without'"; fi
else bad "cluster lookups reach the features" "mkclusters --pack failed"; fi

# sift parse --input text: the sentence text line, and --max-bytes refusing a larger file.
printf 'The mayor said on Monday that 40 homes were damaged. Officials agreed.\n' > "$tmp/two.txt"
if $SIFT parse --models "$tmp/m1" --input text "$tmp/two.txt" 2>/dev/null | grep -qx '# text = Officials agreed .' &&
   ! $SIFT parse --models "$tmp/m1" --input text --max-bytes 20 "$tmp/two.txt" 2>"$tmp/mb.err" >/dev/null &&
   grep -q 'over the limit of 20 bytes' "$tmp/mb.err"; then ok "sift parse --input text: sentences, --max-bytes"
else bad "sift parse --input text" "$(cat "$tmp/mb.err")"; fi

# --refit: the pass count chosen on dev, then as many passes over train + dev.
if $SIFT train ner --pos "$tmp/m1/pos.model" --lexicon none --train $F/tiny.iob2 --dev $F/tiny.iob2 \
     --out "$tmp/refit.model" --epochs 8 --seed 3 --refit 2>"$tmp/refit.log"; then
  chosen=$(grep -m1 'dev entity F1 100.00' "$tmp/refit.log" | sed 's/^pass \([0-9]*\):.*/\1/')
  n=$(sed -n 's/^refit: \([0-9]*\) passes.*/\1/p' "$tmp/refit.log")
  after=$(sed -n '/^refit:/,$p' "$tmp/refit.log" | grep -c '^pass')
  if [[ -n $n && $n == "$chosen" && $after == "$n" ]] && ! cmp -s "$tmp/refit.model" "$tmp/m1/ner.model"; then
    ok "train ner --refit retrains on train + dev for the chosen $n passes"
  else bad "train ner --refit" "chosen '$chosen', refit '$n', passes after '$after'"; fi
else bad "train ner --refit" "$(tail -1 "$tmp/refit.log")"; fi
$SIFT train ner --pos "$tmp/m1/pos.model" --lexicon none --train $F/tiny.iob2 --out "$tmp/x.model" \
  --refit 2>/dev/null && bad "--refit without --dev is refused" || ok "--refit without --dev is refused"
if $SIFT parse --models "$tmp/m1" --input iob2 $F/tiny.iob2 > "$tmp/tiny.out" 2>"$tmp/err" &&
   [[ $($EVAL $F/tiny.iob2 "$tmp/tiny.out" | head -1) == *"F1 100.00"* ]]; then ok "sift parse with trained models"
else bad "sift parse with trained models" "$(cat "$tmp/err")"; fi
$SIFT parse --input text --models "$tmp/m1" - <<<"Anna Berg visited Oslo. She didn't stay." > "$tmp/text.out" 2>&1
if [[ $(grep -c $'^[0-9]\+\t' "$tmp/text.out") == 10 && $(grep -c '^# text' "$tmp/text.out") == 2 ]]; then
  ok "plain text input is split into sentences and tokens"
else bad "plain text input is split into sentences and tokens" "$(head -3 "$tmp/text.out")"; fi

# Damaged models are refused with a message naming the file.
mkdir -p "$tmp/bad"
check_refused() { # what, the reason the message must give
  local what=$1 why=$2
  local msg; msg=$($SIFT parse --models "$tmp/bad" $F/tiny.conllu 2>&1 >/dev/null)
  if [[ $? -ne 0 && $msg == *"$tmp/bad/pos.model: "*"$why"* ]]; then ok "refuses $what model"
  else bad "refuses $what model" "$msg"; fi
}
size=$(stat -c %s "$tmp/m1/pos.model")
head -c $((size - 7)) "$tmp/m1/pos.model" > "$tmp/bad/pos.model"; check_refused truncated truncated
cp "$tmp/m1/pos.model" "$tmp/bad/pos.model"
printf '\x5a' | dd of="$tmp/bad/pos.model" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null; check_refused corrupted checksum
cp "$tmp/m1/pos.model" "$tmp/bad/pos.model"
printf '\x07' | dd of="$tmp/bad/pos.model" bs=1 seek=16 conv=notrunc 2>/dev/null; check_refused wrong-version "version 7"
cp "$tmp/m1/ner.model" "$tmp/bad/pos.model"; check_refused wrong-kind "wrong kind"
printf 'hello' > "$tmp/bad/pos.model"; check_refused not-a-model "not a sift model"

# The gazetteer's PER class: people WordNet knows by name, beside other classes.
if grep -q $'^Marie Curie\tPER\t' models/lexicon.tsv && grep -q $'^Plato\tPER\t' models/lexicon.tsv &&
   grep -q $'^Plato\tGPE\t' models/lexicon.tsv; then ok "lexicon: WordNet people are PER, beside other classes"
else bad "lexicon: WordNet people are PER" "no Marie Curie / Plato PER line in models/lexicon.tsv"; fi

# Accuracy floors that catch a broken feature extractor (the committed models).
# make models refits the tagger and the recognizer on the dev sets too, so the
# dev floors only catch gross breakage; the test floors are the real guard.
if [[ -f $D/ud_english_ewt/en_ewt-ud-dev.conllu && -f models/pos.model ]]; then
  $SIFT parse --no-ner $D/ud_english_ewt/en_ewt-ud-dev.conllu > "$tmp/dev.conllu"
  upos=$($EVAL $D/ud_english_ewt/en_ewt-ud-dev.conllu "$tmp/dev.conllu" | awk '/UPOS/ {print $2+0}')
  if awk -v a="$upos" 'BEGIN {exit !(a >= 94.8)}'; then ok "UPOS on EWT dev $upos% >= 94.8%"
  else bad "UPOS on EWT dev" "$upos% < 94.8%"; fi
  $SIFT parse --input iob2 $D/uner_english_ewt/en_ewt-ud-dev.iob2 > "$tmp/ner.conllu"
  f1=$($EVAL $D/uner_english_ewt/en_ewt-ud-dev.iob2 "$tmp/ner.conllu" | awk '/^NER/ {print $7+0}')
  if awk -v a="$f1" 'BEGIN {exit !(a >= 63)}'; then ok "entity F1 on UNER EWT dev $f1 >= 63"
  else bad "entity F1 on UNER EWT dev" "$f1 < 63"; fi
  $SIFT parse --input iob2 $D/uner_english_ewt/en_ewt-ud-test.iob2 > "$tmp/ner-test.conllu"
  f1=$($EVAL $D/uner_english_ewt/en_ewt-ud-test.iob2 "$tmp/ner-test.conllu" | awk '/^NER/ {print $7+0}')
  if awk -v a="$f1" 'BEGIN {exit !(a >= 74.5)}'; then ok "entity F1 on UNER EWT test $f1 >= 74.5"
  else bad "entity F1 on UNER EWT test" "$f1 < 74.5"; fi
  # The test sets that `make eval-models` reports (regression floors, not tuning).
  $SIFT parse --no-ner $D/ud_english_ewt/en_ewt-ud-test.conllu > "$tmp/test.conllu"
  upos=$($EVAL $D/ud_english_ewt/en_ewt-ud-test.conllu "$tmp/test.conllu" | awk '/UPOS/ {print $2+0}')
  if awk -v a="$upos" 'BEGIN {exit !(a >= 96.0)}'; then ok "UPOS on EWT test $upos% >= 96.0%"
  else bad "UPOS on EWT test" "$upos% < 96.0%"; fi
  if [[ -f $D/uner_english_pud/en_pud-ud-test.iob2 ]]; then
    $SIFT parse --input iob2 $D/uner_english_pud/en_pud-ud-test.iob2 > "$tmp/pud.conllu"
    f1=$($EVAL $D/uner_english_pud/en_pud-ud-test.iob2 "$tmp/pud.conllu" | awk '/^NER/ {print $7+0}')
    if awk -v a="$f1" 'BEGIN {exit !(a >= 68)}'; then ok "entity F1 on UNER PUD test $f1 >= 68"
    else bad "entity F1 on UNER PUD test" "$f1 < 68"; fi
  fi
else
  skip "accuracy floors" "no $SHARED or no models"
fi

# A short fuzzing run over the model loaders.
if [[ -x $FUZZ ]]; then
  mkdir -p "$tmp/corpus"; cp "$tmp/m1/pos.model" "$tmp/m1/ner.model" "$tmp/corpus/"
  cp "$tmp/cl/clusters.bin" "$tmp/corpus/" 2>/dev/null
  run_fuzz "fuzz model loaders" "$FUZZ" "$tmp/corpus" "${FUZZ_SECONDS:-10}"
else skip "fuzz model loaders" "$FUZZ not built"; fi

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
