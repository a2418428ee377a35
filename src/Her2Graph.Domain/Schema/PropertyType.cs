namespace Her2Graph.Domain.Schema;

/// <summary>The value types a property can have; each maps to one JSON shape and one GraphQL scalar.</summary>
public enum PropertyType
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A percentage, 0 to 100 inclusive.</summary>
    Percent,

    /// <summary>A calendar date as text, to the precision known: <c>2022</c>, <c>2022-08</c> or <c>2022-08-11</c>.</summary>
    Date,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>A list of strings.</summary>
    TextList,
}
