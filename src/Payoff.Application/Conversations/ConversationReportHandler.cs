using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Application.Requests;
using Payoff.Application.Tables;
using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Conversations;

/// <summary>What the conversations report is asked for, on every surface (CLI, API, the Conversations page).</summary>
/// <param name="Filter">The local days (by default the 30 days ending today) and the network.</param>
/// <param name="Bucket">Periods: day, week (default, Monday first) or month.</param>
public sealed record ConversationReportRequest(ConversationFilter Filter, ConversationBucket Bucket)
{
    /// <summary>The network field as the host spells it (<c>--network</c>, <c>network</c>), for errors.</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>The filter with its network resolved to the stored spelling (<see cref="NetworkField"/>): an unknown name is refused, never a silent zero.</summary>
    /// <exception cref="RequestException">The network is unknown; the message suggests the closest name.</exception>
    public async Task<ConversationFilter> ResolveAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken) =>
        Filter with { Network = await NetworkField.ResolveAsync(session, workspace, Filter.Network, NetworkName, cancellationToken) };

    /// <summary>Reads <c>from</c>, <c>to</c> (cut at today: days to come hold no messages), <c>network</c> and <c>by</c> (day, week, month).</summary>
    /// <exception cref="RequestException">A day is wrong, <c>from</c> is after today, or <c>by</c> is not day, week or month.</exception>
    public static ConversationReportRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);

        // Days after today hold no messages yet: counted, they would make a shrinking trend and a longer "period before".
        var today = workspace.Calendar.DateOf(time.GetUtcNow());
        if (range.From > today)
        {
            throw new RequestException("from", $"{values.Name("from")} {range.From:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): there are no messages to report yet.");
        }

        if (range.To > today)
        {
            range = new DateRange(range.From, today);
        }

        var bucket = FieldChoice.Parse(values, "by", ConversationBucket.Week, ("day", ConversationBucket.Day), ("week", ConversationBucket.Week), ("month", ConversationBucket.Month));
        return new ConversationReportRequest(new ConversationFilter(range, values.Get("network")), bucket) { NetworkName = values.Name("network") };
    }
}

/// <summary>The conversations report (<c>payoff report conversations</c>, <c>GET /api/reports/conversations</c>, the Conversations page).</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class ConversationReportHandler(IStore store) : IApplicationHandler
{
    /// <summary>Builds the report for <paramref name="request"/>.</summary>
    public async Task<ConversationReport> HandleAsync(Workspace workspace, ConversationReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, request, cancellationToken);
    }

    /// <summary>Builds the report in <paramref name="session"/> (a page's or the API's own).</summary>
#pragma warning disable CA1822 // an instance member like every handler's, resolved from the container on every surface
    public async Task<ConversationReport> HandleAsync(IStoreSession session, Workspace workspace, ConversationReportRequest request, CancellationToken cancellationToken = default)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var filter = await request.ResolveAsync(session, workspace, cancellationToken);
        return await ConversationReport.BuildAsync(session.ConversationReports, workspace, filter, request.Bucket, cancellationToken);
    }
}

