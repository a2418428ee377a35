using Microsoft.Net.Http.Headers;

namespace Her2Graph.Api.Endpoint;

/// <summary>Picks the response media type from the Accept header (quality values honoured, most specific range wins).</summary>
internal static class ResponseMediaTypeNegotiator
{
    // In order of preference when the client's qualities tie: a bare `*/*` gets the GraphQL-over-HTTP type.
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
            return candidates[0];
        }

        string? best = null;
        var bestQuality = 0d;
        foreach (var candidate in candidates)
        {
            var quality = QualityOf(MediaTypeHeaderValue.Parse(candidate), accepted);
            if (quality > bestQuality)
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }

    private static double QualityOf(MediaTypeHeaderValue candidate, IList<MediaTypeHeaderValue> accepted)
    {
        MediaTypeHeaderValue? match = null;
        foreach (var range in accepted)
        {
            if (Covers(range, candidate) && (match is null || Specificity(range) > Specificity(match)))
            {
                match = range;
            }
        }

        return match is null ? 0 : match.Quality ?? 1;
    }

    // Parameters (charset, q) do not restrict the match: we always write UTF-8.
    private static bool Covers(MediaTypeHeaderValue range, MediaTypeHeaderValue candidate) =>
        range.MatchesAllTypes
        || (range.Type.Equals(candidate.Type, StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(candidate.SubType, StringComparison.OrdinalIgnoreCase)));

    private static int Specificity(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
}
