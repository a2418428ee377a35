using GraphQL.Types;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Evidence;

internal sealed class CitationGraphType : ObjectGraphType<Citation>
{
    public CitationGraphType()
    {
        Name = "Citation";
        Description = "A source behind a fact: a PubMed or PMC id, a DOI, a trial registry id, a database record, a regulatory decision, a web page or a reference.";
        Field(c => c.Value).Description("The citation as curated, e.g. PMID:34534430, DOI:10.1056/NEJMoa2112431, NCT03505710.");
        Field<NonNullGraphType<CitationKindGraphType>>("kind").Description("What kind of source it is.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("url").Description("A link to the source, where one can be derived.").Resolve(c => CitationLinks.UrlOf(c.Source));
    }
}
