using System.Globalization;
using Payoff.Core.Statistics;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Conversations;

/// <summary>
/// A request to the brand: the first inbound direct message, comment, reply or review of a thread after the brand last
/// wrote in it (a burst of messages before an answer is one request), and when the brand first answered (the next
/// outbound message in the thread), if it did. Mentions are not requests: nobody asked the brand.
/// </summary>
/// <param name="Network">The network.</param>
/// <param name="ThreadId">The thread.</param>
/// <param name="MessageId">The request's first message.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="AskedAt">When it was written (UTC).</param>
/// <param name="AnsweredAt">When the brand first answered in the thread after it, or null.</param>
public sealed record ServiceRequest(string Network, string ThreadId, string MessageId, MessageKind Kind, DateTimeOffset AskedAt, DateTimeOffset? AnsweredAt);

/// <summary>An unanswered request as the service report lists it.</summary>
/// <param name="Network">The network.</param>
/// <param name="ThreadId">The thread.</param>
/// <param name="MessageId">The request's first message.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="AskedAt">When it was written (UTC).</param>
/// <param name="Waited">How long it has waited at the report's time: open hours when the workspace has opening hours, else clock time.</param>
/// <param name="PastTarget">Whether that is past the response target (so it counts against the rate).</param>
public sealed record UnansweredRequest(string Network, string ThreadId, string MessageId, MessageKind Kind, DateTimeOffset AskedAt, TimeSpan Waited, bool PastTarget);

/// <summary>Reads the requests of a period (<see cref="ServiceRequest"/>).</summary>
public interface IServiceReader
{
    /// <summary>The requests asked in <paramref name="filter"/>'s days (and network), oldest first, answered or not (answers after the period count).</summary>
    Task<IReadOnlyList<ServiceRequest>> ReadRequestsAsync(Workspace workspace, ConversationFilter filter, CancellationToken cancellationToken = default);
}

/// <summary>One row of the service report: a network, a month, or all.</summary>
/// <param name="Label">The network, the month (yyyy-MM, local) or "All".</param>
/// <param name="Requests">Requests due: answered, or unanswered past the target (the rate's denominator).</param>
/// <param name="Answered">Of which answered at all (so far).</param>
/// <param name="InTarget">Of which answered within the target.</param>
/// <param name="ResponseRate">InTarget / Requests with its 95 % Wilson interval: the share answered within the target.</param>
/// <param name="Median">The median first-response time of the answered requests, or null.</param>
/// <param name="P90">The 90th percentile of the same (interpolated as R's default, type 7), or null.</param>
/// <param name="Waiting">Requests asked, unanswered and still within the target: not yet due, so not in <paramref name="Requests"/>.</param>
/// <param name="Mean">The mean first-response time of the answered requests (the <c>response-time</c> goal's figure), or null.</param>
public sealed record ServiceRow(string Label, long Requests, long Answered, long InTarget, WilsonInterval ResponseRate, TimeSpan? Median, TimeSpan? P90, long Waiting = 0, TimeSpan? Mean = null);

/// <summary>
/// Customer service: requests (<see cref="ServiceRequest"/>), the response rate — the share answered within the
/// workspace's target (<see cref="ConversationSettings.ResponseTarget"/>, 24 h by default) — and the median and
/// 90th-percentile first-response time, per network and per local month, counted in business hours when the workspace
/// has opening hours (<see cref="BusinessHours"/>, DST-safe) else around the clock; and the unanswered requests, oldest first.
/// A request still unanswered counts against the rate only once its target has passed (a message from an hour ago is not late yet).
/// </summary>
/// <param name="Filter">The days and network.</param>
/// <param name="Target">The response-time target.</param>
/// <param name="BusinessHours">The opening hours the times were counted in, or null for around the clock.</param>
/// <param name="All">Every request of the period.</param>
/// <param name="Networks">Per network.</param>
/// <param name="Months">Per local month.</param>
/// <param name="Unanswered">Unanswered requests, oldest first (at most 100; <see cref="ServiceRow.Requests"/> and <see cref="ServiceRow.Waiting"/> count them all).</param>
/// <param name="Summary">The sentences that say it.</param>
public sealed record ServiceReport(ConversationFilter Filter, TimeSpan Target, BusinessHours? BusinessHours, ServiceRow All, IReadOnlyList<ServiceRow> Networks, IReadOnlyList<ServiceRow> Months, IReadOnlyList<UnansweredRequest> Unanswered, IReadOnlyList<string> Summary)
{
    /// <summary>Builds the report; <paramref name="now"/> decides which unanswered requests are late already.</summary>
    public static async Task<ServiceReport> BuildAsync(IServiceReader reader, Workspace workspace, ConversationFilter filter, ConversationSettings settings, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(settings);
        var requests = await reader.ReadRequestsAsync(workspace, filter, cancellationToken);
        var calendar = workspace.Calendar;
        TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to) => settings.BusinessHours is { } hours ? hours.Elapsed(from, to, calendar) : to - from;

