using GraphQL.Resolvers;
using GraphQL.Types;

namespace Her2Graph.Api.Limits;

/// <summary>
/// The two October 2021 introspection fields GraphQL.NET 8 lacks even with its opt-in features on:
/// <c>__Type.specifiedByURL</c> and <c>__Directive.args(includeDeprecated:)</c>. graphql-js 16's
/// <c>getIntrospectionQuery</c> asks for both when a tool sets <c>specifiedByUrl</c> or <c>inputValueDeprecation</c>,
/// and the whole introspection fails without them. Added once to the initialised schema, before it serves a request.
/// </summary>
internal static class IntrospectionFields
{
    public static void Add(ISchema schema)
    {
        schema.Initialize();
        if (schema.AllTypes["__Type"] is IComplexGraphType type && type.GetField("specifiedByURL") is null)
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "For custom scalars: a URL of the specification of the format; none of ours has one.",
                ResolvedType = schema.AllTypes["String"],
                // REVIEW: no scalar of this schema carries @specifiedBy; read it here if one ever does.
                Resolver = new FuncFieldResolver<object?>(_ => null),
            });
        }

        if (schema.AllTypes["__Directive"] is IComplexGraphType directive
            && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            // No directive argument here is deprecated, so the engine's answer (all of them) is right either way.
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!) { Name = "includeDeprecated", DefaultValue = false });
        }
    }
}
