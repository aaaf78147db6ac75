#!/usr/bin/env bash
# Imports COUNT real-shaped records (see import/make-records.cs) into a fresh node, on SQLite and, when
# THUVIEN_BENCH_PGPORT names the port of a PostgreSQL server on 127.0.0.1 (user postgres, trust
# authentication; a database thuvien_bench is made anew), on PostgreSQL too. Prints records/s and peak memory.
#
#   bench/import.sh [COUNT]      default 100000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100000}"
testdata="${THUVIEN_TESTDATA:-$root/../shared/testdata}"
out="$root/bench/out"
mkdir -p "$out"
"$root/thuvien" marc --help >/dev/null
file="$out/import-$count.mrc"
[ -f "$file" ] || dotnet run "$root/bench/import/make-records.cs" -- "$testdata/marc/evergreen/jazz_1k.mrc" "$file" "$count"

run() { # label db-args...
  local label="$1"; shift
  rm -rf "$out/node"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" dotnet "$root/.build/cli/thuvien.dll" import -q --data "$out/node" "$@" "$file" > "$out/import.txt"
  read -r seconds kb < "$out/time.txt"
  printf '%-10s %s  %.1f s  %.0f records/s  peak RSS %d MB\n' "$label" "$(cat "$out/import.txt")" "$seconds" "$(awk -v c="$count" -v s="$seconds" 'BEGIN {print c / s}')" $((kb / 1024))
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $(date -u +%F); $count records"
run sqlite
if [ -n "${THUVIEN_BENCH_PGPORT:-}" ]; then
  psql -h 127.0.0.1 -p "$THUVIEN_BENCH_PGPORT" -U postgres -qc "DROP DATABASE IF EXISTS thuvien_bench" -c "CREATE DATABASE thuvien_bench" >/dev/null
  run postgresql --db "Host=127.0.0.1;Port=$THUVIEN_BENCH_PGPORT;Username=postgres;Database=thuvien_bench"
fi
