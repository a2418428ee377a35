using GraphQL.Types;
using Her2Graph.Api.Schema.Evidence;
using Her2Graph.Api.Schema.Vocabularies;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Filtering;

/// <summary>The typed condition inputs every <c>where</c> shares: one per value type, and the filter a property takes.</summary>
internal static class FilterInputTypes
{
    /// <summary>The filter input a property is compared through, by its type.</summary>
    public static IGraphType FilterOf(PropertyDefinition property) => property.Type switch
    {
        PropertyType.WholeNumber or PropertyType.Number or PropertyType.Percent => Ref("NumberFilter"),
        PropertyType.Flag => Ref("BooleanFilter"),
        PropertyType.Date => Ref("DateFilter"),
        PropertyType.Choice or PropertyType.ChoiceList => Ref(ChoiceFilterInputGraphType.NameOf(property.Choices!)),
        _ => Ref("StringFilter"),
    };

    public static IEnumerable<IGraphType> Shared() =>
    [
        new DateFilterInputGraphType(), new CountFilterInputGraphType(), new EvidenceLevelFilterInputGraphType(), new NodeKindFilterInputGraphType(),
        new NumberSummaryGraphType(), new FacetValueGraphType(),
    ];
}

/// <summary>
/// Dates are text of one form to the precision known (yyyy, yyyy-MM, yyyy-MM-dd), so they compare as text: gte
/// "2022-01" holds for 2022-01-15 and 2023, not for a bare "2022"; startsWith "2022" finds every date in 2022.
/// </summary>
internal sealed class DateFilterInputGraphType : InputObjectGraphType
{
    public DateFilterInputGraphType()
    {
        Name = "DateFilter";
        Description = "Conditions on a date (yyyy, yyyy-MM or yyyy-MM-dd, compared as text: gte \"2022-01\" holds for 2022-01-15 and 2023 but not for a bare 2022). Several conditions must all hold.";
        Field<StringGraphType>("eq").Description("Equals, exactly.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equals one of these.");
        Field<StringGraphType>("gt").Description("After.");
        Field<StringGraphType>("gte").Description("On or after.");
        Field<StringGraphType>("lt").Description("Before.");
        Field<StringGraphType>("lte").Description("On or before.");
        Field<StringGraphType>("startsWith").Description("Starts with: \"2022\" is every date in 2022.");
        Field<BooleanGraphType>("isNull").Description("true: no date recorded; false: a date recorded.");
    }
}

/// <summary>A condition on how many links a node has.</summary>
internal sealed class CountFilterInputGraphType : InputObjectGraphType
{
    public CountFilterInputGraphType()
    {
        Name = "CountFilter";
        Description = "Conditions on a count. Several conditions must all hold.";
        Field<IntGraphType>("eq").Description("Equals.");
        Field<IntGraphType>("gt").Description("Greater than.");
        Field<IntGraphType>("gte").Description("Greater than or equal.");
        Field<IntGraphType>("lt").Description("Less than.");
        Field<IntGraphType>("lte").Description("Less than or equal.");
    }
}

internal sealed class EvidenceLevelFilterInputGraphType : InputObjectGraphType
{
    public EvidenceLevelFilterInputGraphType()
    {
        Name = "EvidenceLevelFilter";
        Description = "Conditions on an evidence level.";
        Field<EvidenceLevelGraphType>("eq").Description("Equals.");
        Field<ListGraphType<NonNullGraphType<EvidenceLevelGraphType>>>("in").Description("Equals one of these.");
        Field<BooleanGraphType>("isNull").Description("true: no level recorded; false: a level recorded.");
    }
}

internal sealed class NodeKindFilterInputGraphType : InputObjectGraphType
{
    public NodeKindFilterInputGraphType()
    {
        Name = "NodeKindFilter";
        Description = "Conditions on a node's kind.";
        Field("eq", Ref("NodeKind")).Description("Equals.");
        Field("in", new ListGraphType(NonNullRef("NodeKind"))).Description("Equals one of these.");
    }
}

