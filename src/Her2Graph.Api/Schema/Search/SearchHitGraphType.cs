using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Search;

internal sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A node found by search, with its relevance.";
        Field("node", NonNullRef("Node")).Description("The node found.").Resolve(c => c.Source.Node);
        Field(h => h.Score).Description("Relevance; higher is better; comparable within one search only.");
        Field(h => h.MatchedField).Description("Where the best match was: name, alias, or a property name such as drugClass.");
    }
}
