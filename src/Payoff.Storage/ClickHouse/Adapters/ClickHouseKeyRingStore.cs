using Payoff.Core.Access;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// The data-protection key ring on the state node, append-only: two nodes that write an element of one name at once both
/// insert it, and every reader keeps the first (so the ring every node reads is the same).
/// </summary>
internal sealed class ClickHouseKeyRingStore(ClickHouseDatabase db) : IKeyRingStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<KeyRingElement>> ReadAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.RowsAsync("SELECT name, xml FROM data_protection_keys ORDER BY written_at, seq").ConfigureAwait(false))
            .Select(r => new KeyRingElement(r[0]!, r[1]!))
            .DistinctBy(e => e.Name, StringComparer.Ordinal)];

    /// <inheritdoc />
    public async Task AddAsync(KeyRingElement element, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentException.ThrowIfNullOrWhiteSpace(element.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(element.Xml);
        await db.InsertAsync("data_protection_keys", ["name", "xml", "written_at", "seq"], [[element.Name, element.Xml, ClickHouseDatabase.Micros(db.Time.GetUtcNow()), db.NextVersion()]], cancellationToken).ConfigureAwait(false);
    }
}
