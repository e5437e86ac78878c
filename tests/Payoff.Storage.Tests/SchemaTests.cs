using Payoff.Storage.DuckDb;
using Payoff.Core.Stores;

namespace Payoff.Storage.Tests;

public class SchemaTests
{
    [Fact]
    public void A_new_database_is_migrated_to_the_latest_schema_with_a_default_workspace()
    {
        using var test = new TestDatabase();

        Assert.Equal(Migrations.Latest, test.Db.SchemaVersion());
        Assert.Equal("default", test.Workspace.Name);
    }

    [Fact]
    public void A_database_written_by_a_newer_Payoff_is_refused_and_left_unchanged()
    {
        using var test = new TestDatabase();
        test.Db.Execute("INSERT INTO schema_migrations VALUES (999, 'from the future', now()::TIMESTAMP)");
        test.Db.Dispose();
        var before = File.ReadAllBytes(test.Path);

        var error = Assert.Throws<StoreException>(() => DuckDbDatabase.Open(test.Path, test.Time));

        Assert.Contains("newer Payoff (schema version 999", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(test.Path));
    }

    [Fact]
    public void Reopening_an_existing_database_applies_nothing_twice()
    {
        using var test = new TestDatabase();
        test.Write(TestDatabase.Visit("e1", "v1", "2025-06-01T10:00:00Z"));

        test.Reopen();

        Assert.Equal(Migrations.All.Count, test.Db.Scalar<long>("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(1, test.Count("events"));
    }

    [Fact]
    public async Task A_database_in_use_names_the_process_that_really_holds_it()
    {
        // Issue 13 §4.6: the message blamed "another Payoff process" whatever held the lock.
        using var test = new TestDatabase();
        test.Db.Dispose();
        if (!File.Exists("/usr/bin/python3"))
        {
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), "python3 is needed to hold the lock from another process");
            return;
        }

        using var holder = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-c", "import fcntl, sys, time\nf = open(sys.argv[1], 'r+b')\nfcntl.lockf(f, fcntl.LOCK_EX)\nprint('locked', flush=True)\ntime.sleep(60)", test.Path },
            RedirectStandardOutput = true,
        })!;
        try
        {
            Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync());

            var error = Assert.Throws<StoreException>(() => DuckDbDatabase.Open(test.Path, test.Time));

            Assert.Contains($"process {holder.Id} (/usr/bin/python3 -c", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Payoff process", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill();
        }
    }

    [Fact]
    public void The_spill_folder_a_killed_import_left_behind_is_removed_at_the_next_open()
    {
        // Issue 13 §4.6: a killed import left "<database>.tmp/" with DuckDB's spilled stage in it.
        using var test = new TestDatabase();
        test.Db.Dispose();
        var spill = Directory.CreateDirectory(test.Path + ".tmp");
        File.WriteAllBytes(Path.Combine(spill.FullName, "duckdb_temp_storage_DEFAULT-0.tmp"), new byte[4096]);

        test.Reopen();

        Assert.False(Directory.Exists(spill.FullName));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var error = Assert.Throws<StoreException>(() => DuckDbDatabase.Open("/nonexistent-folder/x.duckdb", TimeProvider.System));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_with_a_workspace_id_is_deleted_with_its_workspace()
    {
        // A new table of workspace rows that DuckDbWorkspaceStore.ScopedTables forgets would keep a deleted client's data.
        using var test = new TestDatabase();
        var tables = test.Db.Query(
            "SELECT DISTINCT table_name FROM information_schema.columns WHERE column_name = 'workspace_id' AND table_schema = 'main' ORDER BY 1",
            r => r.GetString(0));

        Assert.Empty(tables.Except(DuckDbWorkspaceStore.ScopedTables));
    }

    [Fact]
    public void Deleting_a_workspace_removes_its_rows_only()
    {
        using var test = new TestDatabase();
        var other = test.Workspaces.CreateAsync("client-b", "UTC", "EUR").Result;
        test.Write(TestDatabase.Visit("e1", "v1", "2025-06-01T10:00:00Z"));

        test.Workspaces.DeleteAsync(other).Wait();

        Assert.Equal(1, test.Count("events"));
        Assert.Null(test.Workspaces.FindAsync("client-b").Result);
    }
}
