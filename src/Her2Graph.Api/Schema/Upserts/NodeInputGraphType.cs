using GraphQL.Types;
using Her2Graph.Api.Schema.Properties;
using Her2Graph.Domain.Schema;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Upserts;

/// <summary>The input of one kind's upsert (DrugInput…): the common node fields and the kind's typed properties.</summary>
internal sealed class NodeInputGraphType : InputObjectGraphType
{
    public NodeInputGraphType(NodeKindDefinition definition)
    {
        Name = NameOf(definition.Kind);
        Description = $"A {definition.Kind} to create or replace as a whole: fields left out are not stored (an upsert is not a patch).";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description($"The natural key: {definition.KeyRule}. A {definition.Kind} with this key is replaced; otherwise one is created.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases")
            .Description("Other names it is found by: brand and code names, abbreviations, legacy notation.");
        Field("status", NonNullRef("VerificationStatus")).Description("How far the node's own facts were checked.");
        Field<StringGraphType>("statusNote").Description("What exactly was or was not checked.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("citations")
            .Description("Sources of the node's own facts: PMID:…, PMCID:…, DOI:…, an NCT id, HGNC:…, FDA: …, an https:// URL or REF: ….");
        Field("xrefs", new ListGraphType(NonNullRef("CrossReferenceInput")))
            .Description("Its ids in outside vocabularies (replacing the stored ones as a whole), e.g. {scheme: CHEMBL, id: \"CHEMBL554\", status: VERIFIED}.");
        this.AddPropertyInputFields(definition.Properties);
    }

    public static string NameOf(Her2Graph.Domain.Graph.NodeKind kind) => kind + "Input";
}
