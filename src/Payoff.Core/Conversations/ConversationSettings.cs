namespace Payoff.Core.Conversations;

/// <summary>
/// A workspace's rules for conversations: whether authors' handles are kept, how long message text is kept, the
/// response-time target the service report measures against, and the opening hours business-hours response times count.
/// </summary>
public sealed record ConversationSettings
{
    /// <summary>The default retention: 13 months, then text and authors are deleted and only counts kept.</summary>
    public const int DefaultRetentionMonths = 13;

    /// <summary>The workspace's secret key for <see cref="AuthorPseudonym"/> (32 random bytes, created with the settings; never shown).</summary>
    public required byte[] AuthorSalt { get; init; }

    /// <summary>Whether authors' handles are stored beside their pseudonyms (off by default: personal data).</summary>
    public bool KeepAuthorHandles { get; init; }

    /// <summary>Months a message's text and author are kept (1–120); older messages keep only their counts, sentiment and times.</summary>
    public int RetentionMonths { get; init; } = DefaultRetentionMonths;

    /// <summary>The response-time target: an inbound message answered within it counts as answered in time (default 24 h).</summary>
    public TimeSpan ResponseTarget { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The ISO 639-1 codes of the languages the workspace's customers write in: messages without a language are detected
    /// among them and scored with their rules (default English, Indonesian, Malay and Polish; any of
    /// <see cref="SentimentAnalysis.LanguageRules.Supported"/>). Changing them applies to messages imported afterwards.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = DefaultLanguages;

    /// <summary>The languages a workspace detects unless it says otherwise: en, id, ms, pl.</summary>
    public static IReadOnlyList<string> DefaultLanguages { get; } = ["en", "id", "ms", "pl"];

    /// <summary>Opening hours for business-hours response times, in the workspace's time zone; null counts every hour.</summary>
    public BusinessHours? BusinessHours { get; init; }
}
