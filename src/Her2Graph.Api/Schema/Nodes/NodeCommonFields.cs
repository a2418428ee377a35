using GraphQL;
using GraphQL.Types;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Nodes;

/// <summary>The fields every node has, on the Node interface and on each kind's object type.</summary>
internal static class NodeCommonFields
{
    public static void AddNodeFields(this ObjectGraphType<GraphNode> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id, unique across kinds; use it with node(id:) and paths.")
            .Resolve(c => GlobalId.Of(c.Source));
        type.Field<NonNullGraphType<StringGraphType>>("key")
            .Description("The natural key: HGNC symbol, GENE:change, lower-case INN, registry id, term or slug.")
            .Resolve(c => c.Source.Id);
        type.Field("kind", NonNullRef("NodeKind")).Description("What the node is.").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names it is found by: brand and code names, abbreviations, legacy notation.")
            .Resolve(c => c.Source.Aliases);
        type.Field("status", NonNullRef("VerificationStatus"))
            .Description("How far the node's own facts were checked.")
            .Resolve(c => c.Source.Provenance.Status);
        type.Field<StringGraphType>("statusNote").Description("What exactly was or was not checked.").Resolve(c => c.Source.Provenance.StatusNote);
        type.Field("citations", NonNullListOf(Ref("Citation")))
            .Description("Sources of the node's own facts.")
            .Resolve(c => c.Source.Provenance.Citations);
        type.Field("xrefs", NonNullListOf(Ref("CrossReference")))
            .Description("Its ids in outside vocabularies and databases (HGNC, Ensembl, ChEMBL, DrugBank, HGVS, ClinVar, MedDRA, MONDO…), in curated order; scheme: only those of one scheme.")
            .Argument(Ref("XrefScheme"), "scheme", a => a.Description = "Only ids of this scheme.")
            .Resolve(c => c.GetArgument<XrefScheme?>("scheme") is { } scheme ? c.Source.Xrefs.Where(x => x.Scheme == scheme).ToList() : c.Source.Xrefs);
        type.Field<DateTimeOffsetGraphType>("createdAt").Description("When the node was first written.").Resolve(c => c.Source.Audit?.CreatedAt);
        type.Field<DateTimeOffsetGraphType>("updatedAt").Description("When its content last changed.").Resolve(c => c.Source.Audit?.UpdatedAt);
        type.Field<StringGraphType>("createdBy").Description("Who first wrote it: an API key id, or seed.").Resolve(c => c.Source.Audit?.CreatedBy);
        type.Field<StringGraphType>("updatedBy").Description("Who last changed it.").Resolve(c => c.Source.Audit?.UpdatedBy);
    }
}
