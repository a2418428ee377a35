using GraphQL.Types;
using Her2Graph.Api.Schema.Curation;

namespace Her2Graph.Api.Schema.Links;

/// <summary>The input of <c>unlink</c>: the identity of the relationship to remove.</summary>
internal sealed class UnlinkInputGraphType : InputObjectGraphType
{
    public UnlinkInputGraphType()
    {
        Name = "UnlinkInput";
        Description = "The relationship to remove, by type, from, to and qualifier.";
        RelationshipEndFields.Add(this);
    }
}
