using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Importing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary>
/// <see cref="IConversationStore"/> and conversation imports: settings with a stable secret salt, messages keyed by
/// network and id (a re-import or a live push replaces, never doubles; undo restores), the list's filters and local days,
/// corrections that survive re-imports, erasure by author and retention.
/// </summary>
public abstract class ConversationStoreContract : StoreContract
{
    private static readonly DateRange March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public async Task Settings_are_created_once_with_a_secret_salt_and_saved_without_changing_it()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        Assert.Null(await session.Conversations.FindSettingsAsync(workspace));

        var first = await session.Conversations.SettingsAsync(workspace);
        await session.Conversations.SaveSettingsAsync(workspace, first with { KeepAuthorHandles = true, RetentionMonths = 6, ResponseTarget = TimeSpan.FromHours(4), BusinessHours = BusinessHours.Parse("mon-fri 09:00-17:00"), Languages = ["pl", "de"] });
        var saved = await session.Conversations.SettingsAsync(workspace);
        var other = await session.Conversations.SettingsAsync(await session.Workspaces.CreateAsync("other", "UTC", "USD"));

        Assert.Equal(first.AuthorSalt, (await session.Conversations.FindSettingsAsync(workspace))!.AuthorSalt);
        Assert.Equal(32, first.AuthorSalt.Length);
        Assert.False(first.KeepAuthorHandles);
        Assert.Equal(13, first.RetentionMonths);
        Assert.Equal(first.AuthorSalt, saved.AuthorSalt);
        Assert.True(saved.KeepAuthorHandles);
        Assert.Equal((6, TimeSpan.FromHours(4), "mon-fri 09:00-17:00"), (saved.RetentionMonths, saved.ResponseTarget, saved.BusinessHours?.ToString()));
        Assert.NotEqual(first.AuthorSalt, other.AuthorSalt);
        Assert.Equal(["en", "id", "ms", "pl"], first.Languages);
        Assert.Equal(["pl", "de"], saved.Languages);
        Assert.Equal(["en", "id", "ms", "pl"], other.Languages);
    }

    [Fact]
    public async Task A_reimport_replaces_messages_by_network_and_id_and_undo_restores_them()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session, "Europe/Warsaw");
        var scorer = new ConversationScorer(await session.Conversations.SettingsAsync(workspace));

        var first = await Import(session, workspace, scorer, Message("m1", "2026-03-02T10:00:00Z", "Great service, thank you!"), Message("m2", "2026-03-02T11:00:00Z", "Where is my order?"));
        var second = await Import(session, workspace, scorer, Message("m1", "2026-03-02T10:00:00Z", "Terrible service, never again."), Message("m3", "2026-03-31T22:30:00Z", "Ok"));
        var all = await session.Conversations.ListAsync(workspace, new ConversationFilter(March), 100);

        Assert.Equal((2, 2), (first.Imported, second.Imported));
        Assert.Equal(["m2", "m1"], all.Select(m => m.MessageId)); // m3 was written on 1 April in Warsaw
        Assert.Equal(Sentiment.Negative, all.Single(m => m.MessageId == "m1").Sentiment);

        await session.Importing.UndoAsync(workspace, second.Id);
        var restored = await session.Conversations.ListAsync(workspace, new ConversationFilter(March), 100);
        Assert.Equal(Sentiment.Positive, restored.Single(m => m.MessageId == "m1").Sentiment);
        Assert.Equal(2, restored.Count);
    }

    [Fact]
    public async Task Authors_are_pseudonymised_unless_the_workspace_keeps_handles_and_can_be_erased_by_handle()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var settings = await session.Conversations.SettingsAsync(workspace);
        await Import(session, workspace, new ConversationScorer(settings), Message("m1", "2026-03-02T10:00:00Z", "Love it", author: "@Ann"), Message("m2", "2026-03-03T10:00:00Z", "Meh", author: "bob"));
        await Import(session, workspace, new ConversationScorer(settings with { KeepAuthorHandles = true }), Message("m3", "2026-03-04T10:00:00Z", "Hi", author: "ann"));

        var listed = await session.Conversations.ListAsync(workspace, new ConversationFilter(March), 100);
        var ann = AuthorPseudonym.Of(settings.AuthorSalt, "ann");

        Assert.Equal(ann, listed.Single(m => m.MessageId == "m1").AuthorHash);
        Assert.Null(listed.Single(m => m.MessageId == "m1").AuthorHandle);
        Assert.Equal("ann", listed.Single(m => m.MessageId == "m3").AuthorHandle);
        Assert.Equal(2, await session.Conversations.PurgeAuthorAsync(workspace, ann!));
        var after = await session.Conversations.ListAsync(workspace, new ConversationFilter(March), 100);
        Assert.All(after.Where(m => m.MessageId != "m2"), m => Assert.True(m.Text is null && m.AuthorHash is null && m.AuthorHandle is null && m.Sentiment is not null));
        Assert.Equal("Meh", after.Single(m => m.MessageId == "m2").Text);
    }

    [Fact]
    public async Task A_correction_wins_filters_and_survives_a_reimport()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var scorer = new ConversationScorer(await session.Conversations.SettingsAsync(workspace));
        await Import(session, workspace, scorer, Message("m1", "2026-03-02T10:00:00Z", "Great, my parcel is lost again 🙄"));

        Assert.True(await session.Conversations.CorrectAsync(workspace, "FACEBOOK", "m1", Sentiment.Negative, "ann"));
        Assert.False(await session.Conversations.CorrectAsync(workspace, "Facebook", "nope", Sentiment.Negative, "ann"));
        await Import(session, workspace, scorer, Message("reply", "2026-03-02T11:00:00Z", "Sorry!") with { Direction = MessageDirection.Outbound });
        Assert.False(await session.Conversations.CorrectAsync(workspace, "Facebook", "reply", Sentiment.Positive, "ann")); // the brand's own: no sentiment
        await Import(session, workspace, scorer, Message("m1", "2026-03-02T10:00:00Z", "Great, my parcel is lost again 🙄 (edited)"));

        var negative = await session.Conversations.ListAsync(workspace, new ConversationFilter(March, Sentiment: Sentiment.Negative), 100);
        var message = Assert.Single(negative);
        Assert.True(message.Corrected);
        Assert.Equal(Sentiment.Negative, message.Sentiment);
        Assert.Empty(await session.Conversations.ListAsync(workspace, new ConversationFilter(March, Network: "x"), 100));
    }

    [Fact]
    public async Task A_live_push_is_idempotent_by_message_id_and_retention_removes_old_text()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var scorer = new ConversationScorer(await session.Conversations.SettingsAsync(workspace));

        var added = await session.Conversations.PushAsync(workspace, [scorer.Score(Message("w1", "2026-03-02T10:00:00Z", "Thanks!")), scorer.Score(Message("w2", "2026-03-20T10:00:00Z", "Thanks again!"))]);
        var again = await session.Conversations.PushAsync(workspace, [scorer.Score(Message("w1", "2026-03-02T10:00:00Z", "Thanks!"))]);
        var expired = await session.Conversations.ExpireAsync(workspace, Some.Instant("2026-03-10T00:00:00Z"));
        var listed = await session.Conversations.ListAsync(workspace, new ConversationFilter(March), 100);

        Assert.Equal((2, 0, 1), (added, again, expired));
        Assert.Equal(2, listed.Count);
        Assert.Null(listed.Single(m => m.MessageId == "w1").Text);
        Assert.Equal(Sentiment.Positive, listed.Single(m => m.MessageId == "w1").Sentiment);
        Assert.Equal("Thanks again!", listed.Single(m => m.MessageId == "w2").Text);
    }

    private static ConversationMessage Message(string id, string at, string text, string network = "Facebook", string? author = "someone") => new()
    {
        Network = network,
        ThreadId = id,
        MessageId = id,
        Direction = MessageDirection.Inbound,
        Author = author,
        CreatedAt = Some.Instant(at),
        Text = text,
        Kind = MessageKind.Comment,
        Language = "en",
    };

    private static Task<ImportRecord> Import(IStoreSession session, Workspace workspace, ConversationScorer scorer, params ConversationMessage[] messages) =>
        session.Importing.WriteAsync(workspace, Some.Request(ImportKind.Conversations, messages.Length), ImportRecords.Conversations, Some.Rows([.. messages.Select(scorer.Score)]));
}
