# syntax=docker/dockerfile:1
# The Her2Graph API image: the published API and CLI on the ASP.NET runtime, listening on 8080 as the image's non-root
# user. Built by `docker compose build` (docker-compose.yml); not exercised in this repository's CI (no Docker engine).

# 1. The IDE's npm package (Banana Cake Pop) from the committed lock file. The SDK image has no Node.js, so the assets
#    are fetched here and copied into the build stage, which then skips its own `npm ci` (SkipBananaCakePop).
FROM node:22-bookworm-slim AS ide
WORKDIR /src/src/Her2Graph.Api/Ide
COPY src/Her2Graph.Api/Ide/package.json src/Her2Graph.Api/Ide/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# 2. dotnet publish of the API (with graph-seed/ and the IDE) and the CLI, by the same script a bare machine uses.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
COPY --from=ide /src/src/Her2Graph.Api/Ide/node_modules src/Her2Graph.Api/Ide/node_modules
RUN scripts/publish.sh /out -p:SkipBananaCakePop=true

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
