using Payoff.Core.Audience;
using Payoff.Core.Workspaces;
using Payoff.Import.Detection;
using Payoff.Import.LinkedIn;
using Payoff.Import.Meta;
using Payoff.Import.Platforms;
using Payoff.Import.TikTok;
using Payoff.Import.YouTube;

namespace Payoff.Import.Tests;

public sealed class AudienceReaderTests
{
    private static readonly WorkspaceCalendar Utc = new(TimeZoneInfo.Utc);

    private static string Data(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Data", folder, name);

    private static List<AudienceRow> Rows(Native.ParsedFile<Core.Social.SocialRecord> file) =>
        [.. file.Records.Where(r => r.Audience is not null).Select(r => r.Audience!)];

    private static List<string> Values(IEnumerable<AudienceRow> rows, string dimension) =>
        [.. rows.Where(r => r.Dimension == dimension).OrderBy(r => r.Position).Select(r => $"{r.Value}={(r.Count is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : r.Share!.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture))}")];

    [Theory]
    [InlineData("LinkedIn", "acme-analytics_followers_1782864000000.xlsx", "linkedin-page")]
    [InlineData("LinkedIn", "acme-de_visitors_1782864000000.xlsx", "linkedin-page")]
    [InlineData("Meta", "Instagram audience age and gender 2026-05-31.csv", "meta-audience")]
    [InlineData("Meta", "Facebook audience age and gender 2026-05-31.csv", "meta-audience")]
    [InlineData("Meta", "Facebook Top-Städte 2026-05-31.csv", "meta-audience")]
    [InlineData("Meta", "Instagram top countries 2026-05-31.csv", "meta-audience")]
    [InlineData("TikTok", "FollowerGender_2026-05-01_2026-05-31.csv", "tiktok-audience")]
    [InlineData("TikTok", "FollowerTopTerritories_2026-05-01_2026-05-31.csv", "tiktok-audience")]
    [InlineData("TikTok", "GéneroSeguidores_2026-05-31.csv", "tiktok-audience")]
    [InlineData("YouTube", "Geography 2026-06-01_2026-07-31 Acme Analytics.zip", "youtube-geography")]
    [InlineData("YouTube", "Tabellendaten Geografie.csv", "youtube-geography")]
    public void Each_audience_export_is_detected_from_its_contents(string folder, string name, string kind)
    {
        var detection = FileKindDetector.Detect(Data(folder, name));
        Assert.NotNull(detection.Kind);
        Assert.Equal(kind, ImportKinds.Name(detection.Kind!.Value));
    }

    [Fact]
    public void Detection_says_which_network_and_table_a_meta_audience_file_is()
    {
        Assert.Equal("Meta Business Suite Facebook audience, top cities (Top-Städte, Prozentsatz)", FileKindDetector.Detect(Data("Meta", "Facebook Top-Städte 2026-05-31.csv")).Explanation);
        Assert.Contains("demographics: Location, Job function, Seniority, Industry, Company size", FileKindDetector.Detect(Data("LinkedIn", "acme-analytics_followers_1782864000000.xlsx")).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkedIn_followers_workbook_gives_every_demographic_sheet_with_counts_as_of_the_export_day()
    {
        var file = new LinkedInPageReader(Utc).Read(Data("LinkedIn", "acme-analytics_followers_1782864000000.xlsx"));
        Assert.Empty(file.Errors);
        var rows = Rows(file);
        Assert.Equal(2, file.Records.Count(r => r.Metric is not null));
        Assert.All(rows, r => Assert.Equal(("LinkedIn", "acme-analytics", "followers", new DateOnly(2026, 7, 1)), (r.Network, r.Account, r.Audience, r.AsOf!.Value)));
        Assert.Equal(["Greater Seattle Area=412", "San Francisco Bay Area=388", "Greater Jakarta=240", "London Area, United Kingdom=161", "Berlin Metropolitan Area=99"], Values(rows, "location"));
        Assert.Equal(["Engineering=530", "Marketing=402", "Business Development=188", "Sales=120", "Other=60"], Values(rows, "job_function"));
        Assert.True(rows.Single(r => r.Value == "Other").IsOther);
        Assert.Equal(5, Values(rows, "seniority").Count);
        Assert.Equal(4, Values(rows, "industry").Count);
        Assert.Equal("10001+=110", Values(rows, "company_size")[^1]);
        Assert.Equal("Job function", rows.First(r => r.Dimension == "job_function").PlatformDimension);
    }

    [Fact]
    public void LinkedIn_german_visitors_workbook_reads_localised_sheets_grouped_counts_and_percentages_as_text()
    {
        var file = new LinkedInPageReader(Utc).Read(Data("LinkedIn", "acme-de_visitors_1782864000000.xlsx"));
        Assert.Empty(file.Errors);
        var rows = Rows(file);
        Assert.All(rows, r => Assert.Equal(("acme-de", "visitors"), (r.Account!, r.Audience)));
        Assert.Equal(["Großraum Berlin=1204", "Großraum München=806", "Großraum Seattle=402"], Values(rows, "location"));
        Assert.Equal(["Technik=1310", "Marketing=720", "Sonstige=402"], Values(rows, "job_function"));
        Assert.True(rows.Single(r => r.Value == "Sonstige").IsOther);
        Assert.Equal(["11-50=0.125", "51-200=0.55", "201-500=0.325"], Values(rows, "company_size"));
    }

    [Fact]
    public void LinkedIn_demographic_errors_name_the_sheet_row_and_column()
    {
        using var files = new TestFiles();
        var path = files.WriteBytes("acme_followers_1782864000000.xlsx", Workbook(("Location", [["Location", "Total followers"], ["Greater Seattle Area", "many"]])));
        var file = new LinkedInPageReader(Utc).Read(path);
        var error = Assert.Single(file.Errors);
        Assert.Equal((2L, "Location!Total followers"), (error.Row, error.Column));
        Assert.Contains("'many' is not a count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_age_and_gender_gives_each_cell_and_the_sums_by_age_and_by_gender()
    {
        var file = MetaAudienceReader.Read(Data("Meta", "Instagram audience age and gender 2026-05-31.csv"));
        Assert.Empty(file.Errors);
        var rows = Rows(file);
        Assert.All(rows, r => Assert.Equal(("Instagram", "followers", new DateOnly(2026, 5, 31)), (r.Network, r.Audience, r.AsOf!.Value)));
        Assert.Equal(14, rows.Count(r => r.Dimension == "age_gender"));
        Assert.Equal(["Women 13-17=0.021", "Men 13-17=0.014", "Women 18-24=0.246"], Values(rows, "age_gender").Take(3));
        Assert.Equal(["13-17=0.035", "18-24=0.41", "25-34=0.35", "35-44=0.115", "45-54=0.06", "55-64=0.022", "65+=0.008"], Values(rows, "age"));
        Assert.Equal(["Women=0.58", "Men=0.42"], Values(rows, "gender"));
    }

    [Fact]
    public void Meta_german_age_and_gender_reads_semicolons_decimal_commas_and_an_unspecified_gender_column()
    {
        using var files = new TestFiles();
        var path = files.Write("IG Zielgruppe.csv", "sep=;\nInstagram-Follower: Alter und Geschlecht\nAlter;Frauen;Männer;Nicht angegeben\n18–24;30,0\u00A0%;20,0\u00A0%;1,0\u00A0%\n25–34;25,5 %;23,5 %;--\n");
        var file = MetaAudienceReader.Read(path);
        Assert.Empty(file.Errors);
        var rows = Rows(file);
        Assert.All(rows, r => Assert.Equal("Instagram", r.Network));
        Assert.Equal(["18–24=0.51", "25–34=0.49"], Values(rows, "age"));
        Assert.Equal(["Frauen=0.555", "Männer=0.435", "Nicht angegeben=0.01"], Values(rows, "gender"));
        Assert.Equal(5, Values(rows, "age_gender").Count);
    }

    [Fact]
    public void Meta_german_top_cities_read_decimal_commas_and_the_network_from_the_title()
    {
        var file = MetaAudienceReader.Read(Data("Meta", "Facebook Top-Städte 2026-05-31.csv"));
        Assert.Empty(file.Errors);
        var rows = Rows(file);
        Assert.All(rows, r => Assert.Equal(("Facebook", "city", "Top-Städte"), (r.Network, r.Dimension, r.PlatformDimension)));
        Assert.Equal(["Berlin, Deutschland=0.124", "Hamburg, Deutschland=0.061", "München, Deutschland=0.058", "Köln, Deutschland=0.032", "Wien, Österreich=0.029"], Values(rows, "city"));
    }

    [Fact]
    public void Meta_share_that_is_not_one_is_a_row_error_naming_the_column()
    {
        using var files = new TestFiles();
        var file = MetaAudienceReader.Read(files.Write("ig.csv", "\"Top countries\",\"Percentage\"\n\"Indonesia\",\"31.5\"\n\"Germany\",\"9.6%\"\n"));
        var error = Assert.Single(file.Errors);
        Assert.Equal((2L, "Percentage"), (error.Row, error.Column));
        Assert.Contains("is not a share", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TikTok_gender_and_territories_keep_other_rows_and_read_fractions_and_percentages()
    {
        var gender = Rows(TikTokAudienceReader.Read(Data("TikTok", "FollowerGender_2026-05-01_2026-05-31.csv")));
        Assert.Equal(["Female=0.612", "Male=0.354", "Other=0.034"], Values(gender, "gender"));
        Assert.All(gender, r => Assert.Equal(("TikTok", new DateOnly(2026, 5, 31)), (r.Network, r.AsOf!.Value)));
        var territories = Rows(TikTokAudienceReader.Read(Data("TikTok", "FollowerTopTerritories_2026-05-01_2026-05-31.csv")));
        Assert.Equal("Others=0.178", Values(territories, "country")[^1]);
        Assert.True(territories[^1].IsOther);
        var spanish = Rows(TikTokAudienceReader.Read(Data("TikTok", "GéneroSeguidores_2026-05-31.csv")));
        Assert.Equal(["Mujer=0.583", "Hombre=0.389", "Otros=0.028"], Values(spanish, "gender"));
    }

    [Theory]
    [InlineData("Geography 2026-06-01_2026-07-31 Acme Analytics.zip", "Acme Analytics")]
    [InlineData("Tabellendaten Geografie.csv", null)]
    public void YouTube_geography_gives_views_per_country_without_the_total_row(string name, string? channel)
    {
        var file = YouTubeGeographyReader.Read(Data("YouTube", name));
        Assert.Empty(file.Errors);
        var rows = Rows(file);
        Assert.All(rows, r => Assert.Equal(("YouTube", channel, "viewers", "country"), (r.Network, r.Account, r.Audience, r.Dimension)));
        Assert.DoesNotContain(rows, r => r.Value is "Total" or "Gesamt");
        Assert.Equal(channel is null ? ["Deutschland=1200", "Österreich=400", "Schweiz=200"] : ["United States=2100", "Indonesia=1200", "Germany=900", "India=500", "United Kingdom=300"], Values(rows, "country"));
    }

    [Theory]
    [InlineData("12.5%", 0.125)]
    [InlineData("12,5\u00A0%", 0.125)]
    [InlineData("0.125", 0.125)]
    [InlineData("100 %", 1)]
    public void Shares_are_read_from_percentages_as_text_and_fractions(string text, double expected)
    {
        Assert.True(PlatformShare.TryParse(text, out var share));
        Assert.Equal((decimal)expected, share);
    }

    [Theory]
    [InlineData("41.2")]
    [InlineData("<1%")]
    [InlineData("abc")]
    public void A_bare_number_above_one_or_a_bound_is_not_a_share(string text) => Assert.False(PlatformShare.TryParse(text, out _));

    private static byte[] Workbook(params (string Sheet, string[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }

            Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" + string.Concat(sheets.Select((_, i) => $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""")) + "</Types>");
            Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""" + string.Concat(sheets.Select((s, i) => $"""<sheet name="{s.Sheet}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""")) + "</sheets></workbook>");
            Entry("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" + string.Concat(sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""")) + "</Relationships>");
            for (var i = 0; i < sheets.Length; i++)
            {
                var rows = string.Concat(sheets[i].Rows.Select((row, r) => $"<row r=\"{r + 1}\">" + string.Concat(row.Select(c => $"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>"));
                Entry($"xl/worksheets/sheet{i + 1}.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""");
            }
        }

        return stream.ToArray();
    }
}
