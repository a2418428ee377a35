using GraphQL.Types;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

internal sealed class DirectionGraphType : EnumerationGraphType
{
    public DirectionGraphType()
    {
        Name = "Direction";
        Description = "Which way a relationship is walked: OUTGOING from its start node to its end node, INCOMING the other way.";
        Add(Direction.Outgoing.ToWireName(), Direction.Outgoing, "Walked from the relationship's start to its end.");
        Add(Direction.Incoming.ToWireName(), Direction.Incoming, "Walked from the relationship's end to its start.");
        Add(Direction.Both.ToWireName(), Direction.Both, "Either way (only as an argument).");
    }
}
