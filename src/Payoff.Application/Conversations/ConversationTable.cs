using Payoff.Application.Tables;
using Payoff.Core.Conversations;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Conversations;

/// <summary>
/// The conversations list as a table (named <c>conversations</c>): local time, network, message id (what
/// <c>payoff conversations correct</c> takes), kind, direction, author, language, sentiment, whether a person corrected it,
/// score and text.
/// </summary>
public static class ConversationTable
{
    /// <summary>The table of <paramref name="messages"/>; a corrected sentiment says "yes" in its own column (a spreadsheet filters the sentiment as is).</summary>
    public static ReportTable List(Workspace workspace, IReadOnlyList<StoredMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(messages);
        return new ReportTable(
            "conversations",
            "Conversations",
            [new("Written (local)"), new("Network"), new("Message ID") { DropRank = 4 }, new("Kind") { DropRank = 2 }, new("Direction") { DropRank = 3 }, new("Author") { DropRank = 1 }, new("Language"), new("Sentiment"), new("Corrected") { DropRank = 5 }, new("Score", CellKind.Number), new("Text") { MaxLength = 80 }],
            [.. messages.Select(m => new TableRow([
                workspace.Calendar.LocalTime(m.CreatedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                m.Network,
                m.MessageId,
                ConversationNames.Kind(m.Kind),
                ConversationNames.Direction(m.Direction),
                m.AuthorHandle ?? m.AuthorHash,
                m.Language,
                m.Sentiment is { } s ? ConversationNames.Sentiment(s) : null,
                m.Corrected ? "yes" : null,
                m.Score,
                m.Text ?? (m.Direction == MessageDirection.Inbound ? "(text deleted or not given)" : null),
            ]))]);
    }
}
