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

    /// <summary>Moves the staged rows into the table, replacing stored rows of the same <paramref name="key"/>; returns the rows stored.</summary>
    public long Replace(long importId, string key)
    {
        var first = $"{Name}_first";
        db.Execute($"CREATE OR REPLACE TEMP TABLE {first} AS SELECT * EXCLUDE (ord) FROM {Name} QUALIFY row_number() OVER (PARTITION BY workspace_id, {key} ORDER BY ord) = 1");
        var match = string.Join(" AND ", ("workspace_id, " + key).Split(", ").Select(c => $"f.{c} = {table}.{c}"));
        db.Execute($"INSERT INTO {table}_replaced SELECT *, $1 FROM {table} WHERE EXISTS (SELECT 1 FROM {first} f WHERE {match})", importId);
        db.Execute($"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM {first} f WHERE {match})");
        var stored = db.Execute($"INSERT INTO {table} SELECT * FROM {first}");
        db.Execute($"DROP TABLE temp.{first}");
        return stored;
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
