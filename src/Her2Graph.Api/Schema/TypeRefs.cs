using GraphQL.Types;

namespace Her2Graph.Api.Schema;

/// <summary>
/// Field types that name the schema's own types. The schema registers instances, many built from the Domain catalog
/// (a type per node kind and relationship type), so fields name them (GraphQLTypeReference): a CLR type argument
/// (Field&lt;CitationGraphType&gt;) would ask the container for another instance.
/// </summary>
internal static class TypeRefs
{
    public static IGraphType Ref(string typeName) => new GraphQLTypeReference(typeName);

    public static IGraphType NonNullRef(string typeName) => new NonNullGraphType(new GraphQLTypeReference(typeName));

    public static IGraphType NonNullListOf(IGraphType itemType) => new NonNullGraphType(new ListGraphType(new NonNullGraphType(itemType)));
}
