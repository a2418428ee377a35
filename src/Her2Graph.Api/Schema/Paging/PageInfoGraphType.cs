using GraphQL.Types;

namespace Her2Graph.Api.Schema.Paging;

internal sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its connection (Relay cursor connections).";
        Field(p => p.HasNextPage).Description("More items follow the last one of this page.");
        Field(p => p.HasPreviousPage).Description("More items precede the first one of this page.");
        Field(p => p.StartCursor, nullable: true).Description("Cursor of the first item; pass it as `before` to page backward.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last item; pass it as `after` to page forward.");
    }
}
