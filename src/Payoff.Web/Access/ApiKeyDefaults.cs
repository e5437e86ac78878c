using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Payoff.Web.Hosting;

namespace Payoff.Web.Access;

/// <summary>Names of the API key authentication scheme, its claims and policies.</summary>
public static class ApiKeyDefaults
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The header that carries a key (or <c>Authorization: Bearer pk_…</c>).</summary>
    public const string Header = "X-Payoff-Key";

    /// <summary>The claim with the key's workspace id.</summary>
    public const string WorkspaceClaim = "payoff:workspace";

    /// <summary>The claim with the key's scope (<c>read</c> or <c>write</c>).</summary>
    public const string ScopeClaim = "payoff:scope";

    /// <summary>The claim with the key's id.</summary>
    public const string KeyClaim = "payoff:key";

    /// <summary>The policy of endpoints that read.</summary>
    public const string ReadPolicy = "api-read";

    /// <summary>The policy of endpoints that write.</summary>
    public const string WritePolicy = "api-write";

    /// <summary>
    /// Whose budget of the API's rate limit a request spends: the authenticated key's id, else the
    /// client's address. Never the raw headers, which a client can vary to get a fresh budget with
    /// every request (issue 13 §4.5); an unknown key spends its address's.
    /// </summary>
    public static string RateLimitPartition(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.FindFirstValue(KeyClaim) is { } key ? $"key:{key}" : $"ip:{ClientInfo.Of(context).Ip}";
    }
}
