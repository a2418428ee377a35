using GraphQL;
using Her2Graph.Api.Schema.Lookups;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Schema;

/// <summary>The GraphQL errors resolvers raise; each has a stable code (<see cref="ErrorCodes"/>) in extensions.code.</summary>
internal static class Errors
{
    public static ExecutionError BadArgument(string message) => new(message) { Code = ErrorCodes.BadArgument.Code };

    public static ExecutionError BadCursor(string cursor) =>
        new($"'{cursor}' is not a cursor of this connection: pass a cursor from a page of the same field and order") { Code = ErrorCodes.BadCursor.Code };

    /// <summary>
    /// AMBIGUOUS_NAME: the name matches several nodes in its strongest tier. The message names them for a person and
    /// <c>extensions.candidates</c> lists them for a client (key, kind, name and global id), which can ask again by key.
    /// </summary>
    public static ExecutionError AmbiguousName(NameMatch match)
    {
        var tier = match.MatchedBy == MatchedBy.Alias ? "an alias" : "the name";
        var named = string.Join("; ", match.Nodes.Select(n => $"{n.Kind} '{n.Id}' ({n.Name})"));
        return new ExecutionError($"'{match.Name}' is {tier} of {match.Nodes.Count} nodes: {named}; ask by key, or use resolve(names:) for every match")
        {
            Code = ErrorCodes.AmbiguousName.Code,
            Extensions = new Dictionary<string, object?>
            {
                ["candidates"] = match.Nodes
                    .Select(n => new Dictionary<string, object?> { ["key"] = n.Id, ["kind"] = n.Kind.ToString(), ["name"] = n.Name, ["id"] = GlobalId.Of(n) })
                    .ToList(),
            },
        };
    }
}
