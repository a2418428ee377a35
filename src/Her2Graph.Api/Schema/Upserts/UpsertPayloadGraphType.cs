using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Domain.Graph;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Upserts;

/// <summary>The result of one kind's upsert (UpsertDrugPayload…): the node under the kind's name, typed.</summary>
internal sealed class UpsertPayloadGraphType : ObjectGraphType<NodePayload>
{
    public UpsertPayloadGraphType(NodeKind kind)
    {
        Name = NameOf(kind);
        Description = $"The result of upsert{kind}.";
        var field = char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
        Field(field, NonNullRef(kind.ToString())).Description($"The {kind} as stored now, with its audit stamps.").Resolve(c => c.Source.Node);
        this.AddWriteFields(p => p.Changed, p => p.Version);
    }

    public static string NameOf(NodeKind kind) => $"Upsert{kind}Payload";
}
