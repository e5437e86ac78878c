using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Sources;

namespace Payoff.Application.Sources;

/// <summary>
/// The one JSON document of the sources report: the body of <c>GET /api/reports/sources</c> and the output of
/// <c>payoff report sources --format json</c>. It is the report as the API has always written it (the query,
/// currency, compared range and coverage, rows with <c>key</c>, <c>current</c>, <c>previous</c> and
/// <c>changes</c>, totals, previous totals and their changes, notes, warnings) plus what the CLI always wrote
/// beside it: <c>report</c>, <c>workspace</c>, <c>from</c>, <c>to</c>, <c>by</c>, <c>network</c>, <c>compare</c>,
/// and on each row and the totals its key fields and metrics flat, with <c>change</c> (a fraction rounded to 6
/// places, or null when the comparison rule gives no percentage) and <c>change_kind</c> (<c>compared</c>,
/// <c>new</c> or <c>none</c>). Rates are fractions (0.25 is 25 %), revenue is in <c>currency</c>.
/// </summary>
public static class SourcesJson
{
    /// <summary>The document of <paramref name="report"/> of the workspace named <paramref name="workspace"/>.</summary>
    public static JsonObject Build(SourcesReport report, string workspace)
    {
        ArgumentNullException.ThrowIfNull(report);
        var query = report.Query;
        var document = ReportJson.Of(report).AsObject();
        document["report"] = "sources";
        document["workspace"] = workspace;
        document["from"] = Day(query.Range.From);
        document["to"] = Day(query.Range.To);
        document["by"] = query.Grouping.ToString().ToLowerInvariant();
        document["network"] = query.Network;
        if (report.ComparedRange is { } compared)
        {
            document["compare"] = new JsonObject
            {
                ["mode"] = query.Compare == PeriodComparison.PreviousYear ? "previous-year" : "previous-period",
                ["from"] = Day(compared.From),
                ["to"] = Day(compared.To),
                ["days"] = report.ComparedCoverage?.Days,
                ["days_with_data"] = report.ComparedCoverage?.DaysWithData,
                ["comparable"] = report.ComparedCoverage?.IsEnough,
            };
        }

        var rows = document["rows"]!.AsArray();
        for (var i = 0; i < report.Rows.Count; i++)
        {
            var row = report.Rows[i];
            var item = rows[i]!.AsObject();
            foreach (var field in KeyFields(query.Grouping))
            {
                item[field] = KeyValue(row.Key, field);
            }

            AddMetrics(item, row.Current, row.Previous, report.ComparedCoverage);
        }

        AddMetrics(document["totals"]!.AsObject(), report.Totals, report.PreviousTotals, report.ComparedCoverage);
        return document;
    }

    /// <summary>The row-key fields of a grouping, in order.</summary>
    public static IReadOnlyList<string> KeyFields(SourcesGrouping grouping) => grouping switch
    {
        SourcesGrouping.Channel => ["channel"],
        SourcesGrouping.Network => ["network"],
        SourcesGrouping.Campaign => ["network", "campaign"],
        _ => ["network", "campaign", "content"],
    };

    /// <summary>The value of a row-key field (<see cref="KeyFields"/>).</summary>
    public static string? KeyValue(SourceKey key, string field)
    {
        ArgumentNullException.ThrowIfNull(key);
        return field switch
        {
            "channel" => key.Channel,
            "network" => key.Network,
            "campaign" => key.Campaign,
            _ => key.Content,
        };
    }

    /// <summary>The metrics in their order: name (snake_case) and value (counts, rates as fractions, revenue).</summary>
    public static IEnumerable<(string Name, decimal? Value)> Values(SourceCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return
        [
            ("sessions", counts.Sessions), ("contacts", counts.Contacts), ("customers", counts.Customers), ("contact_rate", counts.ContactRate),
            ("customer_rate", counts.CustomerRate), ("lead_to_customer_rate", counts.LeadToCustomerRate), ("revenue", counts.Revenue),
        ];
    }

    // The metrics flat (the API's totals keep their unrounded rates); when compared, previous (unless the API's is there), change and change_kind.
    private static void AddMetrics(JsonObject item, SourceCounts current, SourceCounts? previous, Coverage? coverage)
    {
        foreach (var (name, value) in Values(current).Where(v => !item.ContainsKey(v.Name)))
        {
            item[name] = name is "sessions" or "contacts" or "customers" ? JsonValue.Create((long)value!.Value) : name == "revenue" ? ReportJson.Money(value) : ReportJson.Fraction(value);
        }

        if (previous is null || coverage is null)
        {
            return;
        }

        if (item["previous"] is null)
        {
            var before = new JsonObject();
            AddMetrics(before, previous, null, null);
            item["previous"] = before;
        }

        var change = new JsonObject();
        var kind = new JsonObject();
        var old = Values(previous).ToDictionary(v => v.Name, v => v.Value);
        foreach (var (name, value) in Values(current))
        {
            var c = Change.Of(value, old[name], coverage);
            change[name] = ReportJson.Fraction(c.Fraction);
            kind[name] = ReportJson.Kind(c.Kind);
        }

        item["change"] = change;
        item["change_kind"] = kind;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
