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

    private static string Values(CliRun cli)
    {
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        return db.Scalar<string>("SELECT coalesce(string_agg(strftime(day, '%Y-%m-%d') || '=' || CAST(value::INTEGER AS VARCHAR), ',' ORDER BY day), '') FROM account_metrics");
    }
}
