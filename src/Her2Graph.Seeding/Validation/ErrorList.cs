using Her2Graph.Domain.Errors;

namespace Her2Graph.Seeding.Validation;

/// <summary>Collects every error of a batch; a record is converted only when it added none.</summary>
internal sealed class ErrorList
{
    private readonly List<ValidationError> _errors = [];

    public int Count => _errors.Count;

    public IReadOnlyList<ValidationError> Items => _errors;

    public void Add(ErrorCode code, string location, string message) => _errors.Add(new ValidationError(code, message, location));
}
