#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 60) from its seed corpus, two or
# three at a time; any crash, leak, timeout or sanitizer report fails the run. The seeds
# are the project's own inputs; what a run adds to the corpus stays in BUILD.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS]
set -euo pipefail
build="$1"
seconds="${2:-60}"
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seed() {  # seed TARGET FILES...: one corpus file per input (JSON Lines: one per line)
  local dir="$build/fuzz-corpus/$1"; shift
  mkdir -p "$dir"
  local n=0
  for f in "$@"; do
    case "$f" in
      *.jsonl) while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" > "$dir/seed-$n"; done < "$f" ;;
      *) n=$((n + 1)); cp "$f" "$dir/seed-$n" ;;
    esac
  done
}
seed fuzz_rulebook "$src"/src/io/rulebooks/*.json "$src"/tests/data/tighter-offices.json "$src"/tests/data/bad-rulebook.json \
     "$src"/tests/data/non-monotone.json "$src"/tests/data/dead-rule.json
seed fuzz_activity "$src"/tests/data/sample.jsonl "$src"/tests/data/undated.jsonl "$src"/tests/data/whatif.jsonl "$src"/tests/data/bad/unknown-ids.jsonl \
     "$src"/tests/data/bad/wrong-types.jsonl
seed fuzz_city "$src"/examples/data/*.json
seed fuzz_batch "$src"/tests/data/sample-array.json "$src"/tests/data/bad/truncated-array.json "$src"/tests/data/bad/bom.jsonl \
     "$src"/tests/data/bad/deep-nesting.jsonl "$src"/tests/data/bad/not-an-object.jsonl
cp "$src"/tests/data/sample.jsonl "$build/fuzz-corpus/fuzz_batch/seed-sample"
# fuzz_service: "METHOD TARGET", then Accept-Language, then the body.
mkdir -p "$build/fuzz-corpus/fuzz_service"
n=0
while IFS= read -r head; do
  n=$((n + 1))
  { printf '%s\n%s\n' "$head" "zh-CN,zh;q=0.9"; sed -n "$(( (n % 5) + 1 ))p" "$src"/tests/data/sample.jsonl; } \
    > "$build/fuzz-corpus/fuzz_service/seed-$n"
done <<'SEEDS'
POST /v1/decide?rulebook=reform-proposal&date=2016-01-01
POST /v1/check?lang=en&date=2016-01-01
POST /v1/whatif?rulebook=status-quo-2016
GET /v1/powers?city=%E6%B7%B1%E5%9C%B3&date=2016-01-01
GET /v1/ladder?city=shenzhen&activity=overseas_office&rulebook=reform-4.1-legislation
GET /v1/cities?q=guang+zhou
GET /v1/rulebooks/reform-proposal
GET /v1/matrix?date=2016-02-30&lang=fr
GET /nowhere%zz
SEEDS

run() {
  local t="$1"
  echo "fuzz: $t for ${seconds}s"
  "$build/tests/fuzz/$t" "$build/fuzz-corpus/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/fuzz-$t-" > "$build/fuzz-$t.log" 2>&1 || {
    echo "fuzz: $t FAILED; see $build/fuzz-$t.log and the artifact beside it"
    tail -40 "$build/fuzz-$t.log"
    return 1
  }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz-$t.log" | sed "s/^/fuzz: $t /"
}
status=0
run fuzz_rulebook & a=$!; run fuzz_activity & b=$!
wait $a || status=1; wait $b || status=1
# Three in the second round: a third round for one target would leave a core idle for 60 s.
run fuzz_city & a=$!; run fuzz_batch & b=$!; run fuzz_service & c=$!
wait $a || status=1; wait $b || status=1; wait $c || status=1
exit $status
