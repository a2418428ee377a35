#!/usr/bin/env bash
# Publishes what a server runs: scripts/publish.sh OUT_DIR [extra dotnet publish options]
#   OUT_DIR/api  the API (Release, framework-dependent), with the IDE (Banana Cake Pop), the explorer and graph-seed/, so that
#                `dotnet OUT_DIR/api/Her2Graph.Api.dll` on a bare machine with the ASP.NET runtime starts seeded
#   OUT_DIR/cli  the her2graph command line (OUT_DIR/cli/her2graph), e.g. for `her2graph health` probes
# The Dockerfile's build step runs this with -p:SkipBananaCakePop=true -p:SkipExplorer=true after copying the IDE's
# node_modules and the explorer's bundle in.
set -euo pipefail
if [ $# -lt 1 ] || [ -z "$1" ]; then
  echo "usage: scripts/publish.sh OUT_DIR [dotnet publish options]" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
shift

rm -rf "$out/api" "$out/cli"
dotnet publish "$root/src/Her2Graph.Api/Her2Graph.Api.csproj" -c Release -o "$out/api" --nologo -v quiet "$@"
dotnet publish "$root/src/Her2Graph.Cli/Her2Graph.Cli.csproj" -c Release -o "$out/cli" --nologo -v quiet "$@"

# The API seeds an empty store from the nearest graph-seed/ at or above its folder (or Her2Graph:Storage:SeedFolder).
cp -R "$root/graph-seed" "$out/api/graph-seed"

# A deployment without the IDE would be a surprise found in a browser: say so here instead.
if [ ! -f "$out/api/bananacakepop/index.html" ]; then
  echo "publish.sh: the IDE (Banana Cake Pop) is missing from $out/api: install Node.js and npm, or copy Ide/node_modules in first" >&2
  exit 1
fi
if [ ! -f "$out/api/explorer/index.html" ]; then
  echo "publish.sh: the explorer is missing from $out/api: install Node.js and npm, or copy Explorer/web/dist in first" >&2
  exit 1
fi
echo "published the API to $out/api and the CLI to $out/cli"
