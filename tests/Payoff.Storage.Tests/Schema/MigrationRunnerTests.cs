using Payoff.Core.Stores;
using Microsoft.Extensions.Time.Testing;
using Payoff.Storage.DuckDb;

namespace Payoff.Storage.Tests.Schema;

/// <summary>The runner: older files upgrade to the same schema as a new one; a failing file is named and leaves nothing half done.</summary>
public sealed class MigrationRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("payoff-migrate-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(_folder, "db.duckdb");

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(9)]
    public void A_database_at_an_older_version_upgrades_to_the_latest_schema(int version)
    {
        using (var old = DuckDbDatabase.Open(DbPath, _time, [.. Migrations.All.Take(version)]))
        {
            Assert.Equal(version, old.SchemaVersion());
        }

        using var db = DuckDbDatabase.Open(DbPath, _time);

        Assert.Equal(Migrations.Latest, db.SchemaVersion());
        MigrationUpgradeTests.AssertLatestSchema(db.Connection);
        Assert.Equal(
            Migrations.All.Select(m => $"{m.Version} {m.Name}"),
            db.Query("SELECT version, name FROM schema_migrations ORDER BY version", r => $"{r.GetInt32(0)} {r.GetString(1)}"));
    }

    [Fact]
    public void New_databases_record_the_migration_names_the_release_recorded()
    {
        var release = MigrationUpgradeTests.CopyRelease(_folder);
        const string History = "SELECT version || ' ' || name FROM schema_migrations ORDER BY version";
        using var fresh = DuckDbDatabase.Open(DbPath, _time);
        using var old = DuckDbDatabase.Open(release, _time);

        // The release's file upgrades as it opens: its first ten rows are the release's, the rest this build's.
        Assert.Equal(fresh.Query(History, r => r.GetString(0)), old.Query(History, r => r.GetString(0)));
    }

    [Fact]
    public void A_database_from_before_version_8_gets_its_conversions_derived_once_by_the_step_of_migration_8()
    {
        using (var old = DuckDbDatabase.Open(DbPath, _time, [.. Migrations.All.Take(7)]))
        {
            InsertLeadEvent(old, "e1");
        }

        using (var db = DuckDbDatabase.Open(DbPath, _time))
        {
            Assert.Equal(1, db.Scalar<long>("SELECT count(*) FROM conversions WHERE person_key = 'C1' AND type = 'lead'"));
            Assert.Equal(1, db.Scalar<long>("SELECT count(*) FROM people WHERE person_key = 'C1'"));

            // Already at the latest version: the step does not run again.
            InsertLeadEvent(db, "e2", "C2");
        }

        using var reopened = DuckDbDatabase.Open(DbPath, _time);
        Assert.Equal(0, reopened.Scalar<long>("SELECT count(*) FROM conversions WHERE person_key = 'C2'"));
    }

    [Fact]
    public void A_database_at_version_8_or_later_does_not_run_the_step_of_migration_8()
    {
        using (var old = DuckDbDatabase.Open(DbPath, _time, [.. Migrations.All.Take(8)]))
        {
            InsertLeadEvent(old, "e1");
        }

        using var db = DuckDbDatabase.Open(DbPath, _time);

        Assert.Equal(Migrations.Latest, db.SchemaVersion());
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM conversions"));
    }

    [Fact]
    public void A_failing_migration_names_its_file_and_leaves_the_database_at_the_version_before_it()
    {
        using (DuckDbDatabase.Open(DbPath, _time, [.. Migrations.All.Take(9)]))
        {
        }

        var file = $"{Migrations.Latest + 1:0000}_broken.sql";
        Migration[] broken =
        [
            .. Migrations.All,
            new(Migrations.Latest + 1, "half a change", file, "-- half a change\nCREATE TABLE half_done (a INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"),
        ];

        var error = Assert.Throws<StoreException>(() => DuckDbDatabase.Open(DbPath, _time, broken));

        Assert.StartsWith($"Cannot upgrade database {DbPath}: migration {file} failed: Catalog Error: Table with name no_such_table does not exist!", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"The file stays at schema version {Migrations.Latest}; nothing of {file} was applied.", error.Message, StringComparison.Ordinal);
        using var db = DuckDbDatabase.Open(DbPath, _time);
        Assert.Equal(Migrations.Latest, db.SchemaVersion());
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'half_done'"));
    }

    [Fact]
    public void A_database_newer_than_the_migrations_given_is_refused_with_the_versions_and_left_unchanged()
    {
        using (DuckDbDatabase.Open(DbPath, _time, [.. Migrations.All.Take(6)]))
        {
        }

        var before = File.ReadAllBytes(DbPath);

        var error = Assert.Throws<StoreException>(() => DuckDbDatabase.Open(DbPath, _time, [.. Migrations.All.Take(4)]));

        Assert.Equal($"Database {DbPath} was written by a newer Payoff (schema version 6; this Payoff knows up to 4). Upgrade Payoff, or use another --db. The file was not changed.", error.Message);
        Assert.Equal(before, File.ReadAllBytes(DbPath));
    }

    [Fact]
    public void A_database_newer_than_this_build_is_still_refused_when_opened_the_usual_way()
    {
        var next = Migrations.Latest + 1;
        using (DuckDbDatabase.Open(DbPath, _time, [.. Migrations.All, new(next, "from a newer payoff", $"{next:0000}_from_a_newer_payoff.sql", "-- from a newer payoff\nCREATE TABLE from_a_newer_payoff (a INTEGER);\n")]))
        {
        }

        var error = Assert.Throws<StoreException>(() => DuckDbDatabase.Open(DbPath, _time));

        Assert.Equal($"Database {DbPath} was written by a newer Payoff (schema version {next}; this Payoff knows up to {Migrations.Latest}). Upgrade Payoff, or use another --db. The file was not changed.", error.Message);
    }

    private static void InsertLeadEvent(DuckDbDatabase db, string eventId, string contact = "C1")
    {
        var workspace = db.Scalar<long>("SELECT id FROM workspaces WHERE name = 'default'");
        if (workspace == 0)
        {
            workspace = db.Scalar<long>("INSERT INTO workspaces (name, time_zone, currency, created_at) VALUES ('default', 'UTC', 'USD', TIMESTAMP '2026-01-01 00:00:00') RETURNING id");
        }

        db.Execute(
            "INSERT INTO events (workspace_id, event_id, ts, visitor_id, type, contact_id, channel, source, medium) VALUES ($1, $2, TIMESTAMP '2026-01-10 10:00:00', 'v1', 'lead', $3, 'Direct', '(direct)', '(none)')",
            workspace,
            eventId,
            contact);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
