using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// An imported table whose rows replace the stored ones of their key (or of their scope): every import's rows stay, tagged
/// with <c>import_id</c>, and the current rows of a key are those of the newest import not undone that holds it. An undo
/// therefore makes the replaced rows current again, exactly, without moving a row.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="name">The table.</param>
/// <param name="key">The columns that identify a row (after <c>workspace_id</c>); within one file the first row of a key wins.</param>
/// <param name="scope">The columns a newer import replaces as a whole (an audience dimension; empty: the whole data set), or null for <paramref name="key"/>.</param>
internal sealed class ReplacingTable(ClickHouseDatabase db, string name, string[] key, string[]? scope = null)
{
    private string[] Scope => scope ?? key;

    /// <summary>The placeholder <see cref="ReadAsync"/> replaces with the current rows' subquery.</summary>
    public const string CurrentRows = "{current}";

    /// <summary>The table's name.</summary>
    public string Name => name;

    /// <summary>
    /// Stores <paramref name="rows"/> (each holding <paramref name="columns"/>' values) for import <paramref name="importId"/>,
    /// the first row of a key only; returns how many were stored.
    /// </summary>
    public async Task<long> WriteAsync(Workspace workspace, long importId, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var positions = key.Select(k => columns.ToList().IndexOf(k)).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = rows.Where(r => seen.Add(string.Join('\u001f', positions.Select(p => Convert.ToString(r[p], System.Globalization.CultureInfo.InvariantCulture))))).ToList();
        await db.InsertAsync(name, ["workspace_id", "import_id", .. columns], first.Select(r => (object?[])[workspace.Id, importId, .. r])).ConfigureAwait(false);
        return first.Count;
    }

    /// <summary>
    /// A subquery of the current rows of the workspace (<c>$1</c>) for <see cref="ClickHouseSql.Bind"/>: <paramref name="undone"/>
    /// is the bound position of the undone imports' set, or null when there are none.
    /// </summary>
    public string Current(string? undone)
    {
        var notUndone = undone is null ? string.Empty : $"AND import_id NOT IN {undone}";
        var scopeColumns = string.Join(", ", Scope);
        return Scope.Length == 0
            ? $"(SELECT * FROM {name} WHERE workspace_id = $1 {notUndone} AND import_id = (SELECT max(import_id) FROM {name} WHERE workspace_id = $1 {notUndone}))"
            : $"(SELECT * FROM {name} WHERE workspace_id = $1 {notUndone} AND ({scopeColumns}, import_id) IN (SELECT {scopeColumns}, max(import_id) FROM {name} WHERE workspace_id = $1 {notUndone} GROUP BY {scopeColumns}))";
    }

    /// <summary>The rows of <paramref name="sql"/> written over <c>{current}</c> (the current rows), <c>$1</c> the workspace, the rest <paramref name="values"/> from <c>$2</c>.</summary>
    public async Task<List<string?[]>> ReadAsync(Workspace workspace, IReadOnlyList<long> undone, string sql, params object?[] values)
    {
        var position = $"${values.Length + 2}";
        var text = sql.Replace(CurrentRows, Current(undone.Count == 0 ? null : position), StringComparison.Ordinal);
        object?[] bound = undone.Count == 0 ? [workspace.Id, .. values] : [workspace.Id, .. values, ClickHouseSql.In(undone)];
        return await db.RowsAsync(text, bound).ConfigureAwait(false);
    }

    /// <summary>The first later import, not undone, that holds a key (scope) import <paramref name="importId"/> holds: it must be undone first.</summary>
    public async Task<long?> LaterReplacingAsync(Workspace workspace, long importId, IReadOnlyList<long> undone)
    {
        var notUndone = undone.Count == 0 ? string.Empty : "AND import_id NOT IN $3";
        var match = Scope.Length == 0
            ? $"SELECT min(import_id) FROM {name} WHERE workspace_id = $1 AND import_id > $2 {notUndone}"
            : $"SELECT min(import_id) FROM {name} WHERE workspace_id = $1 AND import_id > $2 {notUndone} AND ({string.Join(", ", Scope)}) IN (SELECT {string.Join(", ", Scope)} FROM {name} WHERE workspace_id = $1 AND import_id = $2)";
        var later = await db.ScalarAsync(match, undone.Count == 0 ? [workspace.Id, importId] : [workspace.Id, importId, ClickHouseSql.In(undone)]).ConfigureAwait(false);
        return later is null or "0" ? null : ClickHouseDatabase.Number(later);
    }

    /// <summary>Removes the rows of an import that never finished (a mutation: the record stays undone until it has run).</summary>
    public Task TakeBackAsync(Workspace workspace, long importId) =>
        db.ExecuteAsync($"ALTER TABLE {name} DELETE WHERE workspace_id = $1 AND import_id = $2", workspace.Id, importId);
}
