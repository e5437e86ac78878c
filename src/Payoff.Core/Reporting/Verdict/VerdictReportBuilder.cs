using System.Globalization;
using Payoff.Core.Content;
using Payoff.Core.Goals;
using Payoff.Core.Ledger;
using Payoff.Core.Networks;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// Builds the verdict report over whole months (<see cref="VerdictPeriod"/>): each social network's
/// facts from the ledger (the rest of the workspace — other networks and channels — is what its rates
/// are compared with), where its data begins, its goals' standings, and <see cref="VerdictRules"/>.
/// The CLI, the API, the overview and the network pages all build it here, for the same period.
/// </summary>
/// <param name="reader">The ledger.</param>
/// <param name="time">The clock.</param>
/// <param name="content">The posts, for the experiments and content comparisons that gate a cut (<see cref="ContentEvidence"/>).</param>
/// <param name="experiments">The experiment log.</param>
public sealed class VerdictReportBuilder(ILedgerReader reader, TimeProvider time, IContentReader content, IExperimentStore experiments)
{
    /// <summary>
    /// The report of <paramref name="period"/> (by default the last three complete months in the
    /// workspace's time zone), without the month in progress (<see cref="VerdictPeriod.Ended"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The period reaches past today's month or holds only the month in progress (<see cref="VerdictPeriod.Refusal"/>).</exception>
    public async Task<VerdictReport> BuildAsync(Workspace workspace, VerdictPeriod? period, IReadOnlyList<Goal> goals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(goals);
        var today = workspace.Calendar.Today(time);
        var judged = Judged(period, today);

        // One read and one build hold the judged months and the goals' history.
        var history = GoalService.HistoryRange(goals, today);
        var window = history is null ? judged.Range : judged.Range.Span(history);
        var (data, coverage) = await reader.ReadWithCoverageAsync(workspace, window, cancellationToken);
        var wide = Ledger.Ledger.Build(data, workspace.Currency, window);
        var progress = GoalService.Track(wide, goals, today);
        return await ContentEvidence.GateAsync(
            evidence => Build(wide.Within(judged.Range), workspace.Currency, judged, progress, coverage, evidence),
            () => ContentEvidence.ReadAsync(content, experiments, workspace, judged, today, cancellationToken));
    }

    /// <summary>The months judged for <paramref name="period"/> (by default the last three complete months) on <paramref name="today"/>: without the month in progress.</summary>
    /// <exception cref="ArgumentException">The period reaches past today's month or holds only the month in progress (<see cref="VerdictPeriod.Refusal"/>).</exception>
    public static VerdictPeriod Judged(VerdictPeriod? period, DateOnly today) => (period ?? VerdictPeriod.Default(today)).Ended(today);

