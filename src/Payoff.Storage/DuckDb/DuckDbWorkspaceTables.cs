using System.Data.Common;
using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage.Transfer;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// An embedded store's workspace tables for <see cref="StoreCopy"/>. A <see cref="TransferForm.History"/> table is read as its
/// current rows plus the rows its <c>_replaced</c> table keeps (the ones an undo restores), oldest write first, and written
/// through a stage: at <see cref="FinishAsync"/> each key's (or scope's) newest import's rows become current and every older
/// one goes to <c>_replaced</c> with <c>replaced_by</c> the import that followed it, as the imports themselves would have left them.
/// </summary>
internal sealed class DuckDbWorkspaceTables(DuckDbDatabase db, string location) : IWorkspaceTables
{
    private readonly HashSet<string> staged = new(StringComparer.Ordinal);
    private long order;

    public string Location => location;

    public IWorkspaceStore Workspaces { get; } = new DuckDbWorkspaceStore(db);

    public async IAsyncEnumerable<object?[]> ReadAsync(TransferTable table, Workspace workspace, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(workspace);
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        if (table.Form == TransferForm.History && table.Name == "conversation_messages")
        {
            foreach (var row in MessageChains(table, workspace))
            {
                yield return row;
            }

            yield break;
        }

        var sql = table.Form == TransferForm.History
            ? $"""
              SELECT {columns} FROM (
                  SELECT {columns}, replaced_by AS o, 0 AS current FROM {table.Name}_replaced WHERE workspace_id = $1
                  UNION ALL SELECT {columns}, NULL, 1 FROM {table.Name} WHERE workspace_id = $1)
              ORDER BY current, o, import_id
              """
            : $"SELECT {columns} FROM {table.Name} WHERE workspace_id = $1 {Order(table)}";
        using var command = db.Command(sql, workspace.Id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Row(table, reader);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task WriteAsync(TransferTable table, Workspace workspace, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(rows);
        var history = table.Form == TransferForm.History;
        var stage = $"copy_{table.Name}";
        if (staged.Add(table.Name))
        {
            db.Execute($"CREATE OR REPLACE TEMP TABLE {stage} AS SELECT workspace_id, {string.Join(", ", table.Columns.Select(c => c.Name))}{(history ? ", 0::BIGINT AS ord" : string.Empty)} FROM {table.Name} LIMIT 0");
        }

        using (var appender = db.Connection.CreateAppender("temp", "main", stage))
        {
            foreach (var values in rows)
            {
                var row = appender.CreateRow().AppendValue(workspace.Id);
                for (var i = 0; i < values.Length; i++)
                {
                    row = Append(row, table.Columns[i], values[i]);
                }

                (history ? row.AppendValue(order++) : row).EndRow();
            }
        }

        if (!history)
        {
            var columns = "workspace_id, " + string.Join(", ", table.Columns.Select(c => c.Name));
            db.Execute($"INSERT INTO {table.Name} ({columns}) SELECT {columns} FROM {stage}");
            db.Execute($"DELETE FROM {stage}");
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<long>> NewIdsAsync(string sequence, int count, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<long>>(db.Query(
            $"SELECT nextval('{Sequence(sequence)}') AS id FROM range($1) ORDER BY id",
            r => r.GetInt64(0),
            (long)count));

    public Task<IReadOnlySet<string>> HeldAsync(TransferTable table, string column, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var wanted = values.ToHashSet(StringComparer.Ordinal);
        var held = db.Query($"SELECT DISTINCT {table.Columns[table.IndexOf(column)].Name} FROM {table.Name}", r => r.GetString(0)).Where(wanted.Contains);
        return Task.FromResult<IReadOnlySet<string>>(held.ToHashSet(StringComparer.Ordinal));
    }

    public Task<IReadOnlyList<TransferUser>> MembersAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Task.FromResult<IReadOnlyList<TransferUser>>(db.Query(
            """
            SELECT u.id, u.email, u.password_hash, coalesce(s.security_stamp, ''), u.created_at
            FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN user_stamps s ON s.user_id = u.id
            WHERE m.workspace_id = $1 ORDER BY u.id
            """,
            r => new TransferUser(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), DuckDbDatabase.FromDb(r.GetDateTime(4))),
            workspace.Id));
    }

    public Task<long> EnsureUserAsync(TransferUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(db.InTransaction(() =>
        {
            var found = db.Query("SELECT id FROM users WHERE email = $1", r => r.GetInt64(0), user.Email);
            if (found.Count > 0)
            {
                return found[0];
            }

            var id = db.Scalar<long>("INSERT INTO users (email, password_hash, created_at) VALUES ($1, $2, $3) RETURNING id", user.Email, user.PasswordHash, DuckDbDatabase.ToDb(user.CreatedAt));
            db.Execute("INSERT INTO user_stamps (user_id, security_stamp) VALUES ($1, $2)", id, user.SecurityStamp);
            return id;
        }));
    }

    public async Task FinishAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        foreach (var table in TransferCatalog.Tables.Where(t => t.Form == TransferForm.History && staged.Contains(t.Name)))
        {
            Settle(table);
        }

        db.Execute(
            """
            UPDATE share_links SET opens = o.n, last_used_at = o.last
            FROM (SELECT link_id, count(*) AS n, max(opened_at) AS last FROM share_opens WHERE workspace_id = $1 GROUP BY link_id) o
            WHERE share_links.workspace_id = $1 AND share_links.id = o.link_id
            """,
            workspace.Id);
        var importing = new DuckDbImportStore(db);
        await importing.RederiveAsync(workspace, cancellationToken).ConfigureAwait(false);
        await importing.RebuildRollupsAsync(workspace, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyDictionary<string, decimal>> DerivedTotalsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var totals = db.Query(
            """
            SELECT (SELECT count(*) FROM sessions WHERE workspace_id = $1),
                   (SELECT coalesce(sum(hits), 0)::BIGINT FROM sessions WHERE workspace_id = $1),
                   (SELECT count(*) FROM people WHERE workspace_id = $1),
                   (SELECT count(*) FROM people WHERE workspace_id = $1 AND customer_at IS NOT NULL),
                   (SELECT coalesce(sum(amount), 0)::DECIMAL(38, 4) FROM revenue WHERE workspace_id = $1),
                   (SELECT count(*) FROM conversions WHERE workspace_id = $1)
            """,
            r => new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                ["sessions"] = r.GetInt64(0),
                ["session hits"] = r.GetInt64(1),
                ["people"] = r.GetInt64(2),
                ["customers"] = r.GetInt64(3),
                ["revenue"] = r.GetDecimal(4) / 1.0000000000000000000000000000m,
                ["conversions"] = r.GetInt64(5),
            },
            workspace.Id)[0];
        return Task.FromResult<IReadOnlyDictionary<string, decimal>>(totals);
    }

    public Task<Workspace> RenameAsync(Workspace workspace, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        db.InTransaction(() => db.Scalar<long>("SELECT count(*) FROM workspaces WHERE name = $1", name) > 0
            ? throw new StoreException($"A workspace called '{name}' already exists.")
            : db.Execute("UPDATE workspaces SET name = $1 WHERE id = $2", name, workspace.Id));
        return Task.FromResult(workspace with { Name = name });
    }

    public ValueTask DisposeAsync()
    {
        db.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The sequence's name, refused unless a plain identifier (it is written into SQL).</summary>
    private static string Sequence(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : throw new ArgumentException($"'{name}' is not a sequence.", nameof(name));

    private static string Order(TransferTable table) =>
        table.Columns.Any(c => c.Name == "id") ? "ORDER BY id" : table.Columns.Any(c => c.Name == "ts") ? "ORDER BY ts" : string.Empty;

    /// <summary>
    /// Moves a staged history table into place: per key (or scope), the rows of the newest import written become current; each
    /// older import's rows are kept in <c>_replaced</c>, replaced by the next import written.
    /// </summary>
    private void Settle(TransferTable table)
    {
        var columns = "workspace_id, " + string.Join(", ", table.Columns.Select(c => c.Name));
        var scope = table.Key.Count == 0 ? "workspace_id" : "workspace_id, " + string.Join(", ", table.Key);
        var on = string.Join(" AND ", scope.Split(", ").Select(c => $"s.{c} IS NOT DISTINCT FROM w.{c}"));
        var stage = $"copy_{table.Name}";
        db.Execute(
            $"""
            CREATE OR REPLACE TEMP TABLE {stage}_next AS
            SELECT {scope}, import_id, lead(import_id) OVER (PARTITION BY {scope} ORDER BY first) AS next
            FROM (SELECT {scope}, import_id, min(ord) AS first FROM {stage} GROUP BY ALL)
            """);
        db.Execute($"INSERT INTO {table.Name}_replaced ({columns}, replaced_by) SELECT {string.Join(", ", columns.Split(", ").Select(c => "s." + c))}, w.next FROM {stage} s JOIN {stage}_next w ON {on} AND s.import_id = w.import_id WHERE w.next IS NOT NULL ORDER BY s.ord");
        db.Execute($"INSERT INTO {table.Name} ({columns}) SELECT {string.Join(", ", columns.Split(", ").Select(c => "s." + c))} FROM {stage} s JOIN {stage}_next w ON {on} AND s.import_id = w.import_id WHERE w.next IS NULL ORDER BY s.ord");
        db.Execute($"DROP TABLE temp.{stage}_next");
        db.Execute($"DROP TABLE temp.{stage}");
    }

    /// <summary>
    /// A workspace's conversation messages with their history, each message's rows in the order they were written: from the
    /// current row back along <c>replaced_by</c> (messages pushed live carry import 0, so the import ids alone do not order them).
    /// </summary>
    private List<object?[]> MessageChains(TransferTable table, Workspace workspace)
    {
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        var key = table.Key.Select(table.IndexOf).ToArray();
        var import = table.IndexOf("import_id");
        string Key(object?[] row) => string.Join('\u001f', key.Select(k => row[k]));
        var current = db.Query($"SELECT {columns} FROM {table.Name} WHERE workspace_id = $1 ORDER BY network, message_id", r => Row(table, r), workspace.Id);
        var replaced = db.Query($"SELECT {columns}, replaced_by FROM {table.Name}_replaced WHERE workspace_id = $1", r => (Row: Row(table, r), By: r.GetInt64(table.Columns.Count)), workspace.Id)
            .GroupBy(r => Key(r.Row), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var rows = new List<object?[]>();
        foreach (var head in current)
        {
            var chain = new List<object?[]> { head };
            if (replaced.Remove(Key(head), out var older))
            {
                var next = head;
                while (older.FindIndex(o => o.By == (long)next[import]!) is var at and >= 0)
                {
                    next = older[at].Row;
                    older.RemoveAt(at);
                    chain.Add(next);
                }

                chain.AddRange(older.Select(o => o.Row)); // what no chain reaches (never expected) is kept, oldest-looking last
            }

            chain.Reverse();
            rows.AddRange(chain);
        }

        return rows;
    }

    private static object?[] Row(TransferTable table, DbDataReader r)
    {
        var row = new object?[table.Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = r.IsDBNull(i) ? null : table.Columns[i].Kind switch
            {
                TransferKind.Whole => r.GetInt64(i),
                TransferKind.Small => r.GetInt32(i),
                TransferKind.Text => r.GetString(i),
                TransferKind.Exact => r.GetDecimal(i),
                TransferKind.Day => r.GetFieldValue<DateOnly>(i),
                TransferKind.Instant => DuckDbDatabase.FromDb(r.GetDateTime(i)),
                TransferKind.Flag => r.GetBoolean(i),
                TransferKind.Real => r.GetDouble(i),
                TransferKind.Bytes => Bytes(r, i),
                _ => throw new InvalidOperationException($"Unknown kind {table.Columns[i].Kind}."),
            };
        }

        return row;
    }

    private static byte[] Bytes(DbDataReader r, int i)
    {
        using var stream = r.GetStream(i);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IDuckDBAppenderRow Append(IDuckDBAppenderRow row, TransferColumn column, object? value) => value switch
    {
        null => row.AppendNullValue(),
        long n => row.AppendValue(n),
        int n => row.AppendValue(n),
        string s => row.AppendValue(s),
        decimal d => row.AppendValue(d),
        DateOnly day => row.AppendValue(day),
        DateTimeOffset at => row.AppendValue(DuckDbDatabase.ToDb(at)),
        bool b => row.AppendValue(b),
        double d => row.AppendValue(d),
        byte[] bytes => row.AppendValue(bytes),
        _ => throw new ArgumentException($"Column {column.Name}: a {value.GetType().Name} where a {column.Kind} belongs.", nameof(value)),
    };
}
