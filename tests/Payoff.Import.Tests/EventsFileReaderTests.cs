using System.Text;
using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import.Tests;

public class EventsFileReaderTests
{
    private const string Header = "event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name";
    private static readonly EventsFileReader Reader = new(ChannelClassifier.Default, new WorkspaceCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")));

    [Fact]
    public void A_good_file_is_read_with_classification_and_instants()
    {
        using var files = new TestFiles();
        var path = files.Write("events.csv", Header + "\n"
            + "e1,2025-06-01T10:00:00Z,v1,pageview,https://shop.example.com/?utm_source=fb&utm_medium=social&utm_campaign=Spring,,,,,\n"
            + "e2,2025-06-01 12:00:00+02:00,v1,LEAD,https://shop.example.com/contact,,,,C1,contact-form\n"
            + "e3,2025-06-02,,customer,,,\"1234.50\",eur,C1,order\n");

        var parsed = Reader.Read(path);

        Assert.Empty(parsed.Errors);
        Assert.Equal(3, parsed.Rows);
        Assert.Equal(("Facebook", "Spring"), (parsed.Records[0].Source.Network, parsed.Records[0].Source.Campaign));
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero), parsed.Records[1].Timestamp);
        Assert.Equal(EventType.Lead, parsed.Records[1].Type);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 22, 0, 0, TimeSpan.Zero), parsed.Records[2].Timestamp);
        Assert.Equal((1234.50m, "EUR"), (parsed.Records[2].Value!.Value, parsed.Records[2].Currency));
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_row_number_column_and_reason()
    {
        using var files = new TestFiles();
        var path = files.Write("bad.csv", Header + "\n"
            + "e1,2025-13-01T10:00:00Z,v1,pageview,https://a.example/,,,,,\n"
            + "e2,yesterday,v1,pageview,https://a.example/,,,,,\n"
            + "e3,2025-06-01T10:00:00Z,v1,visit,https://a.example/,,,,,\n"
            + "e4,2025-06-01T10:00:00Z,v1,pageview,javascript:alert(1),,,,,\n"
            + "e5,2025-06-01T10:00:00Z,v1,customer,https://a.example/,,\"12,50\",USD,,\n"
            + "e6,2025-06-01T10:00:00Z,v1,customer,https://a.example/,,12.50,dollars,,\n"
            + ",2025-06-01T10:00:00Z,,pageview,https://a.example/,,,,,\n"
            + "e8,2025-06-01T10:00:00Z,v1,pageview,https://a.example/,,,,,,extra\n");

        var parsed = Reader.Read(path);

        Assert.Empty(parsed.Records);
        Assert.Equal(8, parsed.Rows);
        Assert.Equal(8, parsed.RejectedRows);
        Assert.Contains(parsed.Errors, e => e is { Row: 2, Column: "timestamp" } && e.Message.Contains("calendar date", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e is { Row: 3, Column: "timestamp" } && e.Message.Contains("ISO 8601", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e is { Row: 4, Column: "type" } && e.Message.Contains("'visit'", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e is { Row: 5, Column: "url" });
        Assert.Contains(parsed.Errors, e => e is { Row: 6, Column: "value" } && e.Message.Contains("dot", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e is { Row: 7, Column: "currency" });
        Assert.Contains(parsed.Errors, e => e is { Row: 8, Column: "event_id" });
        Assert.Contains(parsed.Errors, e => e is { Row: 8, Column: "visitor_id" });
        Assert.Contains(parsed.Errors, e => e is { Row: 9, Column: null } && e.Message.Contains("11 fields", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_and_missing_columns_reject_the_file_naming_the_column()
    {
        using var files = new TestFiles();
        var unknown = files.Write("unknown.csv", Header + ",colour\n");
        var missing = files.Write("missing.csv", "event_id,visitor_id,type\n");

        var unknownError = Assert.Throws<ImportFileException>(() => Reader.Read(unknown)).Error;
        var missingError = Assert.Throws<ImportFileException>(() => Reader.Read(missing)).Error;

        Assert.Equal((1L, "colour"), (unknownError.Row, unknownError.Column));
        Assert.Contains("column 11", unknownError.Message, StringComparison.Ordinal);
        Assert.Equal("timestamp", missingError.Column);
    }

    [Fact]
    public void Headers_with_a_BOM_case_and_spaces_and_UTF16_and_semicolons_are_read()
    {
        using var files = new TestFiles();
        var utf16 = files.Write("utf16.csv", "\uFEFF Event_ID ;Timestamp; visitor id ;TYPE;url\r\ne1;2025-06-01T10:00:00Z;v1;pageview;https://a.example/?utm_source=ig&utm_medium=social\r\n", new UnicodeEncoding(false, true));
        var excel = files.Write("excel.csv", "sep=;\nevent_id;timestamp;visitor_id;type;url\ne1;2025-06-01T10:00:00Z;v1;pageview;https://a.example/\n");

        var parsed = Reader.Read(utf16);
        var fromExcel = Reader.Read(excel);

        Assert.Empty(parsed.Errors.Select(e => e.Message));
        Assert.Equal("Instagram", Assert.Single(parsed.Records).Source.Network);
        Assert.Equal("e1", Assert.Single(fromExcel.Records).EventId);
        Assert.Empty(fromExcel.Errors);
    }

    [Fact]
    public void Quoted_fields_with_newlines_count_as_one_row_and_broken_quotes_are_reported()
    {
        using var files = new TestFiles();
        var path = files.Write("quotes.csv", Header + "\n"
            + "e1,2025-06-01T10:00:00Z,v1,conversion,https://a.example/,,,,,\"multi\nline name\"\n"
            + "e2,2025-06-01T10:00:00Z,v1,pageview,https://a.example/,\"bad\"quote,,,,\n"
            + "e3,2025-06-01T10:00:00Z,v1,pageview,https://a.example/,,,,,\n");

        var parsed = Reader.Read(path);

        Assert.Equal(["e1", "e3"], parsed.Records.Select(r => r.EventId));
        Assert.Equal("multi\nline name", parsed.Records[0].Name);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("closing quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_and_non_utf8_files_get_a_clear_error()
    {
        using var files = new TestFiles();
        var zip = files.WriteBytes("export.csv", [0x50, 0x4B, 0x03, 0x04, 0, 0]);
        var latin2 = files.WriteBytes("latin2.csv", [.. Encoding.ASCII.GetBytes(Header + "\ne1,2025-06-01T10:00:00Z,v1,conversion,https://a.example/,,,,,Kraków "), 0xB3, 0x0A]);

        Assert.Contains("ZIP or XLSX", Assert.Throws<ImportFileException>(() => Reader.Read(zip)).Message, StringComparison.Ordinal);
        var error = Assert.Throws<ImportFileException>(() => Reader.Read(latin2)).Error;
        Assert.Equal(2, error.Row);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_past_its_limit_is_a_row_error_naming_the_field_not_stored()
    {
        // Issue 13 §4.6: a campaign of 1,000,011 characters was stored; a tag has its own limit, well below the URL's.
        using var files = new TestFiles();
        var path = files.Write("long.csv", Header + "\n"
            + $"e1,2025-06-01T10:00:00Z,v1,pageview,https://a.example/?utm_source=fb&utm_medium=social&utm_campaign={new string('c', 5_000)},,,,,\n"
            + $"e2,2025-06-01T10:00:00Z,v1,pageview,https://a.example/?utm_source=fb&utm_term={new string('t', 1_001)},,,,,\n"
            + $"e3,2025-06-01T10:00:00Z,v1,conversion,https://a.example/,,,,,{new string('n', 1_001)}\n"
            + $"e4,2025-06-01T10:00:00Z,v1,pageview,https://a.example/?utm_campaign={new string('c', 1_000)},,,,,\n");

        var parsed = Reader.Read(path);

        Assert.Equal(3, parsed.RejectedRows);
        Assert.Contains(parsed.Errors, e => e is { Row: 2, Column: "url" } && e.Message == "utm_campaign has 5,000 characters; the limit is 1,000.");
        Assert.Contains(parsed.Errors, e => e is { Row: 3, Column: "url" } && e.Message == "utm_term has 1,001 characters; the limit is 1,000.");
        Assert.Contains(parsed.Errors, e => e is { Row: 4, Column: "name" });
        Assert.Equal(1_000, Assert.Single(parsed.Records).Source.Campaign!.Length);
    }
}
