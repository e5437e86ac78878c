using Payoff.Core.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Networks;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// Builds the verdict report over the last whole months: each social network's facts from the ledger
/// (the rest of the workspace — other networks and channels — is what its rates are compared with),
/// its goals' standings, and <see cref="VerdictRules"/>.
/// </summary>
public sealed class VerdictReportBuilder(ILedgerReader reader, TimeProvider time)
{
    /// <summary>The report of the <paramref name="months"/> whole months up to the month before today's (or ending with <paramref name="lastMonth"/>).</summary>
    public async Task<VerdictReport> BuildAsync(Workspace workspace, int months, IReadOnlyList<Goal> goals, DateOnly? lastMonth = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var today = workspace.Calendar.Today(time);
        var last = lastMonth ?? new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        last = new DateOnly(last.Year, last.Month, 1);
        var range = new DateRange(last.AddMonths(1 - months), last.AddMonths(1).AddDays(-1));
        var ledger = Ledger.Ledger.Build(await reader.ReadAsync(workspace, range, cancellationToken), workspace.Currency, range);
        var progress = await new GoalService(reader, time).TrackAsync(workspace, goals, cancellationToken);
        return Build(ledger, workspace.Currency, months, progress);
    }

    /// <summary>The report of a ledger covering whole months.</summary>
    public static VerdictReport Build(Ledger.Ledger ledger, string currency, int months, IReadOnlyList<GoalProgress> goals)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(goals);
        var workspaceTotals = ledger.Sum();
        var reach = ledger.Social.Where(s => s.Metric == "reach").GroupBy(s => s.Network, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Sum(s => s.Value), StringComparer.OrdinalIgnoreCase);
        var totalReach = reach.Values.Sum();
        var monthStarts = Enumerable.Range(0, months).Select(i => ledger.Range.From.AddMonths(i)).ToList();
        var verdicts = new List<NetworkVerdict>();
        foreach (var group in ledger.Entries.GroupBy(e => e.Network, StringComparer.OrdinalIgnoreCase))
        {
            var network = group.Key;
            if (NetworkCatalog.Default.Canonical(network) is not { } canonical || !string.Equals(canonical, network, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var entries = group.ToList();
            var totals = entries.Aggregate(LedgerTotals.Zero, (t, e) => t.Add(e));
            var monthly = monthStarts.Select(m => entries.Where(e => e.Day >= m && e.Day < m.AddMonths(1)).Aggregate(LedgerTotals.Zero, (t, e) => t.Add(e))).ToList();
            var campaigns = entries.Where(e => e.Campaign is not null)
                .GroupBy(e => e.Campaign!, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CampaignResult(g.Key, g.Sum(e => e.Totals.Sessions), g.Sum(e => e.Totals.Contacts)))
                .ToList();
            var facts = new NetworkFacts(
                network,
                totals,
                workspaceTotals,
                totalReach > 0 ? (double)(reach.GetValueOrDefault(network) / totalReach) : null,
                [.. monthly.Select(m => m.Sessions)],
                [.. monthly.Select(m => m.Contacts)],
                campaigns,
                [.. goals.Where(g => string.Equals(g.Goal.Scope.Network, network, StringComparison.OrdinalIgnoreCase))]);
            verdicts.Add(VerdictRules.Decide(facts, currency));
        }

        return new VerdictReport(ledger.Range, currency, [.. verdicts.OrderByDescending(v => v.Facts.Totals.Sessions).ThenBy(v => v.Facts.Network, StringComparer.Ordinal)], ledger.Warnings);
    }
}
