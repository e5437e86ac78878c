using System.Diagnostics;
using System.Globalization;
using Payoff.Application.Overview;
using Payoff.Application.Sources;
using Payoff.Core.Demo;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage.ClickHouse;
using Payoff.Storage.DuckDb;

// Issue 21's scale benchmark: a generated workspace (Europe/Warsaw, a year, seeded exactly as Payoff.Bench.Scale does)
// loaded through the product's import path (imports of at most 10M events) into a ClickHouse store and into a DuckDB
// file; disk bytes per event on both; then the sources report over a year by network and the overview of 12 months
// through the application layer — cold (a freshly opened store) and warm (best and median of N alternating runs) — on
// ClickHouse against the same aggregation as raw ClickHouse SQL over the daily rollups (and over the raw tables), and
// against the same reports on DuckDB. Figures are checked equal between the engines and the raw SQL first.
// Usage: dotnet bench/Payoff.Bench.ClickHouse/bin/Release/net10.0/Payoff.Bench.ClickHouse.dll STORE [--runs=N] [--load-only] [events…]
//   STORE: clickhouse://HOST:PORT/DATABASE[?cluster=NAME&nodes=…]; the size is appended to DATABASE (bench_1000000 …).
// Loads are kept (bench-data/ beside the binary for DuckDB, the databases on ClickHouse) and reused by later runs.
const long Chunk = 10_000_000;
var address = ClickHouseAddress.Parse(args.FirstOrDefault(a => a.StartsWith("clickhouse:", StringComparison.Ordinal))
    ?? throw new ArgumentException("Name the ClickHouse store: clickhouse://HOST:PORT/DATABASE[?cluster=…&nodes=…]."));
var runs = args.FirstOrDefault(a => a.StartsWith("--runs=", StringComparison.Ordinal)) is { } r ? int.Parse(r["--runs=".Length..], CultureInfo.InvariantCulture) : 5;
var loadOnly = args.Contains("--load-only");
var sizes = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !a.StartsWith("clickhouse:", StringComparison.Ordinal)).Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray();
if (sizes.Length == 0)
{
    sizes = [1_000_000L, 10_000_000L];
}

var end = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
var clock = new FixedClock(end);
var today = new DateOnly(2026, 11, 23);
var year = new DateRange(today.AddDays(-364), today);
var folder = Path.Combine(AppContext.BaseDirectory, "bench-data");
Directory.CreateDirectory(folder);
var results = new List<string>();
foreach (var size in sizes)
{
    var house = address with { Database = string.Create(CultureInfo.InvariantCulture, $"{address.Database}_{size}") };
    var duck = Path.Combine(folder, $"duck-{size}.duckdb");
    var houseStats = Path.Combine(folder, $"{house.Database}.load.txt");
    var duckStats = duck + ".load.txt";
    if (!File.Exists(houseStats))
    {
        await LoadClickHouseAsync(house, houseStats, size);
    }

    if (!File.Exists(duckStats))
    {
        await LoadDuckDbAsync(duck, duckStats, size);
    }

    Console.WriteLine(await File.ReadAllTextAsync(houseStats));
    Console.WriteLine(await File.ReadAllTextAsync(duckStats));
    if (!loadOnly)
    {
        results.AddRange(await TimeAsync(house, duck, size));
    }
}