/// <summary>
/// The <c>where</c> of a set of relationship types ({Types}RelationshipFilter): its status, evidence level and
/// every property the types carry, with and/or/not.
/// </summary>
internal sealed class RelationshipFilterInputGraphType : InputObjectGraphType
{
    public RelationshipFilterInputGraphType(string name, string described, IReadOnlyList<PropertyDefinition> properties)
    {
        Name = name;
        Description = $"Conditions on {described} relationships. Fields given together must all hold; a relationship without a figure never matches a comparison on it.";
        Field("and", new ListGraphType(NonNullRef(Name))).Description("All of these hold.");
        Field("or", new ListGraphType(NonNullRef(Name))).Description("At least one of these holds.");
        Field("not", Ref(Name)).Description("This does not hold.");
        Field(RelationshipFields.Status, Ref("VerificationStatusFilter")).Description("The verification status of the relationship's evidence.");
        Field(RelationshipFields.EvidenceLevel, Ref("EvidenceLevelFilter")).Description("The evidence level, where one is recorded.");
        foreach (var property in properties) Field(property.Name, FilterInputTypes.FilterOf(property)).Description(property.Description);
    }
}

/// <summary>The <c>where</c> of a traversal: conditions on the relationship walked and on the node reached.</summary>
internal sealed class EdgeFilterInputGraphType : InputObjectGraphType
{
    public EdgeFilterInputGraphType(string name, string relationshipFilter, string nodeFilter)
    {
        Name = name;
        Description = "Conditions on an edge: the relationship walked and the node reached. Fields given together must all hold.";
        Field("and", new ListGraphType(NonNullRef(Name))).Description("All of these hold.");
        Field("or", new ListGraphType(NonNullRef(Name))).Description("At least one of these holds.");
        Field("not", Ref(Name)).Description("This does not hold.");
        Field("relationship", Ref(relationshipFilter)).Description("Conditions on the relationship walked (its figures, status, evidence level).");
        Field("node", Ref(nodeFilter)).Description("Conditions on the node reached (its properties, and its own links).");
    }
}

/// <summary>A condition on a node's links of one traversal: some or none meet a condition, or how many do.</summary>
internal sealed class LinkFilterInputGraphType : InputObjectGraphType
{
    public LinkFilterInputGraphType(string name, string edgeFilter, string field)
    {
        Name = name;
        Description = $"Conditions on the node's {field} (its own relationships; a variant's classes' are not counted as its own).";
        Field("some", Ref(edgeFilter)).Description("At least one meets this ({} for any at all).");
        Field("none", Ref(edgeFilter)).Description("None meets this ({} for none at all).");
        Field("count", Ref("CountFilter")).Description("How many there are (of those meeting `where`, when given).");
        Field("where", Ref(edgeFilter)).Description("Which ones `count` counts; all when omitted.");
    }
}

/// <summary>One sort key of a traversal: a field of the relationship or of the node reached, exactly one of them.</summary>
internal sealed class EdgeOrderInputGraphType : InputObjectGraphType
{
    public EdgeOrderInputGraphType(string name, string? relationshipFields, string nodeFields)
    {
        Name = name;
        Description = "A sort key for edges: give relationship or node. Edges without the value sort last in both directions; ties fall back to the default order (type, node name, node key, relationship key).";
        if (relationshipFields is not null) Field("relationship", Ref(relationshipFields)).Description("A field of the relationship walked.");
        Field("node", Ref(nodeFields)).Description("A field of the node reached.");
        Field("direction", NonNullRef("SortDirection")).Description("ASC or DESC.").DefaultValue(SortDirection.Ascending);
    }
}

/// <summary>The fields of a set of relationship types edges can be sorted by: numbers, flags, text and dates.</summary>
internal sealed class RelationshipOrderFieldGraphType : EnumerationGraphType
{
    public RelationshipOrderFieldGraphType(string name, IReadOnlyList<PropertyDefinition> properties)
    {
        Name = name;
        Description = "Relationship fields edges can be sorted by. Edges without the value sort last.";
        Add("STATUS", RelationshipFields.Status, "The verification status (FROM_KNOWLEDGE, UNVERIFIED, VERIFIED, as text).");
        foreach (var property in Sortable(properties)) Add(WireNames.ToConstantCase(property.Name), property.Name, property.Description);
    }

    public static IEnumerable<PropertyDefinition> Sortable(IEnumerable<PropertyDefinition> properties) =>
        properties.Where(p => p.Type is not (PropertyType.TextList or PropertyType.ChoiceList or PropertyType.Choice or PropertyType.NodeReference));
}
