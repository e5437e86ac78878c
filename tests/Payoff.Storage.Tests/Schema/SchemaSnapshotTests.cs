namespace Payoff.Storage.Tests.Schema;

public class SchemaSnapshotTests
{
    [Fact]
    public void An_empty_database_migrated_to_the_latest_version_has_the_committed_schema()
    {
        using var test = new TestDatabase();

        SchemaSnapshot.AssertMatchesFile(SchemaSnapshot.SnapshotPath, SchemaSnapshot.Dump(test.Db.Connection), "The schema of a new database");
    }

    [Fact]
    public void A_changed_schema_is_shown_as_the_lines_that_differ()
    {
        using var test = new TestDatabase();
        var before = SchemaSnapshot.Dump(test.Db.Connection);
        test.Db.Execute("CREATE TABLE extra (id BIGINT PRIMARY KEY, note VARCHAR DEFAULT 'x')");
        test.Db.Execute("DROP SEQUENCE import_ids");

        var diff = SchemaSnapshot.Diff(before, SchemaSnapshot.Dump(test.Db.Connection));

        Assert.Contains("+ table extra\n+   column id BIGINT NOT NULL\n+   column note VARCHAR NULL DEFAULT 'x'\n+   PRIMARY KEY (id)\n", diff.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("- sequence import_ids INCREMENT 1", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("table workspaces", diff, StringComparison.Ordinal);
        Assert.Equal("", SchemaSnapshot.Diff(before, before));
    }
}