/// <summary>
/// The conversations report as JSON and as a table. JSON (<c>--format json</c>, the API): <c>workspace</c>, <c>from</c>,
/// <c>to</c>, <c>network</c>, <c>by</c>, <c>previous</c> {from, to}, <c>buzz</c>, <c>previous_buzz</c>, <c>periods</c>
/// (each: start, end, mentions, comments, reviews, buzz, direct_messages, outbound, negative, neutral, positive,
/// negative_share — a fraction of the scored inbound messages, or null), <c>trend</c> (slope per period on the log scale,
/// its 95 % interval, change per period as a fraction, direction), <c>sentiment</c> {negative, neutral, positive: share,
/// low, high, messages; previous_negative; p_value}, <c>networks</c>, <c>rising_words</c>, <c>posts</c> and
/// <c>summary</c>. The table: one row per period.
/// </summary>
public static class ConversationReportOutput
{
    /// <summary>The report's JSON document.</summary>
    public static JsonObject Json(string workspace, ConversationReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new JsonObject
        {
            ["workspace"] = workspace,
            ["from"] = JsonDocuments.Day(r.Filter.Range.From),
            ["to"] = JsonDocuments.Day(r.Filter.Range.To),
            ["network"] = r.Filter.Network,
            ["by"] = r.Bucket.ToString().ToLowerInvariant(),
            ["previous"] = new JsonObject { ["from"] = JsonDocuments.Day(r.Previous.From), ["to"] = JsonDocuments.Day(r.Previous.To) },
            ["buzz"] = r.Buzz,
            ["previous_buzz"] = r.PreviousBuzz,
            ["periods"] = new JsonArray([.. r.Periods.Select(p => (JsonNode?)new JsonObject
            {
                ["start"] = JsonDocuments.Day(p.Start),
                ["end"] = JsonDocuments.Day(p.End),
                ["mentions"] = p.Mentions,
                ["comments"] = p.Comments,
                ["reviews"] = p.Reviews,
                ["buzz"] = p.Buzz,
                ["direct_messages"] = p.DirectMessages,
                ["outbound"] = p.Outbound,
                ["negative"] = p.Negative,
                ["neutral"] = p.Neutral,
                ["positive"] = p.Positive,
                ["negative_share"] = p.Scored == 0 ? null : Math.Round((double)p.Negative / p.Scored, 4),
            })]),
            ["trend"] = r.Trend is { } t ? new JsonObject
            {
                ["slope"] = Math.Round(t.Slope, 5),
                ["low"] = Math.Round(t.Low, 5),
                ["high"] = Math.Round(t.High, 5),
                ["change_per_period"] = Math.Round(t.ChangeOver(1), 4),
                ["periods"] = t.Periods,
                ["direction"] = t.Direction.ToString().ToLowerInvariant(),
            } : null,
            ["sentiment"] = new JsonObject
            {
                ["messages"] = r.Negative.Trials,
                ["negative"] = Share(r.Negative),
                ["neutral"] = Share(r.Neutral),
                ["positive"] = Share(r.Positive),
                ["previous_negative"] = Share(r.PreviousNegative),
                ["p_value"] = r.NegativeChangeP is { } p ? Math.Round(p, 5) : null,
            },
            ["networks"] = new JsonArray([.. r.Networks.Select(n => (JsonNode?)new JsonObject
            {
                ["network"] = n.Network,
                ["buzz"] = n.Buzz,
                ["inbound"] = n.Inbound,
                ["negative"] = Share(n.Negative),
                ["previous_negative"] = Share(n.PreviousNegative),
                ["p_value"] = n.PValue is { } p ? Math.Round(p, 5) : null,
                ["negative_rose"] = n.NegativeRose,
            })]),
            ["rising_words"] = new JsonArray([.. r.RisingWords.Select(w => (JsonNode?)new JsonObject { ["language"] = w.Language, ["word"] = w.Word, ["current"] = w.Current, ["previous"] = w.Previous })]),
            ["posts"] = new JsonArray([.. r.Posts.Select(p => (JsonNode?)new JsonObject
            {
                ["network"] = p.Network, ["post_id"] = p.PostId, ["caption"] = p.Caption,
                ["published_at"] = p.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["permalink"] = p.Permalink, ["messages"] = p.Messages, ["negative"] = p.Negative, ["positive"] = p.Positive,
            })]),
            ["summary"] = JsonDocuments.Texts(r.Summary),
        };
    }

