using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Changes;

internal sealed class ChangeOperationGraphType : WireNameEnumerationGraphType<ChangeOperation>
{
    public ChangeOperationGraphType()
    {
        Name = "ChangeOperation";
        Description = "What a write did to one entity: CREATED, UPDATED (its content changed) or DELETED.";
    }
}
