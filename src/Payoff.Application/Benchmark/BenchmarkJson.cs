using System.Text.Json.Nodes;
using Payoff.Application.Goals;
using Payoff.Application.Json;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Benchmark;
using Payoff.Core.Reporting.Sources;

namespace Payoff.Application.Benchmark;

/// <summary>
/// The one JSON document of the monthly benchmark: the body of <c>GET /api/reports/benchmark</c> and the output
/// of <c>payoff report benchmark --format json</c>. It is the report as the API has always written it (the
/// query, currency, months as their first day, <c>rows</c> per network and month and <c>totals</c> per month,
/// each with <c>counts</c>, <c>previous_month</c>, <c>changes</c> and <c>before_data</c>) plus what the CLI always
/// wrote beside it: <c>report</c>, <c>workspace</c>, <c>network</c>, on each row with data its figures flat
/// (<c>sessions</c>, <c>contacts</c>, <c>contact_rate</c> rounded to 6 places, <c>customers</c>, <c>revenue</c>)
/// with <c>change</c> (fractions from the month before, 6 places, null when the comparison rule gives none) and
/// <c>change_kind</c> (<c>compared</c>, <c>new</c> or <c>none</c>), and <c>goals</c> (their progress, as
/// <see cref="GoalsReportJson.Progress"/>). Revenue is in <c>currency</c>.
/// </summary>
public static class BenchmarkJson
{
    /// <summary>The document of <paramref name="result"/>.</summary>
    public static JsonObject Build(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var extra = new JsonObject
        {
            ["report"] = "benchmark",
            ["workspace"] = result.Workspace,
            ["network"] = report.Query.Network,
            ["rows"] = new JsonArray([.. report.Rows.Select(r => (JsonNode?)Row(r))]),
            ["totals"] = new JsonArray([.. report.Totals.Select(r => (JsonNode?)Row(r))]),
            ["goals"] = new JsonArray([.. result.Goals.Select(g => (JsonNode?)GoalsReportJson.Progress(g))]),
        };
        return JsonDocuments.Join(JsonDocuments.Api(report), extra);
    }

    /// <summary>A month's changes from the month before by metric name (snake_case), in the report's order.</summary>
    public static IEnumerable<(string Name, Change Change)> Changes(SourceCountsChange changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return [("sessions", changes.Sessions), ("contacts", changes.Contacts), ("contact_rate", changes.ContactRate), ("customers", changes.Customers), ("revenue", changes.Revenue)];
    }

    // The CLI's flat figures of a row; a month before the workspace's first data has none (not zeros).
    private static JsonObject Row(BenchmarkRow row)
    {
        if (row.BeforeData)
        {
            return [];
        }

        return new JsonObject
        {
            ["sessions"] = row.Counts.Sessions,
            ["contacts"] = row.Counts.Contacts,
            ["contact_rate"] = ReportJson.Fraction(row.Counts.ContactRate),
            ["customers"] = row.Counts.Customers,
            ["revenue"] = ReportJson.Money(row.Counts.Revenue),
            ["change"] = new JsonObject([.. Changes(row.Changes).Select(c => KeyValuePair.Create(c.Name, ReportJson.Fraction(c.Change.Fraction)))]),
            ["change_kind"] = new JsonObject([.. Changes(row.Changes).Select(c => KeyValuePair.Create<string, JsonNode?>(c.Name, ReportJson.Kind(c.Change.Kind)))]),
        };
    }
}
