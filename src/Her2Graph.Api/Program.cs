using Her2Graph.Api.Auth;
using Her2Graph.Api.Bounds;
using Her2Graph.Api.Caching;
using Her2Graph.Api.Endpoint;
using Her2Graph.Api.Explorer;
using Her2Graph.Api.Export;
using Her2Graph.Api.Health;
using Her2Graph.Api.Limits;
using Her2Graph.Api.PersistedDocuments;
using Her2Graph.Api.RateLimiting;
using Her2Graph.Api.ResponseCaching;
using Her2Graph.Api.Schema;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Api.Storage;
using Her2Graph.Api.Telemetry;

var builder = WebApplication.CreateBuilder(args);

// The read cache in front of the store: Redis when Her2Graph:Redis:Configuration is set, in memory otherwise
builder.Services.AddReadCache(builder.Configuration);

// The graph store: the embedded SQLite file, or Neo4j when Her2Graph:Storage:Provider is Neo4j (constructed, not opened)
builder.Services.AddGraphStore(builder.Configuration);

// The GraphQL schema, executor and per-request batch loaders
builder.Services.AddHer2GraphSchema();

// Whole answers of queries by document, variables and the graph version read from the store (Her2Graph:ResponseCache)
builder.Services.AddResponseCache(builder.Configuration);

// Request bounds: timeout, response size, cost limit (reported in extensions.cost), validate-only requests
builder.Services.AddGraphQLBounds(builder.Configuration);

// Cost-weighted rate limits per client (address or API key), reads and writes apart
builder.Services.AddGraphQLRateLimits(builder.Configuration);

// Documents sent by hash (automatic persisted queries), optionally known documents only
builder.Services.AddPersistedDocuments(builder.Configuration);

// Curator API keys (Bearer, hashed in configuration): mutations need one with the curator role
builder.Services.AddApiKeyAuthentication();

// Curator writes: validation shared with seed files, the clock of audit stamps, the change log
builder.Services.AddCuratorWrites();

// Liveness and readiness checks
builder.Services.AddHer2GraphHealthChecks();

// Whole-graph downloads built once per graph version, and the releases the API reports (graph { release })
builder.Services.AddExports(builder.Configuration);

// Limits at the edge, errors without internals, the introspection switch, CORS, no Server header
builder.Services.AddEdgeHardening(builder.Configuration);

// Metrics, traces, OTLP, the Prometheus port, JSON logs (Her2Graph:Telemetry, all off by default); correlation ids always
builder.AddHer2GraphTelemetry();

var app = builder.Build();

// Configuration (keys included) checked, then the store's schema and, on an empty store, graph-seed/: a permanent fault
// has printed one line and nothing listens; a transient one starts the API unready, retrying in the background
if (!await app.StartGraphStoreAsync()) return 1;

// The Prometheus port's /metrics (when configured), then a correlation id for every request: header, log scope, errors
app.UseHer2GraphTelemetry();

// Who is calling: the API key of the Authorization header, if any (reads stay public)
app.UseApiKeyAuthentication();

// Security headers on every answer; CORS when origins are configured
app.UseEdgeHardening();

// Rate limits: one permit per request here, the document's cost after validation
app.UseGraphQLRateLimits();

// GraphQL over HTTP, the Banana Cake Pop IDE and the SDL
app.MapGraphQL();

// The graph explorer at /explore: a page over the public GraphQL endpoint
app.MapExplorer();

// /health/live and /health/ready
app.MapHealth();

// /export/<format>: the served graph version as seed, json, cytoscape, graphml or tsv, rate-limited
app.MapExports();

await app.RunAsync();
return Environment.ExitCode;

/// <summary>The API's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
