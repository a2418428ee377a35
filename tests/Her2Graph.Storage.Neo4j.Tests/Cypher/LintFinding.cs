namespace Her2Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>One diagnostic of the Cypher linter: severity 1 is an error, 2 a warning.</summary>
internal sealed record LintFinding(string Name, int Severity, string Message, int Offset)
{
    public override string ToString() => $"{Name} @{Offset}: {Message}";
}
