using System.Text.RegularExpressions;
using Payoff.Storage.DuckDb;

namespace Payoff.Storage.Tests.Schema;

public partial class MigrationFilesTests
{
    private static readonly string Folder = SchemaSnapshot.RepositoryFile("src", "Payoff.Storage", "DuckDb", "Migrations");

    [Fact]
    public void The_embedded_files_are_numbered_1_to_N_without_gaps_or_repeats_and_named_NNNN_short_name()
    {
        var embedded = typeof(Migrations).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("DuckDb/Migrations/", StringComparison.Ordinal))
            .Select(n => n["DuckDb/Migrations/".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.All(embedded, name => Assert.Matches(FileName(), name));
        Assert.Equal(Enumerable.Range(1, embedded.Count), embedded.Select(n => int.Parse(n[..4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(embedded, Migrations.All.Select(m => m.FileName));
        Assert.Equal(Enumerable.Range(1, embedded.Count), Migrations.All.Select(m => m.Version));
        Assert.Equal(embedded.Count, Migrations.Latest);

        // Every .sql file of the folder is embedded (none left out of the build), and no other file is.
        Assert.Equal(embedded, Directory.GetFiles(Folder, "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_migration_is_its_file_and_is_described_by_its_first_line()
    {
        Assert.All(Migrations.All, migration =>
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Folder, migration.FileName)).ReplaceLineEndings("\n"), migration.Sql.ReplaceLineEndings("\n"));
            Assert.Equal(migration.Sql.ReplaceLineEndings("\n").Split('\n')[0], "-- " + migration.Name);
            Assert.False(string.IsNullOrWhiteSpace(migration.Name));
        });
    }

    [Theory]
    [InlineData("0001_a.sql|0003_c.sql", "Migration file 0003_c.sql follows 0001_a.sql", "0002_")]
    [InlineData("0002_b.sql", "Migration file 0002_b.sql follows nothing", "0001_")]
    [InlineData("0001_a.sql|0002_b.sql|0002_other.sql", "Migration files 0002_b.sql and 0002_other.sql share the number 2", "renumber")]
    [InlineData("0001_a.sql|2_b.sql", "Migration file 2_b.sql is misnamed", "NNNN_short_name.sql")]
    [InlineData("0001_a.sql|0002_New Table.sql", "Migration file 0002_New Table.sql is misnamed", "lower-case")]
    [InlineData("0001_a.sql|0002_b.txt", "Migration file 0002_b.txt is misnamed", ".sql")]
    public void A_gap_a_repeat_or_a_misnamed_file_is_refused_naming_the_file(string names, string error, string hint)
    {
        var files = names.Split('|').Select(n => (n, "-- a change\nCREATE TABLE t (a INTEGER);\n"));

        var refused = Assert.Throws<InvalidOperationException>(() => Migrations.Parse(files));

        Assert.StartsWith(error, refused.Message, StringComparison.Ordinal);
        Assert.Contains(hint, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CREATE TABLE t (a INTEGER);\n")]
    [InlineData("--\nCREATE TABLE t (a INTEGER);\n")]
    [InlineData("")]
    public void A_file_without_its_description_line_is_refused(string sql)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Migrations.Parse([("0001_a.sql", sql)]));

        Assert.Equal("Migration file 0001_a.sql must start with a '-- ' line saying what it does (recorded in schema_migrations).", refused.Message);
    }

    [Fact]
    public void Files_are_ordered_by_number_whatever_order_they_come_in()
    {
        var parsed = Migrations.Parse([("0002_b.sql", "-- second\nSELECT 2;"), ("0001_a.sql", "-- first\r\nSELECT 1;")]);

        Assert.Equal([(1, "first", "0001_a.sql"), (2, "second", "0002_b.sql")], parsed.Select(m => (m.Version, m.Name, m.FileName)));
    }

    [GeneratedRegex("^[0-9]{4}_[a-z0-9]+(_[a-z0-9]+)*\\.sql$")]
    private static partial Regex FileName();
}