Console.WriteLine();
Console.WriteLine("| events | report | ClickHouse cold (ms) | ClickHouse warm best (ms) | warm median (ms) | raw ClickHouse SQL over the rollups, best (ms) | report / raw | raw ClickHouse SQL over the raw tables, best (ms) | DuckDB cold (ms) | DuckDB warm best (ms) | ClickHouse / DuckDB (warm) |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
results.ForEach(Console.WriteLine);

async Task LoadClickHouseAsync(ClickHouseAddress at, string stats, long size)
{
    using (var old = await ClickHouseDatabase.OpenAsync(at, clock))
    {
        await old.DropAsync();
    }

    var load = Stopwatch.StartNew();
    using var store = await ClickHouseStore.OpenAsync(at, clock);
    var workspace = await CreateWorkspaceAsync(store);
    await ImportAsync(store, workspace, size, "ClickHouse", load);
    var seconds = load.Elapsed.TotalSeconds;
    long bytes = 0, rows = 0;
    var tables = new Dictionary<string, long>(StringComparer.Ordinal);
    foreach (var node in store.Database.Nodes)
    {
        foreach (var row in await node.RowsAsync(ClickHouseSql.Bind("SELECT table, sum(bytes_on_disk), sum(rows) FROM system.parts WHERE database = $1 AND active GROUP BY table", at.Database)))
        {
            var b = long.Parse(row[1]!, CultureInfo.InvariantCulture);
            bytes += b;
            tables[row[0]!] = tables.GetValueOrDefault(row[0]!) + b;
            rows += row[0] is "events" or "events_local" ? long.Parse(row[2]!, CultureInfo.InvariantCulture) : 0;
        }
    }

    var biggest = string.Join(", ", tables.OrderByDescending(t => t.Value).Take(4).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value / 1048576.0:N0} MiB")));
    await File.WriteAllTextAsync(stats, string.Create(CultureInfo.InvariantCulture, $"""
        | engine | events | load (s) | events/s | on disk (MiB) | bytes per event | largest tables |
        |---|---:|---:|---:|---:|---:|---|
        | ClickHouse ({at.Nodes.Count} shards) | {size:N0} | {seconds:N1} | {size / seconds:N0} | {bytes / 1048576.0:N0} | {(double)bytes / size:N1} | {biggest} (event rows stored: {rows:N0}) |

        """));
}

async Task LoadDuckDbAsync(string path, string stats, long size)
{
    File.Delete(path);
    File.Delete(path + ".wal");
    var load = Stopwatch.StartNew();
    using (var store = DuckDbStore.Open(path, clock))
    {
        var workspace = await CreateWorkspaceAsync(store);
        await ImportAsync(store, workspace, size, "DuckDB", load);
        await using var s = await store.OpenSessionAsync();
        await s.FlushAsync();
    }

    var seconds = load.Elapsed.TotalSeconds;
    var bytes = new FileInfo(path).Length;
    await File.WriteAllTextAsync(stats, string.Create(CultureInfo.InvariantCulture, $"""
        | DuckDB (one file, after CHECKPOINT) | {size:N0} | {seconds:N1} | {size / seconds:N0} | {bytes / 1048576.0:N0} | {(double)bytes / size:N1} | |

        """));
}

async Task<Workspace> CreateWorkspaceAsync(IStore store)
{
    await using var s = await store.OpenSessionAsync();
    return await s.Workspaces.CreateAsync("bench", "Europe/Warsaw", "USD");
}

// Imports of at most 10M events, seeds 1, 2, … (new visitors each), as Payoff.Bench.Scale loads them.
async Task ImportAsync(IStore store, Workspace workspace, long size, string engine, Stopwatch load)
{
    for (var (i, done) = (0, 0L); done < size; i++)
    {
        var count = Math.Min(Chunk, size - done);
        var sw = Stopwatch.StartNew();
        var events = new DemoDataGenerator().Generate(new DemoOptions { Seed = i + 1, End = end, TargetSessions = (int)(count / 2) }).Take((int)count);
        await using (var s = await store.OpenSessionAsync())
        {
            await s.Importing.WriteAsync(workspace, new ImportRequest(ImportKind.Events, "bench", $"scale-{size}-{i}", count, 0), ImportRecords.Events, new GeneratedRows<Payoff.Core.Events.TrackedEvent>(events));
        }

        done += count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss} {engine} import {i + 1}: {count:N0} events in {sw.Elapsed.TotalSeconds:N1} s ({count / sw.Elapsed.TotalSeconds:N0}/s); {done:N0} of {size:N0} after {load.Elapsed.TotalMinutes:N1} min"));
    }
}

