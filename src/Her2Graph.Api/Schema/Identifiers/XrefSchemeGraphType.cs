using Her2Graph.Domain.Identifiers;

namespace Her2Graph.Api.Schema.Identifiers;

/// <summary>The cross-reference schemes, each value described with its id form and the kinds it applies to.</summary>
internal sealed class XrefSchemeGraphType : WireNameEnumerationGraphType<XrefScheme>
{
    public XrefSchemeGraphType()
    {
        Name = "XrefScheme";
        Description = "A vocabulary or database a cross-reference points into. node(xref:) takes SCHEME:id, e.g. CHEMBL:CHEMBL1201585.";
        foreach (var definition in XrefSchemes.All)
        {
            var value = Values.FindByValue(definition.Scheme)!;
            value.Description = $"{definition.Description} For {string.Join(", ", definition.Kinds)}; e.g. {definition.Example}.";
        }
    }
}
