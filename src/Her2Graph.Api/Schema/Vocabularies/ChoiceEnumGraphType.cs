using GraphQL.Types;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Vocabularies;

/// <summary>
/// The GraphQL enum of one closed vocabulary (<see cref="ClinicalChoices"/>): one type per set, shared by every property
/// that takes it. A value is its wire name both in GraphQL and in the stores, so resolvers pass the stored text through.
/// </summary>
internal sealed class ChoiceEnumGraphType : EnumerationGraphType
{
    public ChoiceEnumGraphType(Choices choices)
    {
        Name = choices.Name;
        Description = choices.Description;
        foreach (var choice in choices.Values) Add(choice.WireName, choice.WireName, choice.Description);
    }

    /// <summary>One enum per set of the catalog.</summary>
    public static IEnumerable<IGraphType> All() => ClinicalChoices.All.Select(c => new ChoiceEnumGraphType(c));
}
