using System.Globalization;
using System.Security.Claims;
using Payoff.Core.Access;
using Payoff.Core.Reporting;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Web.Components;

/// <summary>
/// The workspace a dashboard request is about: named by <c>?w=</c>, else the user's first; only a
/// workspace the signed-in user is a member of — any other answers 404, whether it exists or not.
/// </summary>
public static class DashboardWorkspace
{
    /// <summary>The user's membership of <paramref name="name"/> (or their first), with the workspace; null when they have none.</summary>
    public static (Workspace Workspace, Role Role)? Resolve(DuckDbDatabase db, ClaimsPrincipal user, string? name)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return null;
        }

        var memberships = new DuckDbUserStore(db).Memberships(userId);
        var membership = name is null ? (memberships.Count > 0 ? memberships[0] : null) : memberships.FirstOrDefault(m => m.WorkspaceName == name);
        return membership is null ? null : (new DuckDbWorkspaceStore(db).FindAsync(membership.WorkspaceName).GetAwaiter().GetResult()!, membership.Role);
    }

    /// <summary>The report days from <c>from</c>/<c>to</c> (yyyy-MM-dd): by default the 30 days ending today.</summary>
    public static DateRange Range(DateOnly today, string? from, string? to)
    {
        var end = DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : today;
        var start = DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) && f <= end ? f : end.AddDays(-29);
        return new DateRange(start, end);
    }

    /// <summary>The preset ranges the date picker offers, as (label, from, to).</summary>
    public static IEnumerable<(string Label, DateOnly From, DateOnly To)> Presets(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        yield return ("Last 7 days", today.AddDays(-6), today);
        yield return ("Last 30 days", today.AddDays(-29), today);
        yield return ("Last 90 days", today.AddDays(-89), today);
        yield return ("This month", month, today);
        yield return ("Last month", month.AddMonths(-1), month.AddDays(-1));
        yield return ("Last 12 months", today.AddDays(-364), today);
    }
}
