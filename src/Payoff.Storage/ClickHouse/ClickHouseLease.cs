using System.Globalization;

namespace Payoff.Storage.ClickHouse;

/// <summary>
/// A lease held by one process at a time across every node, on the state node's DDL: <c>CREATE TABLE</c> (without
/// <c>IF NOT EXISTS</c>) succeeds for exactly one caller, so the lease is a table named after it whose one row says who
/// holds it until when; <c>DROP TABLE</c> releases it. A lease whose holder died is taken over once it expired: the taker
/// renames the table away first (<c>RENAME</c> is atomic, so of two takers one succeeds) and then creates its own.
/// </summary>
/// <remarks>
/// Used for what must run once at a time per workspace across nodes: the derivations after a write (sessions' rollup
/// deltas would double otherwise) and a scheduled report's period. The wall clock (not the injected clock) times the
/// expiry; a holder working longer than <see cref="Duration"/> loses the lease to a taker — derivations take seconds.
/// </remarks>
public sealed class ClickHouseLease : IAsyncDisposable
{
    /// <summary>How long a lease holds before another process may take it over (a holder that died).</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    private readonly ClickHouseDatabase db;
    private readonly string table;
    private bool released;

    private ClickHouseLease(ClickHouseDatabase db, string table)
    {
        this.db = db;
        this.table = table;
    }

    /// <summary>Waits until the lease <paramref name="name"/> (letters, digits, '_') is this caller's, and returns it.</summary>
    /// <exception cref="TimeoutException">Not acquired within <paramref name="wait"/> (default 2 minutes).</exception>
    public static async Task<ClickHouseLease> AcquireAsync(ClickHouseDatabase db, string name, TimeSpan? wait = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var table = ClickHouseSql.Identifier("lease_" + name);
        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromMinutes(2));
        var holder = Guid.NewGuid().ToString("N");
        for (var pause = 5; ; pause = Math.Min(pause * 2, 200))
        {
            try
            {
                await db.ExecuteAsync(
                    $"CREATE TABLE {table} ENGINE = TinyLog AS SELECT $1 AS holder, toInt64($2) AS expires",
                    holder,
                    ClickHouseDatabase.Micros(DateTimeOffset.UtcNow + Duration)).ConfigureAwait(false);
                return new ClickHouseLease(db, table);
            }
            catch (ClickHouseException e) when (e.Code == TableExists)
            {
                await TakeOverIfExpiredAsync(db, table).ConfigureAwait(false);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The lease {name} stayed taken for {wait ?? TimeSpan.FromMinutes(2)}.");
            }

            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Releases the lease (drops its table).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!released)
        {
            released = true;
            await db.ExecuteAsync($"DROP TABLE IF EXISTS {table}").ConfigureAwait(false);
        }
    }

    private const int TableExists = 57;

    // A lease table whose row expired (or that never got its row, its creator dying in between, and is older than the
    // lease) is renamed away — one taker wins the rename — and dropped.
    private static async Task TakeOverIfExpiredAsync(ClickHouseDatabase db, string table)
    {
        string? expires;
        try
        {
            expires = await db.ScalarAsync($"SELECT max(expires) FROM {table}").ConfigureAwait(false);
        }
        catch (ClickHouseException)
        {
            return; // released meanwhile
        }

        if (expires is not null && expires != "0" && ClickHouseDatabase.FromMicros(ClickHouseDatabase.Number(expires)) > DateTimeOffset.UtcNow)
        {
            return;
        }

        // No row yet: its creator is filling it (CREATE … AS SELECT), unless the table is older than a lease.
        if (expires is null or "0")
        {
            string? age;
            try
            {
                age = await db.ScalarAsync(
                    "SELECT now() - metadata_modification_time FROM system.tables WHERE database = $1 AND name = $2",
                    db.Address.Database,
                    table.Trim('`')).ConfigureAwait(false);
            }
            catch (ClickHouseException)
            {
                // 18.16 fails the read of system.tables when the table is dropped while it reads: released meanwhile.
                return;
            }

            if (age is null || ClickHouseDatabase.Number(age) < Duration.TotalSeconds)
            {
                return;
            }
        }

        var stale = ClickHouseSql.Identifier(table.Trim('`') + "_stale_" + Guid.NewGuid().ToString("N"));
        try
        {
            await db.ExecuteAsync($"RENAME TABLE {table} TO {stale}").ConfigureAwait(false);
            await db.ExecuteAsync($"DROP TABLE IF EXISTS {stale}").ConfigureAwait(false);
        }
        catch (ClickHouseException)
        {
            // Another taker renamed it first, or the holder released it.
        }
    }

    /// <summary>The lease name of a workspace's derivations.</summary>
    public static string Derivations(long workspaceId) => string.Create(CultureInfo.InvariantCulture, $"derive_{workspaceId}");
}
