using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.Extensions.Time.Testing;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Storage.Tests.Schema;

/// <summary>
/// Existing databases upgrade in place: a file written by the released Payoff (schema version 10,
/// made by <c>Fixtures/make-release-database.sh</c>) opens with this build, ends at the latest schema
/// and keeps its rows and its report figures.
/// </summary>
public sealed class MigrationUpgradeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("payoff-upgrade-").FullName;

    private static string Fixture(string name) => SchemaSnapshot.RepositoryFile("tests", "Payoff.Storage.Tests", "Schema", "Fixtures", name);

    [Fact]
    public void A_database_written_by_the_release_opens_in_place_with_the_latest_schema_and_the_same_rows()
    {
        var path = ReleaseCopy();
        var before = RowCounts(path);
        SchemaSnapshot.AssertMatchesFile(Fixture("release-v10.counts.txt"), before, "The row counts of the release's file");

        using (var db = DuckDbDatabase.Open(path, new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T00:00:00Z", CultureInfo.InvariantCulture))))
        {
            Assert.Equal(Migrations.Latest, db.SchemaVersion());
            AssertLatestSchema(db.Connection);
        }

        // Every table of the release keeps its rows; tables added since then start empty, except the daily rollups that
        // migration 12's step builds from the release's sessions, people and costs.
        var tablesBefore = before.Split('\n').Select(line => line.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var after = RowCounts(path).Split('\n').Where(line => line.Length > 0).ToList();
        Assert.All(after.Where(line => !tablesBefore.Contains(line.Split(' ')[0]) && !line.StartsWith("daily_rollups ", StringComparison.Ordinal)), line => Assert.EndsWith(" 0", line, StringComparison.Ordinal));
        Assert.DoesNotContain("daily_rollups 0", after);
        Assert.Equal(WithoutMigrationHistory(before), WithoutMigrationHistory(string.Join('\n', after.Where(line => tablesBefore.Contains(line.Split(' ')[0]))) + "\n"));
    }

    [Fact]
    public void The_upgraded_release_database_gives_the_sources_report_the_release_printed()
    {
        var path = ReleaseCopy();
        using var db = DuckDbDatabase.Open(path, TimeProvider.System);
        var workspace = new DuckDbWorkspaceStore(db).FindAsync("default").Result!;
        using var printed = JsonDocument.Parse(File.ReadAllText(Fixture("release-v10.sources.json")));
        var expected = printed.RootElement;

        var report = new SourcesReportBuilder(new DuckDbSourcesReader(db), new DuckDbDataDaysReader(db)).BuildAsync(
            workspace,
            new SourcesQuery(new DateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), SourcesGrouping.Network, null, PeriodComparison.None)).Result;

        Assert.Equal(expected.GetProperty("currency").GetString(), report.Currency);
        Assert.Equal(
            [.. expected.GetProperty("rows").EnumerateArray().Select(r => Figures(r.GetProperty("network").GetString(), r))],
            report.Rows.Select(r => Figures(r.Key.Network, r.Current)).ToList());
        Assert.Equal(Figures("totals", expected.GetProperty("totals")), Figures("totals", report.Totals));
        Assert.Equal(expected.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!), report.Warnings);
        Assert.Equal(expected.GetProperty("notes").EnumerateArray().Select(w => w.GetString()!), report.Notes);
        Assert.NotEmpty(report.Rows);
    }

    /// <summary>Fails with a readable diff when the schema of <paramref name="connection"/> is not the committed snapshot.</summary>
    internal static void AssertLatestSchema(DuckDBConnection connection)
    {
        var diff = SchemaSnapshot.Diff(File.ReadAllText(SchemaSnapshot.SnapshotPath), SchemaSnapshot.Dump(connection));
        Assert.True(diff.Length == 0, $"The upgraded schema differs from schema.snapshot.txt (- snapshot, + upgraded):\n{diff}");
    }

    /// <summary>"table rows" per line for every table of the file, read without opening it through Payoff (no migration runs).</summary>
    private static string RowCounts(string path)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal ORDER BY table_name";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var name in names)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{name}\"";
            text.Append(name).Append(' ').Append(Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static string WithoutMigrationHistory(string counts) =>
        string.Join('\n', counts.Split('\n').Where(line => !line.StartsWith("schema_migrations ", StringComparison.Ordinal)));

    private static string Figures(string? key, JsonElement figures) => string.Join(
        ' ',
        key,
        figures.GetProperty("sessions").GetInt64(),
        figures.GetProperty("contacts").GetInt64(),
        figures.GetProperty("customers").GetInt64(),
        Rate(figures.GetProperty("contactRate")),
        Rate(figures.GetProperty("customerRate")),
        Rate(figures.GetProperty("leadToCustomerRate")),
        figures.GetProperty("revenue").GetDecimal().ToString("0.####", CultureInfo.InvariantCulture));

    private static string Figures(string? key, SourceCounts counts) => string.Join(
        ' ',
        key,
        counts.Sessions,
        counts.Contacts,
        counts.Customers,
        Rate(counts.ContactRate),
        Rate(counts.CustomerRate),
        Rate(counts.LeadToCustomerRate),
        counts.Revenue.ToString("0.####", CultureInfo.InvariantCulture));

    private static string Rate(JsonElement rate) => rate.ValueKind == JsonValueKind.Null ? "-" : Rate(rate.GetDecimal());

    private static string Rate(decimal? rate) => rate is null ? "-" : Math.Round(rate.Value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A fresh, un-gzipped copy of the release's database in <paramref name="folder"/>.</summary>
    internal static string CopyRelease(string folder)
    {
        var path = Path.Combine(folder, $"release-{Guid.NewGuid():N}.duckdb");
        using var gz = new GZipStream(File.OpenRead(Fixture("release-v10.duckdb.gz")), CompressionMode.Decompress);
        using var file = File.Create(path);
        gz.CopyTo(file);
        return path;
    }

    private string ReleaseCopy() => CopyRelease(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
