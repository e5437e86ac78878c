using Payoff.Core.Conversations.SentimentAnalysis;

namespace Payoff.Core.Conversations;

/// <summary>
/// The words conversations are written with in files, the API, JSON and storage: <c>inbound</c>/<c>outbound</c> (files
/// and the API also take <c>in</c>/<c>out</c>), <c>comment</c>, <c>mention</c>, <c>reply</c>, <c>direct-message</c>
/// (also <c>dm</c>, <c>message</c>), <c>review</c>, and <c>negative</c>/<c>neutral</c>/<c>positive</c>.
/// </summary>
public static class ConversationNames
{
    /// <summary>The word for <paramref name="direction"/>.</summary>
    public static string Direction(MessageDirection direction) => direction == MessageDirection.Inbound ? "inbound" : "outbound";

    /// <summary>The word for <paramref name="kind"/>.</summary>
    public static string Kind(MessageKind kind) => kind switch
    {
        MessageKind.Comment => "comment",
        MessageKind.Mention => "mention",
        MessageKind.Reply => "reply",
        MessageKind.DirectMessage => "direct-message",
        MessageKind.Review => "review",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a message kind."),
    };

    /// <summary>The word for <paramref name="sentiment"/>.</summary>
    public static string Sentiment(Sentiment sentiment) => sentiment switch
    {
        SentimentAnalysis.Sentiment.Negative => "negative",
        SentimentAnalysis.Sentiment.Neutral => "neutral",
        SentimentAnalysis.Sentiment.Positive => "positive",
        _ => throw new ArgumentOutOfRangeException(nameof(sentiment), sentiment, "Not a sentiment."),
    };

    /// <summary>The direction written <paramref name="text"/> (any case, trimmed); false for another word.</summary>
    public static bool TryDirection(string? text, out MessageDirection direction)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "in" or "inbound" or "incoming" or "received":
                direction = MessageDirection.Inbound;
                return true;
            case "out" or "outbound" or "outgoing" or "sent":
                direction = MessageDirection.Outbound;
                return true;
            default:
                direction = default;
                return false;
        }
    }

    /// <summary>The kind written <paramref name="text"/> (any case, trimmed; <c>dm</c>, <c>message</c> and <c>direct message</c> too); false for another word.</summary>
    public static bool TryKind(string? text, out MessageKind kind)
    {
        switch (text?.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-'))
        {
            case "comment":
                kind = MessageKind.Comment;
                return true;
            case "mention":
                kind = MessageKind.Mention;
                return true;
            case "reply":
                kind = MessageKind.Reply;
                return true;
            case "direct-message" or "dm" or "message" or "private-message":
                kind = MessageKind.DirectMessage;
                return true;
            case "review":
                kind = MessageKind.Review;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The sentiment written <paramref name="text"/> (any case, trimmed); false for another word.</summary>
    public static bool TrySentiment(string? text, out Sentiment sentiment)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "negative":
                sentiment = SentimentAnalysis.Sentiment.Negative;
                return true;
            case "neutral":
                sentiment = SentimentAnalysis.Sentiment.Neutral;
                return true;
            case "positive":
                sentiment = SentimentAnalysis.Sentiment.Positive;
                return true;
            default:
                sentiment = default;
                return false;
        }
    }
}
