#!/usr/bin/env bash
# `citydip check --json` against Boost.JSON alone on the same JSON Lines file,
# and citydip's peak resident set at two file sizes.
#   bench/check_throughput.sh TOOLS_DIR CITYDIP [LINES]   (default 1,000,000 lines)
# TOOLS_DIR holds make_activities, json_baseline and measure; CITYDIP is the program.
set -euo pipefail
tools="$1"
citydip="$2"
lines="${3:-1000000}"
data="$tools/data"
mkdir -p "$data"
big="$data/activities-$lines.jsonl"
small="$data/activities-$((lines / 10)).jsonl"
[ -s "$big" ] || "$tools/make_activities" "$lines" > "$big"
[ -s "$small" ] || "$tools/make_activities" "$((lines / 10))" > "$small"
bytes=$(stat -c %s "$big")

best() {  # best of three runs: prints "seconds peak_rss_kib"
  local best_s="" rss=""
  for _ in 1 2 3; do
    local out
    out=$("$tools/measure" "$@")
    case "$out" in *status=0) ;; *) echo "check_throughput: '$*' failed: $out" >&2; exit 1 ;; esac
    local s=${out#seconds=}; s=${s%% *}
    local r=${out#*peak_rss_kib=}; r=${r%% *}
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; rss=$r; fi
  done
  echo "$best_s $rss"
}

read -r json_s json_rss < <(best "$tools/json_baseline" "$big")
read -r check_s check_rss < <(best "$citydip" check --json --rulebook status-quo-2016 "$big")
read -r small_s small_rss < <(best "$citydip" check --json --rulebook status-quo-2016 "$small")
mb=$(awk "BEGIN{print $bytes / 1048576}")
awk -v lines="$lines" -v mb="$mb" -v js="$json_s" -v cs="$check_s" -v cr="$check_rss" -v sr="$small_rss" \
    -v jr="$json_rss" -v small="$((lines / 10))" 'BEGIN {
  printf "| program | lines | seconds | MiB/s | records/s | peak RSS |\n|---|---|---|---|---|---|\n"
  printf "| Boost.JSON alone (json_baseline) | %d | %.2f | %.0f | %.0f | %.1f MiB |\n", lines, js, mb / js, lines / js, jr / 1024
  printf "| citydip check --json | %d | %.2f | %.0f | %.0f | %.1f MiB |\n", lines, cs, mb / cs, lines / cs, cr / 1024
  printf "| citydip check --json | %d | | | | %.1f MiB |\n", small, sr / 1024
  printf "\ncitydip check runs at %.2f of the throughput of Boost.JSON alone (target: at least 0.33).\n", js / cs
}'
