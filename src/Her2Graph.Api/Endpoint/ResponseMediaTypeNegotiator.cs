using Microsoft.Net.Http.Headers;

namespace Her2Graph.Api.Endpoint;

/// <summary>Picks the response media type from the Accept header (quality values honoured, most specific range wins).</summary>
/// <remarks>
/// A client that names no type (no Accept header, <c>*/*</c>, <c>application/*</c>) gets <c>application/json</c>, as the
/// GraphQL-over-HTTP spec asks until legacy clients have gone: they read only 200 answers. A client that names
/// <c>application/graphql-response+json</c> gets it, also when it names <c>application/json</c> as well.
/// </remarks>
internal static class ResponseMediaTypeNegotiator
{
    // In order of preference when the client's qualities tie and both were named, or both matched one range.
    private static readonly string[] GraphQLCandidates = [GraphQLMediaTypes.GraphQLResponseJson, GraphQLMediaTypes.Json];
    private static readonly string[] BrowserCandidates = [.. GraphQLCandidates, GraphQLMediaTypes.Html];

    /// <summary>The media type to answer with, or null when the Accept header excludes all we can produce.</summary>
    /// <param name="offerHtml">Whether the IDE's HTML page is a possible answer (a GET without a query).</param>
    public static string? Negotiate(HttpRequest request, bool offerHtml)
    {
        var accepted = request.GetTypedHeaders().Accept;
        var candidates = offerHtml ? BrowserCandidates : GraphQLCandidates;
        if (accepted.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        string? best = null;
        var bestQuality = 0d;
        var bestSpecificity = -1;
        foreach (var candidate in candidates)
        {
            var (quality, specificity) = QualityOf(MediaTypeHeaderValue.Parse(candidate), accepted);
            if (quality > bestQuality || (quality == bestQuality && quality > 0 && specificity > bestSpecificity))
            {
                (best, bestQuality, bestSpecificity) = (candidate, quality, specificity);
            }
        }

        // Only a wildcard matched: the client did not ask for the GraphQL-over-HTTP type by name.
        return best == GraphQLMediaTypes.GraphQLResponseJson && bestSpecificity < 2 ? GraphQLMediaTypes.Json : best;
    }

    private static (double Quality, int Specificity) QualityOf(MediaTypeHeaderValue candidate, IList<MediaTypeHeaderValue> accepted)
    {
        MediaTypeHeaderValue? match = null;
        foreach (var range in accepted)
        {
            if (Covers(range, candidate) && (match is null || Specificity(range) > Specificity(match)))
            {
                match = range;
            }
        }

        return match is null ? (0, -1) : (match.Quality ?? 1, Specificity(match));
    }

    // Parameters (charset, q) do not restrict the match: we always write UTF-8.
    private static bool Covers(MediaTypeHeaderValue range, MediaTypeHeaderValue candidate) =>
        range.MatchesAllTypes
        || (range.Type.Equals(candidate.Type, StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(candidate.SubType, StringComparison.OrdinalIgnoreCase)));

    private static int Specificity(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
}
