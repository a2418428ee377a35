using GraphQL.Types;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Traversals;

internal sealed class DrugResponseGraphType : EnumerationGraphType
{
    public DrugResponseGraphType()
    {
        Name = "DrugResponse";
        Description = "How tumours with a variant respond to a drug.";
        Add("SENSITIVE", RelationshipType.SensitiveTo, "SENSITIVE_TO: tumours respond.");
        Add("RESISTANT", RelationshipType.ResistantTo, "RESISTANT_TO: tumours do not respond.");
    }
}
