namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>An output field, or an argument or input field (then <see cref="Arguments"/> is empty).</summary>
internal sealed record SchemaField(string Name, TypeRef Type, IReadOnlyList<SchemaField> Arguments, bool HasDefault);
