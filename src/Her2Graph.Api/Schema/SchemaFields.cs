using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Her2Graph.Api.Schema;

/// <summary>
/// Builds fields whose types are known only at schema construction (one object type per node kind and per
/// relationship type, generated from the Domain catalog), where GraphQL.NET's generic Field&lt;T&gt; cannot be used.
/// </summary>
internal static class SchemaFields
{
    public static FieldType Add<TSource>(
        this ComplexGraphType<TSource> type,
        string name,
        IGraphType graphType,
        string description,
        Func<IResolveFieldContext<TSource>, object?> resolve,
        QueryArguments? arguments = null) =>
        type.AddField(new FieldType
        {
            Name = name,
            ResolvedType = graphType,
            Description = description,
            Arguments = arguments,
            // Interfaces declare fields only; the object type chosen at run time resolves them.
            Resolver = type is IInterfaceGraphType ? null : new FuncFieldResolver<TSource, object?>(resolve),
        });

    /// <summary>Like <see cref="Add"/> for resolvers that await the store (root fields only: nested fields use loaders).</summary>
    public static FieldType AddAsync<TSource, TResult>(
        this ComplexGraphType<TSource> type,
        string name,
        IGraphType graphType,
        string description,
        Func<IResolveFieldContext<TSource>, Task<TResult>> resolve,
        QueryArguments? arguments = null) =>
        type.AddField(new FieldType
        {
            Name = name,
            ResolvedType = graphType,
            Description = description,
            Arguments = arguments,
            Resolver = new FuncFieldResolver<TSource, TResult>(async context => await resolve(context)),
        });

    public static IGraphType Ref(string typeName) => new GraphQLTypeReference(typeName);

    public static IGraphType NonNull(IGraphType type) => new NonNullGraphType(type);

    public static IGraphType NonNullRef(string typeName) => new NonNullGraphType(new GraphQLTypeReference(typeName));

    public static IGraphType NonNullListOf(IGraphType itemType) => new NonNullGraphType(new ListGraphType(new NonNullGraphType(itemType)));
}
