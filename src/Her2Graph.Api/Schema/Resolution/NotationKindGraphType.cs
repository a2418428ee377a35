using Her2Graph.Domain.Variants;

namespace Her2Graph.Api.Schema.Resolution;

internal sealed class NotationKindGraphType : WireNameEnumerationGraphType<NotationKind>
{
    public NotationKindGraphType()
    {
        Name = "NotationKind";
        Description = "What a notation describes: a PROTEIN change (p.), a CODING DNA change (c. on NM_004448.4) or a GENOMIC change (g. or a chromosome position).";
    }
}
