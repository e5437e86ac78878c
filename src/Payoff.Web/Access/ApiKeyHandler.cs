using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Payoff.Web.Access;

/// <summary>
/// Authenticates <c>X-Payoff-Key: pk_…</c> or <c>Authorization: Bearer pk_…</c>. A request without a
/// key is anonymous; a request with an unknown or revoked key fails (401).
/// </summary>
public sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyDirectory keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = Request.Headers[ApiKeyDefaults.Header].ToString();
        if (secret.Length == 0)
        {
            var authorization = Request.Headers.Authorization.ToString();
            if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                secret = authorization["Bearer ".Length..].Trim();
            }
        }

        if (secret.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (secret.Length > 200 || await keys.FindAsync(secret, Context.RequestAborted).ConfigureAwait(false) is not { } key)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ApiKeyDefaults.WorkspaceClaim, key.WorkspaceId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ApiKeyDefaults.ScopeClaim, key.Scope.ToString().ToLowerInvariant()),
                new Claim(ApiKeyDefaults.KeyClaim, key.Id.ToString(CultureInfo.InvariantCulture)),
            ],
            ApiKeyDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }

    /// <summary>
    /// A key that may not do this (a read key on a write endpoint) is answered 403 with a problem saying which key the
    /// endpoint needs, not an empty body.
    /// </summary>
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        await Microsoft.AspNetCore.Http.Results.Problem(
            "This API key cannot do this: the endpoint needs a key with write scope (payoff key create --scope write).",
            statusCode: Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden).ExecuteAsync(Context).ConfigureAwait(false);
    }
}
