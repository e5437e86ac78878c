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

    /// <summary>
    /// The index of the chart's last period when it is partial — shorter than a whole week or month, or still going
    /// (it holds today) — so it is drawn dashed and read as such rather than as a fall; else null.
    /// </summary>
    public int? Partial { get; init; }

    /// <summary>Whether the chart's first period is partial (the range starts inside it).</summary>
    public bool PartialFirst { get; init; }

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
            var last = report.Periods.Count > 0 ? report.Periods[^1] : null;
            var today = scope.Workspace.Calendar.DateOf(scope.Time.GetUtcNow());
            int Whole(DateOnly start) => report.Bucket switch
            {
                ConversationBucket.Day => 1,
                ConversationBucket.Week => 7,
                _ => DateTime.DaysInMonth(start.Year, start.Month),
            };
            var partial = last is not null && (last.Days < Whole(last.Start) || last.End >= today) ? report.Periods.Count - 1 : (int?)null;
            // A range that starts inside a week or month begins with a partial period too (unless it is the only one).
            var partialFirst = report.Periods.Count > 1 && report.Periods[0].Days < Whole(report.Periods[0].Start);
            return new ConversationsModel(report, help, labels, chart, [ConversationReportOutput.Table(report), ConversationReportOutput.Networks(report), ConversationReportOutput.Words(report), ConversationReportOutput.Posts(scope.Workspace, report), ServiceReportOutput.Table(help) with { Title = "Requests by network and month" }, ConversationTable.List(scope.Workspace, negative) with { Name = "negative", Title = "The 20 newest negative messages" }, ServiceReportOutput.Unanswered(help, scope.Workspace)]) { Partial = partial, PartialFirst = partialFirst };
        }
        catch (RequestException ex)
        {
            return new ConversationsModel(null, null, [], [], []) { Error = ex.Message };
        }
    }

}
