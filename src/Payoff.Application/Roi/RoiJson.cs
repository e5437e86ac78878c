using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;

namespace Payoff.Application.Roi;

/// <summary>
/// The one JSON document of the ROI report (CLI <c>--format json</c> and <c>/api/reports/roi</c>): the report
/// as the API has always serialized it, plus the CLI's workspace, days, flat row figures (amounts rounded to
/// 4 places) and the social networks' total. Under a model other than first-touch, the rows per network under
/// that model.
/// </summary>
public static class RoiJson
{
    /// <summary>The document of <paramref name="result"/>.</summary>
    public static JsonObject Build(RoiResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var head = new JsonObject
        {
            ["workspace"] = result.Workspace,
            ["from"] = JsonDocuments.Day(report.Range.From),
            ["to"] = JsonDocuments.Day(report.Range.To),
            ["currency"] = report.Currency,
            ["model"] = result.Model,
        };
        if (result.Attributed is { } attributed)
        {
            head["rows"] = new JsonArray([.. attributed.Select(r => (JsonNode?)AttributedRow(r))]);
            head["warnings"] = JsonDocuments.Texts(report.Warnings);
            return head;
        }

        head["rows"] = new JsonArray([.. report.Rows.Select(r => (JsonNode?)Row(r))]);
        head["social_totals"] = Total(report.SocialNetworks);
        head["totals"] = Total(report.AllChannels);
        head["warnings"] = JsonDocuments.Texts(report.Warnings);
        return JsonDocuments.Join(JsonDocuments.Api(report), head);
    }

    private static JsonObject AttributedRow(AttributedRoiRow r) => new()
    {
        ["network"] = r.Network,
        ["campaign"] = null,
        ["sessions"] = r.Sessions,
        ["contacts"] = Math.Round(r.Contacts, 6),
        ["customers"] = Math.Round(r.Customers, 6),
        ["revenue"] = ReportJson.Money(Round(r.Revenue)),
        ["value"] = ReportJson.Money(Round(r.Value)),
        ["ad_spend"] = ReportJson.Money(Round(r.AdSpend)),
        ["time_cost"] = ReportJson.Money(Round(r.TimeCost)),
        ["other_cost"] = ReportJson.Money(Round(r.OtherCost)),
        ["total_cost"] = ReportJson.Money(Round(r.TotalCost)),
        ["roi"] = ReportJson.Fraction(r.Roi),
        ["roas"] = ReportJson.Fraction(r.Roas),
        ["cost_per_visit"] = ReportJson.Money(Round(r.CostPerVisit)),
        ["cpl"] = ReportJson.Money(Round(r.CostPerLead)),
        ["cac"] = ReportJson.Money(Round(r.CostPerCustomer)),
        ["value_per_visit"] = ReportJson.Money(Round(r.ValuePerVisit)),
    };

    private static JsonObject Row(RoiRow r)
    {
        var row = Row(r.Network, r.Campaign, r.Totals, r.Roi, r.Totals.Roas, r.Totals.CostPerVisit, r.Totals.CostPerLead, r.Totals.CostPerCustomer);
        row["unassigned"] = r.Unassigned;
        return row;
    }

    // A total's sums; its ratios null when a network or channel in it carries no cost (named in without_cost).
    private static JsonObject Total(RoiTotal total)
    {
        var row = Row(null, null, total.Totals, total.Roi, total.Roas, total.CostPerVisit, total.CostPerLead, total.CostPerCustomer);
        row["without_cost"] = JsonDocuments.Texts(total.WithoutCost);
        return row;
    }

    private static JsonObject Row(string? network, string? campaign, LedgerTotals t, decimal? roi, decimal? roas, decimal? costPerVisit, decimal? cpl, decimal? cac) => new()
    {
        ["network"] = network,
        ["campaign"] = campaign,
        ["sessions"] = t.Sessions,
        ["contacts"] = t.Contacts,
        ["customers"] = t.Customers,
        ["revenue"] = ReportJson.Money(Round(t.Revenue)),
        ["value"] = ReportJson.Money(Round(t.Value)),
        ["ad_spend"] = ReportJson.Money(Round(t.AdSpend)),
        ["time_hours"] = ReportJson.Exact(Round(t.TimeHours)),
        ["time_cost"] = ReportJson.Money(Round(t.TimeCost)),
        ["other_cost"] = ReportJson.Money(Round(t.OtherCost)),
        ["reward_cost"] = ReportJson.Money(Round(t.RewardCost)),
        ["total_cost"] = ReportJson.Money(Round(t.TotalCost)),
        ["roi"] = ReportJson.Fraction(roi),
        ["roas"] = ReportJson.Fraction(roas),
        ["cost_per_visit"] = ReportJson.Money(Round(costPerVisit)),
        ["cpl"] = ReportJson.Money(Round(cpl)),
        ["cac"] = ReportJson.Money(Round(cac)),
        ["value_per_visit"] = ReportJson.Money(Round(t.ValuePerVisit)),
    };

    private static decimal? Round(decimal? value) => value is { } v ? decimal.Round(v, 4) : null;
}
