namespace Her2Graph.Api.Tests.Deployment;

/// <summary>What a health probe sent to the stand-in Query API.</summary>
internal sealed record ProbeRequest(string Method, string Path, string? Authorization, string Body);
