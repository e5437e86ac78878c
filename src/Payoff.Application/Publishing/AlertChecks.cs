using System.Globalization;
using Payoff.Application.Conversations;
using Payoff.Application.Goals;
using Payoff.Application.Roi;
using Payoff.Core.Goals;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>
/// What each alert finds holding now, with its numbers — read through the same handlers as the reports, so an alert's
/// sentence agrees with the page it points to.
/// </summary>
/// <param name="goals">Goals with their status.</param>
/// <param name="conversations">The conversations report (negative share per network against the period before).</param>
/// <param name="roi">ROI per network (cost per lead).</param>
/// <param name="time">The clock.</param>
public sealed class AlertChecks(GoalsReportHandler goals, ConversationReportHandler conversations, RoiHandler roi, TimeProvider time) : IApplicationHandler
{
    /// <summary>The hours without a collected event after which <see cref="AlertKind.CollectSilent"/> holds: 24.</summary>
    public const int SilentHours = 24;

    /// <summary>
    /// The findings of <paramref name="kind"/> in <paramref name="workspace"/> now:
    /// <list type="bullet">
    /// <item><see cref="AlertKind.GoalOffTrack"/>: each active goal whose status is off track, subject its id.</item>
    /// <item><see cref="AlertKind.NegativeShareRise"/>: each network whose negative share of the last 7 days rose against the 7 before
    /// (two-proportion z-test p &lt; 0.05; the conversations report's rule), subject the network.</item>
    /// <item><see cref="AlertKind.CostPerLeadDoubled"/>: each network whose cost per lead in the last whole month is at least twice the
    /// month before's (both months with contacts and cost), subject the network and month.</item>
    /// <item><see cref="AlertKind.CollectSilent"/>: a workspace with a site or link that collected before and nothing for 24 hours, subject <c>collect</c>.</item>
    /// </list>
    /// </summary>
    public async Task<IReadOnlyList<AlertFinding>> FindAsync(IStoreSession session, Workspace workspace, AlertKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        var today = workspace.Calendar.Today(time);
        var culture = CultureInfo.InvariantCulture;
        switch (kind)
        {
            case AlertKind.GoalOffTrack:
            {
                var report = await goals.HandleAsync(session, workspace, cancellationToken);
                return [.. report.Rows.Where(g => g.Status == GoalStatus.OffTrack).Select(g => new AlertFinding(
                    $"goal-{g.Goal.Id.ToString(culture)}",
                    string.Create(culture, $"Goal '{g.Goal.Name}' is off track: {g.Current?.ToString("#,0.##", culture) ?? "no value"} now, forecast {g.Forecast?.ToString("#,0.##", culture) ?? "none"} against the target {g.Target?.ToString("#,0.##", culture) ?? "none"} by {g.Goal.Deadline:yyyy-MM-dd}.")))];
            }

            case AlertKind.NegativeShareRise:
            {
                var values = ReportDocumentBuilder.Days(new DateRange(today.AddDays(-6), today));
                var report = await conversations.HandleAsync(session, workspace, ConversationReportRequest.Parse(values, workspace, time), cancellationToken);
                return [.. report.Networks.Where(n => n.NegativeRose).Select(n => new AlertFinding(
                    $"negative-{n.Network}",
                    string.Create(culture, $"{n.Network}: the negative share of messages rose to {n.Negative.Rate:0.0%} in the last 7 days from {n.PreviousNegative.Rate:0.0%} the 7 days before (p = {n.PValue:0.000}).")))];
            }

            case AlertKind.CostPerLeadDoubled:
            {
                var first = new DateOnly(today.Year, today.Month, 1);
                var last = new DateRange(first.AddMonths(-1), first.AddDays(-1));
                var before = new DateRange(first.AddMonths(-2), first.AddMonths(-1).AddDays(-1));
                var now = (await roi.HandleAsync(session, workspace, RoiRequest.Parse(ReportDocumentBuilder.Days(last), workspace, time), cancellationToken)).Report;
                var then = (await roi.HandleAsync(session, workspace, RoiRequest.Parse(ReportDocumentBuilder.Days(before), workspace, time), cancellationToken)).Report;
                var findings = new List<AlertFinding>();
                foreach (var row in now.Rows.Where(r => r.Campaign is null))
                {
                    var earlier = then.Rows.FirstOrDefault(r => r.Campaign is null && r.Network == row.Network);
                    if (earlier is null || row.Totals.Contacts == 0 || earlier.Totals.Contacts == 0 || earlier.Totals.TotalCost == 0)
                    {
                        continue;
                    }

                    var cpl = row.Totals.TotalCost / row.Totals.Contacts;
                    var cplBefore = earlier.Totals.TotalCost / earlier.Totals.Contacts;
                    if (cpl >= 2 * cplBefore)
                    {
                        findings.Add(new AlertFinding(
                            string.Create(culture, $"cpl-{row.Network}-{last.From:yyyy-MM}"),
                            string.Create(culture, $"{row.Network}: cost per lead {cpl:0.00} {workspace.Currency} in {last.From:yyyy-MM} ({row.Totals.TotalCost:0.00} for {row.Totals.Contacts} contacts), {cpl / cplBefore:0.0}× the {cplBefore:0.00} of {before.From:yyyy-MM}.")));
                    }
                }

                return findings;
            }

            case AlertKind.CollectSilent:
            {
                var status = await session.Status.ReadAsync(workspace, cancellationToken);
                return status.LastEventAt is { } lastEvent && status.Sites + status.Links > 0 && time.GetUtcNow() - lastEvent >= TimeSpan.FromHours(SilentHours)
                    ? [new AlertFinding("collect", string.Create(culture, $"No event collected since {lastEvent:yyyy-MM-dd HH:mm} UTC ({(time.GetUtcNow() - lastEvent).TotalHours:0} hours): check the website script and the server."))]
                    : [];
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
