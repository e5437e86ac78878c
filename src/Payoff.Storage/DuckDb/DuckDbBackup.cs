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
            Copy(source, partial);
            File.Move(partial, full);
            return new FileInfo(full).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            throw new StoreException($"Cannot write the backup {target}: {ex.Message}", ex);
        }
    }

    // A process's POSIX record locks on a file are all released when it closes ANY descriptor of that file
    // (fcntl(2), "Advisory record locking"), and DuckDB's lock on the database is such a lock. Copying the file
    // from the process that holds it (File.Copy opens and closes it) would silently drop the lock while the
    // server keeps writing, and the next CLI command would open the file beside it and corrupt it. So on Unix
    // the copy is made by a child process (cp), whose descriptors are its own; Windows locks are per handle.
    private static void Copy(string source, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Copy(source, target, overwrite: true);
            return;
        }

        var start = new System.Diagnostics.ProcessStartInfo("cp") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--", source, target })
        {
            start.ArgumentList.Add(argument);
        }

        using var copy = System.Diagnostics.Process.Start(start) ?? throw new IOException("cp could not be started.");
        var error = copy.StandardError.ReadToEnd();
        copy.WaitForExit();
        if (copy.ExitCode != 0)
        {
            throw new IOException($"cp exited with {copy.ExitCode}: {error.Trim()}");
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
