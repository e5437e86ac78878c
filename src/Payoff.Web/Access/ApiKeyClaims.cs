using System.Globalization;
using System.Security.Claims;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Access;

/// <summary>Reads what <see cref="ApiKeyHandler"/> put in the principal.</summary>
public static class ApiKeyClaims
{
    /// <summary>The id of the API key's workspace.</summary>
    public static long WorkspaceId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return long.Parse(user.FindFirstValue(ApiKeyDefaults.WorkspaceClaim)!, CultureInfo.InvariantCulture);
    }

    /// <summary>The API key's workspace, read through <paramref name="session"/>.</summary>
    /// <exception cref="InvalidOperationException">The key's workspace no longer exists.</exception>
    public static async Task<Workspace> WorkspaceAsync(IStoreSession session, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = WorkspaceId(user);
        return (await session.Workspaces.ListAsync(cancellationToken).ConfigureAwait(false)).Single(w => w.Id == id);
    }

    /// <summary>The API key's workspace, read in a session of its own (closed again before a handler opens one).</summary>
    public static async Task<Workspace> WorkspaceAsync(Core.Stores.IStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await WorkspaceAsync(session, user, cancellationToken);
    }
}
