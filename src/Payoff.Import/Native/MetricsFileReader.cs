using Payoff.Core.Networks;
using Payoff.Core.Social;
using Payoff.Import.Csv;

namespace Payoff.Import.Native;

/// <summary>Reads Payoff's account metrics CSV: <c>date,network,metric,value[,account]</c>, one metric of one day per row.</summary>
/// <remarks>
/// The network is canonicalised when Payoff knows it (<c>fb</c> → Facebook) and kept as written
/// otherwise; the metric must be a canonical name or a known platform name (<see cref="MetricCatalog"/>).
/// Values are decimals with a dot and may not be negative.
/// </remarks>
public static class MetricsFileReader
{
    /// <summary>The columns that must be present.</summary>
    public static readonly IReadOnlyList<string> Required = ["date", "network", "metric", "value"];

    /// <summary>Every accepted column.</summary>
    public static readonly IReadOnlyList<string> Known = ["date", "network", "metric", "value", "account"];

    /// <summary>Reads and validates the file, lazily (see <see cref="ParsedFile{T}"/>); <paramref name="options"/> name its encoding and date format when they cannot be detected.</summary>
    public static ParsedFile<AccountMetric> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        table.RequireColumns(Required, Known);
        return NativeRows.Read(table, ReadRow);
    }

    /// <summary>The canonical network for <paramref name="text"/>, or the trimmed text for a network Payoff does not list.</summary>
    internal static string? Network(string? text, RowErrors row)
    {
        if (text is null)
        {
            row.Add("network", "network is empty.");
            return null;
        }

        if (text.Length > 100)
        {
            row.Add("network", "network is longer than 100 characters.");
            return null;
        }

        if (NetworkCatalog.Default.Canonical(text) is { } known)
        {
            return known;
        }

        // A name Payoff does not list is kept (a network it does not know yet), unless it is a near miss of a network or of
        // one of its aliases ("Instagarm", "Twiter"; five letters or more: "Bing" is not a typo of XING): it would otherwise become a network of its own, splitting the real
        // one's figures. Channels and sources are not candidates ("Gmail" is not a typo of Email, nor "Bing" of XING), and
        // a name that is a network's without its signs is another source ("Google" beside "Google+").
        var name = text.Trim();
        var catalog = NetworkCatalog.Default;
        if (name.Length >= 5 && NetworkSuggestion.Closest(name, [.. catalog.Networks, .. catalog.Aliases.Keys.Where(a => a.Length >= 4)]) is { } closest
            && !string.Equals(new string([.. closest.Where(char.IsLetterOrDigit)]), name, StringComparison.OrdinalIgnoreCase))
        {
            var network = catalog.Canonical(closest) ?? closest;
            row.Add("network", $"network '{FieldParser.Clip(name)}' is not a network Payoff knows — did you mean {network}? (A network Payoff does not list is kept under its own name when it is not this close to a known one.)");
            return null;
        }

        return name;
    }

    private static AccountMetric? ReadRow(CsvRow r, RowErrors row)
    {
        var date = RequiredFields.Date(r, row, "date");
        var network = Network(r["network"], row);
        var platformMetric = r["metric"];
        var metric = MetricCatalog.CanonicalName(platformMetric);
        if (metric is null)
        {
            row.Add("metric", platformMetric is null
                ? "metric is empty."
                : $"'{FieldParser.Clip(platformMetric)}' is not a metric Payoff knows; use one of {string.Join(", ", MetricCatalog.Names)}.");
        }

        var value = RequiredFields.NonNegative(r, row, "value");
        var account = r["account"];
        if (account is { Length: > 200 })
        {
            row.Add("account", "account is longer than 200 characters.");
        }

        return row.Count == 0 ? new AccountMetric(date, network!, account, metric!, platformMetric!, value) : null;
    }
}
