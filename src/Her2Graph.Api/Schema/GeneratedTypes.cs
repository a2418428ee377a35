using GraphQL.Types;

namespace Her2Graph.Api.Schema;

/// <summary>
/// Types generated while the schema is built and shared by name between fields (the filter of a relationship type is
/// made once however many traversals walk it). One instance per schema: graph types belong to the schema that initialised them.
/// </summary>
internal sealed class GeneratedTypes
{
    private readonly Dictionary<string, IGraphType> _types = new(StringComparer.Ordinal);

    public IEnumerable<IGraphType> All => _types.Values;

    /// <summary>The name, after making the type with <paramref name="create"/> if no type of that name exists yet.</summary>
    public string Ensure(string name, Func<IGraphType> create)
    {
        if (!_types.ContainsKey(name))
        {
            var type = create();
            if (type.Name != name) throw new InvalidOperationException($"type made for {name} is named {type.Name}");
            _types[name] = type;
        }

        return name;
    }
}
