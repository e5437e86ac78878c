namespace Payoff.Storage.ClickHouse;

/// <summary>
/// A table of changing rows on the state node: <c>ReplacingMergeTree(version)</c> with a <c>deleted</c> flag (see
/// <see cref="ClickHouseDatabase"/>). <see cref="PutAsync(object?[])"/> writes a row's new state, <see cref="DeleteAsync"/> its deletion,
/// and <see cref="ReadAsync"/> the latest state of every row a filter on <em>key columns</em> selects.
/// </summary>
/// <remarks>
/// The filter runs inside <c>FINAL</c>, so it may name only columns every version of a row shares (its key, or a column that
/// never changes such as <c>workspace_id</c>); a filter on a changing column would pick an old version. Callers filter changing
/// columns on the rows read (small state: a workspace's goals, links, keys).
/// </remarks>
/// <param name="db">The database.</param>
/// <param name="name">The table.</param>
/// <param name="columns">Every column but <c>version</c> and <c>deleted</c>, in the order rows are given and read.</param>
internal sealed class StateTable(ClickHouseDatabase db, string name, params string[] columns)
{
    private readonly string list = string.Join(", ", columns);

    /// <summary>The latest, undeleted state of the rows <paramref name="where"/> (on shared columns, <c>$N</c> bound) selects, in <paramref name="order"/>.</summary>
    public Task<List<string?[]>> ReadAsync(string where, string order, params object?[] values) =>
        db.RowsAsync($"SELECT {list} FROM (SELECT {list}, deleted FROM {name} FINAL {where}) WHERE deleted = 0 {order}", values);

    /// <summary>Writes a row's new state (every column, in order).</summary>
    public Task PutAsync(params object?[] row) => PutAsync([row]);

    /// <summary>Writes several rows' new state in one insert.</summary>
    public async Task PutAsync(IEnumerable<object?[]> rows)
    {
        var version = db.NextVersion();
        await db.InsertAsync(name, [.. columns, "version", "deleted"], rows.Select(r => (object?[])[.. r, version, (byte)0])).ConfigureAwait(false);
    }

    /// <summary>Deletes the rows whose <paramref name="keyColumns"/> hold each of <paramref name="keys"/>.</summary>
    public async Task DeleteAsync(string[] keyColumns, IEnumerable<object?[]> keys)
    {
        var version = db.NextVersion();
        await db.InsertAsync(name, [.. keyColumns, "version", "deleted"], keys.Select(k => (object?[])[.. k, version, (byte)1])).ConfigureAwait(false);
    }

    /// <summary>Deletes the rows <paramref name="where"/> (on shared columns) selects; false when it selects none.</summary>
    public async Task<bool> RemoveAsync(string[] keyColumns, string where, params object?[] values)
    {
        if ((await ReadAsync(where, string.Empty, values).ConfigureAwait(false)).Count == 0)
        {
            return false;
        }

        await DeleteWhereAsync(keyColumns, where, values).ConfigureAwait(false);
        return true;
    }

    /// <summary>Deletes every row <paramref name="where"/> (on shared columns) selects, at once for every reader.</summary>
    public Task DeleteWhereAsync(string[] keyColumns, string where, params object?[] values)
    {
        var keys = string.Join(", ", keyColumns);
        return db.ExecuteAsync(
            $"INSERT INTO {name} ({keys}, version, deleted) SELECT {keys}, toInt64({db.NextVersion()}), toUInt8(1) FROM (SELECT {keys}, deleted FROM {name} FINAL {where}) WHERE deleted = 0",
            values);
    }
}
