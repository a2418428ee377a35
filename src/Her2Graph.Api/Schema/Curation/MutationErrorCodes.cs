namespace Her2Graph.Api.Schema.Curation;

/// <summary>
/// Error codes of the mutations beyond the validator's (<see cref="Her2Graph.Seeding.Validation.ErrorCodes"/>, shared with
/// seed files) and the API key rule's (UNAUTHENTICATED, FORBIDDEN).
/// </summary>
internal static class MutationErrorCodes
{
    /// <summary>LinkInput carries the properties of a relationship type other than its <c>type</c>.</summary>
    public const string WrongProperties = "WRONG_PROPERTIES";

    /// <summary>The store refused the batch as a whole (it changed under the request); nothing was written.</summary>
    public const string WriteRefused = "WRITE_REFUSED";
}
