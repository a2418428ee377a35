namespace Her2Graph.Api.Cost;

/// <summary>The request extension <c>validateOnly: true</c>: parse, validate and cost the document, run nothing.</summary>
internal static class ValidateOnly
{
    public const string Extension = "validateOnly";

    public static bool IsRequested(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null && extensions.TryGetValue(Extension, out var value) && value is true;
}
