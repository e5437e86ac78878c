using Microsoft.Extensions.Logging;
using Payoff.Storage.DuckDb;
using Payoff.Core.Stores;

namespace Payoff.Web.Hosting;

/// <summary>
/// The service's store (<see cref="IStore"/>): the one open DuckDB connection, used by one caller at a
/// time. Reopens the file after DuckDB invalidates the connection, and moves a corrupt write-ahead log
/// aside at start (its events are replayed from the spool). With a ClickHouse <see cref="WebOptions.Store"/>, the
/// ClickHouse store, which any number of nodes serve at once.
/// </summary>
public sealed partial class StoreGate : IStore
{
    private readonly WebOptions options;
    private readonly ILogger<StoreGate> logger;
    private readonly IStore store;

    /// <summary>Opens the database (the constructor fails fast when another process holds it).</summary>
    public StoreGate(WebOptions options, ILogger<StoreGate> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.logger = logger;
        store = options.Store is { } address ? Storage.StoreAddress.Parse(address).Open(options.Time) : new DuckDbStore(options.DatabasePath, Open);
    }

    /// <inheritdoc />
    public string Location => store.Location;

    /// <summary>
    /// Goes up whenever a request may have changed stored data (an import, an undo, a cost, a goal, a
    /// setting): cached report pages carry the version they were computed at and are recomputed after.
    /// Tracked events applied in the background do not move it; cached pages show them within a minute.
    /// </summary>
    public long Version => store.Version;

    /// <summary>Marks the data as changed.</summary>
    public void Changed() => store.Changed();

    /// <inheritdoc />
    public Task<IAsyncDisposable?> TryLeaseAsync(string name, CancellationToken cancellationToken = default) => store.TryLeaseAsync(name, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IStoreSession> OpenSessionAsync(CancellationToken cancellationToken = default) => store.OpenSessionAsync(cancellationToken);

    /// <inheritdoc />
    public void Dispose() => store.Dispose();

    private DuckDbDatabase Open()
    {
        try
        {
            return DuckDbDatabase.Open(options.DatabasePath, options.Time);
        }
        catch (StoreException ex) when (!ex.Message.Contains(" is in use by ", StringComparison.Ordinal)
                                        && !ex.Message.Contains("newer Payoff", StringComparison.Ordinal)
                                        && File.Exists(options.DatabasePath + ".wal"))
        {
            var aside = $"{options.DatabasePath}.wal.corrupt.{options.Time.GetUtcNow():yyyyMMddHHmmss}";
            File.Move(options.DatabasePath + ".wal", aside);
            LogCorruptWal(logger, options.DatabasePath, aside, ex.Message);
            return DuckDbDatabase.Open(options.DatabasePath, options.Time);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The write-ahead log of {Database} could not be read and was moved to {Aside}; events since the last checkpoint are replayed from the spool. Error: {Error}")]
    private static partial void LogCorruptWal(ILogger logger, string database, string aside, string error);

}
