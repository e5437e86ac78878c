using System.Globalization;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Transfer;

/// <summary>What a copy moved of one table: its rows and the sums it checked.</summary>
/// <param name="Table">The table.</param>
/// <param name="Rows">Rows copied (equal in the source and the target, or the copy was rolled back).</param>
/// <param name="Sums">Per checked column, the sum of its values in the source and in the target: numbers as they are, days as day numbers, instants as microseconds since 1970, text and bytes as their lengths. Id columns are left out (the target gives new ids).</param>
public sealed record CopiedTable(string Table, long Rows, IReadOnlyDictionary<string, decimal> Sums);

/// <summary>A finished copy.</summary>
/// <param name="Source">The workspace copied.</param>
/// <param name="Target">The workspace made in the target store (same name, new id).</param>
/// <param name="Tables">Every table copied, with its checked count and sums.</param>
/// <param name="Derived">What the target derived again (sessions, people, revenue …), equal to the source's.</param>
/// <param name="RolledBack">Whether an interrupted earlier copy into the target was found and taken away first.</param>
public sealed record StoreCopyResult(Workspace Source, Workspace Target, IReadOnlyList<CopiedTable> Tables, IReadOnlyDictionary<string, decimal> Derived, bool RolledBack)
{
    /// <summary>Rows copied in all.</summary>
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// Copies a workspace from one store to another, whatever their engines (<c>payoff store copy</c>): every table of
/// <see cref="TransferCatalog"/> with new ids from the target's sequences, then the target derives sessions, people and
/// rollups itself; at the end every table's row count and column sums, and the derived totals, are compared between the two
/// stores. The workspace is written under <see cref="PendingName"/> and renamed only when the check passes; a failure, a
/// cancellation or a mismatch deletes it again, and a copy killed midway leaves it to be taken away by the next attempt.
/// </summary>
public static class StoreCopy
{
    /// <summary>Rows read and written per batch.</summary>
    public const int Batch = 10_000;

    /// <summary>The name a workspace has in the target while it is being copied.</summary>
    public static string PendingName(string name) => $"{name} (copy in progress)";

