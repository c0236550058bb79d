#!/usr/bin/env bash
# Runs every test of LfrGovernance: unit, integration and browser.
# On a fresh machine it first installs what the tests need and the machine lacks:
#   - Debian's Chromium (/usr/bin/chromium), which the browser tests drive;
#   - the .NET local tools (dotnet-ef) and the npm packages the build uses.
# Usage: bash tests/run.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~SignIn]
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

for tool in dotnet node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "tests/run.sh: '$tool' is not installed; see README.md (Requirements)." >&2
    exit 2
  fi
done

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (apt-get)..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

dotnet tool restore
dotnet build LfrGovernance.sln -c Release -nologo -clp:ErrorsOnly

results="$(pwd)/TestResults"
rm -rf "$results"
status=0
dotnet test LfrGovernance.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

# One closing line for the whole run, summed over every test assembly.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  skipped=$((skipped + $(value notExecuted)))
done
echo "Total: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "tests/run.sh: no test ran." >&2
  exit 1
fi
exit "$status"
