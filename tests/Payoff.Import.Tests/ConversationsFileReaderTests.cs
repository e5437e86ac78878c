using Payoff.Core.Conversations;
using Payoff.Core.Workspaces;
using Payoff.Import.Conversations;
using Payoff.Import.Csv;

namespace Payoff.Import.Tests;

/// <summary>Payoff's conversations CSV and another tool's CSV read through a column map.</summary>
public sealed class ConversationsFileReaderTests : IDisposable
{
    private static readonly WorkspaceCalendar Warsaw = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
    private readonly TestFiles files = new();

    [Fact]
    public void Reads_every_column_of_the_fixture_with_its_offsets_and_spellings()
    {
        var parsed = new ConversationsFileReader(Warsaw).Read(Path.Combine("Data", "Conversations", "payoff-conversations.csv"));
        var messages = parsed.ToList();

        Assert.Equal(6, messages.Count);
        Assert.Equal(0, parsed.Rejected);
        var first = messages[0];
        Assert.Equal(("Instagram", "ig-p-77", "ig-c-1001", MessageDirection.Inbound, MessageKind.Comment), (first.Network, first.ThreadId, first.MessageId, first.Direction, first.Kind));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 2, 14, 0, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal("@rina.putri", first.Author);
        Assert.Equal("ig-p-77", first.PostId);
        Assert.Null(first.Language);
        Assert.Equal(MessageKind.DirectMessage, messages[2].Kind);
        Assert.Equal(MessageDirection.Outbound, messages[3].Direction);
        Assert.Equal("pl", messages[3].Language);
        Assert.Equal("X", messages[4].Network);
    }

    [Fact]
    public void A_bad_row_is_named_by_row_and_column()
    {
        var path = files.Write("bad.csv", """
            message_id,thread_id,network,direction,author,created_at,text,kind
            m1,,facebook,in,a,2026-03-01T10:00:00Z,fine,comment
            m2,,facebook,sideways,a,2026-03-01T10:00:00Z,hm,comment
            m3,,facebook,in,a,yesterday,hm,comment
            m4,,facebook,in,a,2026-03-01T10:00:00Z,hm,shout
            ,,facebook,in,a,2026-03-01T10:00:00Z,hm,comment
            m6,,facebook,in,a,2026-03-01T10:00:00Z,hm,comment,,english
            """);

        var parsed = new ConversationsFileReader(Warsaw).Read(path);
        var read = parsed.ToList();

        Assert.Single(read);
        Assert.Equal("m1", read[0].ThreadId); // an empty thread is the message's own
        Assert.Contains(parsed.Errors, e => e.Row == 3 && e.Column == "direction" && e.Message.Contains("'sideways' is not in or out", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e.Row == 4 && e.Column == "created_at");
        Assert.Contains(parsed.Errors, e => e.Row == 5 && e.Column == "kind" && e.Message.Contains("'shout'", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e.Row == 6 && e.Column == "message_id");
    }

    [Fact]
    public void A_near_miss_of_a_known_network_and_a_date_after_the_import_are_row_errors_while_an_unlisted_network_is_kept()
    {
        var path = files.Write("typos.csv", """
            message_id,thread_id,network,direction,author,created_at,text,kind
            m1,,Instagarm,in,a,2026-03-01T10:00:00Z,hm,comment
            m2,,Bluesky,in,a,2026-03-01T10:00:00Z,hm,mention
            m3,,facebook,in,a,2099-03-01T10:00:00+02:00,hm,comment
            m4,,facebook,in,a,2026-03-02T20:00:00Z,a clock a few hours ahead,comment
            m5,,Gmail,in,a,2026-03-01T10:00:00Z,hm,mention
            m6,,Bing,in,a,2026-03-01T10:00:00Z,hm,mention
            m7,,Google,in,a,2026-03-01T10:00:00Z,hm,review
            m8,,Twiter,in,a,2026-03-01T10:00:00Z,hm,mention
            m9,,Youtub,in,a,2026-03-01T10:00:00Z,hm,comment
            """);

        var parsed = new ConversationsFileReader(Warsaw) { Latest = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero) + ConversationsFileReader.ClockSkew }.Read(path);
        var read = parsed.ToList();

        Assert.Equal(["Bluesky", "Facebook", "Gmail", "Bing", "Google"], read.Select(m => m.Network)); // sources, not typos of Email, XING or Google+
        Assert.Contains(parsed.Errors, e => e.Row == 9 && e.Message.Contains("did you mean X?", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e.Row == 10 && e.Message.Contains("did you mean YouTube?", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e.Row == 2 && e.Column == "network" && e.Message.Contains("did you mean Instagram?", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e.Row == 4 && e.Column == "created_at" && e.Message.Contains("2099-03-01 08:00Z is after the import (2026-03-02 12:00Z)", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_tools_csv_reads_through_a_column_map_and_errors_name_its_own_headers()
    {
        var path = files.Write("inbox.csv", """
            Conversation,Msg ID,Channel,Dir,From,Sent at,Body,Agent notes
            c-1,11,Instagram,in,@ann,2026-03-01 10:00:00,Love the new menu!,vip
            c-1,12,Instagram,out,@shop,2026-03-01 10:30:00,Thanks Ann!,
            c-2,13,Instagram,in,@bob,not a date,Where is my order?,
            """);
        var map = new Dictionary<string, string> { ["message_id"] = "Msg ID", ["thread_id"] = "Conversation", ["network"] = "Channel", ["direction"] = "Dir", ["author"] = "From", ["created_at"] = "Sent at", ["text"] = "Body" };

        var parsed = new ConversationsFileReader(Warsaw).Read(path, new ImportOptions { Columns = map });
        var read = parsed.ToList();

        Assert.Equal(["11", "12"], read.Select(m => m.MessageId));
        Assert.Equal("c-1", read[1].ThreadId);
        Assert.Equal(MessageKind.Mention, read[0].Kind); // no kind column: mentions
        var error = Assert.Single(parsed.Errors);
        Assert.Equal((4L, "Sent at"), (error.Row, error.Column));
    }

    [Fact]
    public void A_map_naming_a_column_the_file_lacks_is_refused_with_the_files_columns()
    {
        var path = files.Write("inbox.csv", "id,body\n1,hi\n");

        var error = Assert.Throws<ImportFileException>(() => new ConversationsFileReader(Warsaw).Read(path, new ImportOptions { Columns = new Dictionary<string, string> { ["message_id"] = "Ticket ID" } }));

        Assert.Contains("'Ticket ID'", error.Message, StringComparison.Ordinal);
        Assert.Contains("id, body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_to_a_column_payoff_does_not_read_is_refused_with_the_columns_it_reads()
    {
        var path = files.Write("inbox.csv", "id,body\n1,hi\n");

        var error = Assert.Throws<ImportFileException>(() => new ConversationsFileReader(Warsaw).Read(path, new ImportOptions { Columns = new Dictionary<string, string> { ["bogus"] = "body" } }));

        Assert.Contains("'bogus', which is not a column Payoff reads", error.Message, StringComparison.Ordinal);
        Assert.Contains("message_id", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => files.Dispose();
}
