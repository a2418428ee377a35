namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>A <see cref="TelemetryApiFactory"/> with no extra settings, for <c>IClassFixture</c> (one public constructor).</summary>
public sealed class SharedTelemetryApiFactory() : TelemetryApiFactory([]);
