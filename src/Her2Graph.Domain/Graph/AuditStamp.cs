namespace Her2Graph.Domain.Graph;

/// <summary>Who wrote an entity and when, kept by the store.</summary>
/// <param name="CreatedAt">When the entity was first written.</param>
/// <param name="UpdatedAt">When its content last changed.</param>
/// <param name="CreatedBy">Who first wrote it: an API key id, or <c>seed</c> for an import from files.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
/// <param name="Version">The graph version of the last change.</param>
public sealed record AuditStamp(DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string CreatedBy, string UpdatedBy, long Version);
