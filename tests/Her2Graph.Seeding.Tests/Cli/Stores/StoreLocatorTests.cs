using Her2Graph.Cli.Stores;

namespace Her2Graph.Seeding.Tests.Cli.Stores;

/// <summary>Store locators (contract 2): a path or sqlite:PATH is a SQLite file, an http(s) URL a Neo4j Query API.</summary>
public sealed class StoreLocatorTests
{
    private static readonly string Here = Path.Combine(Path.GetTempPath(), "her2graph-locators");

    [Theory]
    [InlineData("data/her2graph.db", "data/her2graph.db")]
    [InlineData("sqlite:data/her2graph.db", "data/her2graph.db")]
    [InlineData("SQLite:other.db", "other.db")]
    [InlineData("/srv/graphs/her2graph.db", "/srv/graphs/her2graph.db")]
    [InlineData("sqlite:/srv/graphs/her2graph.db", "/srv/graphs/her2graph.db")]
    public void Parse_PathOrSqlitePrefix_IsASqliteFileRelativeToTheCurrentDirectory(string text, string path)
    {
        Assert.True(StoreLocator.TryParse(text, Here, out var locator, out var error), error);

        Assert.Equal(new StoreLocator.Sqlite(Path.GetFullPath(path, Here)), locator);
    }

    [Theory]
    [InlineData("http://localhost:7474", "http://localhost:7474/", "neo4j")]
    [InlineData("https://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/", "neo4j")]
    [InlineData("neo4j+http://neo4j:7474?database=her2graph", "http://neo4j:7474/", "her2graph")]
    [InlineData("neo4j+https://neo4j.example.org/?database=curated", "https://neo4j.example.org/", "curated")]
    [InlineData("HTTP://NEO4J:7474/", "http://neo4j:7474/", "neo4j")]
    public void Parse_HttpUrl_IsANeo4jQueryApiWithItsDatabase(string text, string baseUri, string database)
    {
        Assert.True(StoreLocator.TryParse(text, Here, out var locator, out var error), error);

        Assert.Equal(new StoreLocator.Neo4j(new Uri(baseUri), database), locator);
    }

    [Theory]
    [InlineData("", "a store is needed")]
    [InlineData("sqlite:", "names no file")]
    [InlineData("bolt://localhost:7687", "'bolt://' is not a store this tool opens: Neo4j is reached over its HTTP Query API")]
    [InlineData("neo4j://localhost:7687", "'neo4j://' is not a store this tool opens")]
    [InlineData("http://neo4j:secret@localhost:7474", "put the Neo4j user and password in HER2GRAPH_NEO4J_USER and HER2GRAPH_NEO4J_PASSWORD")]
    [InlineData("http://localhost:7474?db=x", "unknown URL parameter 'db'")]
    [InlineData("http://localhost:7474?database=", "?database= needs a database name")]
    [InlineData("http://", "is not a URL")]
    public void Parse_BadLocator_SaysWhatIsWrong(string text, string reason)
    {
        Assert.False(StoreLocator.TryParse(text, Here, out var locator, out var error));

        Assert.Null(locator);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_Neo4j_NamesServerAndDatabase()
    {
        Assert.True(StoreLocator.TryParse("http://neo4j:7474?database=her2graph", Here, out var locator, out _));

        Assert.Equal("Neo4j at http://neo4j:7474/ (database her2graph)", locator.Describe());
    }
}
