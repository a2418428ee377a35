using GraphQL.Types;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Import;

internal sealed class InputProblemGraphType : ObjectGraphType<ValidationError>
{
    public InputProblemGraphType()
    {
        Name = "InputProblem";
        Description = "One problem a dry run found; a real run reports the same as a GraphQL error with extensions.code and extensions.inputPath.";
        Field(p => p.Code).Description("A stable code, e.g. MISSING_CITATION, MALFORMED_CITATION, OUT_OF_RANGE, MISSING_NODE.");
        Field(p => p.Message).Description("What is wrong and how to put it right.");
        Field("inputPath", p => p.Location).Description("Where in the input, e.g. input.relationships[3].citations[0].");
    }
}
