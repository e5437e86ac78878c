using Payoff.Core.Social;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.Meta;

/// <summary>
/// Reads Meta Business Suite's account-level daily files, one metric per file (<c>Views.csv</c>,
/// <c>Follows.csv</c>, <c>Reach.csv</c>…): UTF-16 LE with a BOM, a <c>sep=,</c> line, the metric's
/// title, then <c>"Date","Primary"</c> with dates like <c>2025-08-01T00:00:00</c>.
/// </summary>
/// <remarks>
/// The metric is the title line: <c>Follows</c> are the day's new followers, <c>Visits</c> profile
/// visits, <c>Interactions</c> engagements, others by <see cref="MetricCatalog"/>. The files do not
/// name the network: it is Instagram when the title or the file name says Instagram (or <c>IG</c>), else
/// Facebook — rename the file (<c>Instagram Views.csv</c>) when Payoff guesses wrong.
/// </remarks>
public static class MetaDailyReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd", "MM/dd/yyyy"];

    /// <summary>Whether a header is the <c>"Date","Primary"</c> pair.</summary>
    public static bool IsHeader(IReadOnlyList<string> header) =>
        header is ["date", "primary", ..];

    /// <summary>The metric and network of a file with title line <paramref name="title"/>, or null when the title is not a metric Payoff knows.</summary>
    public static (string Metric, string Network)? Identify(string path, string? title)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = (title ?? string.Empty).Trim();
        var network = Network(path, text);
        var bare = text.Replace("Instagram", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("Facebook", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        var metric = bare.ToLowerInvariant() switch
        {
            "follows" or "new follows" => "new_followers",
            "visits" or "profile visits" or "page visits" => "profile_visits",
            _ => MetricCatalog.CanonicalName(bare),
        };
        return metric is null ? null : (metric, network);
    }

    /// <summary>
    /// The network a Meta file without a network column belongs to: Instagram when its name or title says Instagram (or
    /// the name starts with <c>IG</c> or holds <c> IG </c>), else Facebook.
    /// </summary>
    public static string Network(string path, string? title)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        return $"{name} {title}".Contains("instagram", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("IG", StringComparison.OrdinalIgnoreCase)
            || name.Contains(" IG ", StringComparison.OrdinalIgnoreCase)
            ? "Instagram"
            : "Facebook";
    }

    /// <summary>Reads the file.</summary>
    public static ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options, IsHeader);
        if (!IsHeader(table.Header))
        {
            throw new ImportFileException(1, null, "Not a Meta daily account file: expected a title line and then \"Date\",\"Primary\".");
        }

        var title = table.Preamble.LastOrDefault(l => l.Length > 0);
        var (metric, network) = Identify(path, title)
            ?? throw new ImportFileException(table.Preamble.Count, null, $"The title '{FieldParser.Clip(title ?? string.Empty)}' is not a metric Payoff knows ({string.Join(", ", MetricCatalog.Names)}).");
        var dates = new PlatformDates(options);
        return NativeRows.Read(table, (r, row) =>
        {
            if (!dates.TryParseDay(r["date"], DateFormats, out var day))
            {
                row.Add("date", $"'{FieldParser.Clip(r["date"] ?? string.Empty)}' is not a date like 2025-08-01T00:00:00.");
            }

            if (!PlatformNumber.TryParse(r["primary"], out var value))
            {
                row.Add("primary", $"'{FieldParser.Clip(r["primary"] ?? string.Empty)}' is not a number.");
            }

            return row.Count > 0 || value is null ? null : SocialRecord.Of(new AccountMetric(day, network, null, metric, title!, value.Value));
        });
    }
}
