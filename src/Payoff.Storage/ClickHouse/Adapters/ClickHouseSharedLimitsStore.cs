using Payoff.Core.Access;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Sign-in entries in a <c>Log</c> table, read back in the order the server recorded them (the claims' rule: an entry's
/// writer sees every entry recorded before its own), and request counts in a <c>SummingMergeTree</c>: an insert, then the
/// window's sum.
/// </summary>
internal sealed class ClickHouseSharedLimitsStore(ClickHouseDatabase db) : ISharedLimitsStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SignInEntry>> RecordSignInAsync(SignInEntry entry, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        SharedLimits.Check(entry);
        await db.InsertAsync("sign_in_entries", ["ip", "email", "occurred_at", "succeeded", "id"], [[entry.Ip, entry.Email, ClickHouseDatabase.Micros(entry.At), (byte)(entry.Succeeded ? 1 : 0), entry.Id]], cancellationToken).ConfigureAwait(false);
        var rows = await db.RowsAsync(
            "SELECT ip, email, occurred_at, succeeded, id FROM sign_in_entries WHERE ip = $1 AND occurred_at >= $2 SETTINGS max_threads = 1",
            entry.Ip,
            ClickHouseDatabase.Micros(since)).ConfigureAwait(false);
        var entries = new List<SignInEntry>();
        foreach (var r in rows)
        {
            entries.Add(new SignInEntry(r[0]!, r[1]!, ClickHouseDatabase.Instant(r[2]), ClickHouseDatabase.Flag(r[3]), r[4]!));
            if (r[4] == entry.Id)
            {
                return entries;
            }
        }

        throw new InvalidOperationException($"The sign-in entry {entry.Id} was not read back.");
    }

    /// <inheritdoc />
    public async Task<long> CountRequestAsync(string key, DateTimeOffset window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var start = ClickHouseDatabase.Micros(window);
        await db.InsertAsync("request_counts", ["key", "window_start", "n"], [[key, start, 1L]], cancellationToken).ConfigureAwait(false);
        return ClickHouseDatabase.Number(await db.ScalarAsync("SELECT sum(n) FROM request_counts WHERE key = $1 AND window_start = $2", key, start).ConfigureAwait(false) ?? "0");
    }

    /// <inheritdoc />
    public async Task PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var cutoff = ClickHouseDatabase.Micros(before);
        await db.MutateAsync("request_counts", "DELETE WHERE window_start < $1", [cutoff]).ConfigureAwait(false);

        // A Log table has no deletes: it is emptied when every entry is older than the cutoff (nothing a throttle still reads).
        if (await db.ScalarAsync("SELECT count() FROM sign_in_entries WHERE occurred_at >= $1", cutoff).ConfigureAwait(false) == "0")
        {
            await db.ExecuteAsync("TRUNCATE TABLE sign_in_entries").ConfigureAwait(false);
        }
    }
}
