using Payoff.Application.Requests;
using Payoff.Core.Access;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Access;

/// <summary>Creates and revokes a workspace's API keys (<c>payoff key create|revoke</c>, the settings page).</summary>
public sealed class ApiKeysHandler(IStore store) : IApplicationHandler
{
    /// <summary>The longest key name, in characters.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Creates a key in a store session of its own; see <see cref="CreateAsync(IStoreSession, Workspace, string?, ApiKeyScope, CancellationToken)"/>.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(Workspace workspace, string? name, ApiKeyScope scope, CancellationToken cancellationToken = default)
    {
        var checkedName = Name(name);
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await CreateAsync(session, workspace, checkedName, scope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a key through the caller's <paramref name="session"/>; the secret is shown once and stored only as a hash.</summary>
    /// <exception cref="RequestException">The name is empty or longer than <see cref="MaxNameLength"/> (field <c>name</c>).</exception>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(IStoreSession session, Workspace workspace, string? name, ApiKeyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var created = await session.ApiKeys.CreateAsync(workspace, Name(name), scope, cancellationToken).ConfigureAwait(false);
        store.Changed();
        return created;
    }

    /// <summary>Revokes key <paramref name="id"/> of <paramref name="workspace"/> in a store session of its own; it stops working at once.</summary>
    /// <exception cref="RequestException">The workspace has no live key with that id (field <c>id</c>).</exception>
    public async Task RevokeAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await RevokeAsync(session, workspace, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes key <paramref name="id"/> of <paramref name="workspace"/> through the caller's <paramref name="session"/>.</summary>
    /// <exception cref="RequestException">The workspace has no live key with that id (field <c>id</c>).</exception>
    public async Task RevokeAsync(IStoreSession session, Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        if (!await session.ApiKeys.RevokeAsync(workspace, id, cancellationToken).ConfigureAwait(false))
        {
            throw new RequestException("id", $"Workspace {workspace.Name} has no live key #{id}.");
        }

        store.Changed();
    }

    private static string Name(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length is 0 or > MaxNameLength
            ? throw new RequestException("name", $"Give the key a name (up to {MaxNameLength} characters).")
            : trimmed;
    }
}