        // A request counts once answered, or once its target has passed unanswered; until then it is waiting.
        bool Due(ServiceRequest r) => r.AnsweredAt is not null || Elapsed(r.AskedAt, now) > settings.ResponseTarget;
        ServiceRow Row(string label, IEnumerable<ServiceRequest> rows)
        {
            var asked = rows.ToList();
            var list = asked.Where(Due).ToList();
            var times = list.Where(r => r.AnsweredAt is not null).Select(r => Elapsed(r.AskedAt, r.AnsweredAt!.Value)).Order().ToList();
            var inTarget = times.Count(t => t <= settings.ResponseTarget);
            var mean = times.Count == 0 ? (TimeSpan?)null : TimeSpan.FromTicks((long)times.Average(t => (double)t.Ticks));
            return new ServiceRow(label, list.Count, times.Count, inTarget, new WilsonInterval(inTarget, list.Count), Percentile(times, 0.5), Percentile(times, 0.9), asked.Count - list.Count, mean);
        }

        var all = Row("All", requests);
        var networks = requests.GroupBy(r => r.Network, StringComparer.OrdinalIgnoreCase).Select(g => Row(g.First().Network, g)).OrderByDescending(r => r.Requests).ThenBy(r => r.Label, StringComparer.OrdinalIgnoreCase).ToList();
        var months = requests.GroupBy(r => calendar.DateOf(r.AskedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, g)).ToList();
        var unanswered = requests.Where(r => r.AnsweredAt is null).OrderBy(r => r.AskedAt).Take(100)
            .Select(r => new UnansweredRequest(r.Network, r.ThreadId, r.MessageId, r.Kind, r.AskedAt, Elapsed(r.AskedAt, now), Due(r))).ToList();
        var report = new ServiceReport(filter, settings.ResponseTarget, settings.BusinessHours, all, networks, months, unanswered, []);
        return report with { Summary = Sentences(report, requests.Count(r => r.AnsweredAt is null), calendar) };
    }

    /// <summary>A duration as people read it: "45 min", "3.5 h", "2.1 days".</summary>
    public static string Words(TimeSpan t) =>
        t.TotalMinutes < 90 ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0} min")
        : t.TotalHours < 48 ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0.#} h")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalDays:0.#} days");

    // Linear interpolation between the closest ranks (Hyndman and Fan's type 7: R's default, Excel's PERCENTILE.INC).
    private static TimeSpan? Percentile(List<TimeSpan> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (h - low));
    }

    private static List<string> Sentences(ServiceReport r, int unanswered, WorkspaceCalendar calendar)
    {
        var c = CultureInfo.InvariantCulture;
        var hours = r.BusinessHours is { } b ? $" in business hours ({b})" : string.Empty;
        var sentences = new List<string>();
        if (r.All.Requests == 0 && r.All.Waiting == 0)
        {
            sentences.Add("No direct message, comment or review needed an answer in this period (mentions are not counted as requests).");
            return sentences;
        }

        if (r.All.Requests == 0)
        {
            sentences.Add(string.Create(c, $"{r.All.Waiting:N0} request{(r.All.Waiting == 1 ? " is" : "s are")} waiting for an answer, none past the {Words(r.Target)} target yet: no response rate until one is due."));
            return sentences;
        }

        sentences.Add(string.Create(c, $"{r.All.InTarget:N0} of {r.All.Requests:N0} requests were answered within {Words(r.Target)}{hours}: a response rate of {r.All.ResponseRate.Rate:0 %} ({r.All.ResponseRate.Low:0 %}–{r.All.ResponseRate.High:0 %})."));
        if (r.All.Median is { } median && r.All.P90 is { } p90)
        {
            sentences.Add(string.Create(c, $"Median first response {Words(median)}, 90th percentile {Words(p90)}, mean {Words(r.All.Mean!.Value)} (the response-time goal's figure), over {r.All.Answered:N0} answered requests."));
        }

        if (r.Networks.Count > 1 && r.Networks.Where(n => n.Requests >= 10).OrderBy(n => n.ResponseRate.Rate).FirstOrDefault() is { } slowest && slowest.ResponseRate.Below(r.All.ResponseRate))
        {
            sentences.Add(string.Create(c, $"{slowest.Label} answers fewest in time: {slowest.ResponseRate.Rate:0 %} of {slowest.Requests:N0} requests."));
        }

        if (unanswered > 0)
        {
            var late = r.All.Requests - r.All.Answered;
            sentences.Add(string.Create(c, $"{unanswered:N0} request{(unanswered == 1 ? " is" : "s are")} still unanswered: {late:N0} past the {Words(r.Target)} target (counted in the rate) and {r.All.Waiting:N0} still within it; the oldest from {calendar.LocalTime(r.Unanswered[0].AskedAt):yyyy-MM-dd HH:mm} ({calendar.Zone.Id}) on {r.Unanswered[0].Network}."));
        }

        return sentences;
    }
}
