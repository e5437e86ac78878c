using System.Globalization;
using Payoff.Core.Conversations;
using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <content>
/// Conversations as daily account metrics (<see cref="ConversationDays"/>), added to what the ledger reads. Computing them
/// pairs every request with its answer (about 1.3 s for a million messages), so they are kept in
/// <c>conversation_days</c> with a fingerprint of what they were computed from: the messages (count and a hash of each
/// one's network, thread, id, direction, kind, time and sentiment), the corrections, the response target and opening
/// hours, and the hour of <c>now</c> (an unanswered request becomes due as time passes). A read whose fingerprint
/// matches reads the kept rows; any other computes them for every day, replaces them and records the fingerprint, in
/// one transaction. So any write — an import, a push, a correction, an undo, a purge, a settings change — is seen at the
/// next read, whatever path made it, and a due request is counted within the hour.
/// </content>
public sealed partial class DuckDbLedgerReader
{
    // One computation at a time in the process: two reads that both find the kept rows stale would otherwise both
    // replace them.
    private static readonly Lock Refreshing = new();

    // Raised when the rules of ConversationDays change, so rows kept by an older Payoff are computed again.
    private const string RulesVersion = "1";

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

        var now = db.Time.GetUtcNow();
        var fingerprint = Fingerprint(workspace, settings, now);
        lock (Refreshing)
        {
            if (db.Scalar<string?>("SELECT max(fingerprint) FROM conversation_days_state WHERE workspace_id = $1", workspace.Id) != fingerprint)
            {
                Refresh(workspace, settings, now, fingerprint);
            }
        }

        var (from, to) = (range.From.ToDateTime(TimeOnly.MinValue), range.To.ToDateTime(TimeOnly.MinValue));
        var days = db.Query(
            "SELECT day, network, metric, value FROM conversation_days WHERE workspace_id = $1 AND day >= $2 AND day <= $3 ORDER BY day, network, metric",
            r => new SocialDay(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), ConversationDays.Account, r.GetString(2), decimal.Parse(r.GetString(3), NumberStyles.Number, CultureInfo.InvariantCulture)),
            workspace.Id,
            from,
            to);
        return days.Count == 0 ? data : data with { Social = [.. data.Social, .. days] };
    }

    private string Fingerprint(Workspace workspace, ConversationSettings settings, DateTimeOffset now)
    {
        var messages = db.Query(
            "SELECT count(*)::VARCHAR || '/' || coalesce(sum(hash(network, thread_id, message_id, direction, kind, created_at, coalesce(sentiment, ''))), 0)::VARCHAR FROM conversation_messages WHERE workspace_id = $1",
            r => r.GetString(0),
            workspace.Id)[0];
        var corrections = db.Query(
            "SELECT count(*)::VARCHAR || '/' || coalesce(sum(hash(network, message_id, sentiment)), 0)::VARCHAR FROM conversation_corrections WHERE workspace_id = $1",
            r => r.GetString(0),
            workspace.Id)[0];
        var hour = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, now.UtcDateTime.Day, now.UtcDateTime.Hour, 0, 0, TimeSpan.Zero);
        return string.Join(
            '|',
            RulesVersion,
            messages,
            corrections,
            ((long)settings.ResponseTarget.TotalMinutes).ToString(CultureInfo.InvariantCulture),
            settings.BusinessHours?.ToString() ?? "-",
            workspace.TimeZone,
            hour.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture));
    }

    private void Refresh(Workspace workspace, ConversationSettings settings, DateTimeOffset now, string fingerprint)
    {
        // Every day with a message: a day's figures depend only on that day's messages and requests (and the answers,
        // whenever they came), so computing all days once and reading a range of them equals computing that range.
        var first = db.Scalar<DateTime>("SELECT min(created_at) FROM conversation_messages WHERE workspace_id = $1", workspace.Id);
        var last = db.Scalar<DateTime>("SELECT max(created_at) FROM conversation_messages WHERE workspace_id = $1", workspace.Id);
        var calendar = workspace.Calendar;
        var all = new DateRange(calendar.DateOf(DuckDbDatabase.FromDb(first)), calendar.DateOf(DuckDbDatabase.FromDb(last) > now ? DuckDbDatabase.FromDb(last) : now));
        var reader = new DuckDbConversationReader(db);
        var filter = new ConversationFilter(all);
        var counts = reader.ReadCountsAsync(workspace, filter, ConversationBucket.Day).GetAwaiter().GetResult();
        var requests = reader.ReadRequestsAsync(workspace, filter).GetAwaiter().GetResult();
        var days = ConversationDays.Of(counts, requests, settings, calendar, now);
        db.InTransaction(() =>
        {
            db.Execute("DELETE FROM conversation_days WHERE workspace_id = $1", workspace.Id);
            db.Execute("DELETE FROM conversation_days_state WHERE workspace_id = $1", workspace.Id);
            using (var appender = db.Connection.CreateAppender("conversation_days"))
            {
                foreach (var day in days)
                {
                    appender.CreateRow()
                        .AppendValue(workspace.Id)
                        .AppendValue(day.Day.ToDateTime(TimeOnly.MinValue))
                        .AppendValue(day.Network)
                        .AppendValue(day.Metric)
                        .AppendValue(day.Value.ToString(CultureInfo.InvariantCulture))
                        .EndRow();
                }
            }

            return db.Execute("INSERT INTO conversation_days_state VALUES ($1, $2)", workspace.Id, fingerprint);
        });
    }
}
