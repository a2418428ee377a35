using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Schema;

/// <summary>
/// The SDL is the API's documentation: schema.graphql, committed at the repository root, is its one approved copy, so
/// every change to the API shows in review as a diff of that file.
/// </summary>
public sealed class SchemaFileTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Regenerate =
        "regenerate it with `dotnet run --project src/Her2Graph.Api` and, in another shell, "
        + "`curl -s localhost:5000/graphql/schema.graphql > schema.graphql`, then review the diff";

    [Fact]
    public async Task SchemaFile_AtRepositoryRoot_EqualsPrintedAndServedSchema()
    {
        var file = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema.graphql"));
        using var client = api.CreateClient();
        var served = await client.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        AssertSame(file, api.Services.GetRequiredService<ISchema>().Print(), "the schema the API prints");
        AssertSame(file, served, "what /graphql/schema.graphql serves");
    }

    [Fact]
    public void Schema_EveryTypeAndField_IsDescribed()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var undocumented = schema.AllTypes
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal) && type is not ScalarGraphType)
            .SelectMany(type => (string.IsNullOrWhiteSpace(type.Description) ? [type.Name] : Array.Empty<string>())
                .Concat(type is IComplexGraphType complex
                    ? complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}")
                    : []))
            .ToList();
        Assert.Empty(undocumented);
    }

    // Names the first line that differs, so the failure says where to look before anyone regenerates the file.
    private static void AssertSame(string file, string actual, string source)
    {
        var expected = file.TrimEnd().Split('\n');
        var lines = actual.TrimEnd().Split('\n');
        var first = Enumerable.Range(0, Math.Max(expected.Length, lines.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= lines.Length || expected[i] != lines[i], -1);
        if (first < 0) return;
        Assert.Fail(
            $"schema.graphql differs from {source} at line {first + 1}: "
            + $"file has `{(first < expected.Length ? expected[first] : "(end)")}`, "
            + $"API has `{(first < lines.Length ? lines[first] : "(end)")}`; {Regenerate}");
    }
}
