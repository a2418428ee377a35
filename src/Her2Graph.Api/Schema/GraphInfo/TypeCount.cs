using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.GraphInfo;

internal sealed record TypeCount(RelationshipType Type, int Count);
