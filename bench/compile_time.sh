#!/usr/bin/env bash
# The cost of including <citydip/citydip.hpp> in an otherwise empty
# translation unit, against including <string>, <vector> and <optional>.
#   bench/compile_time.sh CXX INCLUDE_DIR GENERATED_INCLUDE_DIR [RUNS]
set -euo pipefail
cxx="$1"; inc="$2"; gen="$3"; runs="${4:-10}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '#include <string>\n#include <vector>\n#include <optional>\n' > "$tmp/std.cpp"
printf '#include <citydip/citydip.hpp>\n' > "$tmp/citydip.cpp"

median_ms() {  # median wall time of RUNS compilations of $1, in milliseconds
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$cxx" -std=c++20 -O2 -I"$inc" -I"$gen" -c -o /dev/null "$1"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'
}

std_ms=$(median_ms "$tmp/std.cpp")
cd_ms=$(median_ms "$tmp/citydip.cpp")
echo "| translation unit | median ms ($runs runs, $(basename "$cxx") -std=c++20 -O2 -c) |"
echo "|---|---|"
echo "| #include <string>, <vector>, <optional> | $std_ms |"
echo "| #include <citydip/citydip.hpp> | $cd_ms |"
awk -v a="$cd_ms" -v b="$std_ms" 'BEGIN{printf "\nratio %.2f (target: at most 3)\n", a / b}'
if "$cxx" -std=c++20 -I"$inc" -I"$gen" -E "$tmp/citydip.cpp" | grep -q -e '/boost/' -e '/range/v3/'; then
  echo "citydip.hpp pulls in Boost or range-v3" >&2
  exit 1
fi
