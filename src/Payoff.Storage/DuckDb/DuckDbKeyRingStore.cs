using Payoff.Core.Access;

namespace Payoff.Storage.DuckDb;

/// <summary>The data-protection key ring in table <c>data_protection_keys</c> (migration 0023), read in the order written.</summary>
public sealed class DuckDbKeyRingStore(DuckDbDatabase db) : IKeyRingStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<KeyRingElement>> ReadAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<KeyRingElement> elements = db.Query("SELECT name, xml FROM data_protection_keys ORDER BY seq", r => new KeyRingElement(r.GetString(0), r.GetString(1)));
        return Task.FromResult(elements);
    }

    /// <inheritdoc />
    public Task AddAsync(KeyRingElement element, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentException.ThrowIfNullOrWhiteSpace(element.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(element.Xml);
        db.Execute(
            "INSERT INTO data_protection_keys SELECT coalesce(max(seq), 0) + 1, $1, $2, $3 FROM data_protection_keys ON CONFLICT (name) DO NOTHING",
            element.Name,
            element.Xml,
            DuckDbDatabase.ToDb(db.Time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
