using GraphQLParser.AST;

namespace Her2Graph.Api.Limits;

/// <summary>
/// How deep fragments spread fragments, found without recursing through them: a chain of 20,000 fragments, each
/// spreading the next (750 KB), overflowed the stack of the edge pass's recursive walk and took the process down; the
/// expanded-field count survived it with little to spare. A chain longer than <see cref="MaxDepth"/> is refused
/// before either walk runs.
/// </summary>
internal static class FragmentNesting
{
    /// <summary>Far beyond any component tree of fragments; small enough that every walk through them stays shallow.</summary>
    public const int MaxDepth = 32;

    /// <summary>A fragment at the top of a chain deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static GraphQLFragmentDefinition? TooDeep(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var spreads = fragments.ToDictionary(f => f.Key, f => SpreadNames(f.Value.SelectionSet, []), StringComparer.Ordinal);
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in fragments.Keys)
        {
            if (depths.ContainsKey(root)) continue;
            var stack = new Stack<(string Name, int Next)>();
            stack.Push((root, 0));
            open.Add(root);
            while (stack.TryPop(out var top))
            {
                var children = spreads[top.Name];
                if (top.Next < children.Count)
                {
                    stack.Push((top.Name, top.Next + 1));
                    var child = children[top.Next];
                    // A fragment already open is a cycle: the engine's error to report, not a depth.
                    if (fragments.ContainsKey(child) && !depths.ContainsKey(child) && open.Add(child)) stack.Push((child, 0));
                    continue;
                }

                var depth = 1 + children.Select(child => depths.GetValueOrDefault(child)).DefaultIfEmpty(0).Max();
                depths[top.Name] = depth;
                open.Remove(top.Name);
                if (depth > MaxDepth) return fragments[top.Name];
            }
        }

        return null;
    }

    // Within one fragment the walk follows the document's own nesting, which the parser bounds.
    private static List<string> SpreadNames(GraphQLSelectionSet? set, List<string> names)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLFragmentSpread spread:
                    names.Add(spread.FragmentName.Name.StringValue);
                    break;
                case GraphQLField field:
                    SpreadNames(field.SelectionSet, names);
                    break;
                case GraphQLInlineFragment inline:
                    SpreadNames(inline.SelectionSet, names);
                    break;
            }
        }

        return names;
    }
}
