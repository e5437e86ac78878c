using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage.Transfer;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// A ClickHouse store's workspace tables for <see cref="StoreCopy"/>. Changing rows are read at their latest version (FINAL,
/// not deleted) and written with a new version; an imported table keeps every import's rows, so its history is every row of
/// an import not undone (conversation messages in their write order, <c>seq</c>); events are written with their idempotency
/// keys, each on its visitor's shard. What ClickHouse keeps beside the embedded store's columns is filled in: the claims of
/// unique keys, an archived report's size, an alert rule's holding subjects (the embedded store's <c>alert_holding</c>).
/// </summary>
internal sealed class ClickHouseWorkspaceTables(ClickHouseStore store) : IWorkspaceTables
{
    private static readonly string[] TimeColumns = ["ts", "ts_us"];
    private static readonly string[] EventKeyColumns = ["workspace_id", "event_id", "visitor_id", "ts", "import_id", "version", "deleted"];
    private readonly ClickHouseDatabase db = store.Database;
    private readonly Dictionary<long, object?[]> alertRules = [];
    private readonly Dictionary<long, Dictionary<string, long>> holding = [];

    public string Location => store.Location;

    public IWorkspaceStore Workspaces { get; } = new ClickHouseWorkspaceStore(store.Database, new ClickHouseScopes(store.Database));

    public async IAsyncEnumerable<object?[]> ReadAsync(TransferTable table, Workspace workspace, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(workspace);
        var names = table.Columns.Select(c => c.Name).ToList();
        var columns = string.Join(", ", names);
        if (table.Name == "alert_holding")
        {
            foreach (var rule in await db.RowsAsync("SELECT id, holding FROM (SELECT id, holding, deleted FROM alert_rules FINAL WHERE workspace_id = $1) WHERE deleted = 0 ORDER BY id", workspace.Id).ConfigureAwait(false))
            {
                foreach (var (subject, since) in JsonSerializer.Deserialize<Dictionary<string, long>>(rule[1]!)!.OrderBy(h => h.Key, StringComparer.Ordinal))
                {
                    yield return [ClickHouseDatabase.Number(rule[0]), subject, ClickHouseDatabase.FromMicros(since)];
                }
            }

            yield break;
        }

        var undone = await new ClickHouseEvents(db).UndoneImportsAsync(workspace).ConfigureAwait(false);
        var notUndone = undone.Count > 0 && names.Contains("import_id") && table.Name != "rewards" ? "AND (import_id IS NULL OR import_id NOT IN $2)" : string.Empty;
        string sql;
        if (table.Form == TransferForm.Events)
        {
            var selected = string.Join(", ", names.Select(n => n == "ts" ? "ts, ts_us" : n));
            sql = $"SELECT {selected}, version, deleted FROM events WHERE workspace_id = $1 ORDER BY event_id, version DESC";
        }
        else if (table.Form == TransferForm.State)
        {
            sql = $"SELECT {columns} FROM (SELECT {columns}, deleted FROM {table.Name} FINAL WHERE workspace_id = $1) WHERE deleted = 0 {Order(names)}";
        }
        else
        {
            var order = table.Name switch
            {
                "conversation_messages" => "ORDER BY seq",
                "reward_history" => "ORDER BY reward_id, changed_at, seq",
                _ when table.Form == TransferForm.History => "ORDER BY import_id",
                _ => Order(names),
            };
            var final = table.Name == "dropped_hits" ? "FINAL" : string.Empty;
            sql = $"SELECT {columns} FROM {table.Name} {final} WHERE workspace_id = $1 {notUndone} {order}";
        }

        string? last = null;
        object?[] values = notUndone.Length > 0 ? [workspace.Id, ClickHouseSql.In(undone)] : [workspace.Id];
        await foreach (var r in db.State.QueryAsync(ClickHouseSql.Bind(sql, values), cancellationToken).ConfigureAwait(false))
        {
            if (table.Form == TransferForm.Events)
            {
                // Versions of one event are adjacent, the newest first; a deleted newest version means the event is gone.
                if (r[0] == last)
                {
                    continue;
                }

                last = r[0];
                if (r[^1] == "1")
                {
                    continue;
                }

                var ts = names.IndexOf("ts");
                yield return Row(table, [.. r[..ts], null, .. r[(ts + 2)..^2]], r[ts], r[ts + 1]);
                continue;
            }

            yield return Row(table, r, null, null);
        }
    }

