using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Conversations;

/// <summary>Which stored messages to read: a range of local days, and optionally a network, direction, kind and sentiment.</summary>
/// <param name="Range">The local days the messages were written on (the workspace's time zone), both included.</param>
/// <param name="Network">One network (any case), or null for all.</param>
/// <param name="Sentiment">Only messages of this effective sentiment (a correction wins over the score), or null.</param>
/// <param name="Direction">Only inbound or only outbound messages, or null for both.</param>
public sealed record ConversationFilter(DateRange Range, string? Network = null, Sentiment? Sentiment = null, MessageDirection? Direction = null);

/// <summary>A stored message as the conversations list shows it.</summary>
/// <param name="Network">The network, as imported.</param>
/// <param name="ThreadId">The thread.</param>
/// <param name="MessageId">The message's id within its network.</param>
/// <param name="Direction">Inbound or outbound.</param>
/// <param name="Kind">Comment, mention, reply, direct message or review.</param>
/// <param name="CreatedAt">When it was written (UTC).</param>
/// <param name="AuthorHash">The author's pseudonym, or null when unknown or erased.</param>
/// <param name="AuthorHandle">The author's handle when the workspace keeps handles, else null.</param>
/// <param name="Text">The text; null when the source gave none or retention deleted it.</param>
/// <param name="PostId">The post the message belongs to, when known.</param>
/// <param name="Language">The language scored in (ISO 639-1, <c>und</c> undetermined), null when not scored.</param>
/// <param name="Sentiment">The effective sentiment: the user's correction when there is one, else Payoff's score; null when not scored.</param>
/// <param name="Score">Payoff's compound score (−1..+1), null when not scored.</param>
/// <param name="ScoredSentiment">Payoff's own class, kept beside a correction.</param>
/// <param name="Corrected">Whether a user corrected the sentiment.</param>
/// <param name="ToolSentiment">A listening tool's own label, when the import carried one.</param>
/// <param name="Reach">The mention's estimated reach (people) as the listening tool gives it.</param>
public sealed record StoredMessage(
    string Network,
    string ThreadId,
    string MessageId,
    MessageDirection Direction,
    MessageKind Kind,
    DateTimeOffset CreatedAt,
    string? AuthorHash,
    string? AuthorHandle,
    string? Text,
    string? PostId,
    string? Language,
    Sentiment? Sentiment,
    double? Score,
    Sentiment? ScoredSentiment,
    bool Corrected,
    string? ToolSentiment,
    long? Reach);

/// <summary>
/// Conversations: the workspace's settings, messages pushed live, the list, sentiment corrections, erasure and retention.
/// Imported files are written through <see cref="Importing.IImportStore"/> (<see cref="Importing.ImportRecords.Conversations"/>),
/// so they can be undone. A message is keyed by its network (any case) and id: writing it again replaces it.
/// </summary>
public interface IConversationStore
{
    /// <summary>The workspace's conversation settings; created with a new random author salt the first time.</summary>
    Task<ConversationSettings> SettingsAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>The workspace's conversation settings, or null when it has none yet (nothing was imported or set): never creates them.</summary>
    Task<ConversationSettings?> FindSettingsAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Saves the workspace's settings (the author salt is never changed once created).</summary>
    Task SaveSettingsAsync(Workspace workspace, ConversationSettings settings, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes messages pushed live (<c>POST /api/conversations</c>): each replaces a stored message with the same network
    /// and id (kept for an import's undo as replaced by the live write). Returns how many were new.
    /// </summary>
    Task<long> PushAsync(Workspace workspace, IReadOnlyList<ScoredMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Messages of <paramref name="filter"/>, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredMessage>> ListAsync(Workspace workspace, ConversationFilter filter, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a user's correction of an inbound message's sentiment (kept across re-imports of the message); false when
    /// no inbound message has that network and id (the brand's own messages carry no sentiment).
    /// </summary>
    Task<bool> CorrectAsync(Workspace workspace, string network, string messageId, Sentiment sentiment, string correctedBy, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases an author (an erasure request): the text, handle and pseudonym of every message by <paramref name="authorHash"/>
    /// are deleted, in replaced rows too; the messages' counts, times and sentiment stay. Returns how many messages were erased.
    /// </summary>
    Task<long> PurgeAuthorAsync(Workspace workspace, string authorHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies retention: messages written before <paramref name="before"/> lose their text, handle and pseudonym (counts,
    /// times and sentiment stay). Returns how many messages lost them.
    /// </summary>
    Task<long> ExpireAsync(Workspace workspace, DateTimeOffset before, CancellationToken cancellationToken = default);
}
