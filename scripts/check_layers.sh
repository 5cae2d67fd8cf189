#!/usr/bin/env bash
# Checks that no include climbs a layer (DESIGN: layers; docs/architecture.md).
#
#   scripts/check_layers.sh [SOURCE_DIR]
#
# Layers, lowest first: base (config.hpp, error.hpp, version.hpp, detail/),
# model, rules, decide, io; above them the umbrella citydip.hpp, the opt-in
# ranges.hpp and everything outside the library (tools, tests, examples,
# bench). A library file (include/citydip/<layer>/..., an umbrella
# include/citydip/<layer>.hpp, src/<layer>/...) may include public headers
# of its own layer and the layers below it, and private headers
# ("<layer>/file.hpp", from src/) of its own layer and below. Nothing outside
# src/ includes a private header, except a line marked
# `layer-check: allow (<reason>)`.
# tests/layers/ holds files that break the rule on purpose, for the test of
# this script, and is not read.
# Prints each violation as FILE:LINE: what; exits 1 if there is any.
set -euo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root"

rank() {
  case "$1" in
    base) echo 0 ;; model) echo 1 ;; rules) echo 2 ;; decide) echo 3 ;; io) echo 4 ;; *) echo 5 ;;
  esac
}

# The layer of a public header, given its path below include/citydip/.
public_layer() {
  case "$1" in
    model/* | model.hpp) echo model ;;
    rules/* | rules.hpp) echo rules ;;
    decide/* | decide.hpp) echo decide ;;
    io/* | io.hpp) echo io ;;
    config.hpp | error.hpp | version.hpp | version.hpp.in | detail/*) echo base ;;
    *) echo top ;;
  esac
}

violations=0
files=0
while IFS= read -r f; do
  files=$((files + 1))
  case "$f" in
    include/citydip/*) own=$(public_layer "${f#include/citydip/}"); library=1 ;;
    src/*/*) own=${f#src/}; own=${own%%/*}; library=1 ;;
    *) own=top; library=0 ;;
  esac
  own_rank=$(rank "$own")
  while IFS=: read -r line text; do
    if [[ $text =~ \#[[:space:]]*include[[:space:]]*\<citydip/([^>]+)\> ]]; then
      target=$(public_layer "${BASH_REMATCH[1]}")
      what="<citydip/${BASH_REMATCH[1]}>"
    elif [[ $text =~ \#[[:space:]]*include[[:space:]]*\"(base|model|rules|decide|io)/([^\"]+)\" ]]; then
      target=${BASH_REMATCH[1]}
      what="\"${BASH_REMATCH[1]}/${BASH_REMATCH[2]}\""
      if [[ $f != src/* && $text != *"layer-check: allow ("* ]]; then
        echo "$f:$line: includes the private header $what: only src/ may"
        violations=$((violations + 1))
        continue
      fi
    else
      continue
    fi
    if ((library)) && (($(rank "$target") > own_rank)); then
      echo "$f:$line: the $own layer includes $what, of the $target layer above it"
      violations=$((violations + 1))
    fi
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include' "$f" || true)
done < <(git ls-files --cached --others --exclude-standard -- 'include/*' 'src/*' 'tests/*' 'tools/*' 'examples/*' 'bench/*' 2>/dev/null |
         grep -E '\.(cpp|hpp|in)$' | grep -v '^tests/layers/' || find include src tests tools examples bench -name '*.cpp' -o -name '*.hpp' -o -name '*.in')

if ((violations)); then
  echo "check_layers: $violations include(s) climb a layer or reach into src/ ($files files read)"
  exit 1
fi
echo "check_layers: no include climbs a layer ($files files read)"
