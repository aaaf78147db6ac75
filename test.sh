#!/usr/bin/env bash
# Runs every test project and ends with one line "N passed, N failed, N skipped" totalled over all of them.
# Installs the system packages the tests use when they are missing (apt; sudo only when not root).
# Exit status is non-zero when any test failed or a test project did not run.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

install_missing() {
  local wanted=() pkg cmd
  # package:command pairs; the command tells whether the package is already there.
  for pair in yaz:yaz-marcdump libxml2-utils:xmllint postgresql:initdb chromium:chromium fonts-dejavu-core:chromium; do
    pkg="${pair%%:*}"; cmd="${pair#*:}"
    command -v "$cmd" >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/"$cmd" >/dev/null 2>&1 || wanted+=("$pkg")
  done
  [ ${#wanted[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: please install ${wanted[*]} (no apt-get here); the tests that need them will be skipped" >&2
    return 0
  fi
  echo "test.sh: installing ${wanted[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
}
install_missing

# A throwaway PostgreSQL for the tests that claim PostgreSQL support: a temporary cluster on a free
# loopback port, trust authentication, stopped when this script exits.
start_postgres() {
  runas=()
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$bin" ]; then
    echo "test.sh: PostgreSQL is not installed; its tests will be skipped" >&2
    return 0
  fi
  pgdata="$(mktemp -d /tmp/thuvien-pg.XXXXXX)"
  port="$(shuf -i 20000-60000 -n 1)"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$pgdata"
    runas=(runuser -u postgres --)
  fi
  "${runas[@]}" "$bin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${runas[@]}" "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  trap 'stop_postgres' EXIT
  export THUVIEN_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "test.sh: PostgreSQL on 127.0.0.1:$port" >&2
}
stop_postgres() {
  "${runas[@]}" "$bin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null 2>&1
  rm -rf "$pgdata"
}
if [ -z "${THUVIEN_TEST_PG:-}" ]; then
  start_postgres
fi

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# Layout as .editorconfig says (STYLE.md); a difference counts as one failure in the closing line.
format_failed=0
if ! dotnet format whitespace ThuVien.slnx --verify-no-changes; then
  echo "test.sh: 'dotnet format whitespace ThuVien.slnx' would change the files above" >&2
  format_failed=1
fi

dotnet build ThuVien.slnx -c Release -nologo -v quiet -warnaserror || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
dotnet test ThuVien.slnx -c Release --no-build --nologo --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0; projects=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  projects=$((projects + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # Skipped tests are in total but not in executed (the counter notExecuted stays 0 for them).
  skipped=$((skipped + $(get total) - $(get executed)))
done

expected="$(dotnet sln ThuVien.slnx list | grep -c 'Tests\.csproj$')"
if [ "$projects" -lt "$expected" ]; then
  echo "test.sh: only $projects of $expected test projects reported results" >&2
  failed=$((failed + expected - projects))
fi

failed=$((failed + format_failed))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
