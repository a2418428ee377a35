using System.Globalization;
using GraphQL.Validation;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Cost;

/// <summary>A document whose cost is above <c>Her2Graph:GraphQL:MaxCost</c>: refused before anything runs.</summary>
internal sealed class QueryCostError : ValidationError
{
    public QueryCostError(ValidationContext context, double cost, int limit)
        : base(context.Document.Source, number: null, string.Create(CultureInfo.InvariantCulture,
            $"The query costs {Math.Ceiling(cost)}, above the limit of {limit}: ask for fewer items (first:), fewer hops or fewer aliased fields."),
            context.Operation)
    {
        Code = ErrorCodes.CostLimitExceeded.Code;
    }
}
