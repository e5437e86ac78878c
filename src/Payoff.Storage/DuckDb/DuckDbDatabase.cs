using System.Data;
using System.Globalization;
using DuckDB.NET.Data;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// One embedded DuckDB file, opened and migrated to the current schema. Owns the connection every
/// DuckDB store of this database shares.
/// </summary>
/// <remarks>
/// DuckDB allows one writing process per file: a second process gets a <see cref="StoreException"/>
/// saying so. A file whose schema is newer than this build knows is refused, untouched.
/// </remarks>
public sealed class DuckDbDatabase : IDisposable
{
    private readonly bool ownsConnection;

    private DuckDbDatabase(DuckDBConnection connection, string path, TimeProvider time, bool ownsConnection = true)
    {
        Connection = connection;
        Path = path;
        Time = time;
        this.ownsConnection = ownsConnection;
    }

    /// <summary>The file path (<c>:memory:</c> for an in-memory database).</summary>
    public string Path { get; }

    /// <summary>The open connection.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>The clock stamps (import times, creation times) are taken from.</summary>
    public TimeProvider Time { get; }

    /// <summary>Opens (creating if needed) and migrates the database at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">
    /// The folder is missing or the path is a folder; another process holds the file; the file was
    /// written by a newer Payoff (it is left unchanged); or a migration failed (the message names its file).
    /// </exception>
    public static DuckDbDatabase Open(string path, TimeProvider time) => Open(path, time, migrations: null);

    /// <summary>
    /// Opens the database at <paramref name="path"/> and brings it to the last of <paramref name="migrations"/>
    /// instead of <see cref="Migrations.All"/> (null): the schema tests build files at an older version with it.
    /// </summary>
    internal static DuckDbDatabase Open(string path, TimeProvider time, IReadOnlyList<Migration>? migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        if (path != ":memory:")
        {
            var full = System.IO.Path.GetFullPath(path);
            var folder = System.IO.Path.GetDirectoryName(full);
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new StoreException($"Cannot open database {path}: the folder {folder} does not exist.");
            }

            if (Directory.Exists(full))
            {
                throw new StoreException($"Cannot open database {path}: it is a folder, not a file.");
            }
        }

        DuckDBConnection connection;
        try
        {
            connection = new DuckDBConnection($"Data Source={path}");
            connection.Open();
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException($"Cannot open database {path}: it is in use by {LockHolder.Describe(ex.Message)}. DuckDB lets one process open a file for writing: stop that process, or use another --db.", ex);
        }
        catch (DuckDBException ex)
        {
            throw new StoreException($"Cannot open database {path}: {FirstLine(ex.Message)}", ex);
        }

        if (path != ":memory:")
        {
            RemoveLeftoverSpill(System.IO.Path.GetFullPath(path) + ".tmp");
        }

        var database = new DuckDbDatabase(connection, path, time);
        try
        {
            Migrations.Apply(database, migrations);
        }
        catch
        {
            database.Dispose();
            throw;
        }

        return database;
    }

    // DuckDB spills a large import's stage to "<database>.tmp/" and removes it on a clean close; a
    // process killed mid-import leaves it behind. Whoever opens the file holds its lock, so nothing
    // else can be using that folder any more (issue 13 §4.6).
    private static void RemoveLeftoverSpill(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be removed now is tried again at the next open; it holds no data.
        }
    }

    /// <summary>The schema version of the open file.</summary>
    public int SchemaVersion()
    {
        // duckdb_tables() rather than information_schema.tables: the view costs about 20 ms on a fresh connection, a third of a short command's query time (issue 16 §3).
        if (Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migrations'") == 0)
        {
            return 0;
        }

        return (int)Scalar<long>("SELECT coalesce(max(version), 0)::BIGINT FROM schema_migrations");
    }

    /// <summary>Runs a statement with positional parameters <c>$1</c>, <c>$2</c>, … and returns the rows changed.</summary>
    public int Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and returns its single value.</summary>
    public T Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Creates a command with positional parameters <c>$1</c>, <c>$2</c>, …: the statement may repeat or
    /// skip any of them (see <see cref="PositionalParameters"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The statement references a parameter beyond <paramref name="parameters"/>.</exception>
    public DuckDBCommand Command(string sql, params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(parameters);
        var (text, values) = PositionalParameters.Bind(sql, parameters);
        var command = Connection.CreateCommand();
        command.CommandText = text;
        foreach (var parameter in values)
        {
            command.Parameters.Add(new DuckDBParameter(ToDb(parameter)));
        }

        return command;
    }

    /// <summary>The rows of <paramref name="sql"/>, each read by <paramref name="read"/>.</summary>
    public List<T> Query<T>(string sql, Func<System.Data.Common.DbDataReader, T> read, params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>
    /// The DuckDB memory limit while a file is imported. A file's rows are staged in a temporary table:
    /// with the limit DuckDB spills the stage to its temporary directory instead of holding a large
    /// file in memory, so an import's memory stays bounded whatever the file's size.
    /// </summary>
    public const string ImportMemoryLimit = "128MB";

    /// <summary>Runs <paramref name="work"/> with DuckDB's memory limit set to <see cref="ImportMemoryLimit"/>, then restores the limit it had.</summary>
    public T WithImportMemoryLimit<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var previous = Scalar<string>("SELECT current_setting('memory_limit')");
        var order = Scalar<bool>("SELECT current_setting('preserve_insertion_order')");
        Execute($"SET memory_limit = '{ImportMemoryLimit}'");

        // A table's rows have no order; not keeping the file's order lets DuckDB stream the inserts.
        Execute("SET preserve_insertion_order = false");
        try
        {
            return work();
        }
        finally
        {
            Execute($"SET memory_limit = '{previous.Replace("'", "''", StringComparison.Ordinal)}'");
            Execute($"SET preserve_insertion_order = {(order ? "true" : "false")}");
        }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction: committed when it returns, rolled back when it throws.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var transaction = Connection.BeginTransaction(IsolationLevel.Snapshot);
        try
        {
            var result = work();
            transaction.Commit();
            return result;
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
    }

    /// <summary>A UTC instant as DuckDB's naive <c>TIMESTAMP</c>.</summary>
    public static DateTime ToDb(DateTimeOffset instant) => instant.UtcDateTime;

    /// <summary>A DuckDB <c>TIMESTAMP</c> read back as the UTC instant it stores.</summary>
    public static DateTimeOffset FromDb(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary><paramref name="at"/> cut to microseconds, as DuckDB keeps it: what a store returns at once equals what it reads back.</summary>
    internal static DateTimeOffset Truncated(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownsConnection)
        {
            Connection.Dispose();
        }
    }

    private static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset instant => ToDb(instant),
        _ => value,
    };

    /// <summary>The first line of a DuckDB error message, which says what went wrong.</summary>
    internal static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
