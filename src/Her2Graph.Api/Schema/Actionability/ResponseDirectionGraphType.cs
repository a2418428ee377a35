using GraphQL.Types;
using Her2Graph.Domain.Actionability;

namespace Her2Graph.Api.Schema.Actionability;

internal sealed class ResponseDirectionGraphType : EnumerationGraphType
{
    public ResponseDirectionGraphType()
    {
        Name = "ResponseDirection";
        Description = "What an actionability finding predicts.";
        Add("SENSITIVITY", ResponseDirection.Sensitivity, "Response to the drug.");
        Add("RESISTANCE", ResponseDirection.Resistance, "Resistance to the drug.");
    }
}
