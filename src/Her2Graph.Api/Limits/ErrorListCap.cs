using GraphQL;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Limits;

/// <summary>
/// At most <see cref="EdgeLimitsOptions.MaxErrors"/> errors in a response, then one saying the rest were dropped: a
/// document broken in thousands of places needs no more to be fixed, and a list of millions is itself the attack.
/// </summary>
internal static class ErrorListCap
{
    public static void Apply(ExecutionResult result, EdgeLimitsOptions limits)
    {
        if (result.Errors is not { } errors || errors.Count <= limits.MaxErrors) return;
        var dropped = errors.Count - limits.MaxErrors;
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(limits.MaxErrors)) kept.Add(error);
        kept.Add(new ExecutionError($"{dropped} more errors were left out: a response lists at most {limits.MaxErrors}.") { Code = ErrorCodes.TooManyErrors.Code });
        result.Errors = kept;
    }
}
