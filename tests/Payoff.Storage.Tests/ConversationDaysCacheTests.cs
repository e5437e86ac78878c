using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Storage.Tests;

/// <summary>
/// The ledger's daily conversation figures are kept between reads; every kind of write, a settings change and the clock
/// make the next read compute them again, so a kept value never differs from a fresh computation.
/// </summary>
public sealed class ConversationDaysCacheTests
{
    private static readonly DateRange June = new(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 31));

    [Fact]
    public async Task Every_write_settings_change_and_hour_is_seen_at_the_next_read_and_equals_a_fresh_computation()
    {
        using var test = new TestDatabase("Europe/Warsaw");
        var store = new DuckDbConversationStore(test.Db);
        var settings = await store.SettingsAsync(test.Workspace);
        var scorer = new ConversationScorer(settings);
        await store.PushAsync(test.Workspace, [
            scorer.Score(Message("m1", "2025-06-10T09:00:00Z", "Love it, great quality!")),
            scorer.Score(Message("m2", "2025-06-10T10:00:00Z", "My parcel is late, terrible") with { }),
            scorer.Score(Message("r2", "2025-06-10T12:00:00Z", "Sorry!", thread: "m2", inbound: false)),
            scorer.Score(Message("m3", "2025-07-01T11:30:00Z", "Where is my order?", kind: MessageKind.DirectMessage)), // 30 min before now
        ]);

        Assert.Equal(Fresh(test), Read(test));
        Assert.Equal(1m, Value(Read(test), "negative_mentions"));
        Assert.Equal(2m, Value(Read(test), "requests")); // m1 unanswered for weeks and m2 answered; m3 waits: not due yet

        Assert.True(await store.CorrectAsync(test.Workspace, "Facebook", "m1", Sentiment.Negative, "ann"));
        Assert.Equal(2m, Value(Read(test), "negative_mentions"));

        await store.SaveSettingsAsync(test.Workspace, settings with { ResponseTarget = TimeSpan.FromHours(1) });
        Assert.Equal(0m, Value(Read(test), "responses_in_target")); // answered in 2 h: late against 1 h
        Assert.Equal(Fresh(test), Read(test));

        test.Time.Advance(TimeSpan.FromHours(2)); // m3's hour target has passed
        Assert.Equal(3m, Value(Read(test), "requests"));

        await store.PushAsync(test.Workspace, [scorer.Score(Message("m1", "2025-06-10T09:00:00Z", "Edited: not what I ordered"))]);
        Assert.Equal(Fresh(test), Read(test));
        Assert.Equal(1, test.Db.Scalar<long>("SELECT count(*) FROM conversation_days_state"));
    }

    private static decimal Value(IReadOnlyList<SocialDay> days, string metric) => days.Where(d => d.Metric == metric).Sum(d => d.Value);

    private static IReadOnlyList<SocialDay> Read(TestDatabase test) =>
        [.. new DuckDbLedgerReader(test.Db).ReadAsync(test.Workspace, June).Result.Social.Where(s => s.Account == ConversationDays.Account).OrderBy(s => (s.Day, s.Network, s.Metric))];

    private static IReadOnlyList<SocialDay> Fresh(TestDatabase test)
    {
        var reader = new DuckDbConversationReader(test.Db);
        var settings = new DuckDbConversationStore(test.Db).SettingsAsync(test.Workspace).Result;
        var filter = new ConversationFilter(June);
        return [.. ConversationDays.Of(reader.ReadCountsAsync(test.Workspace, filter, ConversationBucket.Day).Result, reader.ReadRequestsAsync(test.Workspace, filter).Result, settings, test.Workspace.Calendar, test.Time.GetUtcNow())
            .OrderBy(s => (s.Day, s.Network, s.Metric))];
    }

    private static ConversationMessage Message(string id, string at, string text, string? thread = null, bool inbound = true, MessageKind kind = MessageKind.Comment) => new()
    {
        Network = "Facebook",
        ThreadId = thread ?? id,
        MessageId = id,
        Direction = inbound ? MessageDirection.Inbound : MessageDirection.Outbound,
        Author = "someone",
        CreatedAt = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture),
        Text = text,
        Kind = inbound ? kind : MessageKind.Reply,
    };
}
