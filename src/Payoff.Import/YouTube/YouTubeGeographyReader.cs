using Payoff.Core.Audience;
using Payoff.Core.Social;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;
using Payoff.Import.Spreadsheets;

namespace Payoff.Import.YouTube;

/// <summary>
/// Reads YouTube Studio's geography export (Advanced Mode → Geography → download): a ZIP
/// (<c>Geography 2026-06-01_2026-07-31 Acme Analytics.zip</c>) whose <c>Table data.csv</c> holds
/// <c>Geography, Views, Watch time (hours), Average view duration</c> — or that CSV unzipped. German headers
/// (<c>Geografie, Aufrufe</c>) and Spanish (<c>Geografía, Visualizaciones</c>) are known.
/// </summary>
/// <remarks>
/// The audience is the channel's <c>viewers</c> and the counts are views (a person watching twice counts twice), stored
/// as the <c>country</c> dimension; shares are each country's views over the listed total. The first data row is YouTube's
/// total (<c>Total</c>/<c>Gesamt</c> in the geography column) and is skipped. The channel and the snapshot's day (the
/// period's end) come from the ZIP's name.
/// </remarks>
public static class YouTubeGeographyReader
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["geography"] = "geography", ["geografie"] = "geography", ["geografía"] = "geography", ["géographie"] = "geography", ["country"] = "geography",
        ["views"] = "views", ["aufrufe"] = "views", ["visualizaciones"] = "views", ["vues"] = "views",
    };

    private static readonly HashSet<string> Totals = new(StringComparer.OrdinalIgnoreCase) { "Total", "Gesamt", "Totale", "Totaal", "Suma" };

    /// <summary>Whether a header is YouTube's geography table.</summary>
    public static bool IsHeader(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.Count >= 2 && Names.GetValueOrDefault(header[0]) == "geography" && header.Any(h => Names.GetValueOrDefault(h) == "views");
    }

    /// <summary>Whether <paramref name="path"/> is a ZIP holding YouTube's geography table.</summary>
    public static bool Matches(string path)
    {
        try
        {
            return File.Exists(path) && SheetTable.IsWorkbook(path, out var zip) && zip && YouTubeContentReader.FindTable(path, IsHeader) is not null;
        }
        catch (ImportFileException)
        {
            return false;
        }
    }

    /// <summary>Reads the ZIP (or the unzipped CSV).</summary>
    public static ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var channel = YouTubeContentReader.ChannelOf(path);
        var asOf = AudienceCells.AsOf(path);
        string? temporary = null;
        var csv = path;
        if (SheetTable.IsWorkbook(path, out var zip) && zip)
        {
            var entry = YouTubeContentReader.FindTable(path, IsHeader) ?? throw new ImportFileException(0, null, $"{Path.GetFileName(path)} holds no Table data.csv with Geography and Views columns.");
            temporary = YouTubeContentReader.Extract(path, entry);
            csv = temporary;
        }

        return new ParsedFile<SocialRecord>(tally => Produce(csv, temporary, options, channel, asOf, tally));
    }

    private static IEnumerable<SocialRecord> Produce(string csv, string? temporary, ImportOptions? options, string? channel, DateOnly? asOf, RowErrors tally)
    {
        try
        {
            var table = CsvTable.Open(csv, options);
            if (!IsHeader(table.Header))
            {
                throw new ImportFileException(1, null, $"Not YouTube geography table data: expected Geography and Views columns (its columns: {string.Join(", ", table.Titles)}).");
            }

            var valueColumn = table.Header[0];
            var viewsColumn = table.Header.First(h => Names.GetValueOrDefault(h) == "views");
            var platform = table.Titles[0];
            var first = true;
            var position = 0;
            foreach (var record in NativeRows.Produce(table, (r, row) =>
            {
                var value = row.Limit(valueColumn, r[valueColumn]?.Trim());
                var isTotal = first && value is not null && Totals.Contains(value);
                first = false;
                if (isTotal)
                {
                    return null;
                }

                if (value is null)
                {
                    row.Add(valueColumn, $"{platform} is empty.");
                }

                var (views, share) = AudienceCells.CountOrShare(r, row, viewsColumn);
                if (views is null && share is null && row.Count == 0)
                {
                    row.Add(viewsColumn, $"No views for {value}.");
                }

                return row.Count == 0 ? SocialRecord.Of(new AudienceRow("YouTube", channel, "viewers", AudienceDimensions.Country, value!, views, share, asOf, platform, position++)) : null;
            }, tally))
            {
                yield return record;
            }
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }
}
