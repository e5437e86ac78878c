using Payoff.Core.Access;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>API keys on the state node: the secret's SHA-256 only, revocation kept.</summary>
internal sealed class ClickHouseApiKeyStore(ClickHouseDatabase db) : IApiKeyStore
{
    private readonly StateTable table = new(db, "api_keys", "id", "workspace_id", "name", "prefix", "secret_sha256", "scope", "created_at", "revoked_at");

    /// <inheritdoc />
    public async Task<(ApiKey Key, string Secret)> CreateAsync(Workspace workspace, string name, ApiKeyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var secret = ApiKeySecret.New();
        var key = new ApiKey(await db.NextIdAsync("api_key_ids").ConfigureAwait(false), workspace.Id, name, ApiKeySecret.Display(secret), scope, db.Time.GetUtcNow(), null);
        await table.PutAsync(Row(key, ApiKeySecret.Hash(secret))).ConfigureAwait(false);
        return (key, secret);
    }

    /// <inheritdoc />
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken cancellationToken = default) =>
        (await table.ReadAsync("WHERE secret_sha256 = $1", string.Empty, ApiKeySecret.Hash(secret)).ConfigureAwait(false)).Select(Read).FirstOrDefault(k => k.RevokedAt is null);

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var rows = await table.ReadAsync("WHERE workspace_id = $1 AND id = $2", string.Empty, workspace.Id, id).ConfigureAwait(false);
        if (rows.Count == 0 || Read(rows[0]).RevokedAt is not null)
        {
            return false;
        }

        await table.PutAsync(Row(Read(rows[0]) with { RevokedAt = db.Time.GetUtcNow() }, rows[0][4]!)).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApiKey>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await table.ReadAsync("WHERE workspace_id = $1", "ORDER BY id", workspace.Id).ConfigureAwait(false)).Select(Read).ToList();
    }

    private static object?[] Row(ApiKey k, string hash) =>
        [k.Id, k.WorkspaceId, k.Name, k.Prefix, hash, k.Scope.ToString().ToLowerInvariant(), ClickHouseDatabase.Micros(k.CreatedAt), k.RevokedAt is { } at ? ClickHouseDatabase.Micros(at) : null];

    private static ApiKey Read(string?[] r) => new(
        ClickHouseDatabase.Number(r[0]),
        ClickHouseDatabase.Number(r[1]),
        r[2]!,
        r[3]!,
        Enum.Parse<ApiKeyScope>(r[5]!, ignoreCase: true),
        ClickHouseDatabase.Instant(r[6]),
        ClickHouseDatabase.InstantOrNull(r[7]));
}
