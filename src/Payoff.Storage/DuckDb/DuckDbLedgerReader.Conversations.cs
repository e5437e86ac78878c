using Payoff.Core.Conversations;
using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <content>Conversations as daily account metrics (<see cref="ConversationDays"/>), added to what the ledger reads.</content>
public sealed partial class DuckDbLedgerReader
{
    private LedgerData WithConversations(Workspace workspace, DateRange range, LedgerData data)
    {
        if (!db.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM conversation_messages WHERE workspace_id = $1)", workspace.Id))
        {
            return data;
        }

        var store = new DuckDbConversationStore(db);
        var settings = store.FindSettingsAsync(workspace).GetAwaiter().GetResult();
        if (settings is null)
        {
            return data;
        }

        var reader = new DuckDbConversationReader(db);
        var filter = new ConversationFilter(range);
        var counts = reader.ReadCountsAsync(workspace, filter, ConversationBucket.Day).GetAwaiter().GetResult();
        var requests = reader.ReadRequestsAsync(workspace, filter).GetAwaiter().GetResult();
        var days = ConversationDays.Of(counts, requests, settings, workspace.Calendar, db.Time.GetUtcNow());
        return days.Count == 0 ? data : data with { Social = [.. data.Social, .. days] };
    }
}
