using GraphQLParser;
using GraphQLParser.AST;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Limits;

/// <summary>
/// The pre-validation pass: refuses a parsed document that breaks a limit before the engine validates it. The engine's
/// field-merging rule compares every pair of fields that share a response key, across fragments, and its
/// unique-directives rule every pair of directives at a location; both are quadratic, so 5,000 fields aliased
/// <c>a</c> or 20,000 <c>@include</c>s kept it busy for seconds and produced millions of errors. Here each selection
/// set is checked with its fragments merged in (each field node once), which bounds what the engine's rules can
/// compare; the walk visits each field of the expanded document once, and <see cref="Endpoint.QuerySize"/> has
/// already bounded that expansion.
/// </summary>
internal sealed class DocumentLimits
{
    private const int MaxExpandedDepth = 64;

    // Fields this pass may visit in all: the operations' expansion is bounded already, but unused fragments and many
    // operations sharing one large fragment are not, and this walk must stay linear whatever the document.
    private const int MaxVisitedFields = 4 * Endpoint.QuerySize.MaxExpandedFields;
    private int visited;

    private readonly EdgeLimitsOptions limits;
    private readonly GraphQLDocument document;
    private readonly ROM source;
    private readonly bool isQuery;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments;
    private readonly HashSet<string> expanding = new(StringComparer.Ordinal);
    private int directives;

    private DocumentLimits(EdgeLimitsOptions limits, GraphQLDocument document, string query, bool isQuery)
    {
        this.limits = limits;
        this.document = document;
        source = query;
        this.isQuery = isQuery;
        fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The first limit the document breaks, or null.</summary>
    /// <param name="operation">The operation the request selects (null when the engine must report which is meant).</param>
    public static LimitViolation? Check(EdgeLimitsOptions limits, GraphQLDocument document, string query, GraphQLOperationDefinition? operation)
    {
        var pass = new DocumentLimits(limits, document, query, operation?.Operation != OperationType.Mutation);
        if (FragmentNesting.TooDeep(document) is { } deep)
            return pass.Violation(ErrorCodes.QueryTooDeep.Code, $"Fragments spread fragments more than {FragmentNesting.MaxDepth} levels deep.", deep);
        return pass.CheckNodes() ?? pass.CheckSelections();
    }

    // Directives and literal arguments, node by node.
    private LimitViolation? CheckNodes()
    {
        foreach (var definition in document.Definitions)
        {
            var broken = definition switch
            {
                GraphQLOperationDefinition operation => CheckDirectives(operation, operation.Directives)
                    ?? (operation.Variables?.Items ?? []).Select(v => CheckDirectives(v, v.Directives)).FirstOrDefault(v => v is not null)
                    ?? CheckSelectionNodes(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => CheckDirectives(fragment, fragment.Directives) ?? CheckSelectionNodes(fragment.SelectionSet),
                _ => null,
            };
            if (broken is not null) return broken;
        }

        return null;
    }

    private LimitViolation? CheckSelectionNodes(GraphQLSelectionSet? set)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            var broken = selection switch
            {
                GraphQLField field => CheckDirectives(field, field.Directives) ?? CheckArguments(field) ?? CheckSelectionNodes(field.SelectionSet),
                GraphQLInlineFragment inline => CheckDirectives(inline, inline.Directives) ?? CheckSelectionNodes(inline.SelectionSet),
                GraphQLFragmentSpread spread => CheckDirectives(spread, spread.Directives),
                _ => null,
            };
            if (broken is not null) return broken;
        }

        return null;
    }

    private LimitViolation? CheckDirectives(ASTNode node, GraphQLDirectives? applied)
    {
        if (applied is null) return null;
        directives += applied.Count;
        if (directives > limits.MaxDirectives)
            return Violation(ErrorCodes.TooManyDirectives.Code, $"The document holds more than {limits.MaxDirectives} directives, the most allowed.", applied[^1]);
        for (var i = 1; i < applied.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                // Quadratic in the directives of one node, which the count above bounds at 50.
                if (applied[i].Name.Value == applied[j].Name.Value)
                    return Violation(ErrorCodes.DuplicateDirective.Code, $"@{applied[i].Name.StringValue} is applied twice at one location.", applied[i]);
            }
        }

