using GraphQL.Types;
using Her2Graph.Domain.Schema;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Vocabularies;

/// <summary>The condition on a choice property in a connection's <c>where</c> (AnalysisFilter…), typed by its enum.</summary>
internal sealed class ChoiceFilterInputGraphType : InputObjectGraphType
{
    public ChoiceFilterInputGraphType(Choices choices)
    {
        Name = NameOf(choices);
        Description = $"Conditions on a {choices.Name} field; on a list of them a condition holds when any element meets it. Several conditions must all hold.";
        Field("eq", Ref(choices.Name)).Description("Equals.");
        Field("in", new ListGraphType(NonNullRef(choices.Name))).Description("Equals one of these.");
        Field<BooleanGraphType>("isNull").Description("true: no value recorded; false: a value recorded.");
    }

    public static string NameOf(Choices choices) => choices.Name + "Filter";

    /// <summary>A filter for each set that some node or relationship property takes.</summary>
    public static IEnumerable<IGraphType> ForAllProperties() =>
        NodeKinds.All.SelectMany(k => k.Properties)
            .Concat(RelationshipTypes.All.SelectMany(t => t.Properties))
            .Select(p => p.Choices)
            .OfType<Choices>()
            .Distinct()
            .Select(c => new ChoiceFilterInputGraphType(c));
}
