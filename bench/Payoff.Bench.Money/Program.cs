using System.Diagnostics;
using System.Globalization;
using Payoff.Core.Demo;
using Payoff.Core.Goals;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Verdict;
using Payoff.Storage.DuckDb;
using Payoff.Core.Workspaces;

// ROI and verdict reports vs the raw SQL of their underlying aggregates, on the demo data set with
// costs, staff time, fees, assigned values and goals added.
// Usage: dotnet run -c Release --project bench/Payoff.Bench.Money -- [events…] (default: 1000000 10000000)
var sizes = args.Length > 0 ? args.Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000_000L, 10_000_000L];
var folder = Path.Combine(AppContext.BaseDirectory, "bench-data");
Directory.CreateDirectory(folder);
var end = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
var clock = new FixedClock(end);
Console.WriteLine("| events | report | report best (ms) | raw SQL best (ms) | ratio report/raw |");
Console.WriteLine("|---:|---|---:|---:|---:|");
foreach (var size in sizes)
{
    var path = Path.Combine(folder, $"money-{size}.duckdb");
    File.Delete(path);
    File.Delete(path + ".wal");
    using var db = DuckDbDatabase.Open(path, clock);
    var workspace = await new DuckDbWorkspaceStore(db).CreateAsync("bench", "Europe/Warsaw", "USD");
    var events = new DemoDataGenerator().Generate(new DemoOptions { Seed = 1, End = end, TargetSessions = (int)(size / 2) }).Take((int)size);
    await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "bench", $"bench-{size}", size, 0), ImportRecords.Events, new GeneratedRows<Payoff.Core.Events.TrackedEvent>(events));
    await BenchWorkspace.AddCostsAndGoalsAsync(db, workspace);

    var year = new DateRange(new DateOnly(2025, 11, 24), new DateOnly(2026, 11, 23));
    var goals = await ((IGoalStore)new DuckDbGoalStore(db)).ListAsync(workspace, archived: false);
    var reader = new DuckDbLedgerReader(db);
    var roi = new RoiReportBuilder(reader);
    var verdict = new VerdictReportBuilder(reader, clock, new DuckDbContentReader(db), new DuckDbExperimentStore(db));
    var goalWindow = new DateRange(goals.Min(g => g.Start).AddDays(-GoalService.HistoryDays), new DateOnly(2026, 11, 23));
    var months = new DateRange(new DateOnly(2026, 8, 1), new DateOnly(2026, 10, 31));

    Measure(size, "ROI by network, a year", () => roi.BuildAsync(workspace, year, RoiGrouping.Network).GetAwaiter().GetResult().Rows.Count, () => Raw(db, reader, workspace, year));
    Measure(size, "verdict, 3 months + 3 goals", () => verdict.BuildAsync(workspace, null, goals).GetAwaiter().GetResult().Networks.Count, () => Raw(db, reader, workspace, months) + Raw(db, reader, workspace, goalWindow));
    db.Dispose();
    File.Delete(path);
}

static void Measure(long size, string name, Func<int> report, Func<long> raw)
{
    // Warm up both, then the best of 5 alternating runs.
    report();
    raw();
    double reportBest = double.MaxValue, rawBest = double.MaxValue;
    for (var i = 0; i < 5; i++)
    {
        var sw = Stopwatch.StartNew();
        if (report() == 0)
        {
            throw new InvalidOperationException($"{name}: no rows.");
        }

        reportBest = Math.Min(reportBest, sw.Elapsed.TotalMilliseconds);
        sw.Restart();
        raw();
        rawBest = Math.Min(rawBest, sw.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {name} | {reportBest:0.0} | {rawBest:0.0} | {reportBest / rawBest:0.00} |"));
}

// The ledger's four aggregates as plain SQL, read to the end: what any report over them must at least do.
static long Raw(DuckDbDatabase db, DuckDbLedgerReader reader, Payoff.Core.Workspaces.Workspace workspace, DateRange range)
{
    reader.WriteDays(workspace, range);
    var (lo, hi) = workspace.Calendar.Range(range.From, range.To);
    var rows = 0L;
    foreach (var (sql, a, b) in new (string, object, object)[]
    {
        (DuckDbLedgerReader.WebSql, lo, hi),
        (DuckDbLedgerReader.RevenueSql, lo, hi),
        (DuckDbLedgerReader.SpendSql, range.From.ToDateTime(TimeOnly.MinValue), range.To.ToDateTime(TimeOnly.MinValue)),
        (DuckDbLedgerReader.ConversionsSql, lo, hi),
    })
    {
        using var command = db.Command(sql, workspace.Id, a, b);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            for (var i = 0; i < r.FieldCount; i++)
            {
                _ = r.GetValue(i);
            }

            rows++;
        }
    }

    return rows;
}
