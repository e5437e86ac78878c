using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Payoff.Cli.Tests.Baseline;

/// <summary>
/// The golden files of the baseline, read from (and, with <c>PAYOFF_UPDATE_BASELINE=1</c>, written to) the
/// source folder <c>tests/Payoff.Cli.Tests/Baseline/golden</c>, so a regenerated file shows up in git.
/// </summary>
public static class Golden
{
    /// <summary>The environment variable that rewrites the golden files instead of comparing with them.</summary>
    public const string UpdateVariable = "PAYOFF_UPDATE_BASELINE";

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// Compares <paramref name="json"/> with the golden file <paramref name="name"/>.json (figures only, see
    /// <see cref="BaselineJson"/>), or rewrites the file when <see cref="UpdateVariable"/> is 1.
    /// </summary>
    public static void Check(string name, string json, IReadOnlyCollection<string> excluded)
    {
        var actual = JsonNode.Parse(json);
        var path = Path.Combine(Folder(), name + ".json");
        if (Updating)
        {
            File.WriteAllText(path, actual!.ToJsonString(Output.Json.Options) + "\n");
            return;
        }

        Assert.True(File.Exists(path), $"{name}: no golden file {path}; run the baseline once with {UpdateVariable}=1 on the code before the change, and commit it.");
        var difference = BaselineJson.FirstDifference(Moved(name, JsonNode.Parse(File.ReadAllText(path))), actual, excluded);
        Assert.True(difference is null, $"{name}: the report changed at {difference}");
    }

    /// <summary>
    /// The golden JSON with the fields issue 14 moved put where the one document of each report now keeps
    /// them — the value is unchanged, only its place: the CLI's <c>journeys</c> of attribution and paths
    /// ("events" or "paths") is the API's <c>source</c>, and the CLI verdict's <c>period</c> text is the
    /// API's <c>period.heading</c>; the CLI attribution's <c>from</c>/<c>to</c> are the API's <c>range</c>; the CLI
    /// paths' <c>lengths[].touches</c> and <c>timeToConversion[].days</c> are the API's <c>bucket</c>, its
    /// <c>roles[].channel</c> the API's <c>key</c>; the CLI attribution's <c>journeyCount</c> is <c>journeys</c>; the CLI KPI row's reach, exchange and
    /// monetization numbers are the API's <c>score</c> of each.
    /// </summary>
    private static JsonNode? Moved(string name, JsonNode? golden)
    {
        if (golden is JsonArray list && name.StartsWith("api-", StringComparison.Ordinal) && ListReports.Any(r => name.Contains(r, StringComparison.Ordinal)))
        {
            // The API answered the links, costs and social reports with a bare array of rows; the one document keeps them in rows.
            return new JsonObject { ["rows"] = list.DeepClone() };
        }

        if (golden is not JsonObject root || !name.StartsWith("cli-", StringComparison.Ordinal))
        {
            return golden;
        }

        if (name.Contains("-costs-", StringComparison.Ordinal) || name.Contains("-social-", StringComparison.Ordinal) || name.Contains("-benchmark-", StringComparison.Ordinal))
        {
            MonthsAsDays(root, name.Contains("-benchmark-", StringComparison.Ordinal));
        }

        if ((name.Contains("-attribution", StringComparison.Ordinal) || name.Contains("-paths", StringComparison.Ordinal))
            && root["journeys"] is JsonValue journeys && journeys.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            root.Remove("journeys");
            root["source"] = journeys;
        }

        if (name.Contains("-attribution", StringComparison.Ordinal) && root["from"] is var from && root["to"] is var to && !root.ContainsKey("range"))
        {
            root.Remove("from");
            root.Remove("to");
            root["range"] = from is null && to is null ? null : new JsonObject { ["from"] = from?.DeepClone(), ["to"] = to?.DeepClone() };
        }

        if (name.Contains("-paths", StringComparison.Ordinal))
        {
            Rename(root["lengths"], "touches", "bucket");
            Rename(root["timeToConversion"], "days", "bucket");
            Rename(root["roles"], "channel", "key");
        }

        if (name.Contains("-attribution", StringComparison.Ordinal) && root["journeyCount"] is { } count)
        {
            root.Remove("journeyCount");
            root["journeys"] = count;
        }

        if (name.Contains("-roi", StringComparison.Ordinal) && root["totals"] is JsonObject totals)
        {
            // The CLI's JSON totals left ROI and ROAS null; the one document carries the API's totals of them.
            foreach (var key in totals.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                totals.Remove(key);
            }
        }

        if (name.Contains("-kpi", StringComparison.Ordinal) && root["rows"] is JsonArray rows)
        {
            foreach (var row in rows.OfType<JsonObject>())
            {
                foreach (var part in new[] { "reach", "exchange", "monetization" })
                {
                    if (row[part] is not JsonObject && row.ContainsKey(part))
                    {
                        var score = row[part];
                        row.Remove(part);
                        row[part] = new JsonObject { ["score"] = score };
                    }
                }
            }
        }

        if (name.Contains("-verdict", StringComparison.Ordinal) && root["period"] is JsonValue period)
        {
            root.Remove("period");
            root["period"] = new JsonObject { ["heading"] = period };
        }

        return root;
    }

    private static readonly string[] ListReports = ["-links", "-costs-", "-social-"];

    /// <summary>
    /// The CLI wrote a month as <c>yyyy-MM</c> where the API (and so the one document) writes its first day,
    /// <c>yyyy-MM-01</c>: in rows, staff rows and the benchmark's months; the CLI benchmark's totals, an object
    /// keyed by month, are the API's list of months in that order (goals keep their own <c>yyyy-MM</c> months).
    /// </summary>
    private static void MonthsAsDays(JsonObject root, bool benchmark)
    {
        static JsonNode? Day(JsonNode? month) => month is JsonValue v && v.TryGetValue<string>(out var text) && text.Length == 7 ? JsonValue.Create(text + "-01") : month;
        void Rows(JsonNode? rows)
        {
            foreach (var row in (rows as JsonArray ?? []).OfType<JsonObject>().Where(r => r.ContainsKey("month")))
            {
                row["month"] = Day(row["month"]?.DeepClone());
            }
        }

        Rows(root["rows"]);
        Rows(root["staff"]);
        if (!benchmark)
        {
            return;
        }

        if (root["months"] is JsonArray months)
        {
            root["months"] = new JsonArray([.. months.Select(m => Day(m?.DeepClone()))]);
        }

        if (root["totals"] is JsonObject totals)
        {
            root["totals"] = new JsonArray([.. totals.Select(p => p.Value?.DeepClone())]);
            Rows(root["totals"]);
        }
    }

    private static void Rename(JsonNode? rows, string from, string to)
    {
        foreach (var row in (rows as JsonArray ?? []).OfType<JsonObject>())
        {
            if (row.ContainsKey(from))
            {
                var value = row[from];
                row.Remove(from);
                row[to] = value;
            }
        }
    }

    /// <summary>The names of the golden files on disk, without <c>.json</c>.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Folder(), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    private static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "golden");
}
