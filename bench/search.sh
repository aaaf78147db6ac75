#!/usr/bin/env bash
# Search benchmark. Makes COUNT realistic records (search/make-records.cs: real records varied, 60%
# Vietnamese, 40% with 952 copies) and 1,000 queries (search/make-queries.cs), imports the records into
# a fresh node, times `thuvien reindex` (wall time, peak RSS) and reports the index size, serves the node
# on a free loopback port and runs the queries against /api/v1/search with 1 and then 8 concurrent
# clients (search/load.cs: errors, p50/p95/p99/max, peak RSS of the node). Then compares indexing with
# Zebra, Koha's engine (zebra/index.sh), on the first 200,000 of the same records (fewer if COUNT is
# smaller): `zebraidx update` against `thuvien reindex` of a node holding the same records.
# Records, queries and nodes go to bench/out (git-ignored); generated files are kept for the next run.
#
#   bench/search.sh [COUNT]      default 1000000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000000}"
compared=$(( count < 200000 ? count : 200000 ))
testdata="${THUVIEN_TESTDATA:-$root/../shared/testdata}"
out="$root/bench/out"
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
command -v curl >/dev/null || { echo "needs curl" >&2; exit 1; }
[ -d "$testdata/marc" ] || { echo "needs the shared test data in $testdata (or set THUVIEN_TESTDATA)" >&2; exit 1; }
"$root/thuvien" --help >/dev/null   # builds the Release CLI when sources changed
thuvien=(dotnet "$root/.build/cli/thuvien.dll")
load=(dotnet run "$root/bench/search/load.cs" --)
"${load[@]}" >/dev/null 2>&1 || true   # compiles the load client now, not while the node is measured

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -m); $(date -u +%F); bench/search.sh $count"

records() { # count -> path of the records file, made once (the first N records of any larger file are the same)
  local file="$out/search-$1.mrc"
  [ -f "$file" ] || dotnet run "$root/bench/search/make-records.cs" -- "$testdata" "$file" "$1" >&2
  echo "$file"
}

import() { # node file
  rm -rf "$1"
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "${thuvien[@]}" import -q --data "$1" "$2" > "$out/import.txt"
  read -r seconds kb < "$out/time.txt"
  printf 'import     %s  %.1f s  peak RSS %d MB\n' "$(tail -1 "$out/import.txt")" "$seconds" $((kb / 1024))
}

cpu() { awk -v u="$1" -v s="$2" 'BEGIN {print u + s}'; }

reindex() { # node -> sets reindexed and reindexed_cpu (seconds)
  /usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" "${thuvien[@]}" reindex --data "$1" > "$out/reindex.txt"
  read -r reindexed kb user system < "$out/time.txt"
  reindexed_cpu="$(cpu "$user" "$system")"
  printf 'reindex    %s  %.1f s (CPU %.1f s)  peak RSS %d MB\n' "$(tail -1 "$out/reindex.txt")" "$reindexed" "$reindexed_cpu" $((kb / 1024))
}

free_port() {
  local port
  for ((port = 20000 + RANDOM % 20000; ; port++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

server=""
stop() { [ -z "$server" ] || { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; }; }
trap stop EXIT

file="$(records "$count")"
queries="$out/search-queries-$count.txt"
[ -f "$queries" ] || dotnet run "$root/bench/search/make-queries.cs" -- "$file" "$queries"
node="$out/search-node-$count"
reindexed=""
if ! "${thuvien[@]}" --help | grep -q '^  reindex'; then
  echo "thuvien reindex: not in this build (no search engine yet): the search figures are skipped"
else
  import "$node" "$file"
  reindex "$node"
  echo "index      $(du -sm "$node/index" | cut -f1) MB in $node/index; database $(du -sm --exclude=index "$node" | cut -f1) MB"

  port="$(free_port)"
  url="http://127.0.0.1:$port"
  "${thuvien[@]}" serve --data "$node" --urls "$url" --no-demo > "$out/serve.log" 2>&1 &
  server=$!
  for ((i = 0; i < 300; i++)); do
    curl -sf "$url/health" >/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$out/serve.log" >&2; exit 1; }
    sleep 1
  done
  curl -sf "$url/health" >/dev/null || { echo "the node did not answer /health in 300 s" >&2; exit 1; }
  echo "queries    $(wc -l < "$queries") from $queries against $url/api/v1/search (warm-up 100 each)"
  "${load[@]}" --url "$url" --queries "$queries" --concurrency 1 --warmup 100 --pid "$server"
  "${load[@]}" --url "$url" --queries "$queries" --concurrency 8 --warmup 100 --pid "$server"
  echo "node peak RSS while serving: $(awk '/VmHWM/ {printf "%d MB", $2/1024}' "/proc/$server/status")"
  stop
fi

echo "Zebra comparison on $compared records"
zfile="$(records "$compared")"
"$root/bench/zebra/index.sh" "$zfile" "$compared"
read -r zebra _ user system < "$out/zebra/time.txt"
zebra_cpu="$(cpu "$user" "$system")"
if [ -n "$reindexed" ]; then
  if [ "$compared" != "$count" ]; then
    import "$out/search-node-$compared" "$zfile"
    reindex "$out/search-node-$compared"
  fi
  printf 'indexing %d records: thuvien reindex %.1f s (CPU %.1f s), zebraidx update %.1f s (CPU %.1f s); ratio thuvien / zebra %.2f (CPU %.2f)\n' \
    "$compared" "$reindexed" "$reindexed_cpu" "$zebra" "$zebra_cpu" \
    "$(awk -v a="$reindexed" -v b="$zebra" 'BEGIN {print a / b}')" "$(awk -v a="$reindexed_cpu" -v b="$zebra_cpu" 'BEGIN {print a / b}')"
else
  printf 'indexing %d records: zebraidx update %.1f s (CPU %.1f s); thuvien reindex not measured (not in this build)\n' "$compared" "$zebra" "$zebra_cpu"
fi