    /// <summary>The report's table (named <c>periods</c>, as <c>--table periods</c>): one row per period; the sentences as notes.</summary>
    public static ReportTable Table(ConversationReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReportTable(
            "periods",
            "Conversations",
            [new("Period"), new("Mentions", CellKind.Count), new("Comments", CellKind.Count), new("Reviews", CellKind.Count) { DropRank = 2 }, new("Buzz", CellKind.Count), new("Direct messages", CellKind.Count) { DropRank = 1 }, new("Replies sent", CellKind.Count) { DropRank = 3 }, new("Negative", CellKind.Count), new("Neutral", CellKind.Count) { DropRank = 4 }, new("Positive", CellKind.Count), new("Negative share", CellKind.Percent) { LowerIsBetter = true }],
            [.. r.Periods.Select(p => new TableRow([
                p.Start == p.End ? JsonDocuments.Day(p.Start) : $"{JsonDocuments.Day(p.Start)} – {JsonDocuments.Day(p.End)}",
                p.Mentions, p.Comments, p.Reviews, p.Buzz, p.DirectMessages, p.Outbound, p.Negative, p.Neutral, p.Positive,
                p.Scored == 0 ? null : (decimal)Math.Round((double)p.Negative / p.Scored, 4),
            ]))])
        {
            Notes = r.Summary,
        };
    }

    /// <summary>
    /// The networks (named <c>networks</c>): buzz, inbound messages, the negative share with its 95 % interval, the share in
    /// the period before and whether it rose significantly (two-proportion z-test, p &lt; 0.05).
    /// </summary>
    public static ReportTable Networks(ConversationReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            "networks",
            "Networks",
            [new("Network"), new("Buzz", CellKind.Count), new("Inbound", CellKind.Count), new("Negative share", CellKind.Percent) { LowerIsBetter = true }, new("95 % interval, low", CellKind.Percent) { DropRank = 2 }, new("95 % interval, high", CellKind.Percent) { DropRank = 2 }, new("Before", CellKind.Percent), new("Rose significantly")],
            [.. r.Networks.Select(n => new TableRow([n.Network, n.Buzz, n.Inbound, Fraction(n.Negative.Rate), Fraction(n.Negative.Low), Fraction(n.Negative.High), Fraction(n.PreviousNegative.Rate), n.NegativeRose ? "yes" : "no"]))]);
    }

    /// <summary>The words rising in negative messages (named <c>words</c>): language, word, negative messages holding it now and before.</summary>
    public static ReportTable Words(ConversationReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            "words",
            "Words rising in negative messages",
            [new("Language"), new("Word"), new("Negative messages now", CellKind.Count), new("Before", CellKind.Count)],
            [.. r.RisingWords.Select(w => new TableRow([LanguageRules.Find(w.Language)?.Name ?? w.Language, w.Word, w.Current, w.Previous]))]);
    }

    /// <summary>
    /// The most discussed posts (named <c>posts</c>): network, the post's id, its caption and publication day (local) when
    /// its post export is imported, its address, and its inbound messages with how many were negative and positive.
    /// </summary>
    public static ReportTable Posts(Workspace workspace, ConversationReport r)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(r);
        return new(
            "posts",
            "Most discussed posts",
            [new("Network"), new("Post ID") { DropRank = 2 }, new("Caption") { MaxLength = 50 }, new("Published (local)") { DropRank = 1 }, new("Link") { DropRank = 3 }, new("Messages", CellKind.Count), new("Negative", CellKind.Count), new("Positive", CellKind.Count)],
            [.. r.Posts.Select(p => new TableRow([
                p.Network, p.PostId, p.Caption is { } caption ? string.Join(' ', caption.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null, p.PublishedAt is { } at ? JsonDocuments.Day(workspace.Calendar.DateOf(at)) : null, p.Permalink, p.Messages, p.Negative, p.Positive,
            ]))]);
    }

    private static decimal? Fraction(double? value) => value is { } v ? (decimal)Math.Round(v, 4) : null;

    /// <summary>A share with its 95 % Wilson interval: <c>share</c>, <c>low</c>, <c>high</c> (fractions), <c>messages</c> and <c>of</c>.</summary>
    internal static JsonObject Share(Payoff.Core.Statistics.WilsonInterval w) => new()
    {
        ["share"] = w.Rate is { } rate ? Math.Round(rate, 4) : null,
        ["low"] = w.Low is { } low ? Math.Round(low, 4) : null,
        ["high"] = w.High is { } high ? Math.Round(high, 4) : null,
        ["messages"] = w.Successes,
        ["of"] = w.Trials,
    };
}
