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

    /// <summary>The policy of endpoints that read.</summary>
    public const string ReadPolicy = "api-read";

    /// <summary>The policy of endpoints that write.</summary>
    public const string WritePolicy = "api-write";
}
