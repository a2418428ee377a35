using GraphQL.Types;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// A tiny schema swapped in for the API's, for what the real one cannot show on demand: a field that fails, and a
/// mutation whose side effect can be counted (to prove a GET mutation never runs).
/// </summary>
internal sealed class ProbeSchema : GraphQL.Types.Schema
{
    public const string SecretDetail = "connection string Password=hunter2";
    private int increments;

    public ProbeSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ok").Resolve(_ => "ok");
        query.Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException(SecretDetail));
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<IntGraphType>("increment").Resolve(_ => Interlocked.Increment(ref increments));
        Mutation = mutation;
    }

    public int Increments => Volatile.Read(ref increments);
}
