#!/usr/bin/env bash
# Checks that every C++ file follows .clang-format (clang-format 14, as
# Debian 12 ships it): prints each file that does not and exits 1.
#   scripts/check_format.sh [SOURCE_DIR]
# To fix: clang-format -i FILE... (the same version).
set -euo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root"
format="$(command -v clang-format-14 || command -v clang-format || true)"
if [ -z "$format" ]; then
  echo "check_format: clang-format is not installed (./dev deps installs it)" >&2
  exit 2
fi
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' 2>/dev/null | grep -v '^tests/layers/' ||
                     find include src tests tools examples bench -name '*.cpp' -o -name '*.hpp')
bad=0
for f in "${files[@]}"; do
  if ! "$format" --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "check_format: $f is not formatted as .clang-format says"
    bad=$((bad + 1))
  fi
done
if ((bad)); then
  echo "check_format: $bad of ${#files[@]} files need clang-format"
  exit 1
fi
echo "check_format: ${#files[@]} files formatted"
