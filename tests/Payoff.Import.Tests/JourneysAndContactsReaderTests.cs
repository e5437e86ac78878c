using Payoff.Core.Channels;
using Payoff.Core.Workspaces;
using Payoff.Import.Native;

namespace Payoff.Import.Tests;

public class JourneysAndContactsReaderTests
{
    [SharedDataFact("channelattribution-paths.csv")]
    public void The_ChannelAttribution_example_data_set_is_read_whole()
    {
        var path = SharedData.Require("channelattribution-paths.csv");

        var parsed = JourneysFileReader.Read(path);

        Assert.Empty(parsed.Errors);
        Assert.Equal(10_000, parsed.Records.Count);
        Assert.Equal(["eta", "iota", "alpha", "eta"], parsed.Records[0].Channels);
        Assert.Equal((1L, 0.244m, 3L), (parsed.Records[0].Conversions, parsed.Records[0].Value, parsed.Records[0].Nulls));
        Assert.True(parsed.Records.Sum(r => r.Conversions) > 0);
    }

    [Fact]
    public void Native_path_files_trim_spaces_and_reject_bad_counts()
    {
        using var files = new TestFiles();
        var path = files.Write("paths.csv", "path,conversions,value,nulls\nfacebook >email> linkedin,2,10.5,1\ngoogle ads,1.5,0,0\n,1,0,0\n");

        var parsed = JourneysFileReader.Read(path);

        Assert.Equal(["facebook", "email", "linkedin"], Assert.Single(parsed.Records).Channels);
        Assert.Contains(parsed.Errors, e => e is { Row: 3, Column: "conversions" });
        Assert.Contains(parsed.Errors, e => e is { Row: 4, Column: "path" });
    }

    [Fact]
    public void Contacts_map_the_crm_original_source_and_need_a_date()
    {
        using var files = new TestFiles();
        var path = files.Write("contacts.csv", "contact_id,created_at,lead_at,customer_at,revenue,currency,original_source,original_source_detail_1,original_source_detail_2\n"
            + "C1,2025-06-01,,2025-06-10T10:00:00Z,1500.00,usd,SOCIAL_MEDIA,LinkedIn,Announcements\n"
            + "C2,,,,,,,,\n");

        var parsed = new ContactsFileReader(new WorkspaceCalendar(TimeZoneInfo.Utc)).Read(path);

        var contact = Assert.Single(parsed.Records);
        Assert.Equal((Channel.OrganicSocial, "LinkedIn", "Announcements"), (contact.OriginalSource!.Channel, contact.OriginalSource.Network, contact.OriginalSource.Campaign));
        Assert.Equal((1500m, "USD"), (contact.Revenue!.Value, contact.Currency));
        Assert.Contains(parsed.Errors, e => e is { Row: 3, Column: "created_at" });
    }
}
