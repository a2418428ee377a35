namespace Her2Graph.Api.Ide;

/// <summary>One example operation from <c>Ide/examples/&lt;Name&gt;.graphql</c>.</summary>
internal sealed record ExampleDocument(string Name, string Text);
