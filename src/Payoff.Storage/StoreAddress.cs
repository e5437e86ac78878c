using Payoff.Core.Stores;
using Payoff.Storage.ClickHouse;
using Payoff.Storage.DuckDb;

namespace Payoff.Storage;

/// <summary>
/// Where a Payoff store is, as the CLI's <c>--store</c>, <c>PAYOFF_STORE</c> and <c>payoff store copy</c> name it:
/// <c>duckdb:PATH</c> (or a bare path) for the embedded DuckDB file, <c>clickhouse://HOST:PORT/DATABASE[?cluster=NAME]</c>
/// for ClickHouse (<see cref="ClickHouseAddress"/>; user and password come from <c>PAYOFF_CLICKHOUSE_USER</c> and
/// <c>PAYOFF_CLICKHOUSE_PASSWORD</c>, never from the address).
/// </summary>
/// <param name="Text">The address as given, trimmed.</param>
/// <param name="FilePath">The DuckDB file, or null for ClickHouse.</param>
/// <param name="ClickHouse">The ClickHouse address, or null for DuckDB.</param>
public sealed record StoreAddress(string Text, string? FilePath, ClickHouseAddress? ClickHouse)
{
    /// <summary>The prefix of an embedded store's address.</summary>
    public const string DuckDbScheme = "duckdb:";

    /// <summary>Whether the address names a ClickHouse store.</summary>
    public bool IsClickHouse => ClickHouse is not null;

    /// <summary>The address without credentials, as messages show it.</summary>
    public override string ToString() => ClickHouse?.ToString() ?? DuckDbScheme + FilePath;

    /// <summary>Reads <paramref name="text"/>: <c>clickhouse://…</c>, <c>duckdb:PATH</c>, or a path of a DuckDB file.</summary>
    /// <exception cref="StoreException">An empty address, a <c>duckdb:</c> without a path, or a ClickHouse address <see cref="ClickHouseAddress.Parse"/> refuses; the message says which form to use.</exception>
    public static StoreAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new StoreException("The store address is empty: use duckdb:PATH or clickhouse://HOST:PORT/DATABASE[?cluster=NAME].");
        }

        if (trimmed.StartsWith("clickhouse:", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreAddress(trimmed, null, ClickHouseAddress.Parse("clickhouse:" + trimmed["clickhouse:".Length..]));
        }

        if (trimmed.IndexOf("://", StringComparison.Ordinal) is > 0 and var at && trimmed[..at].All(char.IsAsciiLetter))
        {
            throw new StoreException($"'{trimmed[..at]}://' is not a kind of store Payoff knows: use duckdb:PATH or clickhouse://HOST:PORT/DATABASE[?cluster=NAME&nodes=HOST:PORT,HOST:PORT].");
        }

        if (trimmed.StartsWith(DuckDbScheme, StringComparison.OrdinalIgnoreCase))
        {
            var path = trimmed[DuckDbScheme.Length..];
            return path.Length == 0
                ? throw new StoreException($"'{text}' names no file: use duckdb:PATH.")
                : new StoreAddress(trimmed, path, null);
        }

        return new StoreAddress(trimmed, trimmed, null);
    }

    /// <summary>Opens the store: the DuckDB file (made and migrated when missing) or the ClickHouse database (made on every node when missing).</summary>
    /// <exception cref="StoreException">The file is held by another process or newer than this Payoff; the ClickHouse server does not answer or refuses the credentials.</exception>
    public IStore Open(TimeProvider time) =>
        ClickHouse is { } address ? ClickHouseStore.Open(address, time) : DuckDbStore.Open(FilePath!, time);

    /// <summary>
    /// Opens the store's workspace tables for <see cref="Transfer.StoreCopy"/>: the DuckDB file (held by this process until
    /// disposed; made when missing only if <paramref name="create"/>) or the ClickHouse database.
    /// </summary>
    /// <param name="time">The clock.</param>
    /// <param name="create">Whether a missing DuckDB file is made (a copy's target) or refused (its source).</param>
    /// <param name="cancellationToken">Stops opening.</param>
    /// <exception cref="StoreException">The file is missing (and not to be made), held by another process or newer than this Payoff; the ClickHouse server does not answer or refuses the credentials.</exception>
    public async Task<Transfer.IWorkspaceTables> OpenTablesAsync(TimeProvider time, bool create, CancellationToken cancellationToken = default)
    {
        if (ClickHouse is { } address)
        {
            return new ClickHouse.Adapters.ClickHouseWorkspaceTables(await ClickHouseStore.OpenAsync(address, time, cancellationToken).ConfigureAwait(false));
        }

        if (!create && !File.Exists(FilePath))
        {
            throw new StoreException($"There is no Payoff file at {FilePath}.");
        }

        return new DuckDbWorkspaceTables(DuckDbDatabase.Open(FilePath!, time), ToString());
    }
}
