using System.CommandLine;
using System.Net;

namespace Her2Graph.Cli.Health;

/// <summary>
/// <c>her2graph health [URL]</c>: one GET of a running API's readiness, for the Docker HEALTHCHECK (the image has no
/// curl). Exit 0 on HTTP 200; exit 1 otherwise, with one line on stderr saying why.
/// </summary>
internal static class HealthCommand
{
    public const string DefaultUrl = "http://localhost:8080/health/ready";

    /// <summary>Within Docker's default health-check timeout (30 s), and long enough for a store check over the network.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create(CommandConsole console)
    {
        var url = new Argument<string>("URL")
        {
            Description = "The readiness endpoint to probe",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => DefaultUrl,
        };
        url.Validators.Add(result =>
        {
            if (!IsHttpUrl(result.GetValueOrDefault<string>())) result.AddError("URL must be an absolute http(s) URL, e.g. " + DefaultUrl);
        });
        var command = new Command("health", $"Probe a running API: GET URL within {Timeout.TotalSeconds:0} s; exit 0 on HTTP 200, else 1 with the reason on stderr") { url };
        command.SetAction((parseResult, cancellationToken) => ProbeAsync(new Uri(parseResult.GetValue(url)!), console, cancellationToken));
        return command;
    }

    private static async Task<int> ProbeAsync(Uri url, CommandConsole console, CancellationToken cancellationToken)
    {
        using var client = console.HttpHandler is null ? new HttpClient() : new HttpClient(console.HttpHandler, disposeHandler: false);
        client.Timeout = Timeout;
        try
        {
            using var response = await client.GetAsync(url, cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await console.Out.WriteLineAsync($"{url}: 200 OK");
                return ExitCodes.Ok;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return await FailAsync(console, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}{Excerpt(body)}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return await FailAsync(console, $"{url} did not answer within {Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return await FailAsync(console, $"{url} cannot be reached: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static async Task<int> FailAsync(CommandConsole console, string reason)
    {
        await console.Error.WriteLineAsync($"{CommandLine.Name} health: {reason}");
        return ExitCodes.InvalidInput;
    }

    /// <summary>The start of the body (the API's health report names the failing check), kept to one line.</summary>
    private static string Excerpt(string body)
    {
        var line = string.Join(' ', body.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length == 0 ? string.Empty : ": " + (line.Length > MaxExcerpt ? line[..MaxExcerpt] + "…" : line);
    }

    private const int MaxExcerpt = 300;

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
}
