using Payoff.Core.Channels;
using Payoff.Core.Workspaces;
using Payoff.Import.Native;

namespace Payoff.Import.Tests;

/// <summary>Issue 13, §3.7: values that cannot be stored are row errors that say why, once.</summary>
public class EventsFileReaderBadValueTests
{
    private const string Header = "event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name";
    private static readonly EventsFileReader Reader = new(ChannelClassifier.Default, new WorkspaceCalendar(TimeZoneInfo.Utc));

    [Fact]
    public void A_campaign_that_decodes_to_control_characters_is_a_row_error_not_an_empty_campaign()
    {
        using var files = new TestFiles();
        var path = files.Write("events.csv", Header + "\n"
            + "e1,2025-06-01T10:00:00Z,v1,pageview,https://shop.example.com/?utm_source=fb&utm_campaign=%00x%1b[31mred,,,,,\n"
            + "e2,2025-06-01T10:01:00Z,v1,pageview,https://shop.example.com/?utm_source=fb&utm_campaign=spring,,,,,\n");

        var parsed = Reader.Read(path);

        Assert.Equal("spring", Assert.Single(parsed.Records).Source.Campaign);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal((2L, "url"), (error.Row, error.Column));
        Assert.Contains("utm_campaign holds control characters (U+0000, U+001B)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_too_long_visitor_id_gives_only_the_length_error()
    {
        using var files = new TestFiles();
        var path = files.Write("events.csv", Header + "\n"
            + "e1,2025-06-01T10:00:00Z," + new string('v', 200_000) + ",pageview,https://shop.example.com/,,,,,\n");

        var parsed = Reader.Read(path);

        Assert.Empty(parsed.Records);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal("visitor_id", error.Column);
        Assert.Contains("longer than", error.Message, StringComparison.Ordinal);
    }
}
