using Her2Graph.Domain.Errors;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation;

/// <summary>Reads a field every record of its sort must have.</summary>
internal static class RequiredField
{
    /// <summary>The value, or null after a MISSING_FIELD error at the field (when given empty) or at the record.</summary>
    public static string? Read(Located<string>? field, string name, string recordLocation, ErrorList errors)
    {
        if (!string.IsNullOrWhiteSpace(field?.Value)) return field.Value;
        errors.Add(ErrorCodes.MissingField, field?.Location ?? recordLocation, field is null ? $"{name} is missing" : $"{name} is empty");
        return null;
    }
}
