using Payoff.Core.Workspaces;

namespace Payoff.Core.Access;

/// <summary>API keys of a workspace (the <c>X-Payoff-Key</c> header).</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>Only a SHA-256 hash of a key's secret is stored; the secret is returned once, by <see cref="CreateAsync"/>.</item>
/// <item>A revoked key is never found again, and stays listed with its revocation instant (UTC).</item>
/// <item><see cref="ListAsync"/> orders keys by id; only the key's own workspace can revoke it.</item>
/// </list>
/// </remarks>
public interface IApiKeyStore
{
    /// <summary>Creates a key and returns it with its secret (shown once).</summary>
    Task<(ApiKey Key, string Secret)> CreateAsync(Workspace workspace, string name, ApiKeyScope scope, CancellationToken cancellationToken = default);

    /// <summary>The live key whose secret this is, or null (unknown or revoked).</summary>
    Task<ApiKey?> FindAsync(string secret, CancellationToken cancellationToken = default);

    /// <summary>Revokes a key of the workspace; false when it has no such live key.</summary>
    Task<bool> RevokeAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>The workspace's keys, revoked ones included, by id.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
