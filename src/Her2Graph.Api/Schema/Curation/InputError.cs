using GraphQL;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>
/// One problem with a mutation's input as a GraphQL error: <c>extensions.code</c> is the validator's code and
/// <c>extensions.inputPath</c> the input path it is about (<c>input.relationships[3].citations[0]</c>); <c>path</c> is the
/// mutation field's.
/// </summary>
internal sealed class InputError : ExecutionError
{
    public InputError(ValidationError error, IResolveFieldContext context)
        : base(error.Message)
    {
        Code = error.Code;
        Path = context.Path;
        Extensions = new Dictionary<string, object?> { ["inputPath"] = error.Location };
    }

    /// <summary>Adds every error to the result and returns null for the mutation field: nothing was written.</summary>
    public static T? Report<T>(IResolveFieldContext context, IEnumerable<ValidationError> errors)
        where T : class
    {
        foreach (var error in errors) context.Errors.Add(new InputError(error, context));
        return null;
    }
}
