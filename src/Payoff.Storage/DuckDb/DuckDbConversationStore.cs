using System.Data.Common;
using System.Security.Cryptography;
using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Conversations in a DuckDB file; see <see cref="IConversationStore"/> for the rules it honours.</summary>
public sealed class DuckDbConversationStore(DuckDbDatabase db) : IConversationStore
{
    // The effective sentiment: a correction (matched by network and id) wins over Payoff's score.
    private const string Effective = "coalesce(c.sentiment, m.sentiment)";

    /// <inheritdoc />
    public Task<ConversationSettings> SettingsAsync(Workspace workspace, CancellationToken cancellationToken = default) =>
        Sync.Run(() => Settings(workspace), cancellationToken);

    /// <inheritdoc />
    public Task<ConversationSettings?> FindSettingsAsync(Workspace workspace, CancellationToken cancellationToken = default) =>
        Sync.Run(() => Read(workspace), cancellationToken);

    /// <inheritdoc />
    public Task SaveSettingsAsync(Workspace workspace, ConversationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.RetentionMonths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.RetentionMonths, 120);
        return Sync.Run(
            () => db.InTransaction(() =>
            {
                Settings(workspace);
                return db.Execute(
                    "UPDATE conversation_settings SET keep_handles = $2, retention_months = $3, response_target_minutes = $4, business_hours = $5, languages = $6 WHERE workspace_id = $1",
                    workspace.Id,
                    settings.KeepAuthorHandles,
                    settings.RetentionMonths,
                    (int)Math.Round(settings.ResponseTarget.TotalMinutes),
                    settings.BusinessHours?.ToString(),
                    settings.Languages.SequenceEqual(ConversationSettings.DefaultLanguages) ? null : string.Join(',', settings.Languages));
            }),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> PushAsync(Workspace workspace, IReadOnlyList<ScoredMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(messages);
        return Sync.Run(
            () => db.InTransaction(() =>
            {
                using var stage = new Stage(db, "conversation_messages");
                using (var appender = stage.Appender())
                {
                    foreach (var message in messages)
                    {
                        stage.Add(DuckDbImportStore.ConversationColumns(appender.CreateRow().AppendValue(workspace.Id), message), 0);
                    }
                }

                var existing = db.Scalar<long>(
                    $"SELECT count(*) FROM {stage.Name} s WHERE EXISTS (SELECT 1 FROM conversation_messages m WHERE m.workspace_id = s.workspace_id AND m.network = s.network AND m.message_id = s.message_id)");
                var written = stage.Replace(0, DuckDbImportStore.ConversationKey);
                return written - existing;
            }),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredMessage>> ListAsync(Workspace workspace, ConversationFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var (start, end) = workspace.Calendar.Range(filter.Range.From, filter.Range.To);
        IReadOnlyList<StoredMessage> list = db.Query(
            $"""
            SELECT m.network, m.thread_id, m.message_id, m.direction, m.kind, m.created_at, m.author_hash, m.author_handle, m.text,
                   m.post_id, m.language, {Effective}, m.score, m.sentiment, c.sentiment IS NOT NULL, m.tool_sentiment, m.reach
            FROM conversation_messages m
            LEFT JOIN conversation_corrections c ON c.workspace_id = m.workspace_id AND c.network = m.network AND c.message_id = m.message_id
            WHERE m.workspace_id = $1 AND m.created_at >= $2 AND m.created_at < $3
              AND ($4 IS NULL OR lower(m.network) = $4) AND ($5 IS NULL OR {Effective} = $5) AND ($6 IS NULL OR m.direction = $6)
            ORDER BY m.created_at DESC, m.network, m.message_id
            LIMIT {limit}
            """,
            Read,
            workspace.Id,
            DuckDbDatabase.ToDb(start),
            DuckDbDatabase.ToDb(end),
            string.IsNullOrWhiteSpace(filter.Network) ? null : filter.Network.Trim().ToLowerInvariant(),
            filter.Sentiment is { } s ? ConversationNames.Sentiment(s) : null,
            filter.Direction is { } d ? ConversationNames.Direction(d) : null);
        return Task.FromResult(list);
    }

    /// <inheritdoc />
    public Task<bool> CorrectAsync(Workspace workspace, string network, string messageId, Sentiment sentiment, string correctedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(network);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(correctedBy);
        return Sync.Run(
            () => db.InTransaction(() =>
            {
                var stored = db.Query(
                    "SELECT network FROM conversation_messages WHERE workspace_id = $1 AND lower(network) = lower($2) AND message_id = $3 AND direction = 'inbound'",
                    r => r.GetString(0),
                    workspace.Id,
                    network.Trim(),
                    messageId);
                if (stored.Count == 0)
                {
                    return false;
                }

                db.Execute("DELETE FROM conversation_corrections WHERE workspace_id = $1 AND network = $2 AND message_id = $3", workspace.Id, stored[0], messageId);
                db.Execute(
                    "INSERT INTO conversation_corrections VALUES ($1, $2, $3, $4, $5, $6)",
                    workspace.Id,
                    stored[0],
                    messageId,
                    ConversationNames.Sentiment(sentiment),
                    correctedBy,
                    DuckDbDatabase.ToDb(db.Time.GetUtcNow()));
                return true;
            }),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> PurgeAuthorAsync(Workspace workspace, string authorHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(authorHash);
        return Sync.Run(
            () => db.InTransaction(() =>
            {
                db.Execute("UPDATE conversation_messages_replaced SET text = NULL, author_handle = NULL, author_hash = NULL WHERE workspace_id = $1 AND author_hash = $2", workspace.Id, authorHash);
                return (long)db.Execute("UPDATE conversation_messages SET text = NULL, author_handle = NULL, author_hash = NULL WHERE workspace_id = $1 AND author_hash = $2", workspace.Id, authorHash);
            }),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> ExpireAsync(Workspace workspace, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(
            () => db.InTransaction(() =>
            {
                const string Old = "workspace_id = $1 AND created_at < $2 AND (text IS NOT NULL OR author_hash IS NOT NULL OR author_handle IS NOT NULL)";
                db.Execute($"UPDATE conversation_messages_replaced SET text = NULL, author_handle = NULL, author_hash = NULL WHERE {Old}", workspace.Id, DuckDbDatabase.ToDb(before));
                return (long)db.Execute($"UPDATE conversation_messages SET text = NULL, author_handle = NULL, author_hash = NULL WHERE {Old}", workspace.Id, DuckDbDatabase.ToDb(before));
            }),
            cancellationToken);
    }

    private ConversationSettings Settings(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        db.Execute(
            "INSERT INTO conversation_settings SELECT $1, $2, false, $3, 1440, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM conversation_settings WHERE workspace_id = $1)",
            workspace.Id,
            RandomNumberGenerator.GetBytes(32),
            ConversationSettings.DefaultRetentionMonths);
        return Read(workspace)!;
    }

    private ConversationSettings? Read(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(
            "SELECT author_salt, keep_handles, retention_months, response_target_minutes, business_hours, languages FROM conversation_settings WHERE workspace_id = $1",
            r =>
            {
                using var stream = r.GetStream(0);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return new ConversationSettings
                {
                    AuthorSalt = copy.ToArray(),
                    KeepAuthorHandles = r.GetBoolean(1),
                    RetentionMonths = r.GetInt32(2),
                    ResponseTarget = TimeSpan.FromMinutes(r.GetInt32(3)),
                    BusinessHours = r.IsDBNull(4) ? null : BusinessHours.Parse(r.GetString(4)),
                    Languages = r.IsDBNull(5) ? ConversationSettings.DefaultLanguages : r.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries),
                };
            },
            workspace.Id).FirstOrDefault();
    }

    private static StoredMessage Read(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3) == "inbound" ? MessageDirection.Inbound : MessageDirection.Outbound,
        ConversationNames.TryKind(r.GetString(4), out var kind) ? kind : MessageKind.Comment,
        DuckDbDatabase.FromDb(r.GetDateTime(5)),
        Text(r, 6),
        Text(r, 7),
        Text(r, 8),
        Text(r, 9),
        Text(r, 10),
        ConversationNames.TrySentiment(Text(r, 11), out var effective) ? effective : null,
        r.IsDBNull(12) ? null : r.GetDouble(12),
        ConversationNames.TrySentiment(Text(r, 13), out var scored) ? scored : null,
        r.GetBoolean(14),
        Text(r, 15),
        r.IsDBNull(16) ? null : r.GetInt64(16));

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
