namespace Her2Graph.Domain.Actionability;

/// <summary>One named rule of <see cref="ActionabilityRules"/>: the level it gives and the Li 2017 words it implements.</summary>
/// <param name="Name">The stable name clients filter on, e.g. A_FDA_APPROVAL_SAME_TUMOUR.</param>
/// <param name="Level">The level the rule gives.</param>
/// <param name="LiWording">The words of Li et al. 2017 the rule implements (Table 3, therapeutic column, or Figure 2).</param>
/// <param name="Description">What in the graph triggers it.</param>
public sealed record ActionabilityRule(string Name, ActionabilityLevel Level, string LiWording, string Description);
