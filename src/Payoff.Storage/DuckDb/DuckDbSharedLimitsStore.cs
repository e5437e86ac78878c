using Payoff.Core.Access;

namespace Payoff.Storage.DuckDb;

/// <summary>Sign-in entries and request counts in tables <c>sign_in_entries</c> and <c>request_counts</c> (migration 0024); the order recorded is <c>seq</c>.</summary>
public sealed class DuckDbSharedLimitsStore(DuckDbDatabase db) : ISharedLimitsStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<SignInEntry>> RecordSignInAsync(SignInEntry entry, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        SharedLimits.Check(entry);
        return Task.FromResult(db.InTransaction(() =>
        {
            db.Execute(
                "INSERT INTO sign_in_entries SELECT coalesce(max(seq), 0) + 1, $1, $2, $3, $4, $5 FROM sign_in_entries",
                entry.Ip, entry.Email, DuckDbDatabase.ToDb(entry.At), entry.Succeeded, entry.Id);
            IReadOnlyList<SignInEntry> entries = db.Query(
                "SELECT ip, email, occurred_at, succeeded, id FROM sign_in_entries WHERE ip = $1 AND occurred_at >= $2 ORDER BY seq",
                r => new SignInEntry(r.GetString(0), r.GetString(1), DuckDbDatabase.FromDb(r.GetDateTime(2)), r.GetBoolean(3), r.GetString(4)),
                entry.Ip,
                DuckDbDatabase.ToDb(since));
            return entries;
        }));
    }

    /// <inheritdoc />
    public Task<long> CountRequestAsync(string key, DateTimeOffset window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return Task.FromResult(db.Scalar<long>(
            "INSERT INTO request_counts VALUES ($1, $2, 1) ON CONFLICT (key, window_start) DO UPDATE SET n = n + 1 RETURNING n",
            key,
            DuckDbDatabase.ToDb(window)));
    }

    /// <inheritdoc />
    public Task PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        db.Execute("DELETE FROM sign_in_entries WHERE occurred_at < $1", DuckDbDatabase.ToDb(before));
        db.Execute("DELETE FROM request_counts WHERE window_start < $1", DuckDbDatabase.ToDb(before));
        return Task.CompletedTask;
    }
}
