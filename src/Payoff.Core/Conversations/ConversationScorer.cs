using Payoff.Core.Conversations.SentimentAnalysis;

namespace Payoff.Core.Conversations;

/// <summary>
/// Prepares imported messages for storage under a workspace's <see cref="ConversationSettings"/>: the author
/// pseudonymised (<see cref="AuthorPseudonym"/>; the handle kept only when the workspace keeps handles), and every
/// inbound message with text given a language and a sentiment (<see cref="SentimentAnalyzer"/>; the source's language
/// when it names one of Payoff's, else detected among the workspace's <see cref="ConversationSettings.Languages"/>).
/// Outbound messages (the brand's own) are not scored.
/// </summary>
public sealed class ConversationScorer(ConversationSettings settings, SentimentAnalyzer? analyzer = null)
{
    private readonly SentimentAnalyzer analyzer = analyzer ?? For(settings);

    /// <summary>The settings the messages are prepared under.</summary>
    public ConversationSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary><paramref name="message"/> as stored.</summary>
    public ScoredMessage Score(ConversationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var hash = AuthorPseudonym.Of(Settings.AuthorSalt, message.Author);
        var handle = Settings.KeepAuthorHandles && hash is not null ? message.Author!.Trim() : null;
        if (message.Direction == MessageDirection.Outbound || string.IsNullOrWhiteSpace(message.Text))
        {
            return new ScoredMessage(message, hash, handle, LanguageRules.Find(message.Language)?.Code, null, null);
        }

        var result = analyzer.Score(message.Text, message.Language);
        return new ScoredMessage(message, hash, handle, result.Language, result.Sentiment, result.Score);
    }

    private static SentimentAnalyzer For(ConversationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var languages = settings.Languages.Select(LanguageRules.Find).OfType<LanguageRules>().DistinctBy(l => l.Code).ToList();
        return languages.Count == 0 || languages.Select(l => l.Code).SequenceEqual(LanguageRules.All.Select(l => l.Code))
            ? SentimentAnalyzer.Default
            : new SentimentAnalyzer { Languages = languages };
    }
}
