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
  for pair in yaz:yaz-marcdump libxml2-utils:xmllint; do
    pkg="${pair%%:*}"; cmd="${pair#*:}"
    command -v "$cmd" >/dev/null 2>&1 || wanted+=("$pkg")
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

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

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
  skipped=$((skipped + $(get notExecuted)))
done

expected="$(dotnet sln ThuVien.slnx list | grep -c 'Tests\.csproj$')"
if [ "$projects" -lt "$expected" ]; then
  echo "test.sh: only $projects of $expected test projects reported results" >&2
  failed=$((failed + expected - projects))
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
