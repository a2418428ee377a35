namespace Her2Graph.Domain.Schema;

/// <summary>The value types a property can have; each maps to one JSON shape and one GraphQL type.</summary>
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

    /// <summary>One value of the property's <see cref="PropertyDefinition.Choices"/>, kept as its wire name (<c>SECOND_LINE_OR_LATER</c>).</summary>
    Choice,

    /// <summary>A list of distinct values of the property's <see cref="PropertyDefinition.Choices"/>.</summary>
    ChoiceList,

    /// <summary>
    /// The id of a node of one of the property's <see cref="PropertyDefinition.NodeKinds"/>: how a relationship points
    /// at a node, which a property graph cannot do with an edge. The node must exist when the property is written.
    /// </summary>
    NodeReference,
}
