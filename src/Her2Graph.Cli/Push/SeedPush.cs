using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Her2Graph.Cli.Progress;
using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Cli.Push;

/// <summary>
/// <c>her2graph seed FOLDER --to URL --key KEY</c>: checks the folder locally, then sends it to a running API through
/// importGraph (one transaction there) and reports like a local import: progress, counts, and every error as file:line.
/// </summary>
internal static class SeedPush
{
    private const string Sending = "sending to the API";

    public static async Task<SeedReport> RunAsync(
        string folder, HttpClient api, string key, bool dryRun, CommandProgress progress, CancellationToken cancellationToken)
    {
        var log = progress.Log;
        var reading = SeedFolderReader.Read(folder, progress.For<ImportProgress>(p => (p.Stage, p.Done, p.Total)));
        foreach (var file in reading.Files) await log.WriteLineAsync(file.ToString());

        // The same rules as a local import, with file:line. A relationship end outside the folder may be in the API's
        // graph, so MISSING_NODE is left to the API, which checks its own store.
        var records = reading.Input.Nodes.Count + reading.Input.Relationships.Count;
        progress.Report(ImportProgress.Validating, 0, records);
        var local = await GraphInputValidator.ValidateAsync(reading.Input, ExistingNodes.None, cancellationToken);
        progress.Report(ImportProgress.Validating, records, records);
        var errors = reading.Errors.Concat(local.Errors.Where(e => e.Code != ErrorCodes.MissingNode.Code)).ToList();
        if (errors.Count > 0) return await FailedAsync(reading, errors, "nothing sent", log);

        var comment = $"push of {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(ImportGraphRequest.Body(reading.Input, dryRun, comment)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        JsonElement body;
        try
        {
            // One request, one transaction on the API: its records go from none to all sent.
            progress.Report(Sending, 0, records);
            using var response = await api.SendAsync(request, cancellationToken);
            body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            progress.Report(Sending, records, records);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException)
        {
            return await FailedAsync(reading, [new ValidationError(ErrorCodes.PushFailed, $"the API did not answer with GraphQL: {e.Message}", Where(api))], "nothing written", log);
        }

        var locations = new InputPathLocations(reading.Input);
        var remoteErrors = RemoteErrors(body, locations, api);
        var payload = body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("importGraph", out var import) && import.ValueKind == JsonValueKind.Object ? import : default;
        if (payload.ValueKind == JsonValueKind.Object)
        {
            remoteErrors.AddRange(payload.GetProperty("problems").EnumerateArray().Select(p => new ValidationError(
                p.GetProperty("code").GetString()!, p.GetProperty("message").GetString()!, locations.Of(p.GetProperty("inputPath").GetString()!))));
        }

        if (remoteErrors.Count > 0 || payload.ValueKind != JsonValueKind.Object)
        {
            if (remoteErrors.Count == 0) remoteErrors.Add(new ValidationError(ErrorCodes.PushFailed, "the API answered without an importGraph result", Where(api)));
            return await FailedAsync(reading, remoteErrors, "nothing written", log);
        }

        return await SucceededAsync(reading, payload, dryRun, log);
    }

    private static async Task<SeedReport> SucceededAsync(SeedReading reading, JsonElement payload, bool dryRun, TextWriter log)
    {
        var nodes = payload.GetProperty("nodesByKind").EnumerateArray()
            .ToDictionary(c => Enum.Parse<NodeKind>(c.GetProperty("kind").GetString()!), c => c.GetProperty("count").GetInt32());
        var relationships = payload.GetProperty("relationshipsByType").EnumerateArray()
            .ToDictionary(c => WireNames.ParseWireName<RelationshipType>(c.GetProperty("type").GetString()!), c => c.GetProperty("count").GetInt32());
        await log.WriteLineAsync($"validation (by the API): no errors in {nodes.Values.Sum()} nodes and {relationships.Values.Sum()} relationships");
        await log.WriteLineAsync(SeedProgress.Counts(nodes, relationships));
        if (dryRun)
        {
            await log.WriteLineAsync("dry run: nothing written");
            return new SeedReport(reading.Files, [], nodes, relationships, null);
        }

        var result = new WriteResult(payload.GetProperty("version").GetInt64(), Counts(payload.GetProperty("nodeCounts")), Counts(payload.GetProperty("relationshipCounts")));
        await log.WriteLineAsync(SeedProgress.Written(result));
        return new SeedReport(reading.Files, [], nodes, relationships, result);
    }

    private static async Task<SeedReport> FailedAsync(SeedReading reading, List<ValidationError> errors, string outcome, TextWriter log)
    {
        errors.Sort((a, b) => SeedLocationOrder.Instance.Compare(a.Location, b.Location));
        await log.WriteLineAsync($"validation: {errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}; {outcome}");
        return new SeedReport(reading.Files, errors, new Dictionary<NodeKind, int>(), new Dictionary<RelationshipType, int>(), null);
    }

    /// <summary>GraphQL errors: input problems carry extensions.inputPath; others (UNAUTHENTICATED, FORBIDDEN…) are about the request.</summary>
    private static List<ValidationError> RemoteErrors(JsonElement body, InputPathLocations locations, HttpClient api)
    {
        if (!body.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array) return [];
        return errors.EnumerateArray().Select(error =>
        {
            var extensions = error.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
            var code = extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("code", out var c) ? c.GetString() ?? ErrorCodes.PushFailed.Code : ErrorCodes.PushFailed.Code;
            var location = extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("inputPath", out var p) && p.GetString() is { } path
                ? locations.Of(path)
                : Where(api);
            return new ValidationError(code, error.GetProperty("message").GetString() ?? string.Empty, location);
        }).ToList();
    }

    private static WriteCounts Counts(JsonElement counts) =>
        new(counts.GetProperty("created").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32(), 0);

    private static string Where(HttpClient api) => new Uri(api.BaseAddress!, "graphql").ToString();
}
