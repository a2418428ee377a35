using GraphQL;
using GraphQLParser;

namespace Her2Graph.Api.Limits;

/// <summary>One limit a request broke: its code, a message naming the limit and the value, and where in the document.</summary>
internal sealed record LimitViolation(string Code, string Message, Location? Location)
{
    public ExecutionError ToExecutionError()
    {
        var error = new ExecutionError(Message) { Code = Code };
        if (Location is { } location) error.AddLocation(location);
        return error;
    }
}
