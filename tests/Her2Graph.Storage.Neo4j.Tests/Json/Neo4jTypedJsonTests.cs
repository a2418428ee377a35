using System.Text.Json;
using System.Text.Json.Nodes;
using Her2Graph.Storage.Neo4j.Json;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests.Json;

/// <summary>The typed-JSON codec against the examples of Neo4j's "Result formats" page.</summary>
public sealed class Neo4jTypedJsonTests
{
    [Theory]
    [InlineData("""{"$type": "Integer", "_value": "123"}""", 123L)]
    [InlineData("""{"$type": "Integer", "_value": "9007199254740993"}""", 9007199254740993L)]
    [InlineData("""{"$type": "Float", "_value": "4.56"}""", 4.56)]
    [InlineData("""{"$type": "Float", "_value": "3.2E9"}""", 3.2e9)]
    [InlineData("""{"$type": "Float", "_value": "Nan"}""", double.NaN)]
    [InlineData("""{"$type": "Float", "_value": "-Infinity"}""", double.NegativeInfinity)]
    [InlineData("""{"$type": "ZonedDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]"}""", "2015-11-21T21:40:32.142Z[Antarctica/Troll]")]
    [InlineData("""{"$type": "Boolean", "_value": true}""", true)]
    [InlineData("""{"$type": "String", "_value": "Hello World"}""", "Hello World")]
    [InlineData("""{"$type": "Null", "_value": null}""", null)]
    [InlineData("""{"$type": "Date", "_value": "2015-03-26"}""", "2015-03-26")]
    public void Read_DocumentedScalar_GivesClrValue(string json, object? expected)
    {
        Assert.Equal(expected, Neo4jTypedJsonReader.Read(Parse(json)));
    }

    [Fact]
    public void Read_ListMapAndNode_GiveNestedValues()
    {
        var list = Neo4jTypedJsonReader.Read(Parse("""{"$type": "List", "_value": [{"$type": "String", "_value": "A"}, {"$type": "String", "_value": "B"}]}"""));
        var node = Neo4jTypedJsonReader.Read(Parse("""
            {"$type": "Node", "_value": {"_element_id": "4:ff04df25:2", "_labels": ["Person"],
             "_properties": {"name": {"$type": "String", "_value": "Phil"}, "age": {"$type": "Integer", "_value": "42"}}}}
            """));

        Assert.Equal(["A", "B"], Assert.IsType<List<object?>>(list));
        var properties = Assert.IsType<Dictionary<string, object?>>(node);
        Assert.Equal("Phil", properties["name"]);
        Assert.Equal(42L, properties["age"]);
    }

    [Fact]
    public void Read_UntypedValue_IsRefused()
    {
        Assert.Throws<FormatException>(() => Neo4jTypedJsonReader.Read(Parse("42")));
    }

    [Fact]
    public void Write_Parameters_UseDocumentedTypesWithNumbersAsStrings()
    {
        var json = Neo4jTypedJsonWriter.Parameters(new Dictionary<string, object?>
        {
            ["name"] = "Phil",
            ["age"] = 42L,
            ["ratio"] = 12.9,
            ["flag"] = false,
            ["none"] = null,
            ["ids"] = new List<string> { "a" },
            ["row"] = new Dictionary<string, object?> { ["n"] = 1 },
        });

        var expected = JsonNode.Parse("""
            {"name": {"$type": "String", "_value": "Phil"}, "age": {"$type": "Integer", "_value": "42"},
             "ratio": {"$type": "Float", "_value": "12.9"}, "flag": {"$type": "Boolean", "_value": false},
             "none": {"$type": "Null", "_value": null}, "ids": {"$type": "List", "_value": [{"$type": "String", "_value": "a"}]},
             "row": {"$type": "Map", "_value": {"n": {"$type": "Integer", "_value": "1"}}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Theory]
    [InlineData(9007199254740993L)]
    [InlineData(-7L)]
    public void WriteThenRead_Integer_RoundTripsExactly(long value)
    {
        var written = Neo4jTypedJsonWriter.Write(value);

        Assert.Equal(value, Neo4jTypedJsonReader.Read(Parse(written.ToJsonString())));
    }

    [Fact]
    public void Write_UnsupportedType_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Neo4jTypedJsonWriter.Write(new Uri("http://localhost")));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
