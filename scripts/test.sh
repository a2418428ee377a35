#!/usr/bin/env bash
# Runs every test of Her2Graph the way CI does, on a fresh Debian/Ubuntu machine with the .NET 10 SDK.
# Installs what the tests need when it is missing (Debian's chromium for the browser test, npm packages),
# runs all test assemblies, and ends with one line: "N passed, N failed, N skipped". Exit code 1 on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
need_package() { # need_package <command> <debian package>
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "installing $2 (for $1)…"
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# The real-browser test drives Debian's chromium with playwright-core (a test tool's own browser download fails here).
need_package chromium chromium
for package_dir in tests/Her2Graph.Api.Tests/Browser; do
  if [ -f "$package_dir/package-lock.json" ] && [ ! -d "$package_dir/node_modules" ]; then
    (cd "$package_dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# Build once, then run each test assembly with its own .trx report (one shared name would be overwritten).
status=0
dotnet build Her2Graph.sln --nologo -v quiet || status=$?
if [ "$status" -eq 0 ]; then
  for project in tests/*.Tests/*.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=$?
  done
fi

# One <UnitTestResult … outcome="…"> per test in each assembly's .trx report.
count() { cat "$results"/*.trx 2>/dev/null | grep -oE "<UnitTestResult [^>]*outcome=\"$1\"" | wc -l | tr -d ' ' || true; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count NotExecuted)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before reporting any failed test: count it, so the line never reads green.
  failed=1
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
