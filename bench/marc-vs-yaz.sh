#!/usr/bin/env bash
# Whole-program comparison: `thuvien marc convert` against `yaz-marcdump`, ISO 2709 -> MARCXML,
# on a file of COUNT records made by repeating Evergreen's jazz_1k.mrc (1,000 real MARC-8 records),
# once as UTF-8 and once as MARC-8. Runs alternate between the two programs; prints medians, the
# ratio (ours / yaz) and peak memory, and peak memory of ours at a quarter of the size (flat = streaming).
#
#   bench/marc-vs-yaz.sh [RUNS] [COUNT]      defaults: 5 runs, 200000 records
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
count="${2:-200000}"
testdata="${THUVIEN_TESTDATA:-$root/../shared/testdata}"
source="$testdata/marc/evergreen/jazz_1k.mrc"
out="$root/bench/out"
mkdir -p "$out"
command -v yaz-marcdump >/dev/null || { echo "needs yaz-marcdump (apt-get install yaz)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ -f "$source" ] || { echo "needs $source (shared test data)" >&2; exit 1; }

"$root/thuvien" marc --help >/dev/null   # builds the Release CLI when sources changed
thuvien=(dotnet "$root/.build/cli/thuvien.dll")

repeat() { # file times -> stdout
  local i; for ((i = 0; i < $2; i++)); do cat "$1"; done
}
copies=$(( (count + 999) / 1000 ))
yaz-marcdump -f marc8 -t utf8 -l 9=97 -o marc "$source" > "$out/jazz_utf8.mrc" 2>/dev/null
repeat "$out/jazz_utf8.mrc" "$copies" > "$out/utf8.mrc"
repeat "$source" "$copies" > "$out/marc8.mrc"
repeat "$out/jazz_utf8.mrc" $(( copies / 4 )) > "$out/utf8-quarter.mrc"
records=$(( copies * 1000 ))

measure() { # label command... -> "seconds kilobytes"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || { cat "$out/stderr.txt" >&2; exit 1; }
  cat "$out/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

compare() { # name input yaz-args...
  local name="$1" input="$2"; shift 2
  local ours=() yaz=() ours_mem=0 yaz_mem=0 r t m
  for ((r = 0; r < runs; r++)); do
    read -r t m < <(measure "${thuvien[@]}" marc convert -q "$input" "$out/ours.xml")
    ours+=("$t"); (( m > ours_mem )) && ours_mem=$m
    read -r t m < <(measure sh -c 'yaz-marcdump "$@" > "'"$out"'/yaz.xml"' yaz "$@" "$input")
    yaz+=("$t"); (( m > yaz_mem )) && yaz_mem=$m
  done
  local om ym
  om=$(printf '%s\n' "${ours[@]}" | median)
  ym=$(printf '%s\n' "${yaz[@]}" | median)
  printf '%-8s %8d records  thuvien %6.2f s  yaz-marcdump %6.2f s  ratio %.2f  peak RSS thuvien %d MB, yaz %d MB\n' \
    "$name" "$records" "$om" "$ym" "$(awk -v a="$om" -v b="$ym" 'BEGIN {print a / b}')" $((ours_mem / 1024)) $((yaz_mem / 1024))
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -m); $(date -u +%F); runs: $runs"
compare "UTF-8" "$out/utf8.mrc" -i marc -o marcxml
compare "MARC-8" "$out/marc8.mrc" -f marc8 -t utf8 -i marc -o marcxml
read -r t q < <(measure "${thuvien[@]}" marc convert -q "$out/utf8-quarter.mrc" "$out/ours.xml")
read -r t f < <(measure "${thuvien[@]}" marc convert -q "$out/utf8.mrc" "$out/ours.xml")
echo "peak RSS of thuvien: $((q / 1024)) MB for $((records / 4)) records, $((f / 1024)) MB for $records records"
