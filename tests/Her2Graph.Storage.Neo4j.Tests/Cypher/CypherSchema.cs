namespace Her2Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>The linter's dbSchema: the labels, relationship types and property keys a database holds.</summary>
internal sealed record CypherSchema(IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes, IReadOnlyList<string> PropertyKeys);
