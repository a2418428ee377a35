namespace Her2Graph.Domain.Actionability;

/// <summary>What a finding predicts: response to the drug, or resistance to it.</summary>
public enum ResponseDirection
{
    Sensitivity,
    Resistance,
}
