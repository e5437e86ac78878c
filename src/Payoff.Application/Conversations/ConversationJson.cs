using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Conversations;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Conversations;

/// <summary>
/// The JSON of the conversations list (CLI <c>--format json</c>, <c>GET /api/conversations</c>): <c>workspace</c>,
/// <c>from</c>, <c>to</c> (local days) and <c>messages</c>, each with <c>network</c>, <c>thread_id</c>, <c>message_id</c>,
/// <c>direction</c> (inbound, outbound), <c>kind</c> (comment, mention, reply, direct-message, review), <c>created_at</c>
/// (ISO 8601, UTC), <c>author</c> (the pseudonym, never the handle), <c>author_handle</c> (only when the workspace keeps
/// handles, else null), <c>text</c> (null when retention or an erasure removed it), <c>post_id</c>, <c>language</c>
/// (ISO 639-1, <c>und</c> undetermined), <c>sentiment</c> (the effective class: a correction wins), <c>score</c> (−1..+1),
/// <c>scored_sentiment</c> (Payoff's own class), <c>corrected</c>, <c>tool_sentiment</c> and <c>reach</c>.
/// </summary>
public static class ConversationJson
{
    /// <summary>The list's document.</summary>
    public static JsonObject List(Workspace workspace, ConversationListRequest request, IReadOnlyList<StoredMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(messages);
        return new JsonObject
        {
            ["workspace"] = workspace.Name,
            ["from"] = JsonDocuments.Day(request.Filter.Range.From),
            ["to"] = JsonDocuments.Day(request.Filter.Range.To),
            ["messages"] = new JsonArray([.. messages.Select(m => (JsonNode?)Message(m))]),
        };
    }

    /// <summary>One message's object.</summary>
    public static JsonObject Message(StoredMessage m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new JsonObject
        {
            ["network"] = m.Network,
            ["thread_id"] = m.ThreadId,
            ["message_id"] = m.MessageId,
            ["direction"] = ConversationNames.Direction(m.Direction),
            ["kind"] = ConversationNames.Kind(m.Kind),
            ["created_at"] = m.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["author"] = m.AuthorHash,
            ["author_handle"] = m.AuthorHandle,
            ["text"] = m.Text,
            ["post_id"] = m.PostId,
            ["language"] = m.Language,
            ["sentiment"] = m.Sentiment is { } s ? ConversationNames.Sentiment(s) : null,
            ["score"] = m.Score,
            ["scored_sentiment"] = m.ScoredSentiment is { } scored ? ConversationNames.Sentiment(scored) : null,
            ["corrected"] = m.Corrected,
            ["tool_sentiment"] = m.ToolSentiment,
            ["reach"] = m.Reach,
        };
    }
}
