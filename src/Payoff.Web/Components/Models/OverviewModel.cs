using Payoff.Core.Ledger;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Verdict;
using Payoff.Storage.DuckDb;
using Payoff.Web.Goals;
using Payoff.Web.Components.Charts;
using Payoff.Core.Workspaces;
using Payoff.Application.Tables;

namespace Payoff.Web.Components.Models;

/// <summary>The overview page: the period against the one before, the days as a chart, the networks, goals and verdicts.</summary>
/// <param name="Range">The days.</param>
/// <param name="Current">The period's totals.</param>
/// <param name="Previous">The totals of the as many days before.</param>
/// <param name="Days">The chart's labels (one per day).</param>
/// <param name="Trend">Sessions, contacts and customers per day.</param>
/// <param name="Tables">The networks and goals tables.</param>
/// <param name="Verdict">The verdict per network.</param>
/// <param name="ComputedAt">When the figures were computed (pages are cached a minute).</param>
public sealed record OverviewModel(DateRange Range, LedgerTotals Current, LedgerTotals Previous, IReadOnlyList<string> Days, IReadOnlyList<ChartLine> Trend, IReadOnlyList<ReportTable> Tables, VerdictReport Verdict, DateTimeOffset ComputedAt)
{
    /// <summary>The headline cards: sessions, contacts, customers, revenue and cost with their changes.</summary>
    public IReadOnlyList<Headline> Headlines { get; init; } = [];

    /// <summary>The days before with data, which decide whether the cards show percentages.</summary>
    public Coverage PreviousCoverage { get; init; } = Coverage.Full(1);

    /// <summary>The social networks' ROI (null when one of them has results but no cost, or none has a cost): channels without a cost never flatter it.</summary>
    public RoiTotal? Roi { get; init; }

    /// <summary>The same for the days before.</summary>
    public RoiTotal? PreviousRoi { get; init; }

    /// <summary>What the ROI card says under its figure: the ROI before, or why there is none to show or compare.</summary>
    public string RoiComparison => Roi is null || Roi.Totals.TotalCost == 0
        ? "No ROI: no cost logged or imported for the social networks (payoff time log, payoff import costs)."
        : Roi is { Roi: null, WithoutCost.Count: > 0 } now
        ? $"Social networks only; not shown because {string.Join(", ", now.WithoutCost)} carry no cost."
        : !PreviousCoverage.IsEnough
        ? $"No comparison: the {Range.Days} days before have data on {PreviousCoverage.DaysWithData} of them."
        : PreviousRoi?.Roi is { } was ? $"Social networks; was {was.ToString("0%", System.Globalization.CultureInfo.InvariantCulture)}" : "Social networks; no ROI in the days before.";

    /// <summary>Builds the page from one ledger read covering both periods; the verdict (whole months: <see cref="DashboardScope.VerdictPeriod"/>) is reused for an hour from <paramref name="cache"/>.</summary>
    public static OverviewModel Build(DashboardScope scope, DashboardCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var workspace = scope.Workspace;
        var range = scope.Range;
        var previous = range.PreviousPeriod();
        var reader = new DuckDbLedgerReader(scope.Db);
        var both = new DateRange(previous.From, range.To);
        var data = reader.ReadAsync(workspace, both).GetAwaiter().GetResult();
        var ledger = Ledger.Build(data, workspace.Currency, both);
        var current = ledger.Sum(e => range.Contains(e.Day));
        var before = ledger.Sum(e => previous.Contains(e.Day));
        var byDay = ledger.Entries.Where(e => range.Contains(e.Day)).GroupBy(e => e.Day).ToDictionary(g => g.Key, g => g.Aggregate(LedgerTotals.Zero, (t, e) => t.Add(e)));
        var days = Enumerable.Range(0, range.Days).Select(i => range.From.AddDays(i)).ToList();
        LedgerTotals On(DateOnly day) => byDay.GetValueOrDefault(day) ?? LedgerTotals.Zero;
        var trend = new List<ChartLine>
        {
            new("Sessions", [.. days.Select(d => (double?)On(d).Sessions)]),
            new("Contacts", [.. days.Select(d => (double?)On(d).Contacts)]),
            new("Customers", [.. days.Select(d => (double?)On(d).Customers)]),
        };
        var roi = RoiReportBuilder.Build(Ledger.Build(data, workspace.Currency, range), workspace.Currency, RoiGrouping.Network);
        var roiBefore = RoiReportBuilder.Build(Ledger.Build(data, workspace.Currency, previous), workspace.Currency, RoiGrouping.Network);
        // Transitional (issue 14) until this model is async like the rest of the page: the DuckDB store's tasks complete at once.
        var goals = GoalsModel.TrackAsync(scope, CancellationToken.None).GetAwaiter().GetResult();
        var period = scope.VerdictPeriod;
        VerdictReport Verdict(DuckDbDatabase db) => new VerdictReportBuilder(new DuckDbLedgerReader(db), scope.Time).BuildAsync(workspace, period, []).GetAwaiter().GetResult();
        var verdict = cache is null ? Verdict(scope.Db) : cache.GetWithDatabase($"verdict|{workspace.Id}|{period.Range}|{period.Note}", TimeSpan.FromHours(1), Verdict);
        var coverage = Coverage.Of(previous, new DuckDbDataDaysReader(scope.Db).ReadAsync(workspace, previous).GetAwaiter().GetResult());
        var currency = workspace.Currency;
        Headline Card(string label, string metric, decimal now, decimal was, bool money) => new(label, metric, now, money ? currency : null, Change.Of(now, was, coverage));
        Headline[] headlines =
        [
            Card("Sessions", "sessions", current.Sessions, before.Sessions, false),
            Card("Contacts", "contacts", current.Contacts, before.Contacts, false),
            Card("Customers", "customers", current.Customers, before.Customers, false),
            Card($"Revenue ({currency})", "revenue", current.Revenue, before.Revenue, true),
            Card($"Cost ({currency})", "cost", current.TotalCost, before.TotalCost, true),
        ];
        return new OverviewModel(range, current, before, [.. days.Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture))], trend, [Networks(scope, roi), GoalsModel.Table(scope, goals)], verdict, scope.Time.GetUtcNow())
        {
            Headlines = headlines,
            Roi = roi.SocialNetworks,
            PreviousRoi = roiBefore.SocialNetworks,
            PreviousCoverage = coverage,
        };
    }

    /// <summary>The ROI report as the networks table (each network links to its page).</summary>
    public static ReportTable Networks(DashboardScope scope, RoiReport roi)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(roi);
        var currency = roi.Currency;
        return new ReportTable(
            "networks",
            "Networks",
            [new("Network"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count), TableColumn.Money($"Revenue ({currency})", currency), TableColumn.Money($"Cost ({currency})", currency), new("ROI", CellKind.Percent)],
            [.. roi.Rows.Select(r => new TableRow(Cells(r.Network, r.Totals, r.Roi), scope.Link("/network", ("n", r.Network))))],
            new TableRow(Cells(roi.AllChannels.Name, roi.AllChannels.Totals, roi.AllChannels.Roi)))
        {
            Subtotals = [new TableRow(Cells(roi.SocialNetworks.Name, roi.SocialNetworks.Totals, roi.SocialNetworks.Roi))],
        };
    }

    private static object?[] Cells(string name, LedgerTotals t, decimal? roi) => [name, t.Sessions, t.Contacts, t.Customers, t.Revenue, t.TotalCost, roi];
}
