using Payoff.Core.Workspaces;
using Payoff.Import.Meta;

namespace Payoff.Import.Tests;

public sealed class MetaPostsReaderTests
{
    private static readonly WorkspaceCalendar Jakarta = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Meta", name);

    [Fact]
    public void A_facebook_export_with_a_bom_multi_line_captions_and_localised_numbers_reads_every_post()
    {
        var file = new MetaPostsReader(Jakarta).Read(Data("facebook-posts.csv"));
        Assert.Empty(file.Errors);
        Assert.Equal(2, file.Records.Count);
        var photo = file.Records[0];
        Assert.Equal(("Facebook", "Toko Roti Ibu", "1234567890_111", "image"), (photo.Network, photo.Account, photo.PostId, photo.Type));
        Assert.Equal("Fresh bread, every morning!\nOrder now — \"limited\" stock.", photo.Text!.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 5, 31, 11, 30, 0, TimeSpan.Zero), photo.PublishedAt);
        Assert.Equal((1500L, 1200L, 80L, 10L, 5L, 42L), (photo.Views!.Value, photo.Reach!.Value, photo.Likes!.Value, photo.Comments!.Value, photo.Shares!.Value, photo.Clicks!.Value));
        Assert.Null(photo.Saves);
        Assert.Null(photo.Impressions);
        var video = file.Records[1];
        Assert.Equal(("video", 2100L), (video.Type, video.Views!.Value));
        Assert.Equal("Our 𝓷𝓮𝔀 cake", video.Text);
        Assert.Null(video.Comments);
    }

    [Fact]
    public void An_instagram_export_is_told_apart_by_its_account_columns()
    {
        var file = new MetaPostsReader(Jakarta).Read(Data("instagram-posts.csv"));
        Assert.Empty(file.Errors);
        var reel = file.Records[0];
        Assert.Equal(("Instagram", "tokoroti", "reel", 400L, 58L, 7L), (reel.Network, reel.Account, reel.Type, reel.Likes!.Value, reel.Saves!.Value, reel.Follows!.Value));
        Assert.Null(reel.Clicks);
        Assert.Equal("carousel", file.Records[1].Type);
    }

    [Fact]
    public void A_bad_number_or_time_is_reported_with_its_row_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"meta-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "\"Post ID\",\"Page ID\",\"Publish time\",Permalink,\"Post type\",Views\n1,9,yesterday,https://fb.com/1,Photos,12\n2,9,06/01/2026 09:05,https://fb.com/2,Photos,lots\n");
        var file = new MetaPostsReader(Jakarta).Read(path);
        Assert.Equal(["2:Publish time", "3:Views"], file.Errors.Select(e => $"{e.Row}:{e.Column}").ToList());
        File.Delete(path);
    }
}
