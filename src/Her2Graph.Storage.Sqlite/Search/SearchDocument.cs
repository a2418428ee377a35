using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store.Search;

namespace Her2Graph.Storage.Sqlite.Search;

/// <summary>The columns of a node's full-text entry, kept in step with the node inside the write transaction.</summary>
internal sealed record SearchDocument(string ExactKeys, string Name, string Aliases, string Code, string Other)
{
    public static SearchDocument Of(GraphNode node) =>
        new(
            SearchText.ExactKeys(node),
            SearchText.Indexable(node.Name),
            SearchText.Indexable(string.Join(" ; ", node.Aliases)),
            SearchText.Indexable(SearchText.Code(node)),
            SearchText.Indexable(string.Join(" ; ", node.Properties.Values.SelectMany(SearchText.TextValues))));
}
