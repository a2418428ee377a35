#!/usr/bin/env bash
# Runs every test of Her2Graph the way CI does, on a fresh Debian/Ubuntu machine with the .NET 10 SDK.
# Installs what the tests need when it is missing (Debian's chromium for the browser test, redis-server for the cache
# tests, Node.js and npm for the npm packages), starts a Redis for the run,
# runs all test assemblies, and ends with one line: "N passed, N failed, N skipped". Exit code 1 on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
need_package() { # need_package <command> <debian package>; a failed install is reported, and its tests skip saying why
  # (under CI=true, as .ci/run sets, they fail instead: a CI machine that lost a tool never reports green)
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "installing $2 (for $1)…"
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq || true; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null \
    || echo "could not install $2: the tests that need $1 will be skipped"
}

# The real-browser test drives Debian's chromium with playwright-core (a test tool's own browser download fails here).
need_package chromium chromium
# npm packages (Banana Cake Pop, playwright-core, Neo4j's Cypher parser) are fetched by the build itself: each project
# that needs one runs `npm ci` from its committed lock file when its node_modules is missing or stale (without npm the
# build says so and leaves them out, see Directory.Build.targets). Debian's npm brings Node.js along.
need_package node nodejs
need_package npm npm
# The compose file test validates docker-compose.yml with Debian's docker-compose 1.29 (`config`; no Docker engine needed).
need_package docker-compose docker-compose
# The neo4j service's health check is run with GNU wget, as the neo4j image runs it, against a stand-in Query API.
need_package wget wget
command -v npm >/dev/null 2>&1 \
  || echo "npm is missing: the build leaves out the IDE, playwright-core and the Cypher parser; their tests skip (fail under CI=true)"

# The cache tests need a real Redis: Debian's redis-server, which does not start itself. One for this run, on a free
# loopback port, without persistence; the tests find it through HER2GRAPH_TEST_REDIS and keep apart by key prefix.
# (Tests that kill or freeze Redis start their own from the same binary.) It is stopped when this script exits.
need_package redis-server redis-server
if command -v redis-server >/dev/null 2>&1; then
  redis_port=6390
  while (echo > "/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null; do redis_port=$((redis_port + 1)); done
  redis_dir="$(mktemp -d)"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$redis_dir" --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log"
  stop_redis() { [ -f "$redis_dir/redis.pid" ] && kill "$(cat "$redis_dir/redis.pid")" 2>/dev/null; rm -rf "$redis_dir"; }
  trap stop_redis EXIT
  for _ in $(seq 50); do [ -f "$redis_dir/redis.pid" ] && (echo > "/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break; sleep 0.1; done
  export HER2GRAPH_TEST_REDIS="127.0.0.1:$redis_port"
fi

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
