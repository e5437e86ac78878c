using Payoff.Application.Conversations;
using Payoff.Application.Requests;
using Payoff.Application.Tables;
using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Web.Components;
using Payoff.Web.Components.Charts;

namespace Payoff.Web.Conversations;

/// <summary>
/// The Conversations page: the same conversations and service reports as <c>payoff report conversations</c> and
/// <c>payoff report service</c> over the picked days (<c>?network=</c>, <c>?by=day|week|month</c>), the buzz per period as
/// a chart, the sentences, the tables (periods, networks, rising words, discussed posts, service) and the latest negative
/// messages (pseudonymised authors).
/// </summary>
/// <param name="Report">The conversations report.</param>
/// <param name="Service">The service report.</param>
/// <param name="Labels">The chart's period labels.</param>
/// <param name="Chart">Buzz and negative messages per period.</param>
/// <param name="Tables">Periods, networks, rising words, posts, service, latest negative messages.</param>
public sealed record ConversationsModel(ConversationReport? Report, ServiceReport? Service, IReadOnlyList<string> Labels, IReadOnlyList<ChartLine> Chart, IReadOnlyList<ReportTable> Tables)
{
    private static readonly string[] Fields = ["from", "to", "network", "by"];

    /// <summary>Why the page shows no report (a bad field), or null.</summary>
    public string? Error { get; init; }

    /// <summary>Builds the page through <paramref name="scope"/>'s session.</summary>
    public static async Task<ConversationsModel> BuildAsync(DashboardScope scope, ConversationReportHandler conversations, ServiceReportHandler service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(service);
        try
        {
            var request = ConversationReportRequest.Parse(new RequestValues(Fields.ToDictionary(f => f, f => scope[f], StringComparer.Ordinal)), scope.Workspace, scope.Time);
            var report = await conversations.HandleAsync(scope.Session, scope.Workspace, request, cancellationToken);
            var help = await service.HandleAsync(scope.Session, scope.Workspace, request, cancellationToken);
            var negative = await scope.Session.Conversations.ListAsync(scope.Workspace, report.Filter with { Sentiment = Sentiment.Negative, Direction = MessageDirection.Inbound }, 20, cancellationToken);
            var labels = report.Periods.Select(p => p.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            ChartLine[] chart =
            [
                new("Mentions, comments and reviews", [.. report.Periods.Select(p => (double?)p.Buzz)]),
                new("Negative messages", [.. report.Periods.Select(p => (double?)p.Negative)]),
            ];
            return new ConversationsModel(report, help, labels, chart, [ConversationReportOutput.Table(report), Networks(report), Words(report), Posts(report), ServiceReportOutput.Table(help) with { Title = "Requests by network and month" }, ConversationTable.List(scope.Workspace, negative) with { Name = "negative", Title = "The 20 newest negative messages" }, ServiceReportOutput.Unanswered(help, scope.Workspace, scope.Time.GetUtcNow())]);
        }
        catch (RequestException ex)
        {
            return new ConversationsModel(null, null, [], [], []) { Error = ex.Message };
        }
    }

    private static ReportTable Networks(ConversationReport r) => new(
        "networks",
        "Networks",
        [new("Network"), new("Buzz", CellKind.Count), new("Inbound", CellKind.Count), new("Negative share", CellKind.Percent) { LowerIsBetter = true }, new("95 % interval, low", CellKind.Percent), new("95 % interval, high", CellKind.Percent), new("Before", CellKind.Percent), new("Rose significantly")],
        [.. r.Networks.Select(n => new TableRow([n.Network, n.Buzz, n.Inbound, Share(n.Negative.Rate), Share(n.Negative.Low), Share(n.Negative.High), Share(n.PreviousNegative.Rate), n.NegativeRose ? "yes" : "no"]))]);

    private static ReportTable Words(ConversationReport r) => new(
        "words",
        "Words rising in negative messages",
        [new("Language"), new("Word"), new("Negative messages now", CellKind.Count), new("Before", CellKind.Count)],
        [.. r.RisingWords.Select(w => new TableRow([LanguageRules.Find(w.Language)?.Name ?? w.Language, w.Word, w.Current, w.Previous]))]);

    private static ReportTable Posts(ConversationReport r) => new(
        "posts",
        "Most discussed posts",
        [new("Network"), new("Post"), new("Messages", CellKind.Count), new("Negative", CellKind.Count), new("Positive", CellKind.Count)],
        [.. r.Posts.Select(p => new TableRow([p.Network, p.PostId, p.Messages, p.Negative, p.Positive]))]);

    private static decimal? Share(double? value) => value is { } v ? (decimal)Math.Round(v, 4) : null;
}
