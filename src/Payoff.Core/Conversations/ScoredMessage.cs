using Payoff.Core.Conversations.SentimentAnalysis;

namespace Payoff.Core.Conversations;

/// <summary>
/// A message as Payoff stores it: the imported <see cref="ConversationMessage"/> with its author pseudonymised
/// (<see cref="AuthorPseudonym"/>; the handle itself only when the workspace keeps handles), and, for an inbound message
/// with text, its language and sentiment (<see cref="SentimentAnalyzer"/>).
/// </summary>
/// <param name="Message">The message as imported (its <see cref="ConversationMessage.Author"/> is not stored as such).</param>
/// <param name="AuthorHash">The author's pseudonym (<c>a_</c> and 16 hex digits), or null when the author is unknown.</param>
/// <param name="AuthorHandle">The author's handle, only when the workspace keeps handles; else null.</param>
/// <param name="Language">The language scored in (given or detected, ISO 639-1), <c>und</c> when undetermined, null for an outbound message or one without text.</param>
/// <param name="Sentiment">Negative, neutral or positive; null for an outbound message or one without text.</param>
/// <param name="Score">The compound sentiment score, −1..+1; null with <paramref name="Sentiment"/>.</param>
public sealed record ScoredMessage(ConversationMessage Message, string? AuthorHash, string? AuthorHandle, string? Language, Sentiment? Sentiment, double? Score);
