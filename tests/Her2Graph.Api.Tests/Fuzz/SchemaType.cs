namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>A named type of the schema: its kind and whichever of fields, input fields, enum values and possible types it has.</summary>
internal sealed record SchemaType(
    string Name,
    string Kind,
    IReadOnlyList<SchemaField> Fields,
    IReadOnlyList<SchemaField> InputFields,
    IReadOnlyList<string> EnumValues,
    IReadOnlyList<string> PossibleTypes);
