using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>
/// The API's own schema, read by introspection through the HTTP pipeline: the fuzz generates from what clients see,
/// whichever way the server builds its types.
/// </summary>
internal sealed class IntrospectedSchema
{
    private const string TypeRefFields = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";

    private const string Query = $$"""
        {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types {
              name kind
              fields(includeDeprecated: true) { name type { {{TypeRefFields}} } args { name defaultValue type { {{TypeRefFields}} } } }
              inputFields { name defaultValue type { {{TypeRefFields}} } }
              enumValues(includeDeprecated: true) { name }
              possibleTypes { name }
            }
          }
        }
        """;

    private IntrospectedSchema(Dictionary<string, SchemaType> types, string query, string? mutation, string? subscription)
    {
        Types = types;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
    }

    public IReadOnlyDictionary<string, SchemaType> Types { get; }

    public string QueryType { get; }

    public string? MutationType { get; }

    public string? SubscriptionType { get; }

    public SchemaType this[string name] => Types[name];

    public static async Task<IntrospectedSchema> ReadAsync(GraphQLClient client)
    {
        var response = await client.PostAsync(Query);
        var schema = response.Data.GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().Select(ReadType).ToDictionary(t => t.Name, StringComparer.Ordinal);
        return new IntrospectedSchema(types, RootName(schema, "queryType")!, RootName(schema, "mutationType"), RootName(schema, "subscriptionType"));
    }

    private static string? RootName(JsonElement schema, string root) =>
        schema.GetProperty(root) is { ValueKind: JsonValueKind.Object } type ? type.GetProperty("name").GetString() : null;

    private static SchemaType ReadType(JsonElement type) => new(
        type.GetProperty("name").GetString()!,
        type.GetProperty("kind").GetString()!,
        List(type, "fields", field => new SchemaField(
            field.GetProperty("name").GetString()!, TypeRef.Read(field.GetProperty("type")), List(field, "args", ReadInputValue), HasDefault: false)),
        List(type, "inputFields", ReadInputValue),
        List(type, "enumValues", value => value.GetProperty("name").GetString()!),
        List(type, "possibleTypes", possible => possible.GetProperty("name").GetString()!));

    private static SchemaField ReadInputValue(JsonElement value) => new(
        value.GetProperty("name").GetString()!, TypeRef.Read(value.GetProperty("type")), [],
        value.GetProperty("defaultValue").ValueKind == JsonValueKind.String);

    private static List<T> List<T>(JsonElement owner, string name, Func<JsonElement, T> read) =>
        owner.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().Select(read).ToList() : [];
}
