using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>Adds the root <c>evidence</c> connection: every figure-bearing record as one flat, filterable, sortable, keyset-paged list.</summary>
internal static class EvidenceFields
{
    public static void AddEvidence(this ObjectGraphType query, GeneratedTypes types)
    {
        var schema = new EvidenceSchema(types);
        query.Field("evidence", NonNullRef(schema.Connection))
            .Description("Every figure-bearing record (an arm's result, an adverse-event rate, an approval, a sensitivity or resistance statement) with the nodes it connects, as one list: filtered on the relationship and on its ends by kind, ordered, keyset-paged, with aggregates and facets over every match (the shape of CIViC's evidenceItems).")
            .Argument(new ListGraphType(NonNullRef("EvidenceKind")), "kinds", a => a.Description = "Only rows of these kinds; every kind when omitted or empty.")
            .Arguments(PageRequest.Arguments("rows"))
            .Argument(Ref(schema.Where), "where", a => a.Description = "Only rows meeting these conditions on the relationship and on its ends (trialArm: { orrPercent: { gte: 20 } }).")
            .Argument(new ListGraphType(new NonNullGraphType(Ref(schema.Order))), "order", a => a.Description = "Sort keys, most significant first; by kind (relationship type) when omitted; the relationship key breaks ties.")
            .Resolve().WithService<IGraphStore>()
            .ResolveAsync(async (context, store) =>
            {
                try
                {
                    return new EvidenceConnection(await store.ListRelationshipsAsync(EvidenceRequest.Of(context), context.CancellationToken));
                }
                catch (InvalidCursorException e)
                {
                    throw Errors.BadCursor(e.Cursor);
                }
            });
    }
}
