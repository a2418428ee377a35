using GraphQL.Types;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Import;

internal sealed class WriteCountsGraphType : ObjectGraphType<WriteCounts>
{
    public WriteCountsGraphType()
    {
        Name = "WriteCounts";
        Description = "How many entities a write created, updated, left as they were, and deleted.";
        Field(c => c.Created).Description("Entities that did not exist.");
        Field(c => c.Updated).Description("Entities whose content changed.");
        Field(c => c.Unchanged).Description("Entities the graph already held exactly so.");
        Field(c => c.Deleted).Description("Entities removed.");
    }
}
