using System.Globalization;
using System.Security.Claims;
using Payoff.Core.Access;
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

    /// <summary>The user's membership of <paramref name="name"/> (or their first), read in <paramref name="session"/>; null when they have none.</summary>
    public static async Task<(Workspace Workspace, Role Role)?> ResolveAsync(Core.Stores.IStoreSession session, ClaimsPrincipal user, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        if (!long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return null;
        }

        var memberships = await session.Users.MembershipsAsync(userId, cancellationToken);
        var membership = name is null ? (memberships.Count > 0 ? memberships[0] : null) : memberships.FirstOrDefault(m => m.WorkspaceName == name);
        return membership is null ? null : ((await session.Workspaces.FindAsync(membership.WorkspaceName, cancellationToken))!, membership.Role);
    }

    /// <summary>
    /// The report days from <c>from</c>/<c>to</c> (yyyy-MM-dd), and what was wrong with them when they could
    /// not be used — not a day, outside <see cref="DayLimits"/>, or from after to — as a sentence naming the
    /// field (the days are then the 30 ending at <c>to</c>, or today).
    /// </summary>
    public static (DateRange Range, string? Problem) RangeOf(DateOnly today, string? from, string? to)
    {
        string? problem = null;
        var end = today;
        if (to is not null)
        {
            problem = Day("to", to, out var t);
            end = problem is null ? t : today;
        }

        var start = end.AddDays(-29);
        if (from is not null)
        {
            var wrong = Day("from", from, out var f);
            if (wrong is null && f > end)
            {
                wrong = string.Create(CultureInfo.InvariantCulture, $"from ({f:yyyy-MM-dd}) is after to ({end:yyyy-MM-dd}).");
            }

            problem ??= wrong;
            start = wrong is null ? f : start;
        }

        return (new DateRange(start, end), problem is null ? null : string.Create(CultureInfo.InvariantCulture, $"{problem} Showing {start:yyyy-MM-dd} to {end:yyyy-MM-dd} instead."));
    }

    private static string? Day(string field, string value, out DateOnly day)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return $"{field} must be a day, yyyy-MM-dd.";
        }

        return DayLimits.Problem(field, day);
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
