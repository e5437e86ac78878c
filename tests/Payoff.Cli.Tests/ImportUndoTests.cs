using System.Text.Json;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

public sealed class ImportUndoTests
{
    [Fact]
    public void Undoing_a_replacing_import_restores_exactly_what_it_replaced_and_the_file_can_come_back()
    {
        using var cli = new CliRun();
        var first = cli.File("m1.csv", "date,network,metric,value\n2026-03-01,Facebook,followers,400\n2026-03-02,Facebook,followers,402\n");
        var second = cli.File("m2.csv", "date,network,metric,value\n2026-03-02,Facebook,followers,999\n2026-03-03,Facebook,followers,405\n");
        cli.Run("import", "metrics", first);
        cli.Run("import", "metrics", second);

        var blocked = cli.Run("imports", "undo", "1");
        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("Import #2 replaced rows of import #1; undo #2 first", blocked.Error, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run("imports", "undo", "2").ExitCode);
        Assert.Equal("2026-03-01=400,2026-03-02=402", Values(cli));
        Assert.Equal(1, cli.Run("imports", "undo", "2").ExitCode);

        Assert.Equal(0, cli.Run("imports", "undo", "1").ExitCode);
        Assert.Equal(string.Empty, Values(cli));
        Assert.Equal(0, cli.Run("import", "metrics", second).ExitCode);
        Assert.Equal("2026-03-02=999,2026-03-03=405", Values(cli));
        var list = JsonDocument.Parse(cli.Run("imports", "list", "--format", "json").Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, list.Count(i => i.GetProperty("undoneAt").ValueKind == JsonValueKind.String));
    }

    [Fact]
    public void Undoing_an_events_import_removes_its_events_sessions_and_people()
    {
        using var cli = new CliRun();
        var events = cli.File("e.csv", """
            event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name
            a1,2025-06-02T09:00:00Z,va,pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social,,,,,
            a2,2025-06-02T09:03:00Z,va,lead,https://shop.example.com/contact,,,,CA,form
            """);
        cli.Run("import", "events", events);
        Assert.Equal(0, cli.Run("imports", "undo", "1").ExitCode);
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal(0, db.Scalar<long>("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM sessions) + (SELECT count(*) FROM people)"));
    }

    [Theory]
    [InlineData("events", "event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\na1,2025-06-02T09:00:00Z,va,pageview,https://shop.example.com/,,,,,\na2,2025-06-02T09:01:00Z,va,pageview,https://shop.example.com/,,,,,\na3,not a time,va,pageview,https://shop.example.com/,,,,,\na4,2025-06-02T09:03:00Z,va,lead,https://shop.example.com/c,,,,CA,form\n")]
    [InlineData("contacts", "contact_id,created_at,lead_at,customer_at,revenue,currency\nc1,2025-06-01,2025-06-01,,,\nc2,2025-06-02,2025-06-02,,,\nc3,yesterday,,,,\nc4,2025-06-03,2025-06-03,,,\n")]
    [InlineData("journeys", "path,conversions,value,nulls\nFacebook,1,0,0\nEmail,0,0,1\nLinkedIn,many,0,0\nFacebook > Email,1,0,0\n")]
    public void Regression_the_import_history_recorded_rows_0_and_rejected_0_for_a_file_of_4_rows_with_1_rejected(string kind, string text)
    {
        using var cli = new CliRun();
        var file = cli.File(kind + ".csv", text);
        var summary = JsonDocument.Parse(cli.Run("import", kind, file, "--skip-invalid", "--format", "json").Out).RootElement;
        Assert.Equal((4L, 3L, 1L), (summary.GetProperty("rows").GetInt64(), summary.GetProperty("imported").GetInt64(), summary.GetProperty("rejected").GetInt64()));
        var record = Assert.Single(JsonDocument.Parse(cli.Run("imports", "list", "--format", "json").Out).RootElement.EnumerateArray());
        Assert.Equal((4L, 3L, 1L), (record.GetProperty("rows").GetInt64(), record.GetProperty("imported").GetInt64(), record.GetProperty("rejected").GetInt64()));
        Assert.Contains("Rows", cli.Run("imports", "list").Out, StringComparison.Ordinal);
    }

    private static string Values(CliRun cli)
    {
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        return db.Scalar<string>("SELECT coalesce(string_agg(strftime(day, '%Y-%m-%d') || '=' || CAST(value::INTEGER AS VARCHAR), ',' ORDER BY day), '') FROM account_metrics");
    }
}
