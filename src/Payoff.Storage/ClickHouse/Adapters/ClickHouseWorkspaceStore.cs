using System.Globalization;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Workspaces on the state node. Names are unique through a claim (<see cref="ClickHouseDatabase.ClaimAsync"/>): the first
/// living claim of a name wins, a deleted workspace's claim lapses. Creates the <c>default</c> workspace (UTC, USD) when missing.
/// </summary>
internal sealed class ClickHouseWorkspaceStore(ClickHouseDatabase db, ClickHouseScopes scopes) : IWorkspaceStore
{
    private readonly StateTable table = new(db, "workspaces", "id", "name", "time_zone", "currency", "session_timeout_minutes", "locale", "created_at");

    /// <summary>Makes the default workspace when the database has none (a new database).</summary>
    public async Task EnsureDefaultAsync()
    {
        if (await FindAsync(Workspace.DefaultName).ConfigureAwait(false) is null)
        {
            try
            {
                await CreateAsync(Workspace.DefaultName, "UTC", "USD").ConfigureAwait(false);
            }
            catch (StoreException)
            {
                // Another node made it at the same time.
            }
        }
    }

    /// <inheritdoc />
    public async Task<Workspace?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(w => w.Name == name);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Workspace>> ListAsync(CancellationToken cancellationToken = default) =>
        (await table.ReadAsync(string.Empty, string.Empty).ConfigureAwait(false)).Select(Read).OrderBy(w => w.Name, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public async Task<Workspace> CreateAsync(string name, string timeZone, string currency, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (await FindAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw Taken(name);
        }

        var id = await db.NextIdAsync("workspace_ids").ConfigureAwait(false);
        if (!await db.ClaimAsync("workspace-name", name, Id(id), db.RowHolds("workspaces")).ConfigureAwait(false))
        {
            throw Taken(name);
        }

        var workspace = new Workspace(id, name, timeZone, currency);
        await table.PutAsync(Row(workspace, db.Time.GetUtcNow())).ConfigureAwait(false);
        return workspace;
    }

    /// <inheritdoc />
    public async Task<Workspace> UpdateAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var stored = await table.ReadAsync("WHERE id = $1", string.Empty, workspace.Id).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            return workspace;
        }

        var before = Read(stored[0]);
        await table.PutAsync(Row(workspace with { Name = before.Name }, ClickHouseDatabase.Instant(stored[0][6]))).ConfigureAwait(false);
        if (before.TimeZone != workspace.TimeZone)
        {
            // Stored local days follow the zone: sessions' days and every rollup are cut again.
            await scopes.ZoneChangedAsync(workspace with { Name = before.Name }).ConfigureAwait(false);
        }

        return workspace;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        await scopes.DeleteWorkspaceDataAsync(workspace).ConfigureAwait(false);
        await table.DeleteAsync(["id"], [[workspace.Id]]).ConfigureAwait(false);
    }

    private static StoreException Taken(string name) => new($"A workspace called '{name}' already exists.");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static object?[] Row(Workspace w, DateTimeOffset createdAt) =>
        [w.Id, w.Name, w.TimeZone, w.Currency, (int)w.SessionTimeout.TotalMinutes, w.Locale == Workspace.DefaultLocale ? null : w.Locale, ClickHouseDatabase.Micros(createdAt)];

    private static Workspace Read(string?[] r) =>
        new(ClickHouseDatabase.Number(r[0]), r[1]!, r[2]!, r[3]!)
        {
            SessionTimeout = TimeSpan.FromMinutes(ClickHouseDatabase.Number(r[4])),
            Locale = r[5] ?? Workspace.DefaultLocale,
        };
}
