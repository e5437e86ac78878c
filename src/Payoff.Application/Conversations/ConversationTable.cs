using Payoff.Application.Tables;
using Payoff.Core.Conversations;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Conversations;

/// <summary>The conversations list as a table (named <c>conversations</c>): local time, network, kind, direction, author, language, sentiment, score and text.</summary>
public static class ConversationTable
{
    /// <summary>The table of <paramref name="messages"/>; a corrected sentiment is marked "(corrected)".</summary>
    public static ReportTable List(Workspace workspace, IReadOnlyList<StoredMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(messages);
        return new ReportTable(
            "conversations",
            "Conversations",
            [new("Written (local)"), new("Network"), new("Kind") { DropRank = 2 }, new("Direction") { DropRank = 3 }, new("Author") { DropRank = 1 }, new("Language"), new("Sentiment"), new("Score", CellKind.Number), new("Text") { MaxLength = 80 }],
            [.. messages.Select(m => new TableRow([
                workspace.Calendar.LocalTime(m.CreatedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                m.Network,
                ConversationNames.Kind(m.Kind),
                ConversationNames.Direction(m.Direction),
                m.AuthorHandle ?? m.AuthorHash,
                m.Language,
                m.Sentiment is { } s ? ConversationNames.Sentiment(s) + (m.Corrected ? " (corrected)" : string.Empty) : null,
                m.Score,
                m.Text ?? (m.Direction == MessageDirection.Inbound ? "(text deleted or not given)" : null),
            ]))]);
    }
}
