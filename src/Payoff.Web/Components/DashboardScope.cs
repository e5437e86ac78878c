using System.Globalization;
using System.Security.Claims;
using Payoff.Application.Requests;
using Payoff.Core.Access;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Web.Components;

/// <summary>
/// What a dashboard page or export is about: the workspace the user may see (by <c>?w=</c>), their
/// role in it, today in its time zone, the report days (<c>?from=</c>, <c>?to=</c>) and the whole
/// query string, so every link can keep the filters (a view is bookmarked by its URL).
/// </summary>
public sealed class DashboardScope
{
    private readonly IReadOnlyDictionary<string, string?> query;
    private readonly IStoreSession? session;

    private DashboardScope(IStoreSession? session, Workspace workspace, Role role, TimeProvider time, IReadOnlyDictionary<string, string?> query)
    {
        this.session = session;
        Time = time;
        Workspace = workspace;
        Role = role;
        Today = workspace.Calendar.Today(time);
        this.query = query;
        (Range, RangeProblem) = PeriodOf(workspace, time, this["from"], this["to"]);
    }

    /// <summary>The store session this scope reads through (every store contract of the database).</summary>
    /// <exception cref="InvalidOperationException">The scope was resolved from cached memberships: open a session and use <see cref="With(IStoreSession)"/>.</exception>
    public IStoreSession Session => session ?? throw new InvalidOperationException("This scope was resolved from cached memberships: open a store session and use scope.With(session).");

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The workspace.</summary>
    public Workspace Workspace { get; }

    /// <summary>The user's role in it.</summary>
    public Role Role { get; }

    /// <summary>Today in the workspace's time zone.</summary>
    public DateOnly Today { get; }

    /// <summary>The report days.</summary>
    public DateRange Range { get; }

    /// <summary>The whole months the verdict judges: the last three complete months, or the whole months inside a picked range (<c>?from=</c>/<c>?to=</c>).</summary>
    public Core.Reporting.Verdict.VerdictPeriod VerdictPeriod => Core.Reporting.Verdict.VerdictPeriod.Resolve(Today, RangeProblem is not null || (this["from"] is null && this["to"] is null) ? null : Range);

    /// <summary>Why <c>from</c>/<c>to</c> could not be used (a sentence naming the field, shown by the page), or null.</summary>
    public string? RangeProblem { get; }

    /// <summary>True when the user may change the workspace's data (editor and up).</summary>
    public bool CanEdit => Role >= Role.Editor;

    /// <summary>True when the user may manage the workspace, its members and keys (admin and up).</summary>
    public bool CanAdmin => Role >= Role.Admin;

    /// <summary>The query string in a canonical order, for cache keys (the same view, the same key).</summary>
    public string CacheKey => string.Join('&', query.Where(p => !string.IsNullOrEmpty(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}"));

    /// <summary>A query-string value, or null.</summary>
    public string? this[string key] => query.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>The scope of a request read through <paramref name="session"/>, or null when the user is not a member of the named workspace (the caller answers 404).</summary>
    public static async Task<DashboardScope?> ResolveAsync(IStoreSession session, ClaimsPrincipal user, IEnumerable<KeyValuePair<string, string?>> query, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (await DashboardWorkspace.ResolveAsync(session, user, values.GetValueOrDefault("w"), cancellationToken).ConfigureAwait(false) is not { } resolved)
        {
            return null;
        }

        return new DashboardScope(session, resolved.Workspace, resolved.Role, time, values);
    }

    /// <summary>The scope of a dashboard request, from its query string, read through <paramref name="session"/>.</summary>
    public static Task<DashboardScope?> OfAsync(IStoreSession session, Microsoft.AspNetCore.Http.HttpContext context, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ResolveAsync(session, context.User, context.Request.Query.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())), time, context.RequestAborted);
    }

    /// <summary>This scope reading through <paramref name="storeSession"/>.</summary>
    public DashboardScope With(IStoreSession storeSession) => new(storeSession, Workspace, Role, Time, query);

    /// <summary>
    /// The scope of a request from the user's memberships (workspace and role, cached by the caller), without
    /// the database; null when the user is not a member of the workspace named by <c>?w=</c> (or of any).
    /// </summary>
    public static DashboardScope? FromMemberships(IReadOnlyList<(Workspace Workspace, Role Role)> memberships, Microsoft.AspNetCore.Http.IQueryCollection query, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        ArgumentNullException.ThrowIfNull(query);
        var values = query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        var name = values.GetValueOrDefault("w");
        var chosen = name is null ? (memberships.Count > 0 ? memberships[0] : default) : memberships.FirstOrDefault(m => m.Workspace.Name == name);
        return chosen.Workspace is null ? null : new DashboardScope(null, chosen.Workspace, chosen.Role, time, values);
    }

    /// <summary>A local URL to <paramref name="path"/> with this query string, changed by <paramref name="changes"/> (a null value removes the key).</summary>
    public string Link(string path, params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(query, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        var pairs = values.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}").ToList();
        return pairs.Count == 0 ? path : path + "?" + string.Join('&', pairs);
    }

    /// <summary>
    /// The report days of <c>from</c>/<c>to</c> by <see cref="ReportPeriod.Parse"/> (the one rule of the CLI, the API
    /// and the pages), and, when it refuses them, its sentence (the API's 400) — the days are then those of the
    /// fields that are right (a wrong field is left out: the 30 days ending at <c>to</c>, or today).
    /// </summary>
    private static (DateRange Range, string? Problem) PeriodOf(Workspace workspace, TimeProvider time, string? from, string? to)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["from"] = from, ["to"] = to };
        string? problem = null;
        while (true)
        {
            try
            {
                var range = ReportPeriod.Parse(new RequestValues(values, Prefix: ""), workspace, time);
                return (range, problem is null ? null : string.Create(CultureInfo.InvariantCulture, $"{problem} Showing {range.From:yyyy-MM-dd} to {range.To:yyyy-MM-dd} instead."));
            }
            catch (RequestException ex)
            {
                problem ??= ex.Message;
                if (!values.Remove(ex.Field))
                {
                    values.Clear();
                }
            }
        }
    }

    /// <summary>
    /// A moment as the workspace's people read the clock: <c>yyyy-MM-dd HH:mm</c> in its time zone (to the minute;
    /// a table that shows these names the zone in its heading, see <see cref="ZoneName"/>).
    /// </summary>
    public string LocalTime(DateTimeOffset at) =>
        Workspace.Calendar.LocalTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The workspace's time zone as a heading names it: its IANA id.</summary>
    public string ZoneName => Workspace.TimeZone;

    /// <summary>A day as yyyy-MM-dd.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
