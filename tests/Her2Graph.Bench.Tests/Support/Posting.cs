using System.Net.Http.Headers;

namespace Her2Graph.Bench.Tests.Support;

/// <summary>POSTs a JSON body as the benchmark's wrk scripts do.</summary>
internal static class Posting
{
    public static async Task<(int Status, byte[] Body)> PostAsync(HttpClient client, string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }
}
