using DuckDB.NET.Data;
using Payoff.Core.Conversations;
using Payoff.Core.Importing;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <content>Conversation messages: each replaces the stored message with the same network and id.</content>
public sealed partial class DuckDbImportStore
{
    /// <summary>The key of a conversation message: its network and id as written.</summary>
    internal const string ConversationKey = "network, message_id";

    /// <summary>
    /// The columns of <c>conversation_messages</c> after <c>workspace_id</c> and before <c>import_id</c>, for an appender
    /// row: the message, its pseudonym (and handle when kept), language, sentiment and score, the tool's own label and reach.
    /// </summary>
    internal static IDuckDBAppenderRow ConversationColumns(IDuckDBAppenderRow row, ScoredMessage m) => row
        .AppendValue(m.Message.Network).AppendValue(m.Message.MessageId).AppendValue(m.Message.ThreadId)
        .AppendValue(ConversationNames.Direction(m.Message.Direction)).AppendValue(ConversationNames.Kind(m.Message.Kind))
        .AppendValue(DuckDbDatabase.ToDb(m.Message.CreatedAt)).AppendValue(m.AuthorHash).AppendValue(m.AuthorHandle)
        .AppendValue(m.Message.Text).AppendValue(m.Message.PostId).AppendValue(m.Language)
        .AppendValue(m.Sentiment is { } s ? ConversationNames.Sentiment(s) : null).AppendValue(m.Score)
        .AppendValue(m.Message.ToolSentiment).AppendValue(m.Message.Reach);

    private ImportRecord WriteConversations(Workspace workspace, ImportRequest request, IImportRows<ScoredMessage> messages) =>
        WriteReplacing(workspace, request, messages, "conversation_messages", ConversationKey, ConversationColumns);
}