    /// <summary>
    /// The report of <paramref name="judged"/> (<see cref="Judged"/>) from ledger data already read for a window holding
    /// its months (a page's one read): the days outside them are left out in memory, so the answer is <see cref="BuildAsync"/>'s.
    /// </summary>
    public static VerdictReport Build(LedgerData data, string currency, VerdictPeriod judged, IReadOnlyList<GoalProgress> goals, DataCoverage coverage, ContentEvidence? content = null)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return Build(Ledger.Ledger.Build(data, currency, judged.Range), currency, judged, goals, coverage, content);
    }

    /// <summary>
    /// The report of a ledger covering <paramref name="period"/>; <paramref name="coverage"/> says where
    /// each network's data begins (by default, its first day with data in the ledger).
    /// </summary>
    /// <exception cref="ArgumentException">The ledger does not cover the period.</exception>
    public static VerdictReport Build(Ledger.Ledger ledger, string currency, VerdictPeriod period, IReadOnlyList<GoalProgress> goals, DataCoverage? coverage = null, ContentEvidence? content = null)
    {
        content ??= ContentEvidence.None;
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(goals);
        if (ledger.Range.From > period.Range.From || ledger.Range.To < period.Range.To)
        {
            throw new ArgumentException($"The ledger covers {ledger.Range}, not the judged {period.Range}.", nameof(ledger));
        }

        var entries = ledger.Entries.Where(e => period.Range.Contains(e.Day)).ToList();
        coverage ??= DataCoverage.Of(entries.Where(e => e.Campaign is not null).Select(e => new WebDay(e.Day, e.Network, e.Campaign!, e.Totals.Sessions, e.Totals.Contacts, e.Totals.Customers)));
        var workspaceTotals = Sum(entries);
        var reach = ledger.Social.Where(s => s.Metric == "reach" && period.Range.Contains(s.Day)).GroupBy(s => s.Network, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Sum(s => s.Value), StringComparer.OrdinalIgnoreCase);
        var totalReach = reach.Values.Sum();
        var networks = entries.GroupBy(e => e.Network, StringComparer.OrdinalIgnoreCase)
            .Where(g => NetworkCatalog.Default.Canonical(g.Key) is { } canonical && string.Equals(canonical, g.Key, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var social = Sum(networks.Values.SelectMany(e => e));
        var verdicts = new List<NetworkVerdict>();
        // The networks' negative-share tests adjusted together (Holm 1979): six networks tested at 0.05 would flag one by
        // chance about a quarter of the time.
        var raw = networks.Select(n => (Network: n.Key, Shift: Shift(ledger, n.Key, period.Range))).Where(x => x.Shift is not null).ToList();
        var adjusted = Content.ContentComparison.Holm([.. raw.Select(x => x.Shift!.PValue)]);
        var shifts = raw.Select((x, i) => (x.Network, Shift: x.Shift! with { PValue = adjusted[i] }))
            .ToDictionary(x => x.Network, x => x.Shift, StringComparer.OrdinalIgnoreCase);
        foreach (var (network, own) in networks)
        {
            var totals = Sum(own);
            var others = LedgerTotals.Sum(networks.Where(n => !string.Equals(n.Key, network, StringComparison.OrdinalIgnoreCase)).Select(n => Sum(n.Value))
                .Where(t => t.TotalCost > 0 && t.Contacts > 0));
            var first = coverage.FirstDay(network);
            var campaigns = own.Where(e => e.Campaign is not null)
                .GroupBy(e => e.Campaign!, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CampaignResult(g.Key, g.Sum(e => e.Totals.Sessions), g.Sum(e => e.Totals.Contacts)))
                .ToList();
            var facts = new NetworkFacts(
                network,
                totals,
                workspaceTotals,
                social,
                others.CostPerLead,
                totalReach > 0 && reach.TryGetValue(network, out var ownReach) ? (double)(ownReach / totalReach) : null,
                first,
                Months(period, own, first),
                Weeks(period, own, first),
                campaigns,
                [.. goals.Where(g => string.Equals(g.Goal.Scope.Network, network, StringComparison.OrdinalIgnoreCase))])
            {
                Tried = content.TriedOn(network, period.Range.To),
                Conversations = shifts.GetValueOrDefault(network),
                Promising = content.PromisingOn(network),
            };
            verdicts.Add(VerdictRules.Decide(facts, currency));
        }

        if (verdicts.Count == 0)
        {
            period = period with { Note = string.Join(' ', new[] { period.Note, Empty(period, coverage) }.OfType<string>()) };
        }

        return new VerdictReport(period, currency, [.. verdicts.OrderByDescending(v => v.Facts.Totals.Sessions).ThenBy(v => v.Facts.Network, StringComparer.Ordinal)], ledger.Warnings);
    }

    /// <summary>The network's negative share in the range's last month against the rest of the range, or null.</summary>
    private static NegativeShift? Shift(Ledger.Ledger ledger, string network, DateRange range)
    {
        var last = new DateOnly(range.To.Year, range.To.Month, 1);
        if (last <= range.From)
        {
            return null;
        }

        decimal Sum(string metric, bool recent) => ledger.Social
            .Where(s => s.Account == Conversations.ConversationDays.Account && s.Metric == metric && range.Contains(s.Day) && (s.Day >= last) == recent
                && string.Equals(s.Network, network, StringComparison.OrdinalIgnoreCase))
            .Sum(s => s.Value);
        var (negative, scored) = ((long)Sum("negative_mentions", true), (long)Sum("scored_mentions", true));
        var (before, of) = ((long)Sum("negative_mentions", false), (long)Sum("scored_mentions", false));
        return scored == 0 || of == 0 ? null : new NegativeShift(new(negative, scored), new(before, of), Statistics.ProportionTest.PValue(negative, scored, before, of));
    }

    /// <summary>Why no network is judged: none has data in the months; where the workspace's data begins, when it has any.</summary>
    private static string Empty(VerdictPeriod period, DataCoverage coverage) => coverage.WorkspaceFirstDay is { } first
        ? string.Create(CultureInfo.InvariantCulture, $"No network has data in {period.Heading}, so there is nothing to judge; the workspace's data begins on {first:yyyy-MM-dd}.")
        : $"No network has data in {period.Heading}, so there is nothing to judge; the workspace has no data yet.";

    private static List<MonthFacts> Months(VerdictPeriod period, List<LedgerEntry> entries, DateOnly? first) =>
        [.. period.MonthStarts.Select(m =>
        {
            var month = Sum(entries.Where(e => e.Day >= m && e.Day < m.AddMonths(1)));
            var covered = first is { } f && f <= m;
            return new MonthFacts(m, covered, month.Sessions, month.Contacts, month.TotalCost) { Partial = first is { } p && p > m && p < m.AddMonths(1) };
        })];

    private static List<WeekCounts> Weeks(VerdictPeriod period, List<LedgerEntry> entries, DateOnly? first)
    {
        // The trend is fitted on whole months only: a month the data starts inside is left out.
        var whole = first is { } f ? (f.Day == 1 ? f : new DateOnly(f.Year, f.Month, 1).AddMonths(1)) : DateOnly.MaxValue;
        if (whole > period.Range.To)
        {
            return [];
        }

        var start = whole > period.Range.From ? whole : period.Range.From;
        var byDay = entries.GroupBy(e => e.Day).ToDictionary(g => g.Key, g => Sum(g));
        var weeks = new List<WeekCounts>();
        for (var week = start; week <= period.Range.To; week = week.AddDays(7))
        {
            var days = Math.Min(7, period.Range.To.DayNumber - week.DayNumber + 1);
            var totals = LedgerTotals.Sum(Enumerable.Range(0, days).Select(i => byDay.GetValueOrDefault(week.AddDays(i)) ?? LedgerTotals.Zero));
            weeks.Add(new WeekCounts(week, days, totals.Sessions, totals.Contacts));
        }

        return weeks;
    }

    private static LedgerTotals Sum(IEnumerable<LedgerEntry> entries) => LedgerTotals.Sum(entries);
}
