using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Application.Tables;
using Payoff.Core.Conversations;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Conversations;

/// <summary>The service report (<c>payoff report service</c>, <c>GET /api/reports/service</c>), under the workspace's target and opening hours.</summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock: an unanswered request counts against the rate once its target has passed.</param>
public sealed class ServiceReportHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>Builds the report for the days and network of <paramref name="request"/> (its bucket is not used).</summary>
    public async Task<ServiceReport> HandleAsync(Workspace workspace, ConversationReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, request, cancellationToken);
    }

    /// <summary>Builds the report in <paramref name="session"/> (a page's or the API's own).</summary>
    public async Task<ServiceReport> HandleAsync(IStoreSession session, Workspace workspace, ConversationReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var filter = await request.ResolveAsync(session, workspace, cancellationToken);
        var settings = await session.Conversations.SettingsAsync(workspace, cancellationToken);
        return await ServiceReport.BuildAsync(session.Service, workspace, filter, settings, time.GetUtcNow(), cancellationToken);
    }
}

/// <summary>
/// The service report as JSON — <c>workspace</c>, <c>from</c>, <c>to</c>, <c>network</c>, <c>target_minutes</c>,
/// <c>business_hours</c> (or null: around the clock), <c>all</c>, <c>networks</c>, <c>months</c> (each: label, requests,
/// answered, in_target, response_rate {share, low, high, messages: in target, of: requests}, median_minutes, p90_minutes,
/// mean_minutes (the response-time goal's figure),
/// not_yet_due: requests still within the target, in neither count), <c>unanswered</c> (the oldest 100: network,
/// thread_id, message_id, kind, asked_at, waited_minutes — open hours when the workspace has opening hours —, past_target)
/// and <c>summary</c> — and as a table: all, then each network, then each month.
/// </summary>
public static class ServiceReportOutput
{
    /// <summary>The JSON document.</summary>
    public static JsonObject Json(string workspace, ServiceReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new JsonObject
        {
            ["workspace"] = workspace,
            ["from"] = JsonDocuments.Day(r.Filter.Range.From),
            ["to"] = JsonDocuments.Day(r.Filter.Range.To),
            ["network"] = r.Filter.Network,
            ["target_minutes"] = Math.Round(r.Target.TotalMinutes, 1),
            ["business_hours"] = r.BusinessHours?.ToString(),
            ["all"] = Row(r.All),
            ["networks"] = new JsonArray([.. r.Networks.Select(n => (JsonNode?)Row(n))]),
            ["months"] = new JsonArray([.. r.Months.Select(m => (JsonNode?)Row(m))]),
            ["unanswered"] = new JsonArray([.. r.Unanswered.Select(u => (JsonNode?)new JsonObject
            {
                ["network"] = u.Network,
                ["thread_id"] = u.ThreadId,
                ["message_id"] = u.MessageId,
                ["kind"] = ConversationNames.Kind(u.Kind),
                ["asked_at"] = u.AskedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["waited_minutes"] = Math.Round(u.Waited.TotalMinutes, 1),
                ["past_target"] = u.PastTarget,
            })]),
            ["summary"] = JsonDocuments.Texts(r.Summary),
        };
    }

    /// <summary>The table (named <c>service</c>): all, each network, each month; the sentences as notes.</summary>
    public static ReportTable Table(ServiceReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReportTable(
            "service",
            "Customer service",
            [new("Network or month"), new("Requests due", CellKind.Count), new("Answered", CellKind.Count), new($"Within {ServiceReport.Words(r.Target)}", CellKind.Count), new("Response rate", CellKind.Percent), new("Median first response"), new("90th percentile") { LowerIsBetter = true }, new("Mean first response") { DropRank = 1 }, new("Not yet due", CellKind.Count)],
            [.. new[] { r.All }.Concat(r.Networks).Concat(r.Months).Select(Cells)])
        {
            Notes = r.Summary,
        };
    }

    /// <summary>
    /// The unanswered requests, oldest first (at most 100; the summary says how many there are), as a table named
    /// <c>unanswered</c>: when asked (local time), network, kind, thread and message id, how long it has waited at the
    /// report's time (open hours when the workspace has opening hours, said in the header), and whether that is past the
    /// target.
    /// </summary>
    public static ReportTable Unanswered(ServiceReport r, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(workspace);
        var calendar = workspace.Calendar;
        return new ReportTable(
            "unanswered",
            "Unanswered requests, oldest first",
            [new("Asked (local)"), new("Network"), new("Kind"), new("Thread ID") { DropRank = 2 }, new("Message ID") { DropRank = 1 }, new(r.BusinessHours is null ? "Waiting" : "Waiting (open hours)"), new("Past the target")],
            [.. r.Unanswered.Select(u => new TableRow([
                calendar.LocalTime(u.AskedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                u.Network,
                ConversationNames.Kind(u.Kind),
                u.ThreadId,
                u.MessageId,
                ServiceReport.Words(u.Waited),
                u.PastTarget ? "yes" : "no",
            ]))])
        {
            Notes = r.Unanswered.Count < r.All.Requests - r.All.Answered + r.All.Waiting
                ? [$"The oldest {r.Unanswered.Count} of {r.All.Requests - r.All.Answered + r.All.Waiting:N0} unanswered requests."]
                : [],
        };
    }

    private static TableRow Cells(ServiceRow row) => new([
        row.Label, row.Requests, row.Answered, row.InTarget,
        row.ResponseRate.Rate is { } rate ? (decimal)Math.Round(rate, 4) : null,
        row.Median is { } m ? ServiceReport.Words(m) : null,
        row.P90 is { } p ? ServiceReport.Words(p) : null,
        row.Mean is { } mean ? ServiceReport.Words(mean) : null,
        row.Waiting,
    ]);

    private static JsonObject Row(ServiceRow row) => new()
    {
        ["label"] = row.Label,
        ["requests"] = row.Requests,
        ["answered"] = row.Answered,
        ["in_target"] = row.InTarget,
        ["response_rate"] = ConversationReportOutput.Share(row.ResponseRate),
        ["median_minutes"] = row.Median is { } m ? Math.Round(m.TotalMinutes, 1) : null,
        ["p90_minutes"] = row.P90 is { } p ? Math.Round(p.TotalMinutes, 1) : null,
        ["mean_minutes"] = row.Mean is { } mean ? Math.Round(mean.TotalMinutes, 1) : null,
        ["not_yet_due"] = row.Waiting,
    };
}
