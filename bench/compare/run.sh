#!/usr/bin/env bash
# citydip against Cedar and node-casbin: installs the two engines from the npm
# registry (into bench/compare/node_modules), turns the built-in rulebook into
# an equivalent Cedar policy set and Casbin model and policy, checks that all
# three agree on a sample, and times all three on the same random activities.
#   bench/compare/run.sh BUILD_DIR [ACTIVITIES] [RULEBOOK]
# BUILD_DIR is a build with the benchmarks (cmake --preset bench).
# Needs Node.js and npm; not part of CI (it fetches from the network).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "$1" && pwd)"
count="${2:-200000}"
rulebook="${3:-status-quo-2016}"
work="$build/bench/compare"
mkdir -p "$work"
cmake --build "$build" --target citydip_cli decide_file make_activities >/dev/null
citydip="$build/tools/citydip/citydip"

(cd "$here" && npm install --no-audit --no-fund --silent)
"$citydip" rulebook show "$rulebook" > "$work/rulebook.json"
"$citydip" vocab > "$work/vocab.txt"
"$build/bench/make_activities" "$count" > "$work/activities.jsonl"
"$build/bench/decide_file" "$rulebook" "$work/activities.jsonl" "$work/citydip.txt" > "$work/citydip-timing.json"
echo "node $(node --version), cedar-wasm $(node -p "require('$here/node_modules/@cedar-policy/cedar-wasm/package.json').version"), casbin $(node -p "require('$here/node_modules/casbin/package.json').version")"
node "$here/compare.mjs" "$work/rulebook.json" "$work/vocab.txt" "$work/activities.jsonl" "$work/citydip.txt" \
  "$work/citydip-timing.json"
