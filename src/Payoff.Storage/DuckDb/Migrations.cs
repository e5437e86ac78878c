using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// The schema: the ordered SQL files of <c>DuckDb/Migrations/</c> (<c>0001_name.sql</c> … , embedded in
/// this assembly), the C# steps some of them need, and the runner that brings a database up to date.
/// Never edit a released migration: add the next file. How to add one, and what a migration must not do,
/// is in <c>DuckDb/Migrations/README.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Timestamps are UTC instants in <c>TIMESTAMP</c> columns; money is <c>DECIMAL(18,4)</c> with its
/// currency beside it; every table but <c>workspaces</c> is scoped by <c>workspace_id</c>; every
/// imported row carries the <c>import_id</c> it came from.
/// </para>
/// <para>
/// New migrations add tables (a new table keyed like the one it extends, instead of a new column) and
/// do not use <c>ALTER TABLE</c>: DuckDB fails to replay a write-ahead log holding an <c>ALTER TABLE</c>
/// after the process was killed, which leaves the file unopenable. Migrations 2, 5 and 7 were released
/// with <c>ALTER TABLE</c> before that was known and stay as they are.
/// </para>
/// </remarks>
public static partial class Migrations
{
    /// <summary>The manifest name prefix of the embedded migration files (see the Storage project file).</summary>
    internal const string ResourcePrefix = "DuckDb/Migrations/";

    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(() => Parse(
        typeof(Migrations).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => (name[ResourcePrefix.Length..], Read(name)))));

    /// <summary>All migrations in version order: versions 1 to <see cref="Latest"/>, each once.</summary>
    /// <exception cref="InvalidOperationException">The embedded files are not numbered 1…N without gaps or repeats, or one is misnamed (a build mistake, caught by the tests).</exception>
    public static IReadOnlyList<Migration> All => Embedded.Value;

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => All[^1].Version;

    // The newest version by the embedded files' names alone (their numbers are checked by All): opening a file
    // already at it reads and parses no migration (issue 16 §3).
    private static readonly Lazy<int> LatestByName = new(() => typeof(Migrations).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(name => int.TryParse(name.AsSpan(ResourcePrefix.Length, Math.Min(4, name.Length - ResourcePrefix.Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0)
        .DefaultIfEmpty(0)
        .Max());

    /// <summary>
    /// The C# steps of migrations, run once after the SQL files for a database that existed before the
    /// migration (its version was above 0 and below the step's): a backfill that the schema alone cannot do.
    /// They run at the end of the upgrade, so they may use the stores, which expect the latest schema.
    /// </summary>
    internal static readonly IReadOnlyList<MigrationStep> Steps =
    [
        new(8, nameof(RebuildPeopleFromTheirConversions), RebuildPeopleFromTheirConversions),
        new(12, nameof(CutSessionsIntoLocalDaysAndRollUp), CutSessionsIntoLocalDaysAndRollUp),
    ];

    /// <summary>
    /// The migrations of <paramref name="files"/> (file name, content), ordered by number.
    /// A file is named <c>NNNN_short_name.sql</c> (four digits, then lower-case words joined by
    /// <c>_</c>) and starts with a <c>-- </c> line saying what it does.
    /// </summary>
    /// <exception cref="InvalidOperationException">A file is misnamed or has no description line, two files share a number, or the numbers are not 1…N without gaps.</exception>
    public static IReadOnlyList<Migration> Parse(IEnumerable<(string FileName, string Sql)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var migrations = new List<Migration>();
        foreach (var (fileName, sql) in files)
        {
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration file {fileName} is misnamed: a migration is NNNN_short_name.sql (four digits, then lower-case words joined by _).");
            }

            var firstLine = sql.ReplaceLineEndings("\n").Split('\n')[0];
            if (!firstLine.StartsWith("-- ", StringComparison.Ordinal) || firstLine.Length <= 3)
            {
                throw new InvalidOperationException($"Migration file {fileName} must start with a '-- ' line saying what it does (recorded in schema_migrations).");
            }

            migrations.Add(new(int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture), firstLine[3..].Trim(), fileName, sql));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (i > 0 && migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Migration files {migrations[i - 1].FileName} and {migrations[i].FileName} share the number {migrations[i].Version}: renumber the newer one.");
            }

            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration file {migrations[i].FileName} follows {(i == 0 ? "nothing" : migrations[i - 1].FileName)}: migrations are numbered 1, 2, 3… without gaps, so it should be {i + 1:0000}_….sql.");
            }
        }

        if (migrations.Count == 0)
        {
            throw new InvalidOperationException("There are no migration files.");
        }

        return migrations;
    }

    /// <summary>
    /// Brings <paramref name="db"/> to the last version of <paramref name="migrations"/> (null: <see cref="All"/>):
    /// each migration newer than the file runs in its own transaction with its <c>schema_migrations</c> row, in
    /// order; then the <see cref="Steps"/> the file had not had. A file already at <see cref="All"/>'s last
    /// version costs one read of its version.
    /// </summary>
    /// <exception cref="StoreException">
    /// The file's schema is newer than <paramref name="migrations"/> know (nothing is changed), or a
    /// migration failed: the message names its file, and the file stays at the version before it.
    /// </exception>
    internal static void Apply(DuckDbDatabase db, IReadOnlyList<Migration>? migrations)
    {
        var current = db.SchemaVersion();
        if (migrations is null && current > 0 && current == LatestByName.Value)
        {
            return;
        }

        migrations ??= All;
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
        {
            throw new StoreException(
                $"Database {db.Path} was written by a newer Payoff (schema version {current}; this Payoff knows up to {latest}). Upgrade Payoff, or use another --db. The file was not changed.");
        }

        if (current == 0)
        {
            db.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }

        var version = current;
        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            try
            {
                db.InTransaction(() =>
                {
                    // Not through Execute: the file is run as written, with no parameter binding.
                    using var command = db.Connection.CreateCommand();
                    command.CommandText = migration.Sql;
                    command.ExecuteNonQuery();
                    return db.Execute("INSERT INTO schema_migrations VALUES ($1, $2, $3)", migration.Version, migration.Name, db.Time.GetUtcNow());
                });
            }
            catch (DuckDBException ex)
            {
                throw new StoreException(
                    $"Cannot upgrade database {db.Path}: migration {migration.FileName} failed: {DuckDbDatabase.FirstLine(ex.Message)} The file stays at schema version {version}; nothing of {migration.FileName} was applied.",
                    ex);
            }

            version = migration.Version;
        }

        foreach (var step in Steps.Where(s => current > 0 && current < s.Version && s.Version <= latest))
        {
            step.Run(db);
        }
    }

    // Migration 8 derives conversions per person: fill them for the workspaces that existed before.
    private static void RebuildPeopleFromTheirConversions(DuckDbDatabase db)
    {
        foreach (var workspace in new DuckDbWorkspaceStore(db).List())
        {
            db.InTransaction(() =>
            {
                DuckDbDerivations.RebuildPeople(db, workspace);
                return 0;
            });
        }
    }

    // Migration 12 stores each session's local day (copied as the UTC date) and adds the daily rollups: cut the days in
    // each workspace's zone and build its rollups.
    private static void CutSessionsIntoLocalDaysAndRollUp(DuckDbDatabase db)
    {
        foreach (var workspace in new DuckDbWorkspaceStore(db).List())
        {
            DuckDbMaintenance.RebuildRollups(db, workspace);
        }
    }

    private static string Read(string resource)
    {
        using var stream = typeof(Migrations).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^([0-9]{4})_[a-z0-9]+(?:_[a-z0-9]+)*\\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
