using System.Globalization;
using System.Security.Claims;
using Payoff.Application.Requests;
using Payoff.Core.Access;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Components;

/// <summary>
/// The workspace a dashboard request is about: named by <c>?w=</c>, else the user's first; only a
/// workspace the signed-in user is a member of — any other answers 404, whether it exists or not.
/// </summary>
public static class DashboardWorkspace
{
    /// <summary>The user's membership of <paramref name="name"/> (or their first), with the workspace; null when they have none.</summary>
    public static async Task<(Workspace Workspace, Role Role)?> ResolveAsync(IStoreSession session, ClaimsPrincipal user, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        if (UserId(user) is not { } userId)
        {
            return null;
        }

        var memberships = await session.Users.MembershipsAsync(userId, cancellationToken).ConfigureAwait(false);
        var membership = Choose(memberships, name);
        return membership is null ? null : ((await session.Workspaces.FindAsync(membership.WorkspaceName, cancellationToken).ConfigureAwait(false))!, membership.Role);
    }

    /// <summary>The signed-in user's account id, or null (no or a malformed claim).</summary>
    public static long? UserId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static Membership? Choose(IReadOnlyList<Membership> memberships, string? name) =>
        name is null ? (memberships.Count > 0 ? memberships[0] : null) : memberships.FirstOrDefault(m => m.WorkspaceName == name);

    /// <summary>The preset ranges the date picker offers, as (label, from, to).</summary>
    public static IEnumerable<(string Label, DateOnly From, DateOnly To)> Presets(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        yield return ("Last 7 days", today.AddDays(-6), today);
        yield return ("Last 30 days", today.AddDays(1 - ReportPeriod.DefaultDays), today);
        yield return ("Last 90 days", today.AddDays(-89), today);
        yield return ("This month", month, today);
        yield return ("Last month", month.AddMonths(-1), month.AddDays(-1));
        yield return ("Last 12 months", today.AddDays(-364), today);
    }
}