    public async Task WriteAsync(TransferTable table, Workspace workspace, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(rows);
        var names = table.Columns.Select(c => c.Name).ToList();
        switch (table.Name)
        {
            case "alert_rules":
                foreach (var row in rows)
                {
                    alertRules[(long)row[0]!] = row;
                }

                return;
            case "alert_holding":
                foreach (var row in rows)
                {
                    var rule = (long)row[0]!;
                    if (!holding.TryGetValue(rule, out var subjects))
                    {
                        holding[rule] = subjects = new Dictionary<string, long>(StringComparer.Ordinal);
                    }

                    subjects[(string)row[1]!] = ClickHouseDatabase.Micros((DateTimeOffset)row[2]!);
                }

                return;
        }

        var values = rows.Select(r => r.Select(Stored).ToArray()).ToList();
        if (table.Form == TransferForm.Events)
        {
            var version = db.NextVersion();
            var ts = names.IndexOf("ts");
            var visitor = names.IndexOf("visitor_id");
            var import = names.IndexOf("import_id");
            await db.InsertAsync("event_keys", EventKeyColumns,
                rows.Select(r => (object?[])[workspace.Id, r[0], r[visitor] ?? string.Empty, r[ts], r[import], version, (byte)0]), cancellationToken).ConfigureAwait(false);
            await db.InsertAsync("events", ["workspace_id", .. names.SelectMany(n => n == "ts" ? TimeColumns : [n]), "version", "deleted"],
                rows.Select(r => (object?[])[workspace.Id, .. r.SelectMany((v, i) => i == ts ? new[] { v, ClickHouseEvents.SubSecond((DateTimeOffset)v!) } : i == visitor ? [v ?? string.Empty] : [Stored(v)]), version, (byte)0]), cancellationToken).ConfigureAwait(false);
            return;
        }

        var extra = new List<string>();
        Func<object?[], object?[]> more = _ => [];
        if (table.Form == TransferForm.State)
        {
            var version = db.NextVersion();
            extra.AddRange(["version", "deleted"]);
            more = _ => [version, (byte)0];
        }

        if (table.Name is "conversation_messages" or "reward_history")
        {
            extra.Add("seq");
            more = _ => [db.NextVersion()];
        }

        if (table.Name == "report_archive")
        {
            var content = names.IndexOf("content");
            var version = db.NextVersion();
            extra = ["size", "version", "deleted"];
            more = r => [(long)((byte[])r[content]!).Length, version, (byte)0];
        }

        await db.InsertAsync(table.Name, ["workspace_id", .. names, .. extra], rows.Select((r, i) => (object?[])[workspace.Id, .. values[i], .. more(r)]), cancellationToken).ConfigureAwait(false);
        await ClaimAsync(table, workspace, rows).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<long>> NewIdsAsync(string sequence, int count, CancellationToken cancellationToken = default)
    {
        var ids = new List<long>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(await db.NextIdAsync(sequence).ConfigureAwait(false));
        }

        ids.Sort();
        return ids;
    }

    public async Task<IReadOnlySet<string>> HeldAsync(TransferTable table, string column, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var name = table.Columns[table.IndexOf(column)].Name;
        var rows = await db.RowsAsync($"SELECT DISTINCT {name} FROM (SELECT {name}, deleted FROM {table.Name} FINAL) WHERE deleted = 0 AND {name} IN $1", ClickHouseSql.In(values)).ConfigureAwait(false);
        return rows.Select(r => r[0]!).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<TransferUser>> MembersAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var members = (await db.RowsAsync("SELECT user_id FROM (SELECT user_id, deleted FROM memberships FINAL WHERE workspace_id = $1) WHERE deleted = 0", workspace.Id).ConfigureAwait(false))
            .Select(r => ClickHouseDatabase.Number(r[0])).ToList();
        if (members.Count == 0)
        {
            return [];
        }

        return (await db.RowsAsync("SELECT id, email, password_hash, security_stamp, created_at FROM (SELECT *, deleted FROM users FINAL WHERE id IN $1) WHERE deleted = 0 ORDER BY id", ClickHouseSql.In(members)).ConfigureAwait(false))
            .Select(r => new TransferUser(ClickHouseDatabase.Number(r[0]), r[1]!, r[2]!, r[3]!, ClickHouseDatabase.Instant(r[4]))).ToList();
    }

