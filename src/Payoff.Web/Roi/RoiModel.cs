using System.Globalization;
using Payoff.Application.Roi;
using Payoff.Application.Tables;
using Payoff.Core.Reporting.Roi;
using Payoff.Web.Components;
using Payoff.Web.Components.Charts;

namespace Payoff.Web.Roi;

/// <summary>
/// The ROI &amp; costs page (and its export): ROI per network or campaign (<c>?by=campaign</c>) from
/// <see cref="RoiHandler"/> as <see cref="RoiTable"/>, with its chart, and the cost setup behind it — logged
/// time, hourly rates, fixed fees and currency rates.
/// </summary>
/// <param name="Report">The ROI report.</param>
/// <param name="Chart">Return and cost per row.</param>
/// <param name="Tables">ROI, time log, rates, fees, currency rates and recurring time.</param>
public sealed record RoiModel(RoiReport Report, IReadOnlyList<ChartLine> Chart, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Builds the page's model in the scope's session over the scope's days (<c>?n=</c> keeps one network).</summary>
    /// <exception cref="Application.Requests.RequestException"><c>n</c> names no network the workspace knows.</exception>
    public static async Task<RoiModel> BuildAsync(DashboardScope scope, RoiHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(handler);
        var workspace = scope.Workspace;
        var byCampaign = scope["by"] == "campaign";
        var request = new RoiRequest(scope.Range, byCampaign ? RoiGrouping.Campaign : RoiGrouping.Network, scope["n"], RoiReport.FirstTouch) { NetworkName = "n" };
        var report = (await handler.HandleAsync(scope.Session, workspace, request, cancellationToken)).Report;
        var roi = RoiTable.Build("roi", byCampaign ? "ROI per campaign" : "ROI per network", report, r => r.Campaign is null && !r.Unassigned ? scope.Link("/network", ("n", r.Network), ("by", null)) : null, labels: true);
        // Amounts in the currency's minor unit (ISO 4217: KWD has 3 decimals, JPY none), as the tables show them.
        var digits = Core.Money.Currencies.MinorUnits.TryGetValue(workspace.Currency, out var minor) ? minor : 2;
        var money = digits == 0 ? "#,##0" : "#,##0." + new string('0', digits);
        var chart = new List<ChartLine>
        {
            new($"Revenue and value ({workspace.Currency})", [.. report.Rows.Select(r => (double?)r.Totals.Return)]) { Format = money },
            new($"Cost ({workspace.Currency})", [.. report.Rows.Select(r => (double?)r.Totals.TotalCost)]) { Format = money },
        };

        var setup = scope.Session.CostSetup;
        var time = new ReportTable(
            "time",
            "Time log",
            [new("Day"), new("Network"), new("Person"), new("Hours", CellKind.Number), new("Note")],
            [.. (await setup.TimeAsync(workspace, scope.Range, cancellationToken)).OrderByDescending(t => t.Day).Select(t => new TableRow([DashboardScope.Day(t.Day), t.Network, t.Person, t.Minutes / 60m, t.Note]))]);
        var recurring = new ReportTable(
            "recurring",
            "Recurring time",
            [new("Network"), new("Person"), new("Minutes a day", CellKind.Count), new("Days"), new("From"), new("To")],
            [.. (await setup.RecurrencesAsync(workspace, cancellationToken)).Select(r => new TableRow([r.Network, r.Person.Length == 0 ? "(anyone)" : r.Person, (long)r.Minutes, r.Days.Text, DashboardScope.Day(r.From), r.To is { } to ? DashboardScope.Day(to) : null]))]);
        var rates = new ReportTable(
            "rates",
            "Hourly rates",
            [new("Person"), new("Rate", CellKind.Number), new("Currency")],
            [.. (await setup.RatesAsync(workspace, cancellationToken)).Select(r => new TableRow([r.Person.Length == 0 ? "(everyone else)" : r.Person, new PriceCell(r.Rate, r.Currency), r.Currency]))]);
        var fees = new ReportTable(
            "fees",
            "Fixed costs",
            [new("Name"), new("Per month", CellKind.Number), new("Currency"), new("Shares"), new("From"), new("To")],
            [.. (await setup.FeesAsync(workspace, cancellationToken)).Select(f => new TableRow([f.Name, new PriceCell(f.MonthlyAmount, f.Currency), f.Currency, SharesText(workspace.Culture, f.Shares), DashboardScope.Day(f.From), f.To is { } to ? DashboardScope.Day(to) : null]))]);
        var currencies = new ReportTable(
            "currencies",
            "Currency rates",
            [new("Currency"), new("From"), new($"{workspace.Currency} per unit", CellKind.Number)],
            [.. (await setup.CurrencyRatesAsync(workspace, cancellationToken)).Select(c => new TableRow([c.Currency, DashboardScope.Day(c.From), c.Rate]))]);
        return new RoiModel(report, chart, [roi, time, rates, fees, currencies, recurring])
        {
            Labels = [.. report.Rows.Select(r => r.Campaign is null && !r.Unassigned ? r.Network : $"{r.Network} / {r.Label}")],
        };
    }

    /// <summary>The chart's labels, one per report row: the network, or "network / campaign" (untrusted text).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    // A fee's shares are weights (Facebook=2,Instagram=1): each network's part of the fee is its weight over their sum.
    private static string SharesText(CultureInfo culture, IReadOnlyDictionary<string, decimal> shares)
    {
        var total = shares.Values.Sum();
        return string.Join(", ", shares.Select(s => $"{s.Key} {(total == 0 ? 0 : s.Value / total).ToString("0.##%", culture)}"));
    }
}
