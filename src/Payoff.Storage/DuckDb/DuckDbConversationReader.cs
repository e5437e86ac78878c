using Payoff.Core.Conversations;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// The conversations report's aggregations over <c>conversation_messages</c> (<see cref="IConversationReader"/>), in SQL:
/// local periods from the zone's offset changes written into the statement (DST-safe, as the content reports), the
/// effective sentiment (a correction wins), and the words of negative messages split by RE2's letter class.
/// </summary>
public sealed class DuckDbConversationReader(DuckDbDatabase db) : IConversationReader, IServiceReader
{
    // A word: three or more letters of any script (RE2).
    private const string LetterRun = @"\p{L}{3,}";

    private const string Corrections = "LEFT JOIN conversation_corrections c ON c.workspace_id = m.workspace_id AND c.network = m.network AND c.message_id = m.message_id";

    /// <inheritdoc />
    public Task<IReadOnlyList<MessageCount>> ReadCountsAsync(Workspace workspace, ConversationFilter filter, ConversationBucket bucket, CancellationToken cancellationToken = default)
    {
        var (start, end, network) = Bounds(workspace, filter);
        var local = DuckDbContentReader.LocalTime(workspace.Calendar, filter.Range, "m.created_at");
        var period = bucket switch
        {
            ConversationBucket.Day => $"CAST({local} AS DATE)",
            ConversationBucket.Week => $"CAST(date_trunc('week', {local}) AS DATE)",
            _ => $"CAST(date_trunc('month', {local}) AS DATE)",
        };
        IReadOnlyList<MessageCount> counts = db.Query(
            $"""
            SELECT {period} AS period, min(m.network), m.kind, m.direction, coalesce(c.sentiment, m.sentiment) AS sentiment, count(*)
            FROM conversation_messages m {Corrections}
            WHERE m.workspace_id = $1 AND m.created_at >= $2 AND m.created_at < $3 AND ($4 IS NULL OR lower(m.network) = $4)
            GROUP BY period, lower(m.network), m.kind, m.direction, coalesce(c.sentiment, m.sentiment)
            ORDER BY period, lower(min(m.network))
            """,
            r => new MessageCount(
                DateOnly.FromDateTime(r.GetDateTime(0)),
                r.GetString(1),
                ConversationNames.TryKind(r.GetString(2), out var kind) ? kind : MessageKind.Comment,
                r.GetString(3) == "inbound" ? MessageDirection.Inbound : MessageDirection.Outbound,
                !r.IsDBNull(4) && ConversationNames.TrySentiment(r.GetString(4), out var s) ? s : null,
                r.GetInt64(5)),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(counts);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WordCount>> ReadNegativeWordsAsync(Workspace workspace, ConversationFilter filter, DateRange previous, int perLanguage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentOutOfRangeException.ThrowIfLessThan(perLanguage, 1);
        var (start, end, network) = Bounds(workspace, filter);
        var before = DuckDbDatabase.ToDb(workspace.Calendar.StartOfDay(previous.From));
        IReadOnlyList<WordCount> words = db.Query(
            $"""
            WITH neg AS (
                SELECT coalesce(m.language, 'und') AS language, m.network, m.message_id, m.created_at >= $2 AS current, lower(m.text) AS text
                FROM conversation_messages m {Corrections}
                WHERE m.workspace_id = $1 AND m.direction = 'inbound' AND m.text IS NOT NULL AND m.created_at >= $5 AND m.created_at < $3
                  AND ($4 IS NULL OR lower(m.network) = $4) AND coalesce(c.sentiment, m.sentiment) = 'negative'),
            w AS (SELECT DISTINCT language, network, message_id, current, word
                  FROM (SELECT language, network, message_id, current, unnest(regexp_extract_all(text, '{LetterRun}')) AS word FROM neg))
            SELECT language, word, count(*) FILTER (WHERE current) AS now, count(*) FILTER (WHERE NOT current) AS before
            FROM w GROUP BY language, word
            QUALIFY row_number() OVER (PARTITION BY language ORDER BY now DESC, word) <= {perLanguage}
            ORDER BY language, now DESC, word
            """,
            r => new WordCount(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)),
            workspace.Id,
            start,
            end,
            network,
            before);
        return Task.FromResult(words);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PostDiscussion>> ReadPostsAsync(Workspace workspace, ConversationFilter filter, int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var (start, end, network) = Bounds(workspace, filter);
        IReadOnlyList<PostDiscussion> posts = db.Query(
            $"""
            SELECT d.network, d.post_id, d.messages, d.negative, d.positive, p.text, p.published_at, p.permalink
            FROM (
                SELECT min(m.network) AS network, lower(m.network) AS key, m.post_id, count(*) AS messages,
                       count(*) FILTER (WHERE coalesce(c.sentiment, m.sentiment) = 'negative') AS negative,
                       count(*) FILTER (WHERE coalesce(c.sentiment, m.sentiment) = 'positive') AS positive
                FROM conversation_messages m {Corrections}
                WHERE m.workspace_id = $1 AND m.created_at >= $2 AND m.created_at < $3 AND ($4 IS NULL OR lower(m.network) = $4)
                  AND m.direction = 'inbound' AND m.post_id IS NOT NULL
                GROUP BY lower(m.network), m.post_id
                ORDER BY count(*) DESC, lower(min(m.network)), m.post_id
                LIMIT {top}) d
            LEFT JOIN (
                SELECT lower(network) AS key, post_id, arg_max(text, exported_at) AS text, min(published_at) AS published_at, arg_max(permalink, exported_at) AS permalink
                FROM posts WHERE workspace_id = $1 GROUP BY lower(network), post_id) p
              ON p.key = d.key AND p.post_id = d.post_id
            ORDER BY d.messages DESC, d.key, d.post_id
            """,
            r => new PostDiscussion(
                r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : DuckDbDatabase.FromDb(r.GetDateTime(6)), r.IsDBNull(7) ? null : r.GetString(7)),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(posts);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ServiceRequest>> ReadRequestsAsync(Workspace workspace, ConversationFilter filter, CancellationToken cancellationToken = default)
    {
        var (start, end, network) = Bounds(workspace, filter);

        // Every message of the threads asked in the period (answers may come after it), in order: a request is an inbound
        // message (not a mention) whose previous message in the thread is not inbound; its answer the next outbound one.
        IReadOnlyList<ServiceRequest> requests = db.Query(
            """
            WITH threads AS (
                SELECT DISTINCT network, thread_id FROM conversation_messages
                WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3 AND direction = 'inbound' AND kind <> 'mention'
                  AND ($4 IS NULL OR lower(network) = $4)),
            t AS (
                SELECT m.network, m.thread_id, m.message_id, m.kind, m.direction, m.created_at,
                       lag(m.direction) OVER w AS before,
                       min(CASE WHEN m.direction = 'outbound' THEN m.created_at END) OVER (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS answered
                FROM conversation_messages m SEMI JOIN threads ON threads.network = m.network AND threads.thread_id = m.thread_id
                WHERE m.workspace_id = $1
                WINDOW w AS (PARTITION BY m.network, m.thread_id ORDER BY m.created_at, m.message_id))
            SELECT network, thread_id, message_id, kind, created_at, answered FROM t
            WHERE direction = 'inbound' AND kind <> 'mention' AND (before IS NULL OR before = 'outbound') AND created_at >= $2 AND created_at < $3
            ORDER BY created_at, network, message_id
            """,
            r => new ServiceRequest(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                ConversationNames.TryKind(r.GetString(3), out var kind) ? kind : MessageKind.Comment,
                DuckDbDatabase.FromDb(r.GetDateTime(4)),
                r.IsDBNull(5) ? null : DuckDbDatabase.FromDb(r.GetDateTime(5))),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(requests);
    }

    private static (DateTime Start, DateTime End, string? Network) Bounds(Workspace workspace, ConversationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(filter);
        var (start, end) = workspace.Calendar.Range(filter.Range.From, filter.Range.To);
        return (DuckDbDatabase.ToDb(start), DuckDbDatabase.ToDb(end), string.IsNullOrWhiteSpace(filter.Network) ? null : filter.Network.Trim().ToLowerInvariant());
    }
}
