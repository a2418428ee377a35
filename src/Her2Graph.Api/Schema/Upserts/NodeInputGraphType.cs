using GraphQL.Types;
using Her2Graph.Api.Schema.Properties;
using Her2Graph.Domain.Schema;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Upserts;

/// <summary>The input of one kind's upsert (DrugInput…): the common node fields and the kind's typed properties.</summary>
internal sealed class NodeInputGraphType : InputObjectGraphType
{
    public NodeInputGraphType(NodeKindDefinition definition)
    {
        Name = NameOf(definition.Kind);
        Description = $"A {definition.Kind} to create or replace as a whole: fields left out are not stored (an upsert is not a patch).";
        this.AddInputField("key", NonNull(new StringGraphType()), $"The natural key: {definition.KeyRule}. A {definition.Kind} with this key is replaced; otherwise one is created.");
        this.AddInputField("name", NonNull(new StringGraphType()), "Display name.");
        this.AddInputField("aliases", new ListGraphType(new NonNullGraphType(new StringGraphType())), "Other names it is found by: brand and code names, abbreviations, legacy notation.");
        this.AddInputField("status", NonNullRef("VerificationStatus"), "How far the node's own facts were checked.");
        this.AddInputField("statusNote", new StringGraphType(), "What exactly was or was not checked.");
        this.AddInputField("citations", new ListGraphType(new NonNullGraphType(new StringGraphType())), "Sources of the node's own facts: PMID:…, PMCID:…, DOI:…, an NCT id, HGNC:…, FDA: …, an https:// URL or REF: ….");
        this.AddPropertyInputFields(definition.Properties);
    }

    public static string NameOf(Her2Graph.Domain.Graph.NodeKind kind) => kind + "Input";
}
