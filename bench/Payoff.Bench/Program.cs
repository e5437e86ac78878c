using System.Diagnostics;
using System.Globalization;
using Payoff.Core.Demo;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Sources;
using Payoff.Storage.DuckDb;
using Payoff.Core.Workspaces;

// Sources report vs the same aggregation as one raw DuckDB query, on generated data.
// Usage: dotnet run -c Release --project bench/Payoff.Bench -- [events…] (default: 1000000 10000000)
var sizes = args.Length > 0 ? args.Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000_000L, 10_000_000L];
var folder = Path.Combine(AppContext.BaseDirectory, "bench-data");
Directory.CreateDirectory(folder);
var end = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
Console.WriteLine("| events | sessions | load (s) | report best (ms) | raw SQL best (ms) | ratio report/raw |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
foreach (var size in sizes)
{
    var path = Path.Combine(folder, $"bench-{size}.duckdb");
    File.Delete(path);
    File.Delete(path + ".wal");
    using var db = DuckDbDatabase.Open(path, TimeProvider.System);
    var workspaces = new DuckDbWorkspaceStore(db);
    var workspace = await workspaces.CreateAsync("bench", "Europe/Warsaw", "USD");

    // The demo generator makes about two events per session.
    var load = Stopwatch.StartNew();
    var events = new DemoDataGenerator().Generate(new DemoOptions { Seed = 1, End = end, TargetSessions = (int)(size / 2) }).Take((int)size);
    var record = await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "bench", $"bench-{size}", size, 0), ImportRecords.Events, new GeneratedRows<Payoff.Core.Events.TrackedEvent>(events));
    load.Stop();

    var range = new DateRange(new DateOnly(2025, 11, 24), new DateOnly(2026, 11, 23));
    var query = new SourcesQuery(range, SourcesGrouping.Network, null, PeriodComparison.None);
    var builder = new SourcesReportBuilder(new DuckDbSourcesReader(db), new DuckDbDataDaysReader(db));
    var raw = DuckDbSourcesReader.Statement(workspace, [workspace.Calendar.Range(range.From, range.To)], SourcesGrouping.Network, null);
    var total = db.Scalar<long>("SELECT count(*) FROM sessions");
    var bucket = workspace.Calendar.Range(range.From, range.To);
    var sessions = db.Scalar<long>("SELECT count(*) FROM sessions WHERE started_at >= $1 AND started_at < $2", bucket.Start, bucket.End);

    // Warm up both, then take the best of 7 alternating runs.
    await builder.BuildAsync(workspace, query);
    BenchSql.ReadToEnd(db, raw.Sql, raw.Parameters);
    var reportBest = double.MaxValue;
    var rawBest = double.MaxValue;
    for (var i = 0; i < 7; i++)
    {
        var sw = Stopwatch.StartNew();
        var report = await builder.BuildAsync(workspace, query);
        reportBest = Math.Min(reportBest, sw.Elapsed.TotalMilliseconds);
        sw.Restart();
        var rows = BenchSql.ReadToEnd(db, raw.Sql, raw.Parameters);
        rawBest = Math.Min(rawBest, sw.Elapsed.TotalMilliseconds);
        if (rows == 0 || report.Totals.Sessions != sessions)
        {
            throw new InvalidOperationException($"The report counted {report.Totals.Sessions} sessions; the table has {sessions}.");
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {record.Imported:N0} | {total:N0} | {load.Elapsed.TotalSeconds:0.0} | {reportBest:0.0} | {rawBest:0.0} | {reportBest / rawBest:0.00} |"));
    db.Dispose();
    File.Delete(path);
}
