using DuckDB.NET.Data;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// A temporary table shaped like <c>table</c> plus an order column, that a file's rows are appended to
/// as they are read, then moved into the table: the first row of each key wins, stored rows with the
/// same keys are archived to <c>table_replaced</c> (for undo) and replaced.
/// </summary>
internal sealed class Stage : IDisposable
{
    private readonly DuckDbDatabase db;
    private readonly string table;

    /// <summary>Creates the stage of <paramref name="table"/> (inside the caller's transaction).</summary>
    public Stage(DuckDbDatabase db, string table)
    {
        this.db = db;
        this.table = table;
        Name = $"payoff_stage_{table}";
        db.Execute($"DROP TABLE IF EXISTS temp.{Name}");
        db.Execute($"CREATE TEMP TABLE {Name} AS SELECT *, 0::BIGINT AS ord FROM {table} LIMIT 0");
    }

    /// <summary>The stage table's name.</summary>
    public string Name { get; }

    /// <summary>Rows appended so far.</summary>
    public long Staged { get; private set; }

    /// <summary>An appender to the stage; rows are begun with the workspace id and finished by <see cref="Add"/>.</summary>
    public DuckDBAppender Appender() => db.Connection.CreateAppender("temp", "main", Name);

    /// <summary>Ends a row whose table columns are filled: adds the import id and the order.</summary>
    public void Add(IDuckDBAppenderRow row, long importId)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.AppendValue(importId).AppendValue(Staged++).EndRow();
    }

    /// <summary>
    /// Moves the staged rows into the table, replacing stored rows of the same <paramref name="key"/> — or, with
    /// <paramref name="scope"/> (a prefix of the key's columns), every stored row of the same scope, so a snapshot of a
    /// whole list replaces the list (values missing from it are archived too); returns the rows stored.
    /// </summary>
    public long Replace(long importId, string key, string? scope = null)
    {
        // The first row of a key wins: later repeats are deleted from the stage. Grouping and joins
        // spill to disk under the import memory limit, where a sort or window over the file would not.
        var keys = "workspace_id, " + key;
        var repeats = $"{Name}_repeats";
        db.Execute($"CREATE OR REPLACE TEMP TABLE {repeats} AS SELECT {keys}, min(ord) AS keep FROM {Name} GROUP BY ALL HAVING count(*) > 1");
        var on = string.Join(" AND ", keys.Split(", ").Select(c => $"r.{c} = {Name}.{c}"));
        db.Execute($"DELETE FROM {Name} WHERE EXISTS (SELECT 1 FROM {repeats} r WHERE {on} AND {Name}.ord <> r.keep)");
        db.Execute($"DROP TABLE temp.{repeats}");
        var match = string.Join(" AND ", ("workspace_id, " + (scope ?? key)).Split(", ").Select(c => $"f.{c} = {table}.{c}"));
        db.Execute($"INSERT INTO {table}_replaced SELECT *, $1 FROM {table} WHERE EXISTS (SELECT 1 FROM {Name} f WHERE {match})", importId);
        db.Execute($"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM {Name} f WHERE {match})");
        return db.Execute($"INSERT INTO {table} SELECT * EXCLUDE (ord) FROM {Name}");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The stage is a temporary table of the caller's transaction: on rollback it is gone anyway.
        try
        {
            db.Execute($"DROP TABLE IF EXISTS temp.{Name}");
        }
        catch (DuckDBException)
        {
            // An aborted transaction refuses further statements; the rollback removes the table.
        }
    }
}
