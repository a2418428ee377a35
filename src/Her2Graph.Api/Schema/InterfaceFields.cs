using GraphQL.Types;

namespace Her2Graph.Api.Schema;

/// <summary>
/// Declares on an interface the fields its object types share, without their resolvers: GraphQL.NET resolves an
/// interface's fields on the object type chosen at run time, and refuses a resolver on an interface field (GQL012).
/// </summary>
internal static class InterfaceFields
{
    public static void AddFieldsOf<TSource>(this InterfaceGraphType<TSource> type, Action<ObjectGraphType<TSource>> addFields)
    {
        var objectType = new ObjectGraphType<TSource>();
        addFields(objectType);
        foreach (var field in objectType.Fields)
        {
            field.Resolver = null;
            type.AddField(field);
        }
    }
}
