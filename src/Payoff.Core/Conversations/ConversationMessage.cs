namespace Payoff.Core.Conversations;

/// <summary>Who wrote a message: a person (inbound) or the brand (outbound).</summary>
public enum MessageDirection
{
    /// <summary>From a person to or about the brand: a comment, mention, message or review.</summary>
    Inbound,

    /// <summary>From the brand: a reply or an answer.</summary>
    Outbound,
}

/// <summary>What kind of message it is.</summary>
public enum MessageKind
{
    /// <summary>A comment under one of the brand's posts.</summary>
    Comment,

    /// <summary>A mention of the brand anywhere (a post, a forum, a news site), as a listening tool finds it.</summary>
    Mention,

    /// <summary>A reply in a thread (the brand's answers are replies).</summary>
    Reply,

    /// <summary>A direct (private) message or a support ticket's message.</summary>
    DirectMessage,

    /// <summary>A review with or without stars.</summary>
    Review,
}

/// <summary>
/// One message of a conversation as an import or <c>POST /api/conversations</c> gives it, before Payoff scores it:
/// the canonical record every conversation importer produces. A message is identified by its network and message id
/// (a tool's own ids are prefixed with the tool, <c>zendesk:4711</c>, so two tools never collide); importing it again
/// replaces it, never adds it twice.
/// </summary>
public sealed record ConversationMessage
{
    /// <summary>The network or channel (Facebook, Instagram, X, YouTube, Email, a review site…), as written.</summary>
    public required string Network { get; init; }

    /// <summary>The thread the message belongs to (a post's comments, a DM conversation, a ticket); the message id when alone.</summary>
    public required string ThreadId { get; init; }

    /// <summary>The message's id, unique within its network (at most 200 characters).</summary>
    public required string MessageId { get; init; }

    /// <summary>Inbound from a person or outbound from the brand.</summary>
    public required MessageDirection Direction { get; init; }

    /// <summary>The author's handle or name as the source gives it (pseudonymised when stored unless the workspace keeps handles); null when unknown.</summary>
    public string? Author { get; init; }

    /// <summary>When the message was written (an instant; the source's offset or UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The message's text; null when the source gives none (a helpdesk's first-response time without its text).</summary>
    public string? Text { get; init; }

    /// <summary>Comment, mention, reply, direct message or review.</summary>
    public required MessageKind Kind { get; init; }

    /// <summary>The id of the post the message belongs to, when known.</summary>
    public string? PostId { get; init; }

    /// <summary>The message's language as the source gives it (ISO 639-1), or null to detect it.</summary>
    public string? Language { get; init; }

    /// <summary>A listening tool's own sentiment label, kept beside Payoff's (e.g. Brand24's "negative"); null when none.</summary>
    public string? ToolSentiment { get; init; }

    /// <summary>The estimated audience of a mention as the listening tool gives it (people); null when none.</summary>
    public long? Reach { get; init; }
}
