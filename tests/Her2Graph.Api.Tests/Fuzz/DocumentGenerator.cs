using System.Text;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>
/// Generates one request from the schema: an operation on random root fields with arguments (inline or as variables,
/// of the right type or not), nested selections to a random depth through objects, interfaces and unions, aliases,
/// inline and named fragments, @include/@skip, and now and then a broken document or odd variables.
/// </summary>
internal sealed class DocumentGenerator(IntrospectedSchema schema, Dice dice)
{
    private readonly ValueGenerator values = new(schema, dice);
    private readonly StringBuilder fragments = new();
    private readonly List<(string Name, string Type, FuzzValue? Value)> variables = [];
    private int names;
    private int maxDepth;

    public FuzzRequest Next(bool subscriptions)
    {
        var seed = dice.Seed;
        dice.Clean = dice.Chance(50);
        var (operation, root) = PickRoot(subscriptions);
        maxDepth = dice.Between(1, 5);
        var rootFields = Enumerable.Range(0, dice.Between(1, operation == "mutation" ? 2 : 3)).Select(_ => dice.Pick(root.Fields)).ToList();
        var selection = new StringBuilder("{ ");
        foreach (var field in rootFields) Field(selection, field, depth: 1);
        selection.Append('}');

        var document = new StringBuilder();
        var shorthand = operation == "query" && variables.Count == 0 && dice.Chance(30);
        if (shorthand) document.Append(selection);
        else document.Append(operation).Append(" Op").Append(VariableDefinitions()).Append(' ').Append(selection);
        document.Append(fragments);
        string? operationName = null;
        if (!shorthand && dice.Chance(5))
        {
            document.Append(" query Other { __typename }");
            operationName = dice.Mistake(30) ? "Missing" : dice.Pick(["Op", "Other"]);
        }

        var text = document.ToString();
        if (dice.Mistake(4))
        {
            operation = "broken";
            text = dice.Chance(50) ? text[..dice.Next(text.Length)] : text.Insert(dice.Next(text.Length), dice.Pick(["{", "}", "(", "\"", "$", "...", "@", "#", ":"]));
        }

        return new FuzzRequest(seed, operation, rootFields.Select(f => f.Name).ToList(), text, VariablesJson(), operationName,
            Curator: operation == "mutation" ? dice.Chance(70) : dice.Chance(20), UseGet: dice.Chance(10));
    }

    private (string Operation, SchemaType Root) PickRoot(bool subscriptions)
    {
        if (subscriptions && dice.Chance(5)) return ("subscription", schema[schema.SubscriptionType ?? schema.QueryType]);
        if (schema.MutationType is { } mutation && dice.Chance(25)) return ("mutation", schema[mutation]);
        return ("query", schema[schema.QueryType]);
    }

    private void SelectionSet(StringBuilder text, SchemaType type, int depth)
    {
        text.Append("{ ");
        if (dice.Chance(8) && type.Kind != "UNION")
        {
            // The same selection through a named fragment.
            var name = $"F{names++}";
            var body = new StringBuilder();
            SelectionSet(body, type, depth);
            fragments.Append(" fragment ").Append(name).Append(" on ").Append(type.Name).Append(' ').Append(body);
            text.Append("...").Append(name).Append(" }");
            return;
        }

        if (type.Kind != "UNION" || dice.Chance(30)) text.Append("__typename ");
        if (type.Kind != "UNION")
        {
            for (var i = dice.Between(1, 4); i > 0; i--) Field(text, dice.Pick(type.Fields), depth);
        }

        if (type.PossibleTypes.Count > 0 && (type.Kind == "UNION" || dice.Chance(25)))
        {
            var possible = schema[dice.Pick(type.PossibleTypes)];
            text.Append("... on ").Append(possible.Name).Append(' ');
            SelectionSet(text, possible, depth);
            text.Append(' ');
        }

        text.Append('}');
    }

    private void Field(StringBuilder text, SchemaField field, int depth)
    {
        if (dice.Chance(15)) text.Append(dice.Mistake(20) ? "dup" : $"a{names++}").Append(": ");
        text.Append(field.Name);
        Arguments(text, field);
        if (dice.Chance(5)) text.Append(dice.Chance(50) ? " @include(if: " : " @skip(if: ").Append(Argument("Boolean!", () => new FuzzValue.Flag(dice.Chance(50)))).Append(')');
        var type = schema[field.Type.NamedType];
        if (type.Kind is "OBJECT" or "INTERFACE" or "UNION")
        {
            text.Append(' ');
            if (dice.Mistake(3)) return;
            if (depth >= maxDepth) text.Append("{ __typename }");
            else SelectionSet(text, type, depth + 1);
        }
        else if (dice.Mistake(2))
        {
            text.Append(" { __typename }");
        }

        text.Append(' ');
    }

    private void Arguments(StringBuilder text, SchemaField field)
    {
        var given = field.Arguments.Where(a => a.Type.IsNonNull && !a.HasDefault ? !dice.Mistake(5) : dice.Chance(35)).ToList();
        if (dice.Mistake(3)) given.Add(new SchemaField("notAnArgument", new TypeRef("SCALAR", "Int", null), [], false));
        if (given.Count == 0) return;
        text.Append('(');
        foreach (var argument in given) text.Append(argument.Name).Append(": ").Append(Argument(argument.Type.ToString(), () => values.For(argument.Type))).Append(' ');
        text.Append(')');
    }

    /// <summary>A literal, or (a quarter of the time) a variable of the type, or now and then of another type or undeclared.</summary>
    private string Argument(string type, Func<FuzzValue> value)
    {
        if (dice.Chance(75))
        {
            var literal = new StringBuilder();
            value().WriteLiteral(literal);
            return literal.ToString();
        }

        var name = $"v{variables.Count}";
        if (dice.Mistake(2)) return $"$undeclared{name}";
        var declared = !dice.Mistake(8) ? type : dice.Pick(["String", "Int!", "[ID!]", "Boolean", "JSON", "NoSuchType"]);
        variables.Add((name, declared, dice.Mistake(5) ? null : value()));
        return "$" + name;
    }

    private string VariableDefinitions() =>
        variables.Count == 0 ? string.Empty : $"({string.Join(", ", variables.Select(v => $"${v.Name}: {v.Type}"))})";

    private string? VariablesJson()
    {
        if (dice.Mistake(3)) return dice.Pick(["[]", "\"text\"", "42", "{", "null"]);
        if (variables.Count == 0 && dice.Chance(70)) return null;
        var json = new StringBuilder("{");
        foreach (var (name, _, value) in variables.Where(v => v.Value is not null))
        {
            FuzzValue.JsonText(json.Append(json.Length > 1 ? ", " : string.Empty), name).Append(": ");
            value!.WriteJson(json);
        }

        return json.Append('}').ToString();
    }
}
