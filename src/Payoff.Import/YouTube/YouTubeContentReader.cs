using System.IO.Compression;
using System.Text.RegularExpressions;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;
using Payoff.Import.Spreadsheets;

namespace Payoff.Import.YouTube;

/// <summary>
/// Reads YouTube Studio's Advanced Mode export, a ZIP (<c>Content 2026-05-01_2026-05-31 Channel.zip</c>)
/// holding <c>Table data.csv</c> (German <c>Tabellendaten.csv</c>, …): one video per row with
/// <c>Content</c> (the video id), <c>Video title</c>, <c>Video publish time</c>, <c>Views</c>,
/// <c>Subscribers</c>, <c>Impressions</c> — the columns the user picked. The unzipped CSV is read too.
/// </summary>
/// <remarks>
/// The first data row is a <c>Total</c> row (the marker in the Content column, no title, no publish
/// time) and is skipped. Headers may be localised (English and
/// German are known) and carry soft hyphens (removed). The ZIP's entry count and sizes are checked
/// before anything is inflated; the table is found by its header, not its name. Subscribers gained are
/// stored as the video's follows.
/// </remarks>
public sealed partial class YouTubeContentReader(WorkspaceCalendar calendar)
{
    private static readonly string[] TimeFormats = ["MMM d, yyyy", "MMMM d, yyyy", "yyyy-MM-dd", "d. MMM yyyy", "dd.MM.yyyy"];

    private static readonly Dictionary<string, string> German = new(StringComparer.Ordinal)
    {
        ["inhalt"] = "content",
        ["videotitel"] = "video_title",
        ["veröffentlichungszeitpunkt_des_videos"] = "video_publish_time",
        ["aufrufe"] = "views",
        ["abonnenten"] = "subscribers",
        ["impressionen"] = "impressions",
    };

    /// <summary>Whether a header is YouTube's table data (English or German).</summary>
    public static bool IsHeader(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = header.Select(Canonical).ToHashSet(StringComparer.Ordinal);
        return names.Contains("content") && names.Contains("video_title") && names.Contains("views");
    }

    /// <summary>Whether <paramref name="path"/> is a ZIP whose CSV entries include YouTube's table data.</summary>
    public static bool Matches(string path)
    {
        try
        {
            return File.Exists(path) && SheetTable.IsWorkbook(path, out var zip) && zip && FindTable(path) is not null;
        }
        catch (ImportFileException)
        {
            return false;
        }
    }

    /// <summary>Reads the ZIP (or an unzipped table data CSV).</summary>
    public ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var channel = ChannelOf(path);
        string csv;
        string? temporary = null;
        if (SheetTable.IsWorkbook(path, out var zip) && zip)
        {
            var entry = FindTable(path) ?? throw new ImportFileException(0, null, $"{Path.GetFileName(path)} holds no Table data.csv with Content, Video title and Views columns.");
            temporary = Extract(path, entry);
            csv = temporary;
        }
        else
        {
            csv = path;
        }

        var dates = new PlatformDates(options);
        return new ParsedFile<SocialRecord>(tally => Produce(csv, temporary, options, dates, channel, tally));
    }

    private IEnumerable<SocialRecord> Produce(string csv, string? temporary, ImportOptions? options, PlatformDates dates, string? channel, RowErrors tally)
    {
        try
        {
            var table = CsvTable.Open(csv, options);
            if (!IsHeader(table.Header))
            {
                throw new ImportFileException(1, null, "Not YouTube table data: expected Content, Video title and Views columns.");
            }

            var columns = table.Header.Select((h, i) => (Name: Canonical(h), i)).GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            foreach (var record in NativeRows.Produce(table, (r, row) => Video(r with { Columns = columns }, row, dates, channel), tally))
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

    private SocialRecord? Video(CsvRow r, RowErrors row, PlatformDates dates, string? channel)
    {
        var id = r["content"];
        if (id is null && r["video_title"] is not null)
        {
            row.Add("content", "Content (the video's id) is empty.");
            return null;
        }

        if (id is null || IsTotals(r, id))
        {
            return null;
        }

        DateTimeOffset? published = null;
        if (r["video_publish_time"] is { } time)
        {
            if (dates.TryParseDay(time, TimeFormats, out var day))
            {
                published = calendar.StartOfDay(day);
            }
            else
            {
                row.Add("video_publish_time", $"'{FieldParser.Clip(time)}' is not a date like Jul 14, 2026.");
            }
        }

        var post = new SocialPost
        {
            Network = "YouTube",
            Account = channel,
            PostId = id,
            Permalink = $"https://www.youtube.com/watch?v={Uri.EscapeDataString(id)}",
            PublishedAt = published,
            TimeUnknown = true,
            Type = "video",
            Text = r["video_title"],
            Views = PlatformColumns.Count(r, row, "views"),
            Impressions = PlatformColumns.Count(r, row, "impressions"),
            Follows = PlatformColumns.Count(r, row, "subscribers"),
        };
        return row.Count == 0 ? SocialRecord.Of(post) : null;
    }

    private static string Canonical(string name) => German.GetValueOrDefault(name, name);

    private static string? FindTable(string path) => FindTable(path, IsHeader);

    /// <summary>Inflates the ZIP's <paramref name="entry"/> (found by <see cref="FindTable(string, Func{IReadOnlyList{string}, bool})"/>, so within the limits) to a temporary file the caller deletes.</summary>
    internal static string Extract(string path, string entry)
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"payoff-youtube-{Guid.NewGuid():N}.csv");
        using var archive = ZipFile.OpenRead(path);
        archive.GetEntry(entry)!.ExtractToFile(temporary);
        return temporary;
    }

    /// <summary>The name of the ZIP's first CSV entry whose first line passes <paramref name="isHeader"/>, or null; the ZIP's limits are checked first.</summary>
    internal static string? FindTable(string path, Func<IReadOnlyList<string>, bool> isHeader)
    {
        WorkbookLimits.Check(path, zip: true);
        using var archive = ZipFile.OpenRead(path);
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = new StreamReader(entry.Open());
            var line = reader.ReadLine();
            if (line is not null && isHeader(CsvTable.SplitHeader(line, ',').Select(CsvTable.Normalize).ToList()))
            {
                return entry.FullName;
            }
        }

        return null;
    }

    internal static string? ChannelOf(string path)
    {
        var match = ChannelPattern().Match(Path.GetFileNameWithoutExtension(path));
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelPattern();

    /// <summary>
    /// YouTube's totals row: its marker (<c>Total</c>, German <c>Gesamt</c>) in the Content column, where
    /// every other row holds an 11-character video id, and no title or publish time of its own.
    /// </summary>
    private static bool IsTotals(CsvRow r, string id) =>
        (id.Equals("Total", StringComparison.OrdinalIgnoreCase) || id.Equals("Gesamt", StringComparison.OrdinalIgnoreCase))
        && r["video_title"] is null && r["video_publish_time"] is null;
}
