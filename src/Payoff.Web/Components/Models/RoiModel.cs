using Payoff.Application.Roi;
using System.Globalization;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;
using Payoff.Storage.DuckDb;
using Payoff.Web.Components.Charts;
using Payoff.Application.Tables;

namespace Payoff.Web.Components.Models;

/// <summary>
/// The ROI &amp; costs page: ROI per network or campaign (<c>?by=campaign</c>) with its chart, and
/// the cost setup behind it — logged time, hourly rates, fixed fees and currency rates.
/// </summary>
/// <param name="Report">The ROI report.</param>
/// <param name="Chart">Return and cost per row.</param>
/// <param name="Tables">ROI, time log, rates, fees, currency rates and recurring time.</param>
public sealed record RoiModel(RoiReport Report, IReadOnlyList<ChartLine> Chart, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Builds the page.</summary>
    public static RoiModel Build(DashboardScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var workspace = scope.Workspace;
        var byCampaign = scope["by"] == "campaign";
        var ledger = Ledger.Build(new DuckDbLedgerReader(scope.Db).ReadAsync(workspace, scope.Range).GetAwaiter().GetResult(), workspace.Currency, scope.Range);
        var report = RoiReportBuilder.Build(ledger, workspace.Currency, byCampaign ? RoiGrouping.Campaign : RoiGrouping.Network, scope["n"]);
        var roi = Table("roi", byCampaign ? "ROI per campaign" : "ROI per network", report, workspace.Currency, r => r.Campaign is null && !r.Unassigned ? scope.Link("/network", ("n", r.Network), ("by", null)) : null);
        var chart = new List<ChartLine>
        {
            new($"Revenue and value ({workspace.Currency})", [.. report.Rows.Select(r => (double?)r.Totals.Return)]),
            new($"Cost ({workspace.Currency})", [.. report.Rows.Select(r => (double?)r.Totals.TotalCost)]),
        };

        var store = new DuckDbCostSetupStore(scope.Db);
        var time = new ReportTable(
            "time",
            "Time log",
            [new("Day"), new("Network"), new("Person"), new("Hours", CellKind.Number), new("Note")],
            [.. store.Time(workspace, scope.Range).OrderByDescending(t => t.Day).Select(t => new TableRow([DashboardScope.Day(t.Day), t.Network, t.Person, t.Minutes / 60m, t.Note]))]);
        var recurring = new ReportTable(
            "recurring",
            "Recurring time",
            [new("Network"), new("Person"), new("Minutes a day", CellKind.Count), new("Days"), new("From"), new("To")],
            [.. store.Recurrences(workspace).Select(r => new TableRow([r.Network, r.Person.Length == 0 ? "(anyone)" : r.Person, (long)r.Minutes, r.Days.Text, DashboardScope.Day(r.From), r.To is { } to ? DashboardScope.Day(to) : null]))]);
        var rates = new ReportTable(
            "rates",
            "Hourly rates",
            [new("Person"), new("Rate", CellKind.Number), new("Currency")],
            [.. store.Rates(workspace).Select(r => new TableRow([r.Person.Length == 0 ? "(everyone else)" : r.Person, new PriceCell(r.Rate, r.Currency), r.Currency]))]);
        var fees = new ReportTable(
            "fees",
            "Fixed costs",
            [new("Name"), new("Per month", CellKind.Number), new("Currency"), new("Shares"), new("From"), new("To")],
            [.. store.Fees(workspace).Select(f => new TableRow([f.Name, new PriceCell(f.MonthlyAmount, f.Currency), f.Currency, string.Join(", ", f.Shares.Select(s => $"{s.Key} {s.Value.ToString("0.##%", CultureInfo.InvariantCulture)}")), DashboardScope.Day(f.From), f.To is { } to ? DashboardScope.Day(to) : null]))]);
        var currencies = new ReportTable(
            "currencies",
            "Currency rates",
            [new("Currency"), new("From"), new($"{workspace.Currency} per unit", CellKind.Number)],
            [.. store.CurrencyRates(workspace).Select(c => new TableRow([c.Currency, DashboardScope.Day(c.From), c.Rate]))]);
        return new RoiModel(report, chart, [roi, time, rates, fees, currencies, recurring]);
    }

    /// <summary>An ROI report as its one table (<see cref="RoiTable"/>), the CLI's table too.</summary>
    public static ReportTable Table(string name, string title, RoiReport report, string currency, Func<RoiRow, string?> link) => RoiTable.Build(name, title, report, link);
}
