# syntax=docker/dockerfile:1
# The Her2Graph API image: the published API and CLI on the ASP.NET runtime, listening on 8080 as the image's non-root
# user. Built by `docker compose build` (docker-compose.yml); not exercised in this repository's CI (no Docker engine).

# 1. The browser assets, from the committed lock files: the IDE's npm package (Banana Cake Pop), and the explorer bundled
#    by esbuild from cytoscape and chart.js. The SDK image has no Node.js, so they are made here and copied into the
#    build stage, which then skips its own npm steps (SkipBananaCakePop, SkipExplorer).
FROM node:22-bookworm-slim AS web
WORKDIR /src/src/Her2Graph.Api
COPY src/Her2Graph.Api/Ide/package.json src/Her2Graph.Api/Ide/package-lock.json Ide/
RUN cd Ide && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
COPY src/Her2Graph.Api/Explorer/web/package.json src/Her2Graph.Api/Explorer/web/package-lock.json Explorer/web/
RUN cd Explorer/web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
COPY src/Her2Graph.Api/Explorer/web/build.mjs Explorer/web/
COPY src/Her2Graph.Api/Explorer/web/src Explorer/web/src
RUN cd Explorer/web && node build.mjs

# 2. dotnet publish of the API (with graph-seed/, the IDE and the explorer) and the CLI, by the same script a bare machine uses.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
COPY --from=web /src/src/Her2Graph.Api/Ide/node_modules src/Her2Graph.Api/Ide/node_modules
COPY --from=web /src/src/Her2Graph.Api/Explorer/web/dist src/Her2Graph.Api/Explorer/web/dist
RUN scripts/publish.sh /out -p:SkipBananaCakePop=true -p:SkipExplorer=true

# 3. The runtime: no SDK, no Node.js, no curl. APP_UID (1654) is the non-root user the .NET images define.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out /app
# The SQLite file's folder, for `docker run` without Neo4j (the default store); compose uses Neo4j instead.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Her2Graph__Storage__SeedFolder=/app/api/graph-seed \
    Her2Graph__Storage__SqlitePath=/app/data/her2graph.db
USER $APP_UID
WORKDIR /app/api
EXPOSE 8080
# The CLI's own probe (no curl in this image): exit 0 on 200 from /health/ready (Degraded, e.g. Redis down, is 200).
HEALTHCHECK --interval=15s --timeout=10s --start-period=60s --retries=3 \
    CMD ["/app/cli/her2graph", "health", "http://localhost:8080/health/ready"]
ENTRYPOINT ["dotnet", "/app/api/Her2Graph.Api.dll"]
