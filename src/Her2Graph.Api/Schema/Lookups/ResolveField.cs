using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Domain.Graph;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Lookups;

/// <summary>
/// <c>resolve(names:, kinds:)</c>: a client's list of names mapped to nodes in one request (the Open Targets
/// <c>mapIds</c> use). Unlike the singular lookups a shared name is no error: its entry lists every node it names. At
/// most Her2Graph:Limits:MaxListItems names (LIST_TOO_LONG), each bounded like a search text (SEARCH_TEXT_TOO_LONG),
/// and priced per name by the cost rules.
/// </summary>
internal static class ResolveField
{
    public static void AddResolve(this ObjectGraphType query)
    {
        query.Field("resolve", NonNullListOf(Ref("NameMatch")))
            .Description("Maps names to nodes, one entry per name in the order given: each name is matched by key (exactly, or a global id), else by name (or key) ignoring case and punctuation, else by alias so, else by outside id, and its entry lists every node of the first tier that matches (a shared alias gives all its nodes) with the tier. The singular lookups (drug(name:), variant(name:)…) follow the same tiers and refuse a shared name with AMBIGUOUS_NAME.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names", "Keys, names, aliases or outside ids (at most 100, each at most 64 words and 1,000 characters).")
            .Argument(new ListGraphType(NonNullRef("NodeKind")), "kinds", a => a.Description = "Only nodes of these kinds; all kinds when omitted or empty.")
            .Resolve().WithService<NodeLookup>()
            .ResolveAsync(async (c, lookup) =>
                await lookup.ResolveAsync(c.GetArgument<List<string>>("names"), c.GetArgument<List<NodeKind>?>("kinds"), c.CancellationToken));
    }
}
