using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Links;

/// <summary>What link and unlink return: the relationship (as stored, or as it was before unlink), whether anything changed, the version after.</summary>
internal sealed record RelationshipPayload(GraphRelationship? Relationship, bool Changed, long Version);
