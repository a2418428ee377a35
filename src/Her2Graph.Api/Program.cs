using Her2Graph.Api.Endpoint;
using Her2Graph.Api.Health;
using Her2Graph.Api.Schema;
using Her2Graph.Api.Storage;

var builder = WebApplication.CreateBuilder(args);

// The graph store: the embedded SQLite file unless configured otherwise
await builder.Services.AddGraphStoreAsync(builder.Configuration);

// The GraphQL schema, executor and per-request batch loaders
builder.Services.AddHer2GraphSchema();

// Liveness and readiness checks
builder.Services.AddHer2GraphHealthChecks();

var app = builder.Build();

// First start on an empty store: load graph-seed/
await app.SeedEmptyStoreAsync();

// GraphQL over HTTP, the Banana Cake Pop IDE and the SDL
app.MapGraphQL();

// /health/live and /health/ready
app.MapHealth();

await app.RunAsync();

/// <summary>The API's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
