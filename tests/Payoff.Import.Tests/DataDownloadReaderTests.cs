using Payoff.Core.Conversations;
using Payoff.Core.Importing;
using Payoff.Import.Conversations;
using Payoff.Import.Detection;

namespace Payoff.Import.Tests;

/// <summary>The platforms' data downloads: X's tweets.js, Meta's comments JSON (mis-encoded UTF-8), YouTube's Takeout comments.</summary>
public sealed class DataDownloadReaderTests : IDisposable
{
    private readonly TestFiles files = new();

    [Theory]
    [InlineData("tweets.js", ImportKind.XArchive)]
    [InlineData("instagram-post_comments_1.json", ImportKind.MetaComments)]
    [InlineData("facebook-comments.json", ImportKind.MetaComments)]
    [InlineData("youtube-comments.csv", ImportKind.YouTubeComments)]
    public void Each_download_is_detected_by_its_contents(string file, ImportKind expected) =>
        Assert.Equal(expected, FileKindDetector.Detect(Fixture(file)).Kind);

    [Fact]
    public void X_replies_join_the_thread_they_answer_and_plain_posts_are_skipped()
    {
        var messages = DataDownloadReader.ReadXArchive(Fixture("tweets.js")).ToList();

        Assert.Equal(["x:1765000000000000001", "x:1765000000000000003"], messages.Select(m => m.MessageId));
        Assert.Equal(("x:1764999999999999999", MessageKind.Reply, MessageDirection.Outbound), (messages[0].ThreadId, messages[0].Kind, messages[0].Direction));
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 15, 0, TimeSpan.Zero), messages[0].CreatedAt);
        Assert.Equal(MessageKind.Mention, messages[1].Kind);
    }

    [Fact]
    public void Metas_mis_encoded_utf8_is_decoded()
    {
        var instagram = DataDownloadReader.ReadMetaComments(Fixture("instagram-post_comments_1.json")).ToList();
        var facebook = DataDownloadReader.ReadMetaComments(Fixture("facebook-comments.json")).ToList();

        Assert.Equal("Dziękujemy za zamówienie! 😍", instagram[0].Text);
        Assert.Equal(("Instagram", null), (instagram[0].Network, instagram[0].PostId)); // "Media Owner" names an account, not a post
        Assert.Null(facebook[0].PostId); // the title is "… commented on X's post."
        Assert.Equal("Terima kasih kak 🙏", instagram[1].Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772620200), instagram[0].CreatedAt);
        Assert.Equal(("Facebook", "Przepraszamy za opóźnienie, już sprawdzamy."), (facebook[0].Network, facebook[0].Text));
        Assert.Equal("already right: café", DataDownloadReader.FixMetaText("already right: café"));
    }

    [Fact]
    public void YouTube_comment_segments_are_joined_and_replies_follow_their_parent()
    {
        var messages = DataDownloadReader.ReadYouTubeComments(Fixture("youtube-comments.csv")).ToList();

        Assert.Equal("Thanks Sam! Glad it helped 🙌", messages[0].Text);
        Assert.Equal(("youtube:UgzParent9", MessageKind.Reply), (messages[0].ThreadId, messages[0].Kind));
        Assert.Equal(("youtube:video:vid456", MessageKind.Comment, "vid456"), (messages[1].ThreadId, messages[1].Kind, messages[1].PostId));
    }

    [Fact]
    public void A_bad_item_is_named_by_its_number_and_field()
    {
        var path = files.Write("tweets.js", """
            window.YTD.tweets.part0 = [
              { "tweet" : { "id_str" : "1", "created_at" : "yesterday", "full_text" : "@a hi", "in_reply_to_status_id_str" : "0" } },
              { "tweet" : { "id_str" : "2", "created_at" : "Fri Mar 06 12:30:00 +0000 2026", "full_text" : "@a hi", "in_reply_to_status_id_str" : "0" } }
            ]
            """);

        var parsed = DataDownloadReader.ReadXArchive(path);
        var read = parsed.ToList();

        Assert.Single(read);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal((1L, "created_at"), (error.Row, error.Column));
        Assert.Throws<Payoff.Import.Csv.ImportFileException>(() => DataDownloadReader.ReadMetaComments(files.Write("broken.json", "{ not json")));
    }

    [Fact]
    public void A_meta_comment_with_a_timestamp_that_is_not_a_number_is_a_row_error_and_the_comments_own_timestamp_counts()
    {
        var path = files.Write("comments.json", """
            { "comments_v2": [
              { "timestamp": "soon", "data": [ { "comment": { "comment": "a" } } ] },
              { "timestamp": null, "data": [ { "comment": { "comment": "b" } } ] },
              { "data": [ { "comment": { "timestamp": 1772620200, "comment": "c" } } ] },
              { "timestamp": 1772620300, "data": [ { "comment": { "comment": "d" } } ] }
            ] }
            """);
        var instagram = files.Write("post_comments_1.json", """
            [ { "string_map_data": { "Comment": { "value": "e" }, "Time": { "timestamp": "x" } } } ]
            """);

        var parsed = DataDownloadReader.ReadMetaComments(path);
        var read = parsed.ToList();
        var parsedInstagram = DataDownloadReader.ReadMetaComments(instagram);
        Assert.Empty(parsedInstagram.ToList());

        Assert.Equal(["c", "d"], read.Select(m => m.Text));
        Assert.Equal([(1L, "timestamp"), (2L, "timestamp")], parsed.Errors.Select(e => (e.Row, e.Column)));
        Assert.Equal((1L, "timestamp"), (Assert.Single(parsedInstagram.Errors).Row, parsedInstagram.Errors[0].Column));
    }

    public void Dispose() => files.Dispose();

    private static string Fixture(string name) => Path.Combine("Data", "Conversations", name);
}
