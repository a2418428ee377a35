using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Her2Graph.Api.Tests.Schema;

/// <summary>The SDL is the API's documentation: every change to it shows in review, as a snapshot and as schema.graphql.</summary>
public sealed class SchemaFileTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Schema_Printed_MatchesSnapshot() => Snapshot.Match(Sdl());

    [Fact]
    public async Task SchemaFile_AtRepositoryRoot_EqualsServedSchema()
    {
        var file = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema.graphql"));
        Assert.True(
            file.TrimEnd() == Sdl().TrimEnd(),
            "schema.graphql differs from the API's schema: regenerate it with `curl -s localhost:5000/graphql/schema.graphql > schema.graphql` and review the diff");
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

    private string Sdl() => api.Services.GetRequiredService<ISchema>().Print();
}
