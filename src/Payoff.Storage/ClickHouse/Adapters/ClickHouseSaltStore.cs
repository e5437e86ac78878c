using System.Globalization;
using System.Security.Cryptography;
using Payoff.Core.Collect;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// The daily salts of cookieless visitor ids on the state node: 32 random bytes per UTC day, deleted after 48 hours. Nodes
/// starting a day at once each store a candidate under a random nonce, then claim the day with it; every node uses the
/// candidate of the first claim. Claims keep only the nonce, so deleting the salts leaves nothing that links visitors.
/// </summary>
internal sealed class ClickHouseSaltStore(ClickHouseDatabase db) : ISaltStore
{
    private readonly StateTable table = new(db, "salts", "day", "nonce", "salt");

    /// <inheritdoc />
    public async Task<byte[]> GetAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // A day pruned and asked for again (a clock moved back) gets a new salt under its next generation.
        for (var generation = 0; ; generation++)
        {
            var key = generation == 0 ? date : string.Create(CultureInfo.InvariantCulture, $"{date}/{generation}");
            var chosen = await FirstAsync(key).ConfigureAwait(false);
            if (chosen is null)
            {
                var nonce = Guid.NewGuid().ToString("N");
                await table.PutAsync(day, nonce, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))).ConfigureAwait(false);
                await db.ClaimAsync("salt", key, nonce).ConfigureAwait(false);
                chosen = await FirstAsync(key).ConfigureAwait(false);
            }

            var rows = await table.ReadAsync("WHERE day = $1 AND nonce = $2", string.Empty, day, chosen).ConfigureAwait(false);
            if (rows.Count == 1)
            {
                return Convert.FromHexString(rows[0][2]!);
            }
        }
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var old = await table.ReadAsync("WHERE day < $1", string.Empty, today.AddDays(-1)).ConfigureAwait(false);
        if (old.Count > 0)
        {
            await table.DeleteAsync(["day", "nonce"], old.Select(r => (object?[])[ClickHouseDatabase.Day(r[0]), r[1]])).ConfigureAwait(false);
        }

        // The deleted versions must not keep the bytes either: merge them away now.
        await db.ExecuteAsync("OPTIMIZE TABLE salts FINAL").ConfigureAwait(false);
        return old.Select(r => r[0]).Distinct().Count();
    }

    private Task<string?> FirstAsync(string key) =>
        db.ScalarAsync("SELECT claimant FROM claims WHERE scope = 'salt' AND key = $1 LIMIT 1 SETTINGS max_threads = 1", key);
}