        return null;
    }

    private LimitViolation? CheckArguments(GraphQLField field)
    {
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            var value = LiteralValues.From(argument.Value);
            if (ArgumentValueLimits.Check(limits, field.Name.StringValue, argument.Name.StringValue, value, isQuery) is { } broken)
                return Violation(broken.Code, broken.Message, argument);
        }

        return null;
    }

    private LimitViolation? CheckSelections()
    {
        foreach (var definition in document.Definitions)
        {
            var root = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (root is not null && CheckMerged([root], depth: 1) is { } broken) return broken;
        }

        return null;
    }

    // The sets whose fields land in one response object: one selection set, or the sub-selections of fields that merge.
    private LimitViolation? CheckMerged(List<GraphQLSelectionSet> sets, int depth)
    {
        // Far past the engine's own depth limit (20), which it checks later; this walk must not go deeper either.
        if (depth > MaxExpandedDepth)
            return Violation(ErrorCodes.QueryTooDeep.Code, $"Fields nest more than {MaxExpandedDepth} levels deep once fragments are expanded.", sets[0]);

        var fields = new List<GraphQLField>();
        var seen = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
        var spread = new List<string>();
        foreach (var set in sets) Collect(set, fields, seen, spread);
        try
        {
            visited += fields.Count;
            if (visited > MaxVisitedFields)
                return Violation("QUERY_TOO_LARGE", $"The document selects more than {MaxVisitedFields} fields across its operations and fragments, expanded: ask for less.", sets[0]);

            // Two different fields under one key first: that is the 5,000 × `a:` attack, and its most useful verdict.
            var groups = fields.GroupBy(ResponseKey, StringComparer.Ordinal).ToList();
            foreach (var group in groups)
            {
                var first = group.First();
                if (group.Skip(1).FirstOrDefault(other => !SameField(first, other)) is { } clash)
                    return Violation(ErrorCodes.DuplicateResponseKey.Code, $"The response key '{group.Key}' is used by two different fields in one selection set: give each its own alias.", clash);
            }

            var aliased = fields.Where(f => f.Alias is not null).ToList();
            if (aliased.Count > limits.MaxAliases)
                return Violation(ErrorCodes.TooManyAliases.Code, $"A selection set holds {aliased.Count} aliased fields (fragments included); at most {limits.MaxAliases} are allowed.", aliased[limits.MaxAliases]);
            if (fields.Count > limits.MaxFieldsPerSelection)
                return Violation(ErrorCodes.TooManyFields.Code, $"A selection set holds more than {limits.MaxFieldsPerSelection} fields (fragments included), the most allowed.", fields[limits.MaxFieldsPerSelection]);

            foreach (var group in groups)
            {
                var children = group.Select(f => f.SelectionSet).OfType<GraphQLSelectionSet>().ToList();
                if (children.Count > 0 && CheckMerged(children, depth + 1) is { } broken) return broken;
            }

            return null;
        }
        finally
        {
            foreach (var name in spread) expanding.Remove(name);
        }
    }

    // The fields of a set with inline fragments and spreads expanded; a fragment already being expanded above is a
    // cycle, the engine's error to report.
    private void Collect(GraphQLSelectionSet set, List<GraphQLField> fields, HashSet<GraphQLField> seen, List<string> spread)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when seen.Add(field):
                    fields.Add(field);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, fields, seen, spread);
                    break;
                case GraphQLFragmentSpread reference
                    when fragments.TryGetValue(reference.FragmentName.Name.StringValue, out var fragment) && expanding.Add(fragment.FragmentName.Name.StringValue):
                    spread.Add(fragment.FragmentName.Name.StringValue);
                    Collect(fragment.SelectionSet, fields, seen, spread);
                    break;
            }
        }
    }

    private static string ResponseKey(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    // Fields the engine merges without conflict: same field, same arguments (compared as written, spacing aside).
    private bool SameField(GraphQLField a, GraphQLField b) =>
        a.Name.Value == b.Name.Value && ArgumentText(a) == ArgumentText(b);

    private string ArgumentText(GraphQLField field) =>
        string.Join(',', (field.Arguments?.Items ?? []).OrderBy(a => a.Name.StringValue, StringComparer.Ordinal)
            .Select(a => a.Name.StringValue + ":" + string.Concat(source.Span[a.Value.Location.Start..a.Value.Location.End].ToString().Where(c => !char.IsWhiteSpace(c) && c != ','))));

    private LimitViolation Violation(string code, string message, ASTNode node) =>
        new(code, message, Location.FromLinearPosition(source, node.Location.Start));
}
