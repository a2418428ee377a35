using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Her2Graph.Api.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the <see cref="ApiKeyring"/>. No header is no result
/// (an anonymous reader); a malformed header or an unknown key fails, which leaves the caller anonymous too: reads stay
/// public, and the mutation rule turns the failure message into an UNAUTHENTICATED error.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyring keyring)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Bearer = "Bearer ";

    public const string MalformedHeader = "The Authorization header must be 'Bearer <key>'.";

    public const string UnknownKey = "The API key is not known.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var headers = Request.Headers.Authorization;
        if (headers.Count == 0) return Task.FromResult(AuthenticateResult.NoResult());

        var header = headers.Count == 1 ? headers[0] ?? string.Empty : string.Empty;
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || header.Length == Bearer.Length)
            return Task.FromResult(AuthenticateResult.Fail(MalformedHeader));

        var entry = keyring.Find(header[Bearer.Length..].Trim());
        if (entry is null) return Task.FromResult(AuthenticateResult.Fail(UnknownKey));

        Claim[] claims = [new(ClaimTypes.NameIdentifier, entry.Id), new(ClaimTypes.Name, entry.Id), .. entry.Roles.Select(r => new Claim(ClaimTypes.Role, r))];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }
}
