using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Money;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Statistics;

namespace Payoff.Application.Verdict;

/// <summary>
/// The one JSON document of the verdict (CLI <c>--format json</c> and <c>/api/reports/verdict</c>): the report as
/// the API has always serialized it (<c>period</c>, <c>networks</c>, …), plus the CLI's workspace, days, note and
/// a flat row per network (<c>rows</c>: role, verdict, shares, trends, amounts in the currency's minor unit).
/// </summary>
public static class VerdictJson
{
    /// <summary>The document of <paramref name="report"/> for <paramref name="workspace"/> (its name).</summary>
    public static JsonObject Build(VerdictReport report, string workspace)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cli = new JsonObject
        {
            ["workspace"] = workspace,
            ["from"] = JsonDocuments.Day(report.Range.From),
            ["to"] = JsonDocuments.Day(report.Range.To),
            ["period"] = report.Period.Heading,
            ["note"] = report.Period.Note,
            ["currency"] = report.Currency,
            ["rows"] = new JsonArray([.. report.Networks.Select(v => (JsonNode?)Row(v, report.Currency))]),
            ["warnings"] = JsonDocuments.Texts(report.Warnings),
        };
        return JsonDocuments.Join(JsonDocuments.Api(report), cli);
    }

    /// <summary>One verdict as a flat row, its amounts rounded to <paramref name="currency"/>'s minor unit.</summary>
    public static JsonObject Row(NetworkVerdict v, string currency)
    {
        ArgumentNullException.ThrowIfNull(v);
        var t = v.Facts.Totals;
        return new JsonObject
        {
            ["network"] = v.Facts.Network,
            ["role"] = VerdictLabels.Name(v.Role),
            ["verdict"] = VerdictLabels.Name(v.Recommendation),
            ["reasons"] = JsonDocuments.Texts(v.Reasons),
            ["experiments"] = JsonDocuments.Texts(v.Experiments),
            ["best_campaign"] = v.BestCampaign?.Campaign,
            ["worst_campaign"] = v.WorstCampaign?.Campaign,
            ["roi"] = ReportJson.Fraction(t.Roi),
            ["sessions"] = t.Sessions,
            ["contacts"] = t.Contacts,
            ["customers"] = t.Customers,
            ["contact_rate"] = Fraction(v.ContactRate.Rate),
            ["contact_rate_low"] = Fraction(v.ContactRate.Trials == 0 ? null : v.ContactRate.Low),
            ["contact_rate_high"] = Fraction(v.ContactRate.Trials == 0 ? null : v.ContactRate.High),
            ["session_share"] = Fraction(v.Facts.SessionShare),
            ["contact_share"] = Fraction(v.Facts.ContactShare),
            ["reach_share"] = Fraction(v.Facts.ReachShare),
            ["trend"] = Fraction(v.Trend),
            ["session_trend"] = Direction(v.SessionTrend),
            ["contact_trend"] = Direction(v.ContactTrend),
            ["first_day"] = v.Facts.FirstDay is { } first ? JsonDocuments.Day(first) : null,
            ["monthly_saving"] = v.MonthlySaving is { } saving ? ReportJson.Money(Currencies.Round(saving, currency)) : null,
            ["revenue"] = ReportJson.Money(Currencies.Round(t.Revenue, currency)),
            ["value"] = ReportJson.Money(Currencies.Round(t.Value, currency)),
            ["ad_spend"] = ReportJson.Money(Currencies.Round(t.AdSpend, currency)),
            ["time_cost"] = ReportJson.Money(Currencies.Round(t.TimeCost, currency)),
            ["other_cost"] = ReportJson.Money(Currencies.Round(t.OtherCost, currency)),
            ["reward_cost"] = ReportJson.Money(Currencies.Round(t.RewardCost, currency)),
            ["total_cost"] = ReportJson.Money(Currencies.Round(t.TotalCost, currency)),
            ["goals"] = new JsonArray([.. v.Facts.Goals.Select(g => (JsonNode?)new JsonObject { ["name"] = g.Goal.Name, ["status"] = Goals.GoalsReportJson.Status(g.Status) })]),
        };
    }

    private static string? Direction(CountTrend? trend) => trend is null ? null : trend.Direction.ToString().ToLowerInvariant();

    private static JsonValue? Fraction(double? value) => value is { } v ? JsonValue.Create(Math.Round(v, 6)) : null;
}
