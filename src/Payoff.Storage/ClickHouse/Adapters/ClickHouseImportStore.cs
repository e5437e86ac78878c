using System.Globalization;
using Payoff.Core.Contacts;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Imports into ClickHouse. An import's rows carry its id; it is recorded as <c>writing</c> before its first row and as
/// done after its derivations, so a failed write is taken back at once and one cut short by a crash is taken back by the
/// next <see cref="RecoverAsync"/> (every store open): nothing of an unfinished import stays counted.
/// </summary>
/// <remarks>
/// Replace-on-overlap keeps every import's rows: the current row of a key is the one of the newest import not undone, so an
/// undo makes the rows it replaced current again without moving them (no archive table), and the refusal "a later import
/// replaced its rows" is a question about keys present in both.
/// </remarks>
internal sealed class ClickHouseImportStore(ClickHouseDatabase db, ClickHouseEvents events) : IImportStore
{
    /// <summary>How long an import may stay <c>writing</c> before <see cref="RecoverAsync"/> takes it for abandoned.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromHours(1);

    private readonly StateTable imports = new(db, "imports", "id", "workspace_id", "kind", "file_name", "file_sha256", "rows", "imported", "rejected", "duplicates", "imported_at", "undone_at");

    /// <inheritdoc />
    public async Task<ImportRecord?> FindBySha256Async(Workspace workspace, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await ListAsync(workspace, cancellationToken).ConfigureAwait(false)).Where(r => r.Sha256 == sha256 && r.UndoneAt is null).MinBy(r => r.Id);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ImportRecord>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await imports.ReadAsync("WHERE workspace_id = $1", "ORDER BY id DESC", workspace.Id).ConfigureAwait(false))
            .Where(r => !r[2]!.StartsWith('~'))
            .Select(Read)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<ImportRecord> WriteAsync<T>(Workspace workspace, ImportRequest request, ImportRecordKind<T> kind, IImportRows<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(rows);
        await using var held = await events.DeriveLockAsync(workspace).ConfigureAwait(false);
        var importId = await db.NextIdAsync("import_ids").ConfigureAwait(false);
        await imports.PutAsync(importId, workspace.Id, Writing, request.FileName, request.Sha256, 0L, 0L, 0L, 0L, ClickHouseDatabase.Micros(db.Time.GetUtcNow()), null).ConfigureAwait(false);
        try
        {
            var (imported, duplicates) = kind.Data switch
            {
                ImportedData.Events => await WriteEventsAsync(workspace, importId, (IImportRows<TrackedEvent>)rows).ConfigureAwait(false),
                ImportedData.Contacts => await WriteContactsAsync(workspace, importId, (IImportRows<CrmContact>)rows).ConfigureAwait(false),
                ImportedData.Metrics => await WriteReplacingAsync(workspace, importId, Metrics, ["network", "account", "day", "metric", "platform_metric", "value"],
                    ((IImportRows<Core.Social.AccountMetric>)rows).Select(m => (object?[])[m.Network, m.Account ?? string.Empty, m.Date, m.Metric, m.PlatformMetric, m.Value])).ConfigureAwait(false),
                ImportedData.Costs => await WriteCostsAsync(workspace, importId, (IImportRows<Core.Costs.AdCost>)rows).ConfigureAwait(false),
                ImportedData.Traffic => await WriteTrafficAsync(workspace, importId, (IImportRows<Core.Traffic.TrafficRow>)rows).ConfigureAwait(false),
                ImportedData.Posts => await WriteSocialAsync(workspace, importId, ((IImportRows<Core.Social.SocialPost>)rows).Select(p => new Core.Social.SocialRecord { Post = p })).ConfigureAwait(false),
                ImportedData.Social => await WriteSocialAsync(workspace, importId, (IImportRows<Core.Social.SocialRecord>)rows).ConfigureAwait(false),
                ImportedData.Conversations => await WriteConversationsAsync(workspace, importId, (IImportRows<Core.Conversations.ScoredMessage>)rows).ConfigureAwait(false),
                ImportedData.Journeys => await WriteJourneysAsync(workspace, importId, (IImportRows<Core.Journeys.JourneyPath>)rows).ConfigureAwait(false),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Data, "Not a kind of imported data."),
            };
            var record = new ImportRecord(importId, request.Kind, request.FileName, request.Sha256, rows.Rows, imported, rows.Rejected, duplicates, db.Time.GetUtcNow());
            await imports.PutAsync(Row(workspace, record)).ConfigureAwait(false);
            return record;
        }
        catch
        {
            await TakeBackAsync(workspace, importId).ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<ImportRecord> UndoAsync(Workspace workspace, long importId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        await using var held = await events.DeriveLockAsync(workspace).ConfigureAwait(false);
        var all = await ListAsync(workspace, cancellationToken).ConfigureAwait(false);
        var record = all.FirstOrDefault(r => r.Id == importId)
            ?? throw new StoreException($"Workspace {workspace.Name} has no import #{importId}; 'payoff imports list' shows its imports.");
        if (record.UndoneAt is { } undone)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture, $"Import #{importId} was undone already, on {undone:yyyy-MM-dd HH:mm} UTC."));
        }

        if (await LaterReplacingAsync(workspace, record).ConfigureAwait(false) is { } later)
        {
            throw new StoreException($"Import #{later} replaced rows of import #{importId}; undo #{later} first, so both are reversed exactly.");
        }

        if (record.Kind == ImportKind.Events && all.Where(r => r.Id > importId && r.Kind == ImportKind.Events && r.Duplicates > 0 && r.UndoneAt is null).MinBy(r => r.Id) is { } skipping)
        {
            throw new StoreException($"Import #{skipping.Id} skipped events already stored, possibly from import #{importId}; undo #{skipping.Id} first.");
        }

        var visitors = await DeleteEventsAsync(workspace, importId).ConfigureAwait(false);
        var now = db.Time.GetUtcNow();
        await imports.PutAsync(Row(workspace, record with { UndoneAt = now })).ConfigureAwait(false);
        await events.RebuildSessionsAsync(workspace, visitors).ConfigureAwait(false);
        await events.RebuildPeopleAsync(workspace).ConfigureAwait(false);
        await events.RebuildCostsAsync(workspace).ConfigureAwait(false);
        return record with { UndoneAt = now };
    }

    /// <inheritdoc />
    public async Task RederiveAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        await using var held = await events.DeriveLockAsync(workspace).ConfigureAwait(false);
        await events.RebuildSessionsAsync(workspace, null).ConfigureAwait(false);
        await events.RebuildPeopleAsync(workspace).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RebuildRollupsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        await using var held = await events.DeriveLockAsync(workspace).ConfigureAwait(false);
        await events.RebuildSessionRollupsAsync(workspace).ConfigureAwait(false);
        await events.RebuildPeopleAsync(workspace).ConfigureAwait(false);
        await events.RebuildCostsAsync(workspace).ConfigureAwait(false);
    }

    /// <summary>Takes back every import of any workspace left <c>writing</c> for longer than <see cref="Abandoned"/> (a crashed writer).</summary>
    public async Task RecoverAsync(IReadOnlyList<Workspace> workspaces)
    {
        var cutoff = ClickHouseDatabase.Micros(DateTimeOffset.UtcNow - Abandoned);
        var stale = await db.RowsAsync(
            "SELECT workspace_id, id FROM (SELECT workspace_id, id, kind, imported_at, deleted FROM imports FINAL) WHERE deleted = 0 AND kind = $1 AND imported_at < $2",
            Writing,
            cutoff).ConfigureAwait(false);
        foreach (var row in stale)
        {
            if (workspaces.FirstOrDefault(w => w.Id == ClickHouseDatabase.Number(row[0])) is { } workspace)
            {
                // An import still running elsewhere holds the workspace's lease: once it is ours, the import is taken back only
                // if it is still recorded as writing (its writer may have finished while this node waited).
                await using var held = await events.DeriveLockAsync(workspace).ConfigureAwait(false);
                var still = await db.RowsAsync(
                    "SELECT kind FROM (SELECT kind, deleted FROM imports FINAL WHERE workspace_id = $1 AND id = $2) WHERE deleted = 0 AND kind = $3",
                    workspace.Id,
                    ClickHouseDatabase.Number(row[1]),
                    Writing).ConfigureAwait(false);
                if (still.Count > 0)
                {
                    await TakeBackAsync(workspace, ClickHouseDatabase.Number(row[1])).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Account metrics: a row per network, account, metric and day.</summary>
    public static ReplacingTable Metrics(ClickHouseDatabase db) => new(db, "account_metrics", ["network", "account", "metric", "day"]);

    /// <summary>Ad costs: a row per network, campaign and day.</summary>
    public static ReplacingTable Costs(ClickHouseDatabase db) => new(db, "costs", ["network", "campaign", "day"]);

    /// <summary>Imported traffic: a row per dimension, value and period.</summary>
    public static ReplacingTable Traffic(ClickHouseDatabase db) => new(db, "traffic", ["dimension", "value", "period_start", "period_end"]);

    /// <summary>Journey paths: the newest import's data set as a whole.</summary>
    public static ReplacingTable Journeys(ClickHouseDatabase db) => new(db, "journey_paths", ["line"], []);

    /// <summary>Imported posts: a row per network and post id.</summary>
    public static ReplacingTable Posts(ClickHouseDatabase db) => new(db, "posts", ["network", "post_id"]);

    /// <summary>Audience demographics: a newer list of a dimension (network, account, audience, dimension) replaces it whole.</summary>
    public static ReplacingTable Audience(ClickHouseDatabase db) =>
        new(db, "audience", ["network", "account", "audience", "dimension", "value"], ["network", "account", "audience", "dimension"]);

    /// <summary>The imported tables with a network column (the network names a workspace holds).</summary>
    public static IEnumerable<ReplacingTable> Networked(ClickHouseDatabase db) => [Costs(db), Metrics(db), Posts(db), Audience(db)];

    // Every table whose rows an import replaces: an undo asks them whether a later import replaced its rows, a take-back
    // deletes its rows from them. (Conversation messages are read by their write order, not by import: see the conversation store.)
    private IEnumerable<ReplacingTable> Replacing =>
        [Metrics(db), Costs(db), Traffic(db), Journeys(db), Posts(db), Audience(db), new(db, "conversation_messages", ["network", "message_id"])];

    // The kinds of records that are not imports to list: one being written, one taken back.
    private const string Writing = "~writing";
    private const string TakenBack = "~taken-back";

    private async Task<(long Imported, long Duplicates)> WriteEventsAsync(Workspace workspace, long importId, IImportRows<TrackedEvent> rows)
    {
        var (imported, duplicates, visitors, _) = await events.InsertAsync(workspace, importId, rows).ConfigureAwait(false);
        await events.RebuildSessionsAsync(workspace, visitors).ConfigureAwait(false);
        await events.RebuildPeopleAsync(workspace).ConfigureAwait(false);
        return (imported, duplicates);
    }

    private async Task<(long Imported, long Duplicates)> WriteReplacingAsync(Workspace workspace, long importId, Func<ClickHouseDatabase, ReplacingTable> table, string[] columns, IEnumerable<object?[]> rows)
    {
        var all = rows.ToList();
        var stored = await table(db).WriteAsync(workspace, importId, columns, all).ConfigureAwait(false);
        return (stored, all.Count - stored);
    }

    private async Task<(long Imported, long Duplicates)> WriteCostsAsync(Workspace workspace, long importId, IImportRows<Core.Costs.AdCost> rows)
    {
        var counts = await WriteReplacingAsync(workspace, importId, Costs, ["network", "campaign", "day", "amount", "currency", "impressions", "clicks", "conversions"],
            rows.Select(c => (object?[])[c.Network, c.Campaign ?? string.Empty, c.Date, c.Amount, c.Currency, c.Impressions, c.Clicks, c.Conversions])).ConfigureAwait(false);
        await events.RebuildCostsAsync(workspace).ConfigureAwait(false);
        return counts;
    }

    private async Task<(long Imported, long Duplicates)> WriteTrafficAsync(Workspace workspace, long importId, IImportRows<Core.Traffic.TrafficRow> rows)
    {
        var all = rows.ToList();
        var undone = await events.UndoneImportsAsync(workspace).ConfigureAwait(false);
        var stored = await Traffic(db).ReadAsync(workspace, undone, "SELECT DISTINCT dimension, period_start, period_end FROM {current}").ConfigureAwait(false);
        foreach (var period in all.Select(t => (t.Dimension, t.From, t.To)).Distinct())
        {
            var overlap = stored.Select(r => (Dimension: r[0]!, From: ClickHouseDatabase.Day(r[1]), To: ClickHouseDatabase.Day(r[2])))
                .FirstOrDefault(s => s.Dimension == period.Dimension && s.From <= period.To && s.To >= period.From && !(s.From == period.From && s.To == period.To));
            if (overlap.Dimension is not null)
            {
                throw new StoreException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The stored {period.Dimension} traffic of {overlap.From:yyyy-MM-dd} to {overlap.To:yyyy-MM-dd} partly overlaps this file's {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}; period totals cannot be split. Import the same or non-overlapping periods, or daily data (undo the stored import first)."));
            }
        }

        return await WriteReplacingAsync(workspace, importId, Traffic, ["dimension", "value", "period_start", "period_end", "sessions", "engaged_sessions", "key_events", "revenue"],
            all.Select(t => (object?[])[t.Dimension, t.Value, t.From, t.To, t.Sessions, t.EngagedSessions, t.KeyEvents, t.Revenue])).ConfigureAwait(false);
    }

    // Posts, account metrics and audience lists of one export, each replacing its own keys; with the posts, the links
    // their text carries (utm_content, a /l/ slug), whose time the export did not give, and X's hashtag clicks.
    private async Task<(long Imported, long Duplicates)> WriteSocialAsync(Workspace workspace, long importId, IEnumerable<Core.Social.SocialRecord> records)
    {
        var exported = ClickHouseDatabase.Micros(db.Time.GetUtcNow());
        var (posts, metrics, audience) = (new List<Core.Social.SocialPost>(), new List<Core.Social.AccountMetric>(), new List<Core.Audience.AudienceRow>());
        foreach (var record in records)
        {
            if (record.Post is { } p)
            {
                posts.Add(p);
            }
            else if (record.Metric is { } m)
            {
                metrics.Add(m);
            }
            else if (record.Audience is { } a)
            {
                audience.Add(a);
            }
        }

        var stored = await Posts(db).WriteAsync(workspace, importId, PostColumns, posts.Select(p => (object?[])
        [
            p.Network, p.PostId, p.Account, p.Permalink, p.PublishedAt is { } at ? ClickHouseDatabase.Micros(at) : null, p.Type, p.Text, p.Labels,
            p.Impressions, p.Views, p.Reach, p.Likes, p.Comments, p.Shares, p.Saves, p.Clicks, p.VideoViews, p.Follows, exported,
        ])).ConfigureAwait(false);
        stored += await Metrics(db).WriteAsync(workspace, importId, ["network", "account", "day", "metric", "platform_metric", "value"],
            metrics.Select(m => (object?[])[m.Network, m.Account ?? string.Empty, m.Date, m.Metric, m.PlatformMetric, m.Value])).ConfigureAwait(false);
        stored += await Audience(db).WriteAsync(workspace, importId, ["network", "account", "audience", "dimension", "value", "position", "count", "share", "as_of", "platform_dimension", "exported_at"],
            audience.Select(a => (object?[])[a.Network, a.Account ?? string.Empty, a.Audience, a.Dimension, a.Value, a.Position, a.Count, a.Share, a.AsOf, a.PlatformDimension, exported])).ConfigureAwait(false);

        // The first row of a post in the file is the one stored: its notes with it.
        var first = posts.DistinctBy(p => (p.Network, p.PostId)).ToList();
        await db.InsertAsync("post_times_unknown", ["workspace_id", "import_id", "network", "post_id"],
            posts.Where(p => p.TimeUnknown).Select(p => (p.Network, p.PostId)).Distinct().Select(k => (object?[])[workspace.Id, importId, k.Network, k.PostId])).ConfigureAwait(false);
        await db.InsertAsync("post_hashtag_clicks", ["workspace_id", "import_id", "network", "post_id", "clicks"],
            posts.Where(p => p.HashtagClicks is not null).DistinctBy(p => (p.Network, p.PostId)).Select(p => (object?[])[workspace.Id, importId, p.Network, p.PostId, p.HashtagClicks])).ConfigureAwait(false);
        await db.InsertAsync("post_links", ["workspace_id", "import_id", "network", "post_id", "utm_content", "slug"],
            first.Select(p => (Post: p, Link: PostLink.Of(p.Text))).Where(l => l.Link is not null)
                .Select(l => (object?[])[workspace.Id, importId, l.Post.Network, l.Post.PostId, l.Link!.Value.UtmContent, l.Link.Value.Slug])).ConfigureAwait(false);
        return (stored, posts.Count + metrics.Count + audience.Count - stored);
    }

    private static readonly string[] PostColumns =
    [
        "network", "post_id", "account", "permalink", "published_at", "type", "text", "labels", "impressions", "views", "reach", "likes", "comments",
        "shares", "saves", "clicks", "video_views", "follows", "exported_at",
    ];

    private async Task<(long Imported, long Duplicates)> WriteConversationsAsync(Workspace workspace, long importId, IImportRows<Core.Conversations.ScoredMessage> rows)
    {
        var all = rows.ToList();
        var stored = await new ClickHouseConversationStore(db, events).WriteAsync(workspace, importId, all).ConfigureAwait(false);
        return (stored, all.Count - stored);
    }

    private async Task<(long Imported, long Duplicates)> WriteJourneysAsync(Workspace workspace, long importId, IImportRows<Core.Journeys.JourneyPath> rows)
    {
        var line = 0L;
        var paths = rows.Select(p => (object?[])[++line, p.ToString(), p.Conversions, p.Value, p.Nulls]).ToList();
        await Journeys(db).WriteAsync(workspace, importId, ["line", "path", "conversions", "value", "nulls"], paths).ConfigureAwait(false);
        return (paths.Count, 0);
    }

    private async Task<(long Imported, long Duplicates)> WriteContactsAsync(Workspace workspace, long importId, IImportRows<CrmContact> rows)
    {
        // The last row of a contact id in the file wins, as a later CRM export would.
        var contacts = rows.ToList();
        var latest = contacts.Select((c, i) => (c, i)).GroupBy(x => x.c.ContactId, StringComparer.Ordinal).Select(g => g.MaxBy(x => x.i).c).ToList();
        await db.InsertAsync(
            "contacts",
            ["workspace_id", "contact_id", "import_id", "created_at", "lead_at", "customer_at", "revenue", "currency", "original_source", "channel", "network", "source", "medium", "campaign"],
            latest.Select(c => (object?[])
            [
                workspace.Id, c.ContactId, importId, Micros(c.CreatedAt), Micros(c.LeadAt), Micros(c.CustomerAt), c.Revenue,
                c.Revenue is null ? c.Currency : c.Currency ?? workspace.Currency, c.OriginalSourceLabel, c.OriginalSource?.Channel,
                c.OriginalSource?.Network, c.OriginalSource?.Source, c.OriginalSource?.Medium, c.OriginalSource?.Campaign,
            ])).ConfigureAwait(false);
        await events.RebuildPeopleAsync(workspace).ConfigureAwait(false);
        return (latest.Count, contacts.Count - latest.Count);
    }

    // The first later import, not undone, that stores a key this import stores (replace-on-overlap kinds), or null.
    private async Task<long?> LaterReplacingAsync(Workspace workspace, ImportRecord record)
    {
        var undone = await events.UndoneImportsAsync(workspace).ConfigureAwait(false);
        foreach (var table in Replacing)
        {
            if (await table.LaterReplacingAsync(workspace, record.Id, undone).ConfigureAwait(false) is { } replacing)
            {
                return replacing;
            }
        }

        if (record.Kind != ImportKind.Contacts)
        {
            return null;
        }

        var later = await db.ScalarAsync(
            $"""
            SELECT min(import_id) FROM contacts
            WHERE workspace_id = $1 AND import_id > $2 {(undone.Count == 0 ? string.Empty : "AND import_id NOT IN $3")}
              AND contact_id IN (SELECT contact_id FROM contacts WHERE workspace_id = $1 AND import_id = $2)
            """,
            undone.Count == 0 ? [workspace.Id, record.Id] : [workspace.Id, record.Id, ClickHouseSql.In(undone)]).ConfigureAwait(false);
        return later is null or "0" ? null : ClickHouseDatabase.Number(later);
    }

    // Deletes the import's events (new versions marked deleted, on the shards that hold them); returns their hit visitors.
    private async Task<HashSet<string>> DeleteEventsAsync(Workspace workspace, long importId)
    {
        var mine = new List<TrackedEvent>();
        await foreach (var (e, import) in events.ReadAsync(workspace, "import_id = $2", importId).ConfigureAwait(false))
        {
            if (import == importId)
            {
                mine.Add(e);
            }
        }

        foreach (var chunk in mine.Chunk(5000))
        {
            await events.WriteAsync(workspace, importId, chunk, deleted: true).ConfigureAwait(false);
        }

        return mine.Where(e => e.VisitorId is not null && e.Type.IsHit()).Select(e => e.VisitorId!).ToHashSet(StringComparer.Ordinal);
    }

    // Removes everything an unfinished import wrote and its record, and derives again what it may have touched.
    private async Task TakeBackAsync(Workspace workspace, long importId)
    {
        var visitors = await DeleteEventsAsync(workspace, importId).ConfigureAwait(false);
        await db.ExecuteAsync("ALTER TABLE contacts DELETE WHERE workspace_id = $1 AND import_id = $2", workspace.Id, importId).ConfigureAwait(false);
        foreach (var table in Replacing.Select(r => r.Name).Concat(["post_links", "post_times_unknown", "post_hashtag_clicks"]))
        {
            await db.ExecuteAsync($"ALTER TABLE {table} DELETE WHERE workspace_id = $1 AND import_id = $2", workspace.Id, importId).ConfigureAwait(false);
        }

        // The mutation runs in the background; until it has, the record (hidden from the list) keeps the import undone, so
        // the contacts read without its rows.
        var now = ClickHouseDatabase.Micros(db.Time.GetUtcNow());
        await imports.PutAsync(importId, workspace.Id, TakenBack, string.Empty, string.Empty, 0L, 0L, 0L, 0L, now, now).ConfigureAwait(false);
        await events.RebuildSessionsAsync(workspace, visitors).ConfigureAwait(false);
        await events.RebuildPeopleAsync(workspace).ConfigureAwait(false);
        await events.RebuildCostsAsync(workspace).ConfigureAwait(false);
    }

    private static long? Micros(DateTimeOffset? instant) => instant is { } at ? ClickHouseDatabase.Micros(at) : null;

    private static object?[] Row(Workspace workspace, ImportRecord r) =>
    [
        r.Id, workspace.Id, r.Kind.ToString().ToLowerInvariant(), r.FileName, r.Sha256, r.Rows, r.Imported, r.Rejected, r.Duplicates,
        ClickHouseDatabase.Micros(r.ImportedAt), r.UndoneAt is { } at ? ClickHouseDatabase.Micros(at) : null,
    ];

    private static ImportRecord Read(string?[] r) => new(
        ClickHouseDatabase.Number(r[0]),
        Enum.Parse<ImportKind>(r[2]!, ignoreCase: true),
        r[3]!,
        r[4]!,
        ClickHouseDatabase.Number(r[5]),
        ClickHouseDatabase.Number(r[6]),
        ClickHouseDatabase.Number(r[7]),
        ClickHouseDatabase.Number(r[8]),
        ClickHouseDatabase.Instant(r[9]),
        ClickHouseDatabase.InstantOrNull(r[10]));
}
