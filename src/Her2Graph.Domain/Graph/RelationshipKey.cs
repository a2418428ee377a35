namespace Her2Graph.Domain.Graph;

/// <summary>The identity of a relationship: type, ends and qualifier.</summary>
public sealed record RelationshipKey(RelationshipType Type, string FromId, string ToId, string Qualifier)
{
    /// <summary>The stable text form stores use as a primary key: <c>FROM|TYPE|TO|qualifier</c>.</summary>
    public override string ToString() => $"{FromId}|{Type.ToWireName()}|{ToId}|{Qualifier}";
}
