#!/usr/bin/env bash
# Indexes FILE (ISO 2709, UTF-8) with Zebra, Koha's search engine, configured for Vietnamese (the ICU
# chains in this folder fold diacritics and đ), into a fresh register, and prints the wall time and
# peak memory of `zebraidx update`. Without FILE it makes the search benchmark's first COUNT records.
# default.idx and marc21.abs are the installed ones with the documented changes, derived at each run
# so they match the installed Zebra: ICU chains in place of string.chr, and "encoding utf-8".
#
#   bench/zebra/index.sh [FILE] [COUNT]      defaults: bench/out/search-200000.mrc, 200000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${2:-200000}"
file="${1:-$root/bench/out/search-$count.mrc}"
testdata="${THUVIEN_TESTDATA:-$root/../shared/testdata}"
tab=/usr/share/idzebra-2.0/tab
out="$root/bench/out"
work="$out/zebra"
command -v zebraidx >/dev/null || { echo "needs zebraidx (apt-get install idzebra-2.0)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p "$out"
[ -f "$file" ] || dotnet run "$root/bench/search/make-records.cs" -- "$testdata" "$file" "$count"
file="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"

rm -rf "$work"
mkdir -p "$work/reg"
cp "$root/bench/zebra/zebra.cfg" "$root/bench/zebra/words-vi.xml" "$root/bench/zebra/phrases-vi.xml" "$work/"
( echo "encoding utf-8"; cat "$tab/marc21.abs" ) > "$work/marc21.abs"
awk '/^index / { index_name = $2 }
     /^charmap string\.chr/ && index_name == "w" { print "icuchain words-vi.xml"; next }
     /^charmap string\.chr/ && index_name == "p" { print "icuchain phrases-vi.xml"; next }
     { print }' "$tab/default.idx" > "$work/default.idx"
[ "$(grep -c '^icuchain' "$work/default.idx")" = 2 ] || { echo "$tab/default.idx: did not find the two charmap lines to replace" >&2; exit 1; }

cd "$work"
zebraidx -c zebra.cfg init 2> init.log
/usr/bin/time -f "%e %M %U %S" -o time.txt zebraidx -c zebra.cfg update "$file" 2> update.log || { tail -20 update.log >&2; exit 1; }
read -r seconds kb user system < time.txt
records="$(grep -o 'Records: *[0-9]* i/u/d [0-9/]*' update.log | tail -1)"
# CPU time too: on a shared machine the wall time says as much about the neighbours as about Zebra.
printf 'zebraidx update: %s in %.1f s (CPU %.1f s), peak RSS %d MB, register %s\n' "${records:-no record count in the log}" \
  "$seconds" "$(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')" $((kb / 1024)) "$(du -sh reg | cut -f1)"
