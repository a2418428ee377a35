namespace Her2Graph.Api.Schema.Lookups;

internal sealed class MatchedByGraphType : WireNameEnumerationGraphType<MatchedBy>
{
    public MatchedByGraphType()
    {
        Name = "MatchedBy";
        Description = "How a name found its nodes, strongest first: KEY (the natural key exactly, or a global id), NAME (the name, or the key with other case or punctuation), ALIAS, XREF (an outside id). Only the strongest tier that matches counts.";
    }
}
