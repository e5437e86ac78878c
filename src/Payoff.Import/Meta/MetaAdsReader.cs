using System.Globalization;
using System.Text.RegularExpressions;
using Payoff.Core.Costs;
using Payoff.Core.Networks;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.Meta;

/// <summary>
/// Reads Meta Ads Manager exports (English, French and Polish headers): spend per campaign and day
/// or period, in the currency the header names (<c>Amount spent (EUR)</c>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A row with a <c>Day</c>, or with equal reporting start and end, is one day. A row covering a
/// longer period is spread evenly over its days (amounts to the cent, counts to the unit, the
/// remainder on the last day), so the daily sums equal the file's totals exactly.</item>
/// <item>Summary rows (no campaign name) are skipped, not counted as spend.</item>
/// <item>Semicolon-separated files use decimal commas (<c>1 234,56</c>) and day-first dates; others
/// decimal points and month-first dates; ISO dates are read in both.</item>
/// <item>Spend is filed under the network of a <c>Platform</c> column when there is one, else Facebook.</item>
/// </list>
/// </remarks>
public static partial class MetaAdsReader
{
    private static readonly string[] CampaignNames = ["campaign_name", "nom_de_la_campagne", "nazwa_kampanii"];
    private static readonly string[] StartNames = ["reporting_starts", "début_des_rapports", "początek_raportowania"];
    private static readonly string[] EndNames = ["reporting_ends", "fin_des_rapports", "koniec_raportowania"];
    private static readonly string[] DayNames = ["day", "jour", "dzień"];
    private static readonly string[] ImpressionNames = ["impressions", "wyświetlenia"];
    private static readonly string[] ClickNames = ["link_clicks", "clics_sur_un_lien", "kliknięcia_linku"];

    /// <summary>Whether a header (normalised) is a Meta Ads Manager export.</summary>
    public static bool Matches(IReadOnlyCollection<string> header) =>
        Pick(header, CampaignNames) is not null && AmountColumn(header) is not null && (Pick(header, DayNames) ?? Pick(header, StartNames)) is not null;

    /// <summary>Reads and validates the file; each record is one campaign-day.</summary>
    public static ParsedFile<AdCost> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        var header = table.Header;
        var campaign = Pick(header, CampaignNames) ?? throw new ImportFileException(1, null, "No campaign name column (Campaign name).");
        var (amount, currency) = AmountColumn(header) ?? throw new ImportFileException(1, null, "No 'Amount spent (CUR)' column: the currency must be in its header.");
        var day = Pick(header, DayNames);
        var start = Pick(header, StartNames);
        var end = Pick(header, EndNames);
        if (day is null && (start is null || end is null))
        {
            throw new ImportFileException(1, null, "No 'Day' column and no 'Reporting starts'/'Reporting ends' pair: the rows have no dates.");
        }

        var comma = table.Delimiter == ';';
        var impressions = Pick(header, ImpressionNames);
        var clicks = Pick(header, ClickNames);
        return NativeRows.ReadMany(table, (r, row) =>
        {
            var name = row.Limit(campaign, r[campaign]);
            if (name is null)
            {
                return new List<AdCost>();
            }

            var first = ReadDate(r, row, day ?? start!, comma);
            var last = day is null ? ReadDate(r, row, end!, comma) : first;
            if (row.Count == 0 && last < first)
            {
                row.Add(end, "the reporting end is before its start.");
            }

            var spend = PlatformColumns.Amount(r, row, amount, comma) ?? 0m;
            var shown = PlatformColumns.Amount(r, row, impressions, comma);
            var clicked = PlatformColumns.Amount(r, row, clicks, comma);
            var network = NetworkCatalog.Default.Canonical(r["platform"]) ?? "Facebook";
            return row.Count > 0 ? null : CostSpreader.Spread(first, last, network, name, spend, currency, shown, clicked);
        });
    }

    private static DateOnly ReadDate(CsvRow r, RowErrors row, string column, bool dayFirst)
    {
        var text = r[column];
        string[] formats = dayFirst ? ["yyyy-MM-dd", "dd/MM/yyyy", "dd.MM.yyyy", "d/M/yyyy"] : ["yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy"];
        if (text is not null && DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        row.Add(column, text is null ? $"{column} is empty." : $"'{FieldParser.Clip(text)}' is not a date ({formats[0]} or {formats[1]}).");
        return default;
    }

    private static string? Pick(IReadOnlyCollection<string> header, string[] names) => names.FirstOrDefault(header.Contains);

    private static (string Column, string Currency)? AmountColumn(IReadOnlyCollection<string> header)
    {
        foreach (var column in header)
        {
            var match = AmountPattern().Match(column);
            if (match.Success)
            {
                return (column, match.Groups[1].Value.ToUpperInvariant());
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:amount_spent|montant_dépensé|wydana_kwota)_\(([a-z]{3})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