    /// <summary>Copies workspace <paramref name="name"/> from <paramref name="source"/> into <paramref name="target"/>.</summary>
    /// <param name="source">The store copied from (only read).</param>
    /// <param name="target">The store copied into.</param>
    /// <param name="name">The workspace's name.</param>
    /// <param name="progress">Told each step, for a progress line.</param>
    /// <param name="cancellationToken">Stops the copy; the target is rolled back.</param>
    /// <exception cref="StoreException">
    /// The source has no such workspace; the target has one of that name; a value unique across a store (a link's slug, a
    /// site's domain, a handle …) is held in the target by another workspace; or the check found a difference (the target is
    /// rolled back, and the message names the tables).
    /// </exception>
    public static async Task<StoreCopyResult> RunAsync(IWorkspaceTables source, IWorkspaceTables target, string name, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var from = await source.Workspaces.FindAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new StoreException($"{source.Location} has no workspace '{name}'.");
        if (await target.Workspaces.FindAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new StoreException($"{target.Location} has a workspace '{name}' already: delete it there first, or copy into another store.");
        }

        var rolledBack = false;
        if (await target.Workspaces.FindAsync(PendingName(name), cancellationToken).ConfigureAwait(false) is { } left)
        {
            progress?.Report($"Taking away the interrupted copy of '{name}' found in the target");
            await target.Workspaces.DeleteAsync(left, cancellationToken).ConfigureAwait(false);
            rolledBack = true;
        }

        await CheckUniqueAsync(source, target, from, cancellationToken).ConfigureAwait(false);
        var made = await target.Workspaces.CreateAsync(PendingName(name), from.TimeZone, from.Currency, cancellationToken).ConfigureAwait(false);
        try
        {
            made = await target.Workspaces.UpdateAsync(made with { SessionTimeout = from.SessionTimeout, Locale = from.Locale }, cancellationToken).ConfigureAwait(false);
            var ids = new IdMap(target);
            foreach (var member in await source.MembersAsync(from, cancellationToken).ConfigureAwait(false))
            {
                ids.Set(TransferCatalog.Users, member.Id, await target.EnsureUserAsync(member, cancellationToken).ConfigureAwait(false));
            }

            var copied = new List<(TransferTable Table, Totals Totals)>();
            foreach (var table in TransferCatalog.Tables)
            {
                progress?.Report($"Copying {table.Name}");
                var totals = new Totals(table);
                var batch = new List<object?[]>(Batch);
                await foreach (var row in source.ReadAsync(table, from, cancellationToken).ConfigureAwait(false))
                {
                    totals.Add(row);
                    batch.Add(row);
                    if (batch.Count == Batch)
                    {
                        await WriteAsync(target, table, made, ids, batch, cancellationToken).ConfigureAwait(false);
                    }
                }

                await WriteAsync(target, table, made, ids, batch, cancellationToken).ConfigureAwait(false);
                copied.Add((table, totals));
            }

            progress?.Report("Deriving sessions, people and rollups in the target");
            await target.FinishAsync(made, cancellationToken).ConfigureAwait(false);

            progress?.Report("Checking counts and sums");
            var tables = new List<CopiedTable>();
            var differences = new List<string>();
            foreach (var (table, expected) in copied)
            {
                var actual = new Totals(table);
                await foreach (var row in target.ReadAsync(table, made, cancellationToken).ConfigureAwait(false))
                {
                    actual.Add(row);
                }

                differences.AddRange(expected.Differences(actual));
                tables.Add(new CopiedTable(table.Name, expected.Rows, expected.Sums));
            }

            var derived = await source.DerivedTotalsAsync(from, cancellationToken).ConfigureAwait(false);
            var again = await target.DerivedTotalsAsync(made, cancellationToken).ConfigureAwait(false);
            differences.AddRange(derived.Where(d => again.GetValueOrDefault(d.Key) != d.Value).Select(d =>
                string.Create(CultureInfo.InvariantCulture, $"derived {d.Key}: {d.Value} in the source, {again.GetValueOrDefault(d.Key)} in the target")));
            if (differences.Count > 0)
            {
                throw new StoreException($"The copy does not match its source, so it was rolled back: {string.Join("; ", differences.Take(10))}{(differences.Count > 10 ? $" (and {differences.Count - 10} more)" : string.Empty)}.");
            }

            made = await target.RenameAsync(made, name, cancellationToken).ConfigureAwait(false);
            return new StoreCopyResult(from, made, tables, derived, rolledBack);
        }
        catch
        {
            progress?.Report("Rolling back the target");
            await target.Workspaces.DeleteAsync(made, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task WriteAsync(IWorkspaceTables target, TransferTable table, Workspace workspace, IdMap ids, List<object?[]> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await ids.RemapAsync(table, batch, cancellationToken).ConfigureAwait(false);
        await target.WriteAsync(table, workspace, [.. batch], cancellationToken).ConfigureAwait(false);
        batch.Clear();
    }

    private static async Task CheckUniqueAsync(IWorkspaceTables source, IWorkspaceTables target, Workspace from, CancellationToken cancellationToken)
    {
        foreach (var table in TransferCatalog.Tables.Where(t => t.Columns.Any(c => c.UniqueInStore)))
        {
            var columns = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.UniqueInStore).ToList();
            var values = columns.ToDictionary(x => x.c.Name, _ => new HashSet<string>(StringComparer.Ordinal));
            await foreach (var row in source.ReadAsync(table, from, cancellationToken).ConfigureAwait(false))
            {
                foreach (var (column, i) in columns)
                {
                    if (row[i] is string value)
                    {
                        values[column.Name].Add(value);
                    }
                }
            }

            foreach (var (column, held) in values.Where(v => v.Value.Count > 0))
            {
                var taken = await target.HeldAsync(table, column, held, cancellationToken).ConfigureAwait(false);
                if (taken.Count > 0)
                {
                    throw new StoreException($"{target.Location} already holds {table.Name}.{column} {string.Join(", ", taken.Order(StringComparer.Ordinal).Take(5).Select(v => $"'{v}'"))} in another workspace (unique across a store): remove it there first.");
                }
            }
        }
    }

    /// <summary>The target's ids for the source's, per sequence; a value met first gets a new id, in increasing order.</summary>
    private sealed class IdMap(IWorkspaceTables target)
    {
        private readonly Dictionary<string, Dictionary<long, long>> maps = new(StringComparer.Ordinal);

        public void Set(string family, long from, long to) => Map(family)[from] = to;

        public async Task RemapAsync(TransferTable table, List<object?[]> rows, CancellationToken cancellationToken)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c].Family is not { } family)
                {
                    continue;
                }

                var map = Map(family);

                // Import 0 is not an import: conversation messages pushed live carry it.
                var fresh = rows.Select(r => r[c]).OfType<long>().Where(v => !map.ContainsKey(v) && !(v == 0 && family == "import_ids")).Distinct().Order().ToList();
                if (fresh.Count > 0)
                {
                    var given = await target.NewIdsAsync(family, fresh.Count, cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < fresh.Count; i++)
                    {
                        map[fresh[i]] = given[i];
                    }
                }

                foreach (var row in rows)
                {
                    if (row[c] is long value && (value != 0 || family != "import_ids"))
                    {
                        row[c] = map[value];
                    }
                }
            }
        }

        private Dictionary<long, long> Map(string family)
        {
            if (!maps.TryGetValue(family, out var map))
            {
                maps[family] = map = [];
            }

            return map;
        }
    }

    /// <summary>A table's row count and its checked columns' sums.</summary>
    private sealed class Totals(TransferTable table)
    {
        private readonly decimal[] sums = new decimal[table.Columns.Count];

        public long Rows { get; private set; }

        public IReadOnlyDictionary<string, decimal> Sums =>
            table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Family is null).ToDictionary(x => x.c.Name, x => sums[x.i], StringComparer.Ordinal);

        public void Add(object?[] row)
        {
            Rows++;
            for (var i = 0; i < row.Length; i++)
            {
                sums[i] += row[i] switch
                {
                    null => 0,
                    long n => n,
                    int n => n,
                    decimal d => d,
                    double d => (decimal)Math.Round(d, 9),
                    bool b => b ? 1 : 0,
                    DateOnly day => day.DayNumber,
                    DateTimeOffset at => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10,
                    string s => s.Length,
                    byte[] bytes => bytes.Length,
                    _ => throw new InvalidOperationException($"{table.Name}: a {row[i]!.GetType().Name} where a {table.Columns[i].Kind} was expected."),
                };
            }
        }

        public IEnumerable<string> Differences(Totals target)
        {
            if (target.Rows != Rows)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{table.Name} has {Rows} rows in the source, {target.Rows} in the target");
                yield break;
            }

            var theirs = target.Sums;
            foreach (var (column, sum) in Sums.Where(s => theirs[s.Key] != s.Value))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{table.Name}.{column} sums to {sum} in the source, {theirs[column]} in the target");
            }
        }
    }
}
