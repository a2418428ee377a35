namespace Her2Graph.Domain.Actionability;

/// <summary>
/// The AMP/ASCO/CAP 2017 levels of clinical and experimental evidence for a therapeutic biomarker (Li MM et al.,
/// J Mol Diagn 2017;19:4-23), plus <see cref="Undetermined"/> where the graph does not hold what a level needs.
/// </summary>
public enum ActionabilityLevel
{
    A,
    B,
    C,
    D,

    /// <summary>The graph cannot decide the level (guidelines, expert consensus, an indication it does not record): never a guess.</summary>
    Undetermined,
}
