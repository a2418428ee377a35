using Her2Graph.Domain.Errors;

namespace Her2Graph.Seeding.Validation;

/// <summary>One problem with a batch: a code from <see cref="ErrorCodes"/>, what is wrong, and where.</summary>
/// <param name="Code">A stable code, e.g. <c>MALFORMED_CITATION</c>.</param>
/// <param name="Message">What is wrong and how to put it right.</param>
/// <param name="Location"><c>file:line</c> for a seed file, a GraphQL input path for a mutation.</param>
public sealed record ValidationError(string Code, string Message, string Location)
{
    public ValidationError(ErrorCode code, string message, string location)
        : this(code.Code, message, location)
    {
    }

    /// <summary>The form the seed command prints: <c>graph-seed/relationships/targets.yaml:7: MALFORMED_CITATION …</c>.</summary>
    public override string ToString() => $"{Location}: {Code} {Message}";
}
