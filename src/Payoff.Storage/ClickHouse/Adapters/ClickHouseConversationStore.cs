using System.Globalization;
using System.Security.Cryptography;
using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Conversations on the state node: settings (the author salt claimed once per workspace, so every node hashes authors
/// alike), live messages, the list with corrections applied, erasure of an author and retention. Erasure and retention are
/// mutations the store waits for, applied to every stored row of a message (each import's and push's), so nothing of the
/// text, handle or hash survives in an older row.
/// </summary>
internal sealed class ClickHouseConversationStore(ClickHouseDatabase db, ClickHouseEvents events) : IConversationStore
{
    /// <summary>The columns of a message row after <c>workspace_id</c>, <c>import_id</c> and <c>seq</c>.</summary>
    public static readonly string[] Columns =
        ["network", "message_id", "thread_id", "direction", "kind", "created_at", "author_hash", "author_handle", "text", "post_id", "language", "sentiment", "score", "tool_sentiment", "reach"];

    private readonly StateTable settings = new(db, "conversation_settings", "workspace_id", "author_salt", "keep_handles", "retention_months", "response_target_minutes", "business_hours", "languages");
    private readonly StateTable corrections = new(db, "conversation_corrections", "workspace_id", "network", "message_id", "sentiment", "corrected_by", "corrected_at");

    /// <inheritdoc />
    public async Task<ConversationSettings> SettingsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (await FindSettingsAsync(workspace, cancellationToken).ConfigureAwait(false) is { } found)
        {
            return found;
        }

        // Two nodes making the settings at once each claim their salt; every node keeps the first claim's.
        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await db.ClaimAsync("conversation-salt", workspace.Id.ToString(CultureInfo.InvariantCulture), salt).ConfigureAwait(false);
        var first = await db.ScalarAsync("SELECT claimant FROM claims WHERE scope = 'conversation-salt' AND key = $1 LIMIT 1 SETTINGS max_threads = 1", workspace.Id.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        if (await FindSettingsAsync(workspace, cancellationToken).ConfigureAwait(false) is null)
        {
            await settings.PutAsync(workspace.Id, first, false, ConversationSettings.DefaultRetentionMonths, 1440, null, null).ConfigureAwait(false);
        }

        return (await FindSettingsAsync(workspace, cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async Task<ConversationSettings?> FindSettingsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await settings.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r => new ConversationSettings
            {
                AuthorSalt = Convert.FromBase64String(r[1]!),
                KeepAuthorHandles = ClickHouseDatabase.Flag(r[2]),
                RetentionMonths = (int)ClickHouseDatabase.Number(r[3]),
                ResponseTarget = TimeSpan.FromMinutes(ClickHouseDatabase.Number(r[4])),
                BusinessHours = r[5] is { } hours ? BusinessHours.Parse(hours) : null,
                Languages = r[6] is { } languages ? languages.Split(',', StringSplitOptions.RemoveEmptyEntries) : ConversationSettings.DefaultLanguages,
            })
            .FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task SaveSettingsAsync(Workspace workspace, ConversationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.RetentionMonths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.RetentionMonths, 120);
        var stored = await SettingsAsync(workspace, cancellationToken).ConfigureAwait(false);
        await this.settings.PutAsync(
            workspace.Id,
            Convert.ToBase64String(stored.AuthorSalt),
            settings.KeepAuthorHandles,
            settings.RetentionMonths,
            (int)Math.Round(settings.ResponseTarget.TotalMinutes),
            settings.BusinessHours?.ToString(),
            settings.Languages.SequenceEqual(ConversationSettings.DefaultLanguages) ? null : string.Join(',', settings.Languages)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long> PushAsync(Workspace workspace, IReadOnlyList<ScoredMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(messages);
        var first = messages.DistinctBy(m => (m.Message.Network, m.Message.MessageId)).ToList();
        var existing = new HashSet<(string, string)>();
        foreach (var chunk in first.Chunk(5000))
        {
            foreach (var r in await db.RowsAsync(
                "SELECT DISTINCT network, message_id FROM conversation_messages WHERE workspace_id = $1 AND message_id IN $2",
                workspace.Id,
                ClickHouseSql.In(chunk.Select(m => m.Message.MessageId).Distinct())).ConfigureAwait(false))
            {
                existing.Add((r[0]!, r[1]!));
            }
        }

        await WriteAsync(workspace, 0, first).ConfigureAwait(false);
        return first.Count(m => !existing.Contains((m.Message.Network, m.Message.MessageId)));
    }

    /// <summary>Writes messages (each key once, the first) for an import (<paramref name="importId"/>) or a push (0); returns how many.</summary>
    public async Task<long> WriteAsync(Workspace workspace, long importId, IEnumerable<ScoredMessage> messages)
    {
        var seq = db.NextVersion();
        var first = messages.DistinctBy(m => (m.Message.Network, m.Message.MessageId)).ToList();
        await db.InsertAsync("conversation_messages", ["workspace_id", "import_id", "seq", .. Columns], first.Select(m => (object?[])
        [
            workspace.Id, importId, seq, m.Message.Network, m.Message.MessageId, m.Message.ThreadId, ConversationNames.Direction(m.Message.Direction), ConversationNames.Kind(m.Message.Kind),
            ClickHouseDatabase.Micros(m.Message.CreatedAt), m.AuthorHash, m.AuthorHandle, m.Message.Text, m.Message.PostId, m.Language,
            m.Sentiment is { } s ? ConversationNames.Sentiment(s) : null, m.Score, m.Message.ToolSentiment, m.Message.Reach,
        ])).ConfigureAwait(false);
        return first.Count;
    }

    /// <summary>
    /// The workspace's current messages (each key's newest row of an import not undone) that <paramref name="where"/>
    /// selects (columns of the message, <c>$2</c> onwards <paramref name="values"/>), with their corrections.
    /// </summary>
    public async Task<List<StoredMessage>> CurrentAsync(Workspace workspace, string where, params object?[] values)
    {
        var undone = await events.UndoneImportsAsync(workspace).ConfigureAwait(false);
        var notUndone = undone.Count == 0 ? string.Empty : $"AND import_id NOT IN ${values.Length + 2}";
        var rows = await db.RowsAsync(
            $"""
            SELECT {string.Join(", ", Columns)} FROM conversation_messages
            WHERE workspace_id = $1 {notUndone} AND ({where})
              AND (network, message_id, seq) IN (SELECT network, message_id, max(seq) FROM conversation_messages WHERE workspace_id = $1 {notUndone} GROUP BY network, message_id)
            """,
            undone.Count == 0 ? [workspace.Id, .. values] : [workspace.Id, .. values, ClickHouseSql.In(undone)]).ConfigureAwait(false);
        var corrected = (await corrections.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .ToDictionary(r => (r[1]!, r[2]!), r => r[3]!);
        return rows.Select(r =>
        {
            var correction = corrected.GetValueOrDefault((r[0]!, r[1]!));
            return new StoredMessage(
                r[0]!,
                r[2]!,
                r[1]!,
                r[3] == "inbound" ? MessageDirection.Inbound : MessageDirection.Outbound,
                ConversationNames.TryKind(r[4], out var kind) ? kind : MessageKind.Comment,
                ClickHouseDatabase.Instant(r[5]),
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                ConversationNames.TrySentiment(correction ?? r[11], out var effective) ? effective : null,
                r[12] is { } score ? double.Parse(score, CultureInfo.InvariantCulture) : null,
                ConversationNames.TrySentiment(r[11], out var scored) ? scored : null,
                correction is not null,
                r[13],
                ClickHouseDatabase.NumberOrNull(r[14]));
        }).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredMessage>> ListAsync(Workspace workspace, ConversationFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var (start, end) = workspace.Calendar.Range(filter.Range.From, filter.Range.To);
        var network = string.IsNullOrWhiteSpace(filter.Network) ? null : filter.Network.Trim().ToLowerInvariant();
        return (await CurrentAsync(workspace, "created_at >= $2 AND created_at < $3", ClickHouseDatabase.Micros(start), ClickHouseDatabase.Micros(end)).ConfigureAwait(false))
            .Where(m => network is null || string.Equals(m.Network.ToLowerInvariant(), network, StringComparison.Ordinal))
            .Where(m => filter.Sentiment is null || m.Sentiment == filter.Sentiment)
            .Where(m => filter.Direction is null || m.Direction == filter.Direction)
            .OrderByDescending(m => m.CreatedAt)
            .ThenBy(m => m.Network, StringComparer.Ordinal)
            .ThenBy(m => m.MessageId, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<bool> CorrectAsync(Workspace workspace, string network, string messageId, Sentiment sentiment, string correctedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(network);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(correctedBy);
        var stored = (await CurrentAsync(workspace, "message_id = $2 AND direction = 'inbound'", messageId).ConfigureAwait(false))
            .FirstOrDefault(m => string.Equals(m.Network, network.Trim(), StringComparison.OrdinalIgnoreCase));
        if (stored is null)
        {
            return false;
        }

        await corrections.PutAsync(workspace.Id, stored.Network, messageId, ConversationNames.Sentiment(sentiment), correctedBy, ClickHouseDatabase.Micros(db.Time.GetUtcNow())).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<long> PurgeAuthorAsync(Workspace workspace, string authorHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(authorHash);
        var current = (await CurrentAsync(workspace, "author_hash = $2", authorHash).ConfigureAwait(false)).Count;
        await db.MutateAsync("conversation_messages", "UPDATE text = NULL, author_handle = NULL, author_hash = NULL WHERE workspace_id = $1 AND author_hash = $2", [workspace.Id, authorHash]).ConfigureAwait(false);
        return current;
    }

    /// <inheritdoc />
    public async Task<long> ExpireAsync(Workspace workspace, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        const string Old = "created_at < $2 AND (text IS NOT NULL OR author_hash IS NOT NULL OR author_handle IS NOT NULL)";
        var current = (await CurrentAsync(workspace, Old, ClickHouseDatabase.Micros(before)).ConfigureAwait(false)).Count;
        await db.MutateAsync("conversation_messages", $"UPDATE text = NULL, author_handle = NULL, author_hash = NULL WHERE workspace_id = $1 AND {Old}", [workspace.Id, ClickHouseDatabase.Micros(before)]).ConfigureAwait(false);
        return current;
    }
}
