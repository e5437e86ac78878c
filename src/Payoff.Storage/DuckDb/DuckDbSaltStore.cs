using Payoff.Core.Collect;
using System.Security.Cryptography;

namespace Payoff.Storage.DuckDb;

/// <summary>The daily salts of cookieless visitor ids: 32 random bytes per UTC day, deleted after 48 hours.</summary>
public sealed class DuckDbSaltStore(DuckDbDatabase db) : ISaltStore
{
    /// <summary>The salt of <paramref name="day"/>, created on first use.</summary>
    internal byte[] Get(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        db.Execute("INSERT INTO salts SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM salts WHERE day = $1)", date, RandomNumberGenerator.GetBytes(32));
        using var command = db.Command("SELECT salt FROM salts WHERE day = $1", date);
        using var reader = command.ExecuteReader();
        reader.Read();
        using var stream = reader.GetStream(0);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Deletes every salt older than yesterday (UTC) of <paramref name="today"/>; returns how many.</summary>
    internal int Prune(DateOnly today) => db.Execute("DELETE FROM salts WHERE day < $1", today.AddDays(-1).ToDateTime(TimeOnly.MinValue));

    /// <inheritdoc />
    Task<byte[]> ISaltStore.GetAsync(DateOnly day, CancellationToken cancellationToken) => Sync.Run(() => Get(day), cancellationToken);

    /// <inheritdoc />
    Task<int> ISaltStore.PruneAsync(DateOnly today, CancellationToken cancellationToken) => Sync.Run(() => Prune(today), cancellationToken);
}
