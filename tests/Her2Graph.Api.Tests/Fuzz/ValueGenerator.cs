namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>
/// Generates input values for a type of the schema: mostly of the right type (so that execution is reached), some of
/// a wrong one, with nulls where they are not allowed, lists where one value is expected, and unknown input fields.
/// </summary>
internal sealed class ValueGenerator(IntrospectedSchema schema, Dice dice)
{
    private const int MaxInputDepth = 3;

    public FuzzValue For(TypeRef type, int depth = 0)
    {
        if (dice.Mistake(8)) return Wrong();
        if (type.IsNonNull) return dice.Mistake(3) ? new FuzzValue.Null() : For(type.OfType!, depth);
        if (dice.Chance(4)) return new FuzzValue.Null();
        if (type.IsList)
        {
            // A single value is coerced to a list of one; a long list probes the list-size limits.
            if (dice.Chance(10)) return For(type.OfType!, depth);
            var count = dice.Chance(3) ? dice.Between(100, 130) : dice.Between(0, 4);
            return new FuzzValue.Items(Enumerable.Range(0, count).Select(_ => For(type.OfType!, depth + 1)).ToList());
        }

        var named = schema[type.Name!];
        return named.Kind switch
        {
            "ENUM" => new FuzzValue.EnumName(dice.Mistake(5) ? "NOT_A_VALUE" : dice.Pick(named.EnumValues)),
            "INPUT_OBJECT" => InputObject(named, depth),
            _ => Scalar(named.Name),
        };
    }

    public FuzzValue Scalar(string name) => name switch
    {
        "Int" => new FuzzValue.Number(dice.Chance(75) ? dice.Pick(FuzzInputs.SmallInts) : dice.Pick(FuzzInputs.EdgeInts)),
        "Float" => new FuzzValue.Number(dice.Chance(50) ? dice.Pick(FuzzInputs.SmallInts) : dice.Pick(FuzzInputs.Floats)),
        "Boolean" => new FuzzValue.Flag(dice.Chance(50)),
        "DateTimeOffset" => new FuzzValue.Text(dice.Pick(FuzzInputs.Dates)),
        "PartialDate" => new FuzzValue.Text(dice.Chance(75) ? dice.Pick(FuzzInputs.PartialDates) : Text()),
        "JSON" => dice.Mistake(50) ? Wrong() : new FuzzValue.Fields([(dice.Pick(["n", "orrPercent", "notes", "x"]), Wrong())]),
        _ => new FuzzValue.Text(Text()),
    };

    /// <summary>A string: a real key (half the time, so that lookups find something), an edge case, random text or a huge one.</summary>
    public string Text() => dice.Next(100) switch
    {
        < 50 => dice.Pick(FuzzInputs.Keys),
        < 75 => dice.Pick(FuzzInputs.EdgeStrings),
        < 98 => dice.AnyString(),
        _ => new string(dice.Pick(['x', 'é', ' ']), dice.Pick([1_000, 10_001, 20_000])),
    };

    /// <summary>A value of any shape, whatever the type asks for.</summary>
    public FuzzValue Wrong() => dice.Next(8) switch
    {
        0 => new FuzzValue.Text(Text()),
        1 => new FuzzValue.Number(dice.Pick(FuzzInputs.EdgeInts)),
        2 => new FuzzValue.Number(dice.Pick(FuzzInputs.Floats)),
        3 => new FuzzValue.Flag(dice.Chance(50)),
        4 => new FuzzValue.EnumName(dice.Pick(["VERIFIED", "ASC", "DRUG", "true_", "Infinity"])),
        5 => new FuzzValue.Items([new FuzzValue.Text(Text()), new FuzzValue.Number("1")]),
        6 => new FuzzValue.Fields([("x", new FuzzValue.Number("1"))]),
        _ => new FuzzValue.Null(),
    };

    private FuzzValue.Fields InputObject(SchemaType type, int depth)
    {
        var fields = new List<(string, FuzzValue)>();
        foreach (var field in type.InputFields)
        {
            var required = field.Type.IsNonNull && !field.HasDefault;
            var wanted = required ? !dice.Mistake(3) : depth < MaxInputDepth && dice.Chance(25);
            if (wanted) fields.Add((field.Name, For(field.Type, depth + 1)));
        }

        if (dice.Mistake(3)) fields.Add(("notAField", new FuzzValue.Number("1")));
        if (dice.Mistake(2) && fields.Count > 0) fields.Add(fields[0]);
        return new FuzzValue.Fields(fields);
    }
}
