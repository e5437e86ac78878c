using Payoff.Core.Conversations;
using Payoff.Core.Importing;
using Payoff.Core.Workspaces;
using Payoff.Import.Conversations;
using Payoff.Import.Detection;

namespace Payoff.Import.Tests;

/// <summary>Listening (Brand24, Mention) and helpdesk (Zendesk, Freshdesk) exports read as conversations, each on its fixture.</summary>
public sealed class ToolExportReaderTests : IDisposable
{
    private static readonly WorkspaceCalendar Jakarta = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));
    private readonly TestFiles files = new();

    [Theory]
    [InlineData("brand24-mentions.csv", ImportKind.Brand24)]
    [InlineData("mention-export.csv", ImportKind.MentionExport)]
    [InlineData("zendesk-tickets.csv", ImportKind.Zendesk)]
    [InlineData("freshdesk-tickets.csv", ImportKind.Freshdesk)]
    public void Each_export_is_detected_by_its_columns(string file, ImportKind expected) =>
        Assert.Equal(expected, FileKindDetector.Detect(Fixture(file)).Kind);

    [Fact]
    public void Brand24_mentions_keep_the_tools_sentiment_and_reach_with_the_date_and_hour_in_the_workspace_zone()
    {
        var messages = new ToolExportReader(ConversationTool.Brand24, Jakarta).Read(Fixture("brand24-mentions.csv")).ToList();

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Equal((MessageDirection.Inbound, MessageKind.Mention), (m.Direction, m.Kind)));
        Assert.Equal(("X", "brand24:https://twitter.com/andi/status/1765", "negative", 1250L), (messages[0].Network, messages[0].MessageId, messages[0].ToolSentiment, messages[0].Reach!.Value));
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 2, 15, 0, TimeSpan.Zero), messages[0].CreatedAt); // 09:15 in Jakarta (UTC+7)
        Assert.Equal("Web", messages[1].Network); // news
        Assert.StartsWith("brand24:", messages[1].MessageId, StringComparison.Ordinal); // no URL: a hash of what it is
        Assert.Equal("Facebook", messages[2].Network);
    }

    [Fact]
    public void Mention_exports_keep_their_offsets_and_languages()
    {
        var messages = new ToolExportReader(ConversationTool.Mention, Jakarta).Read(Fixture("mention-export.csv")).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Equal((new DateTimeOffset(2026, 3, 6, 7, 30, 0, TimeSpan.Zero), "pl", "Web"), (messages[0].CreatedAt, messages[0].Language, messages[0].Network));
        Assert.Equal(("X", 15000L, "negative"), (messages[1].Network, messages[1].Reach!.Value, messages[1].ToolSentiment));
    }

    [Fact]
    public void Zendesk_tickets_become_requests_with_their_first_reply()
    {
        var messages = new ToolExportReader(ConversationTool.Zendesk, Jakarta).Read(Fixture("zendesk-tickets.csv")).ToList();

        Assert.Equal(["zendesk:4711", "zendesk:4711:first-reply", "zendesk:4712"], messages.Select(m => m.MessageId));
        var (ticket, reply) = (messages[0], messages[1]);
        Assert.Equal(("Email", MessageKind.DirectMessage, "Zamówienie nie dotarło"), (ticket.Network, ticket.Kind, ticket.Text));
        Assert.Equal((MessageDirection.Outbound, "zendesk:4711"), (reply.Direction, reply.ThreadId));
        Assert.Equal(TimeSpan.FromMinutes(815), reply.CreatedAt - ticket.CreatedAt);
        Assert.Equal("Facebook", messages[2].Network);
    }

    [Fact]
    public void Freshdesk_tickets_read_hours_as_hh_mm_ss()
    {
        var messages = new ToolExportReader(ConversationTool.Freshdesk, Jakarta).Read(Fixture("freshdesk-tickets.csv")).ToList();

        Assert.Equal(["freshdesk:1201", "freshdesk:1201:first-reply", "freshdesk:1202"], messages.Select(m => m.MessageId));
        Assert.Equal(TimeSpan.FromMinutes(90), messages[1].CreatedAt - messages[0].CreatedAt);
        Assert.Equal(("Chat", "Web form"), (messages[0].Network, messages[2].Network));
        Assert.Equal("Budi S.", messages[0].Author);
    }

    [Fact]
    public void A_bad_row_is_named_by_row_and_the_files_own_column()
    {
        var path = files.Write("zendesk.csv", """
            Id,Requester,Subject,Via,Created at,First reply time in minutes
            1,a,fine,Email,2026-03-02 18:40,15
            2,b,bad time,Email,2026-03-02 18:40,soon
            3,c,bad date,Email,tomorrow,
            """);

        var parsed = new ToolExportReader(ConversationTool.Zendesk, Jakarta).Read(path);
        var read = parsed.ToList();

        Assert.Equal(2, read.Count);
        Assert.Contains(parsed.Errors, e => e.Row == 3 && e.Column == "First reply time in minutes" && e.Message.Contains("'soon'", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e.Row == 4 && e.Column == "Created at");
    }

    public void Dispose() => files.Dispose();

    private static string Fixture(string name) => Path.Combine("Data", "Conversations", name);
}
