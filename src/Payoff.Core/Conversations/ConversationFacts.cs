using Payoff.Core.Conversations.SentimentAnalysis;

namespace Payoff.Core.Conversations;

/// <summary>How messages are cut into periods: local days, ISO weeks (Monday first) or calendar months.</summary>
public enum ConversationBucket
{
    /// <summary>Local days.</summary>
    Day,

    /// <summary>Weeks from Monday, local time.</summary>
    Week,

    /// <summary>Calendar months, local time.</summary>
    Month,
}

/// <summary>A count of messages of one period, network, kind, direction and effective sentiment (as stored, read for the reports).</summary>
/// <param name="Period">The first local day of the period (a Monday for weeks, the 1st for months).</param>
/// <param name="Network">The network, as stored.</param>
/// <param name="Kind">Comment, mention, reply, direct message or review.</param>
/// <param name="Direction">Inbound or outbound.</param>
/// <param name="Sentiment">The effective sentiment (a correction wins), null when not scored.</param>
/// <param name="Messages">How many messages.</param>
public sealed record MessageCount(DateOnly Period, string Network, MessageKind Kind, MessageDirection Direction, Sentiment? Sentiment, long Messages);

/// <summary>A word of negative inbound messages in one language, and in how many of them it appears now and in the period before.</summary>
/// <param name="Language">ISO 639-1 code (or <c>und</c>).</param>
/// <param name="Word">The word, lower case.</param>
/// <param name="Current">Negative messages of the period holding it.</param>
/// <param name="Previous">Negative messages of the period before holding it.</param>
public sealed record WordCount(string Language, string Word, long Current, long Previous);

/// <summary>A post's inbound messages in the period: how many, and how many negative and positive.</summary>
/// <param name="Network">The post's network.</param>
/// <param name="PostId">The post's id.</param>
/// <param name="Messages">Inbound messages about it (comments, mentions).</param>
/// <param name="Negative">Of which negative (effective sentiment).</param>
/// <param name="Positive">Of which positive.</param>
/// <param name="Caption">The post's text when its post export is imported (<c>payoff import posts</c>), else null.</param>
/// <param name="PublishedAt">When it was published (UTC), from the same export, else null.</param>
/// <param name="Permalink">Its address on the network, from the same export, else null.</param>
public sealed record PostDiscussion(string Network, string PostId, long Messages, long Negative, long Positive, string? Caption = null, DateTimeOffset? PublishedAt = null, string? Permalink = null);

/// <summary>The aggregations the conversations report reads: counts per period, negative messages' words, discussed posts.</summary>
public interface IConversationReader
{
    /// <summary>Message counts of <paramref name="filter"/>'s days (its network, if any; sentiment and direction ignored) cut into <paramref name="bucket"/>s.</summary>
    Task<IReadOnlyList<MessageCount>> ReadCountsAsync(Payoff.Core.Workspaces.Workspace workspace, ConversationFilter filter, ConversationBucket bucket, CancellationToken cancellationToken = default);

    /// <summary>
    /// The words of negative inbound messages with text, per language: in how many such messages of
    /// <paramref name="filter"/>'s days and of <paramref name="previous"/> each word appears (words of three or more
    /// letters; at most <paramref name="perLanguage"/> per language, the most frequent now first).
    /// </summary>
    Task<IReadOnlyList<WordCount>> ReadNegativeWordsAsync(Payoff.Core.Workspaces.Workspace workspace, ConversationFilter filter, Payoff.Core.Workspaces.DateRange previous, int perLanguage, CancellationToken cancellationToken = default);

    /// <summary>The <paramref name="top"/> posts with the most inbound messages in <paramref name="filter"/>'s days.</summary>
    Task<IReadOnlyList<PostDiscussion>> ReadPostsAsync(Payoff.Core.Workspaces.Workspace workspace, ConversationFilter filter, int top, CancellationToken cancellationToken = default);
}