async Task<List<string>> TimeAsync(ClickHouseAddress at, string duckPath, long size)
{
    var rows = new List<string>();
    using var house = await ClickHouseStore.OpenAsync(at, clock);
    using var duck = DuckDbStore.Open(duckPath, clock);
    var workspace = await FindAsync(house);
    var onDuck = await FindAsync(duck);
    var db = house.Database;
    var generation = long.Parse(await db.ScalarAsync("SELECT generation FROM (SELECT generation, deleted FROM derivations FINAL WHERE workspace_id = $1 AND kind = 'people') WHERE deleted = 0", workspace.Id) ?? "0", CultureInfo.InvariantCulture);
    var costs = long.Parse(await db.ScalarAsync("SELECT generation FROM (SELECT generation, deleted FROM derivations FINAL WHERE workspace_id = $1 AND kind = 'costs') WHERE deleted = 0", workspace.Id) ?? "0", CultureInfo.InvariantCulture);
    var (from, until) = (year.From, year.To.AddDays(1));
    var previous = year.From.AddDays(-(year.To.DayNumber - year.From.DayNumber + 1));

    // The same aggregations as raw ClickHouse SQL, read to the end.
    var sourcesRollups = ClickHouseSql.Bind(
        """
        SELECT measure, network, currency, sum(count), sum(amount) FROM daily_rollups
        WHERE workspace_id = $1 AND day >= $2 AND day < $3
          AND ((measure = 'sessions' AND generation = 0) OR (measure IN ('contacts', 'customers', 'revenue') AND generation = $4))
        GROUP BY measure, network, currency HAVING sum(count) != 0 OR sum(amount) != 0
        """,
        workspace.Id, from, until, generation);
    var sourcesRaw = ClickHouseSql.Bind(
        "SELECT network, count() FROM (SELECT network, day, deleted FROM sessions FINAL WHERE workspace_id = $1 AND day >= $2 AND day < $3) WHERE deleted = 0 GROUP BY network",
        workspace.Id, from, until);
    var overviewRollups = ClickHouseSql.Bind(
        """
        SELECT day >= $2 AS current, measure, channel, network, campaign, content, name, currency, sum(count), sum(amount) FROM daily_rollups
        WHERE workspace_id = $1 AND day >= $5 AND day < $3
          AND ((measure = 'sessions' AND generation = 0) OR (measure IN ('contacts', 'customers', 'revenue', 'conversions') AND generation = $4)
               OR (measure IN ('ad_spend', 'clicks', 'impressions') AND generation = $6))
        GROUP BY current, measure, channel, network, campaign, content, name, currency HAVING sum(count) != 0 OR sum(amount) != 0
        """,
        workspace.Id, from, until, generation, previous, costs);
    var overviewRaw = ClickHouseSql.Bind(
        "SELECT day >= $2 AS current, channel, network, campaign, count() FROM (SELECT channel, network, campaign, day, deleted FROM sessions FINAL WHERE workspace_id = $1 AND day >= $4 AND day < $3) WHERE deleted = 0 GROUP BY current, channel, network, campaign",
        workspace.Id, from, until, previous);

    var overview = new Func<IStore, Workspace, IStoreSession, Task<long>>(async (store, w, s) => (await new OverviewHandler(store, clock).HandleAsync(s, w, new OverviewRequest(year))).Current.Sessions);
    var sources = new Func<IStore, Workspace, IStoreSession, Task<long>>(async (_, w, s) => (await SourcesHandler.HandleAsync(s, w, new SourcesRequest(year, SourcesGrouping.Network, null, PeriodComparison.None), default)).Totals.Sessions);
    var pages = new (string Name, Func<IStore, Workspace, IStoreSession, Task<long>> Report, string Rollups, string Raw)[]
    {
        ("sources, a year by network", sources, sourcesRollups, sourcesRaw),
        ("overview, 12 months", overview, overviewRollups, overviewRaw),
    };

    // Figures first: both engines' reports count the sessions raw ClickHouse SQL counts.
    var counted = long.Parse((await db.ScalarAsync("SELECT count() FROM (SELECT day, deleted FROM sessions FINAL WHERE workspace_id = $1 AND day >= $2 AND day < $3) WHERE deleted = 0", workspace.Id, from, until))!, CultureInfo.InvariantCulture);
    foreach (var page in pages)
    {
        long onHouse, onDuckDb;
        await using (var s = await house.OpenSessionAsync())
        {
            onHouse = await page.Report(house, workspace, s);
        }

        await using (var s = await duck.OpenSessionAsync())
        {
            onDuckDb = await page.Report(duck, onDuck, s);
        }

        if (onHouse != counted || onDuckDb != counted || counted == 0)
        {
            throw new InvalidOperationException($"{page.Name}: ClickHouse's report counts {onHouse:N0} sessions, DuckDB's {onDuckDb:N0}, raw SQL {counted:N0}.");
        }

        Console.WriteLine($"{size:N0} events, {page.Name}: {counted:N0} sessions on ClickHouse, on DuckDB and in raw SQL over sessions");
    }

    foreach (var page in pages)
    {
        var houseCold = await ColdAsync(async () => await ClickHouseStore.OpenAsync(at, clock), workspace, page.Report);
        var duckCold = await ColdAsync(() => Task.FromResult<IStore>(DuckDbStore.Open(duckPath, clock)), onDuck, page.Report);
        var (report, rollups, raw, onDuckDb) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        await using (var s = await house.OpenSessionAsync())
        await using (var d = await duck.OpenSessionAsync())
        {
            await page.Report(house, workspace, s);
            await ReadToEndAsync(db, page.Rollups);
            await ReadToEndAsync(db, page.Raw);
            await page.Report(duck, onDuck, d);
            for (var i = 0; i < runs; i++)
            {
                var sw = Stopwatch.StartNew();
                await page.Report(house, workspace, s);
                report.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                await ReadToEndAsync(db, page.Rollups);
                rollups.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                await ReadToEndAsync(db, page.Raw);
                raw.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                await page.Report(duck, onDuck, d);
                onDuckDb.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {page.Name} | {houseCold:0} | {report.Min():0.0} | {Median(report):0.0} | {rollups.Min():0.0} | {report.Min() / rollups.Min():0.00} | {raw.Min():0.0} | {duckCold:0} | {onDuckDb.Min():0.0} | {report.Min() / onDuckDb.Min():0.00} |");
        Console.WriteLine(line);
        rows.Add(line);
    }

    return rows;

    static async Task<double> ColdAsync(Func<Task<IStore>> open, Workspace w, Func<IStore, Workspace, IStoreSession, Task<long>> report)
    {
        using var fresh = await open();
        await using var s = await fresh.OpenSessionAsync();
        var sw = Stopwatch.StartNew();
        await report(fresh, w, s);
        return sw.Elapsed.TotalMilliseconds;
    }
}

static async Task<Workspace> FindAsync(IStore store)
{
    await using var s = await store.OpenSessionAsync();
    return await s.Workspaces.FindAsync("bench") ?? throw new InvalidOperationException($"{store.Location} has no workspace 'bench'.");
}

static async Task<long> ReadToEndAsync(ClickHouseDatabase db, string sql)
{
    var rows = 0L;
    await foreach (var row in db.State.QueryAsync(sql))
    {
        rows += row.Length > 0 ? 1 : 0;
    }

    return rows;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
