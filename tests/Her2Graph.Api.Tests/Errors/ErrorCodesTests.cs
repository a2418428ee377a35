using System.Globalization;
using System.Text.RegularExpressions;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Tests.Errors;

/// <summary>The catalogue of error codes and the README's "Error codes" table are one list: neither may drift.</summary>
public sealed partial class ErrorCodesTests
{
    [Fact]
    public void ErrorCodes_ReadmeTable_EqualsCatalogue()
    {
        var expected = ErrorCodes.All.Select(c => $"{c.Code} | {c.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "—"} | {c.Meaning}");

        Assert.Equal(expected, ReadmeRows());
    }

    [Fact]
    public void ErrorCodes_Catalogue_AreDistinctConstantCaseCodes()
    {
        Assert.NotEmpty(ErrorCodes.All);
        Assert.Equal(ErrorCodes.All.Count, ErrorCodes.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ErrorCodes.All, c => Assert.Matches(ConstantCase(), c.Code));
    }

    // The rows of the table under "## Error codes", as "CODE | status | meaning".
    private static List<string> ReadmeRows()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("README.md"));
        var section = Array.IndexOf(lines, "## Error codes");
        Assert.True(section >= 0, "README.md has no '## Error codes' section");
        return lines.Skip(section + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => Row().Match(line))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups["code"].Value} | {match.Groups["status"].Value} | {match.Groups["meaning"].Value}")
            .ToList();
    }

    [GeneratedRegex(@"^\| `(?<code>[^`]+)` \| (?<status>[^|]+?) \| (?<meaning>.+) \|$")]
    private static partial Regex Row();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex ConstantCase();
}
