using GraphQL.Types;
using Her2Graph.Domain.Actionability;

namespace Her2Graph.Api.Schema.Actionability;

/// <summary>One value per rule of <see cref="ActionabilityRules"/>, described by the Li 2017 words it implements and what triggers it.</summary>
internal sealed class ActionabilityRuleGraphType : EnumerationGraphType
{
    public ActionabilityRuleGraphType()
    {
        Name = "ActionabilityRule";
        Description = $"The named rule that gave an actionability level ({ActionabilityRules.Reference}).";
        foreach (var rule in ActionabilityRules.All) Add(rule.Name, rule, $"{rule.LiWording}. {rule.Description}");
    }
}
