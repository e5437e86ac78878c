using DuckDB.NET.Data;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Consistent copies of a Payoff database file and the checks before one is put back
/// (<c>payoff backup</c>, <c>payoff restore</c>; issue 14 §5).
/// </summary>
public static class DuckDbBackup
{
    /// <summary>
    /// Writes a consistent copy of <paramref name="db"/> to <paramref name="target"/>: a CHECKPOINT moves the
    /// write-ahead log into the file, which is then copied byte for byte. The caller must hold the database
    /// alone for the whole call (a store session), so that nothing is written in between.
    /// </summary>
    /// <returns>The copy's size in bytes.</returns>
    /// <exception cref="StoreException">The database is in memory, or the target exists or cannot be written.</exception>
    public static long Write(DuckDbDatabase db, string target)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (db.Path == ":memory:")
        {
            throw new StoreException("An in-memory database has no file to back up.");
        }

        var source = Path.GetFullPath(db.Path);
        var full = Path.GetFullPath(target);
        if (string.Equals(source, full, StringComparison.Ordinal))
        {
            throw new StoreException($"The backup {target} would overwrite the database itself; name another file.");
        }

        if (File.Exists(full) || Directory.Exists(full))
        {
            throw new StoreException($"{target} already exists; name a new file (a backup never overwrites one).");
        }

        var partial = full + ".partial";
        try
        {
            db.Execute("CHECKPOINT");
            File.Copy(source, partial, overwrite: true);
            File.Move(partial, full);
            return new FileInfo(full).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            throw new StoreException($"Cannot write the backup {target}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Checks that <paramref name="path"/> is a Payoff database this build can open (read-only; nothing is changed).
    /// </summary>
    /// <returns>The file's schema version (1 to <see cref="Migrations.Latest"/>; an older one is upgraded when opened).</returns>
    /// <exception cref="StoreException">
    /// The file is missing, is not a DuckDB database, has no Payoff schema, or was written by a newer Payoff.
    /// </exception>
    public static int Inspect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new StoreException($"{path} does not exist.");
        }

        try
        {
            using var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
            connection.Open();
            using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('schema_migrations', 'workspaces')";
            if (Convert.ToInt64(tables.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) < 2)
            {
                throw new StoreException($"{path} is a DuckDB file but not a Payoff database (it has no schema_migrations and workspaces tables).");
            }

            using var version = connection.CreateCommand();
            version.CommandText = "SELECT coalesce(max(version), 0)::BIGINT FROM schema_migrations";
            var found = (int)(long)version.ExecuteScalar()!;
            if (found > Migrations.Latest)
            {
                throw new StoreException($"{path} was written by a newer Payoff (schema version {found}; this Payoff knows up to {Migrations.Latest}). Upgrade Payoff first.");
            }

            return found;
        }
        catch (DuckDBException ex)
        {
            throw new StoreException($"{path} is not a database Payoff can open: {DuckDbDatabase.FirstLine(ex.Message)}", ex);
        }
    }
}
