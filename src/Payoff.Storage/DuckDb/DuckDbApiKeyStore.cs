using Payoff.Core.Access;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>API keys, stored as the SHA-256 of their secret.</summary>
public sealed class DuckDbApiKeyStore(DuckDbDatabase db) : IApiKeyStore
{
    private const string Columns = "id, workspace_id, name, prefix, scope, created_at, revoked_at";

    /// <summary>Creates a key and returns it with its secret, which is shown this once and never stored.</summary>
    internal (ApiKey Key, string Secret) Create(Workspace workspace, string name, ApiKeyScope scope)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var secret = ApiKeySecret.New();
        var key = new ApiKey(db.Scalar<long>("SELECT nextval('api_key_ids')"), workspace.Id, name, ApiKeySecret.Display(secret), scope, db.Time.GetUtcNow(), null);
        db.Execute(
            $"INSERT INTO api_keys (id, workspace_id, name, prefix, secret_sha256, scope, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            key.Id,
            key.WorkspaceId,
            key.Name,
            key.Prefix,
            ApiKeySecret.Hash(secret),
            scope.ToString().ToLowerInvariant(),
            key.CreatedAt);
        return (key, secret);
    }

    /// <summary>The live key whose secret is <paramref name="secret"/>, or null (unknown or revoked).</summary>
    internal ApiKey? Find(string secret) =>
        Read("WHERE secret_sha256 = $1 AND revoked_at IS NULL", ApiKeySecret.Hash(secret)).FirstOrDefault();

    /// <summary>Revokes a key of the workspace; false when it has no such live key.</summary>
    internal bool Revoke(Workspace workspace, long id)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Execute("UPDATE api_keys SET revoked_at = $3 WHERE workspace_id = $1 AND id = $2 AND revoked_at IS NULL", workspace.Id, id, db.Time.GetUtcNow()) > 0;
    }

    /// <summary>The workspace's keys, revoked ones included.</summary>
    internal IReadOnlyList<ApiKey> List(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Read("WHERE workspace_id = $1 ORDER BY id", workspace.Id);
    }

    private List<ApiKey> Read(string where, params object?[] parameters)
    {
        using var command = db.Command($"SELECT {Columns} FROM api_keys {where}", parameters);
        using var reader = command.ExecuteReader();
        var keys = new List<ApiKey>();
        while (reader.Read())
        {
            keys.Add(new ApiKey(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<ApiKeyScope>(reader.GetString(4), ignoreCase: true),
                DuckDbDatabase.FromDb(reader.GetDateTime(5)),
                reader.IsDBNull(6) ? null : DuckDbDatabase.FromDb(reader.GetDateTime(6))));
        }

        return keys;
    }

    /// <inheritdoc />
    Task<(ApiKey Key, string Secret)> IApiKeyStore.CreateAsync(Workspace workspace, string name, ApiKeyScope scope, CancellationToken cancellationToken) => Sync.Run(() => Create(workspace, name, scope), cancellationToken);

    /// <inheritdoc />
    Task<ApiKey?> IApiKeyStore.FindAsync(string secret, CancellationToken cancellationToken) => Sync.Run(() => Find(secret), cancellationToken);

    /// <inheritdoc />
    Task<bool> IApiKeyStore.RevokeAsync(Workspace workspace, long id, CancellationToken cancellationToken) => Sync.Run(() => Revoke(workspace, id), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<ApiKey>> IApiKeyStore.ListAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => List(workspace), cancellationToken);
}