    public async Task<long> EnsureUserAsync(TransferUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var found = await db.ScalarAsync("SELECT id FROM (SELECT id, email, deleted FROM users FINAL) WHERE deleted = 0 AND email = $1", user.Email).ConfigureAwait(false);
        if (found is not null)
        {
            return ClickHouseDatabase.Number(found);
        }

        var id = await db.NextIdAsync(TransferCatalog.Users).ConfigureAwait(false);
        if (!await db.ClaimAsync("user-email", user.Email, Id(id), db.RowHolds("users")).ConfigureAwait(false))
        {
            throw new StoreException($"The user {user.Email} was added to {Location} while the copy ran: run the copy again.");
        }

        await db.InsertAsync("users", ["id", "email", "password_hash", "security_stamp", "created_at", "version", "deleted"], [[id, user.Email, user.PasswordHash, user.SecurityStamp, ClickHouseDatabase.Micros(user.CreatedAt), db.NextVersion(), (byte)0]], cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task FinishAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (alertRules.Count > 0)
        {
            var version = db.NextVersion();
            await db.InsertAsync("alert_rules", ["workspace_id", "id", "kind", "recipients", "enabled", "checked_at", "last_result", "holding", "version", "deleted"], alertRules.Values.Select(r => (object?[])
            [
                workspace.Id, .. r.Select(Stored),
                JsonSerializer.Serialize(holding.GetValueOrDefault((long)r[0]!) ?? new Dictionary<string, long>(StringComparer.Ordinal)),
                version, (byte)0,
            ]), cancellationToken).ConfigureAwait(false);
        }

        var importing = new ClickHouseImportStore(db, new ClickHouseEvents(db));
        await importing.RederiveAsync(workspace, cancellationToken).ConfigureAwait(false);
        await importing.RebuildRollupsAsync(workspace, cancellationToken).ConfigureAwait(false);
        store.Changed();
    }

    public async Task<IReadOnlyDictionary<string, decimal>> DerivedTotalsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var generation = await new ClickHouseEvents(db).GenerationAsync(workspace, "people").ConfigureAwait(false);
        var sessions = await db.RowsAsync("SELECT count(), sum(hits) FROM (SELECT hits, deleted FROM sessions FINAL WHERE workspace_id = $1) WHERE deleted = 0", workspace.Id).ConfigureAwait(false);
        var people = await db.RowsAsync("SELECT count(), countIf(customer_at IS NOT NULL) FROM people WHERE workspace_id = $1 AND generation = $2", workspace.Id, generation).ConfigureAwait(false);
        var revenue = await db.ScalarAsync("SELECT sum(amount) FROM revenue WHERE workspace_id = $1 AND generation = $2", workspace.Id, generation).ConfigureAwait(false);
        var conversions = await db.ScalarAsync("SELECT count() FROM conversions WHERE workspace_id = $1 AND generation = $2", workspace.Id, generation).ConfigureAwait(false);
        return new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["sessions"] = ClickHouseDatabase.Exact(sessions[0][0]),
            ["session hits"] = ClickHouseDatabase.Exact(sessions[0][1]),
            ["people"] = ClickHouseDatabase.Exact(people[0][0]),
            ["customers"] = ClickHouseDatabase.Exact(people[0][1]),
            ["revenue"] = ClickHouseDatabase.Normalized(ClickHouseDatabase.Exact(revenue)),
            ["conversions"] = ClickHouseDatabase.Exact(conversions),
        };
    }

    public async Task<Workspace> RenameAsync(Workspace workspace, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (await Workspaces.FindAsync(name, cancellationToken).ConfigureAwait(false) is not null
            || !await db.ClaimAsync("workspace-name", name, Id(workspace.Id), db.RowHolds("workspaces")).ConfigureAwait(false))
        {
            throw new StoreException($"A workspace called '{name}' already exists.");
        }

        await db.ExecuteAsync(
            "INSERT INTO workspaces SELECT id, $2, time_zone, currency, session_timeout_minutes, locale, created_at, toInt64($3), toUInt8(0) FROM workspaces FINAL WHERE id = $1",
            workspace.Id,
            name,
            db.NextVersion()).ConfigureAwait(false);
        store.Changed();
        return workspace with { Name = name };
    }

    public ValueTask DisposeAsync()
    {
        store.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Order(List<string> names) =>
        names.Contains("id") ? "ORDER BY id" : names.Contains("ts") ? "ORDER BY ts" : string.Empty;

    /// <summary>A value as ClickHouse stores it: instants as microseconds (events' own time is split by the caller).</summary>
    private static object? Stored(object? value) => value switch
    {
        DateTimeOffset at => ClickHouseDatabase.Micros(at),
        _ => value,
    };

    /// <summary>
    /// Claims the keys a copied row holds, as the adapters claim them when a row is made (so no later write on any node takes
    /// them): a slug, a domain, a handle, names unique in the workspace, an advocate's code and contact, a reward's key, the
    /// conversation salt, a used invitation.
    /// </summary>
    private async Task ClaimAsync(TransferTable table, Workspace workspace, IReadOnlyList<object?[]> rows)
    {
        string Text(object?[] row, string column) => (string)row[table.IndexOf(column)]!;
        string RowId(object?[] row) => Id((long)row[table.IndexOf("id")]!);
        var ws = Id(workspace.Id);
        foreach (var row in rows)
        {
            var claims = table.Name switch
            {
                "links" => [("link-slug", Text(row, "slug"), RowId(row))],
                "sites" => [("site-domain", Text(row, "domain"), RowId(row))],
                "workspace_handles" => [("handle", Text(row, "handle").ToLowerInvariant(), $"{ws}:{Guid.NewGuid():N}")],
                "report_schedules" => [("schedule-name", $"{ws}/{Text(row, "name").ToLowerInvariant()}", RowId(row))],
                "referral_programs" => [("program-name", $"{ws}/{Text(row, "name").ToLowerInvariant()}", RowId(row))],
                "experiments" => [("experiment-name", $"{ws}/{Text(row, "name").ToLowerInvariant()}", RowId(row))],
                "advocates" => [("advocate-code", $"{ws}/{Text(row, "code").ToUpperInvariant()}", RowId(row)), ("advocate-contact", $"{ws}/{Text(row, "contact_id")}", RowId(row))],
                "rewards" => [("reward", string.Create(CultureInfo.InvariantCulture, $"{ws}/{row[table.IndexOf("program_id")]}/{Text(row, "side")}/{Text(row, "action_key")}"), RowId(row))],
                "conversation_settings" => [("conversation-salt", ws, Convert.ToBase64String((byte[])row[table.IndexOf("author_salt")]!))],
                "invitations" when row[table.IndexOf("used_at")] is not null => [("token-use", Text(row, "selector"), Guid.NewGuid().ToString("N"))],
                _ => Array.Empty<(string, string, string)>(),
            };
            foreach (var (scope, key, claimant) in claims)
            {
                await db.ClaimAsync(scope, key, claimant).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A row of the catalog's layout from ClickHouse's text fields (an event's time from its second and microseconds).</summary>
    private static object?[] Row(TransferTable table, string?[] fields, string? second, string? micros)
    {
        var row = new object?[table.Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            var column = table.Columns[i];
            var text = fields[i];
            if (second is not null && column.Name == "ts")
            {
                row[i] = ClickHouseEvents.Instant(second, micros);
                continue;
            }

            if (table.Form == TransferForm.Events && column.Name == "visitor_id" && text == string.Empty)
            {
                continue;
            }

            row[i] = text is null ? null : column.Kind switch
            {
                TransferKind.Whole => ClickHouseDatabase.Number(text),
                TransferKind.Small => (int)ClickHouseDatabase.Number(text),
                TransferKind.Text => text,
                TransferKind.Exact => ClickHouseDatabase.Exact(text),
                TransferKind.Day => ClickHouseDatabase.Day(text),
                TransferKind.Instant => ClickHouseDatabase.Instant(text),
                TransferKind.Flag => ClickHouseDatabase.Flag(text),
                TransferKind.Real => double.Parse(text, CultureInfo.InvariantCulture),
                TransferKind.Bytes => Convert.FromBase64String(text),
                _ => throw new InvalidOperationException($"Unknown kind {column.Kind}."),
            };
        }

        return row;
    }
}
