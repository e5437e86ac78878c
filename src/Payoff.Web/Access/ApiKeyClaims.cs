using System.Globalization;
using System.Security.Claims;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

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
    public static async Task<Workspace> WorkspaceAsync(Core.Stores.IStoreSession session, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = WorkspaceId(user);
        return (await session.Workspaces.ListAsync(cancellationToken)).Single(w => w.Id == id);
    }

    /// <summary>The API key's workspace.</summary>
    public static Workspace Workspace(DuckDbDatabase db, ClaimsPrincipal user)
    {
        var id = WorkspaceId(user);
        return new DuckDbWorkspaceStore(db).ListAsync().GetAwaiter().GetResult().Single(w => w.Id == id);
    }
}
