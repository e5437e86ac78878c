using System.Diagnostics;
using System.Globalization;
using Payoff.Application.Benchmark;
using Payoff.Application.Networks;
using Payoff.Application.Overview;
using Payoff.Application.Roi;
using Payoff.Application.Social;
using Payoff.Application.Sources;
using Payoff.Application.Verdict;
using Payoff.Core.Demo;
using Payoff.Core.Goals;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

// The daily rollups at scale: a generated workspace (Europe/Warsaw, a year, seeded) loaded through the product's
// import path in imports of at most 10M events, then the pages' reports through the application layer — cold
// (a freshly opened database) and warm (best and median of 5 alternating runs after a warm-up) — against the same
// figures as raw SQL over the raw tables and as raw SQL over the daily rollups, in the same run.
// Usage: dotnet bench/Payoff.Bench.Scale/bin/Release/net10.0/Payoff.Bench.Scale.dll [--load-only] [--runs=N] [--profile | --profile=network] [events…]
// (--runs: warm runs per page after the warm-up, 5 by default; fewer at 100M, where one raw-table baseline takes seconds)
// (default 1000000 10000000). Databases are kept in bench-data/scale-N.duckdb beside the binary and reused.
const long Chunk = 10_000_000;
var loadOnly = args.Contains("--load-only");
var profile = args.Contains("--profile");
var profileNetwork = args.Contains("--profile=network");
var runs = args.FirstOrDefault(a => a.StartsWith("--runs=", StringComparison.Ordinal)) is { } r ? int.Parse(r["--runs=".Length..], CultureInfo.InvariantCulture) : 5;
var sizes = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray();
if (sizes.Length == 0)
{
    sizes = [1_000_000L, 10_000_000L];
}

var end = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
var clock = new FixedClock(end);
var folder = Path.Combine(AppContext.BaseDirectory, "bench-data");
Directory.CreateDirectory(folder);
var results = new List<string>();
foreach (var size in sizes)
{
    var path = Path.Combine(folder, $"scale-{size}.duckdb");
    var stats = path + ".load.txt";
    if (!File.Exists(stats))
    {
        await LoadAsync(path, stats, size);
    }

    Console.WriteLine(await File.ReadAllTextAsync(stats));
    if (profileNetwork)
    {
        await ProfileNetworkAsync(path);
    }
    else if (profile)
    {
        await ProfileAsync(path);
    }
    else if (!loadOnly)
    {
        results.AddRange(await TimeAsync(path, size));
    }
}

if (results.Count > 0)
{
    Console.WriteLine("| events | page / report | cold (ms) | warm best (ms) | warm median (ms) | raw SQL, raw tables, best (ms) | report / raw tables | raw SQL, rollups, best (ms) | report / rollups |");
    Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    results.ForEach(Console.WriteLine);
}

// Loads `size` events in imports of at most 10M: import i is seed i+1 (its own visitor ids, v{seed}-…) over the same
// year, so a larger workspace has more visitors, as a larger site would. Then costs, staff time, a fee, a value and goals.
async Task LoadAsync(string path, string stats, long size)
{
    File.Delete(path);
    File.Delete(path + ".wal");
    var load = Stopwatch.StartNew();
    var rebuild = 0.0;
    using (var db = DuckDbDatabase.Open(path, clock))
    {
        var workspaces = new DuckDbWorkspaceStore(db);
        var workspace = await workspaces.UpdateAsync((await workspaces.ListAsync()).Single() with { TimeZone = "Europe/Warsaw", Currency = "USD" });
        var store = new DuckDbImportStore(db);
        for (var (i, done) = (0, 0L); done < size; i++)
        {
            var count = Math.Min(Chunk, size - done);
            var sw = Stopwatch.StartNew();
            var events = new DemoDataGenerator().Generate(new DemoOptions { Seed = i + 1, End = end, TargetSessions = (int)(count / 2) }).Take((int)count);
            await store.WriteAsync(workspace, new ImportRequest(ImportKind.Events, "bench", $"scale-{size}-{i}", count, 0), ImportRecords.Events, new GeneratedRows<Payoff.Core.Events.TrackedEvent>(events));
            done += count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss} import {i + 1}: {count:N0} events in {sw.Elapsed.TotalSeconds:N1} s ({count / sw.Elapsed.TotalSeconds:N0}/s); {done:N0} of {size:N0} after {load.Elapsed.TotalMinutes:N1} min"));
        }

        await BenchWorkspace.AddCostsAndGoalsAsync(db, workspace);

        // BenchWorkspace writes its ad costs with plain SQL beside the product, so the rollups are rebuilt after it, as
        // `payoff maintenance rebuild-rollups` would (timed apart: a real cost import keeps them in its own write).
        var imported = load.Elapsed.TotalSeconds;
        DuckDbMaintenance.RebuildRollups(db, workspace);
        rebuild = load.Elapsed.TotalSeconds - imported;
        db.Execute("CHECKPOINT");
    }

    var seconds = load.Elapsed.TotalSeconds - rebuild;
    var bytes = new FileInfo(path).Length;
    var line = string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {seconds:N1} | {size / seconds:N0} | {rebuild:N1} | {bytes / 1048576.0:N0} | {(double)bytes / size:N1} |");
    await File.WriteAllTextAsync(stats, "| events | load (s) | events/s | rollups rebuilt after the bench's plain-SQL costs (s) | file after CHECKPOINT (MiB) | bytes per event |\n|---:|---:|---:|---:|---:|---:|\n" + line + "\n");
}

async Task<List<string>> TimeAsync(string path, long size)
{
    var today = new DateOnly(2026, 11, 23);
    var year = new DateRange(today.AddDays(-364), today);
    var days30 = new DateRange(today.AddDays(-29), today);
    var period = VerdictPeriod.Default(today);
    var rows = new List<string>();
    using var store = DuckDbStore.Open(path, clock);
    Workspace workspace;
    IReadOnlyList<Goal> goals;
    await using (var s = await store.OpenSessionAsync())
    {
        workspace = (await s.Workspaces.ListAsync()).Single();
        goals = await s.Goals.ListAsync(workspace);
    }

    var goalWindow = new DateRange(goals.Min(g => g.Start).AddDays(-GoalService.HistoryDays), today);
    var benchmarkFrom = new DateOnly(today.Year, today.Month, 1).AddMonths(-BenchmarkRequest.DefaultMonths + 1);
    var months = Enumerable.Range(0, BenchmarkRequest.DefaultMonths).Select(m => benchmarkFrom.AddMonths(m)).Select(m => new DateRange(m, m.AddMonths(1).AddDays(-1))).ToList();
    var networkWindow = new DateRange(new[] { benchmarkFrom, period.Range.From, goalWindow.From }.Min(), today);
    // Each page: the report through the application layer, its figures as raw SQL over the raw tables, the same over the rollups.
    var baselines = new (Func<DuckDbDatabase, long> Raw, Func<DuckDbDatabase, long> Rollups, Func<DuckDbDatabase, long>? Check)[]
    {
        (db => RawSources(db, workspace, [year], null, rollups: false), db => RawSources(db, workspace, [year], null, rollups: true), db => WebSessions(db, workspace, year)),
        (db => Ledger(db, workspace, Both(year), rollups: false) + Ledger(db, workspace, goalWindow, rollups: false),
            db => Ledger(db, workspace, Both(year), rollups: true) + Ledger(db, workspace, goalWindow, rollups: true), db => WebSessions(db, workspace, year)),
        (db => Ledger(db, workspace, Both(days30), rollups: false) + Ledger(db, workspace, goalWindow, rollups: false),
            db => Ledger(db, workspace, Both(days30), rollups: true) + Ledger(db, workspace, goalWindow, rollups: true), db => WebSessions(db, workspace, days30)),
        (db => RawSources(db, workspace, months, "Facebook", rollups: false) + Ledger(db, workspace, networkWindow, rollups: false) + Social(db, workspace, days30),
            db => RawSources(db, workspace, months, "Facebook", rollups: true) + Ledger(db, workspace, networkWindow, rollups: true) + Social(db, workspace, days30), null),
        (db => Ledger(db, workspace, year, rollups: false), db => Ledger(db, workspace, year, rollups: true), db => WebSessions(db, workspace, year)),
        (db => Ledger(db, workspace, period.Range, rollups: false) + Ledger(db, workspace, goalWindow, rollups: false),
            db => Ledger(db, workspace, period.Range, rollups: true) + Ledger(db, workspace, goalWindow, rollups: true), null),
    };
    var pages = Reports(store).Zip(baselines, (r, b) => (r.Name, r.Report, b.Raw, b.Rollups, b.Check)).ToList();

    // Figures: every report's sessions equal the raw tables' count, and the rollups equal the raw tables.
    await using (var s = await store.OpenSessionAsync())
    {
        var db = ((DuckDbStoreSession)s).Database;
        foreach (var range in new[] { year, days30, goalWindow })
        {
            var raw = LedgerSums(db, workspace, range, rollups: false);
            var rolled = LedgerSums(db, workspace, range, rollups: true);
            if (raw != rolled)
            {
                throw new InvalidOperationException($"{range.From}..{range.To}: raw tables {raw} but rollups {rolled}.");
            }

            Console.WriteLine($"{size:N0} events, {range.From:yyyy-MM-dd}..{range.To:yyyy-MM-dd}: raw tables = rollups: {raw}");
        }

        foreach (var page in pages.Where(p => p.Check is not null))
        {
            var report = await page.Report(s);
            var raw = page.Check!(db);
            if (report != raw || report == 0)
            {
                throw new InvalidOperationException($"{page.Name}: the report counts {report:N0} sessions, raw SQL over the raw tables {raw:N0}.");
            }

            Console.WriteLine($"{size:N0} events, {page.Name}: {report:N0} sessions in the report and in raw SQL over sessions");
        }
    }

    foreach (var (page, index) in pages.Select((p, i) => (p, i)))
    {
        // Cold: a freshly opened database (DuckDB's buffers empty; the OS page cache may hold the file) and the first
        // computation of the page through the application layer.
        double cold;
        using (var fresh = DuckDbStore.Open(path, clock))
        {
            var h = Reports(fresh)[index].Report;
            await using var s = await fresh.OpenSessionAsync();
            var sw = Stopwatch.StartNew();
            await h(s);
            cold = sw.Elapsed.TotalMilliseconds;
        }

        // Warm: one warm-up of each, then `runs` alternating runs.
        await using (var s = await store.OpenSessionAsync())
        {
            var db = ((DuckDbStoreSession)s).Database;
            await page.Report(s);
            page.Raw(db);
            page.Rollups(db);
            var (report, raw, rollups) = (new List<double>(), new List<double>(), new List<double>());
            for (var i = 0; i < runs; i++)
            {
                var sw = Stopwatch.StartNew();
                await page.Report(s);
                report.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                page.Raw(db);
                raw.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                page.Rollups(db);
                rollups.Add(sw.Elapsed.TotalMilliseconds);
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {page.Name} | {cold:0} | {report.Min():0.0} | {Median(report):0.0} | {raw.Min():0.0} | {report.Min() / raw.Min():0.00} | {rollups.Min():0.0} | {report.Min() / rollups.Min():0.00} |");
            Console.WriteLine(line);
            rows.Add(line);
        }
    }

    return rows;

    // The pages' reports, each through its application handler over `on` (the cold runs' fresh store or the warm one).
    List<(string Name, Func<IStoreSession, Task<long>> Report)> Reports(IStore on)
    {
        var overview = new OverviewHandler(on, clock);
        var roi = new RoiHandler(on);
        var verdict = new VerdictHandler(on, clock);
        var network = new NetworkPageHandler(on, clock, new SocialHandler(on));
        return
        [
            ("sources, a year by network", async s => (await SourcesHandler.HandleAsync(s, workspace, new SourcesRequest(year, SourcesGrouping.Network, null, PeriodComparison.None), default)).Totals.Sessions),
            ("overview, 12 months", async s => (await overview.HandleAsync(s, workspace, new OverviewRequest(year))).Current.Sessions),
            ("overview, 30 days", async s => (await overview.HandleAsync(s, workspace, new OverviewRequest(days30))).Current.Sessions),
            ("network page (Facebook, 30 days)", s => NetworkPageAsync(s, workspace, days30, period, "Facebook", network)),
            ("ROI, a year by network", async s => (await roi.HandleAsync(s, workspace, new RoiRequest(year, RoiGrouping.Network, null, RoiReport.FirstTouch))).Report.Totals.Sessions),
            ("verdict, 3 months + 3 goals", async s => (await verdict.HandleAsync(s, workspace, new VerdictRequest(period))).Networks.Count),
        ];
    }

    // What the web's network page (NetworkModel.BuildAsync) asks of the application layer for a social network: the
    // page handler (the benchmark, 12 months with the goals' progress, social by month, ROI per campaign and the verdict).
    static async Task<long> NetworkPageAsync(IStoreSession s, Workspace w, DateRange range, VerdictPeriod judged, string network, NetworkPageHandler handler)
    {
        var page = await handler.HandleAsync(s, w, new NetworkPageRequest(network, range, judged));
        return page.Benchmark.Report.Rows.Count + page.Roi.Report.Rows.Count + page.Verdict!.Networks.Count + page.Social.Rows.Count;
    }
}

// Where the overview's time goes: each part it does, warm, best of 5 (--profile).
async Task ProfileAsync(string path)
{
    var today = new DateOnly(2026, 11, 23);
    using var store = DuckDbStore.Open(path, clock);
    await using var s = await store.OpenSessionAsync();
    var db = ((DuckDbStoreSession)s).Database;
    var workspace = (await s.Workspaces.ListAsync()).Single();
    foreach (var range in new[] { new DateRange(today.AddDays(-364), today), new DateRange(today.AddDays(-29), today) })
    {
        var both = Both(range);
        var data = await s.Ledger.ReadAsync(workspace, both);
        var goals = await s.Goals.ListAsync(workspace);
        var goalWindow = new DateRange(goals.Min(g => g.Start).AddDays(-GoalService.HistoryDays), today);
        var (from, to) = (both.From.ToDateTime(TimeOnly.MinValue), both.To.ToDateTime(TimeOnly.MinValue));
        Console.WriteLine($"{range.From:yyyy-MM-dd}..{range.To:yyyy-MM-dd}: web rows {data.Web.Count}, money rows {data.Money.Count}, conversions {data.Conversions.Count}, time {data.Time.Count}, daily_rollups rows {db.Query("SELECT count(*) FROM daily_rollups", r => r.GetInt64(0))[0]}");
        (string Name, Func<Task> Run)[] parts =
        [
            ("ledger read (rollups) over both periods", () => s.Ledger.ReadAsync(workspace, both)),
            .. LedgerParts(db, workspace, from, to),
            ("Ledger.Build x3", () => { Payoff.Core.Ledger.Ledger.Build(data, "USD", both); Payoff.Core.Ledger.Ledger.Build(data, "USD", range); Payoff.Core.Ledger.Ledger.Build(data, "USD", range.PreviousPeriod()); return Task.CompletedTask; }),
            ("  Ledger.Build x3 without the fee", () => { var d = data with { Fees = [] }; Payoff.Core.Ledger.Ledger.Build(d, "USD", both); Payoff.Core.Ledger.Ledger.Build(d, "USD", range); Payoff.Core.Ledger.Ledger.Build(d, "USD", range.PreviousPeriod()); return Task.CompletedTask; }),
            ("  Ledger.Build x3 without staff time", () => { var d = data with { Recurrences = [] }; Payoff.Core.Ledger.Ledger.Build(d, "USD", both); Payoff.Core.Ledger.Ledger.Build(d, "USD", range); Payoff.Core.Ledger.Ledger.Build(d, "USD", range.PreviousPeriod()); return Task.CompletedTask; }),
            ("data days (previous period)", () => s.DataDays.ReadAsync(workspace, range.PreviousPeriod())),
            ("goals tracked (GoalsHandler.TrackAsync)", () => Payoff.Application.Goals.GoalsHandler.TrackAsync(s, workspace, clock, default)),
            ("  ledger read over the goals' window", () => s.Ledger.ReadAsync(workspace, goalWindow)),
            ("whole overview", () => new OverviewHandler(store, clock).HandleAsync(s, workspace, new OverviewRequest(range))),
        ];
        foreach (var (name, run) in parts)
        {
            var (best, _) = await BestOfAsync(run, 5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {best:0.0} |"));
        }
    }
}

// Where the network page's time goes (Facebook, 30 days): each statement and step it does, warm, best of --runs (--profile=network).
async Task ProfileNetworkAsync(string path)
{
    // The ledger's four rollup aggregates as one scan and one GROUP BY on CASE keys: tried for the one wide read and left
    // for RollupLedgerSql (the reads' own SQL in one UNION ALL), which ran in 32 ms where this took 60 (10M, best of 25).
    const string OneScan = """
        SELECT kind, day, min(shown_network), min(shown_campaign), detail,
               coalesce(sum(count) FILTER (WHERE measure = 'sessions'), 0)::BIGINT,
               coalesce(sum(count) FILTER (WHERE measure = 'contacts'), 0)::BIGINT,
               coalesce(sum(count) FILTER (WHERE measure = 'customers'), 0)::BIGINT,
               coalesce(sum(count) FILTER (WHERE measure = 'conversions'), 0)::BIGINT,
               sum(amount)
        FROM (
            SELECT day, measure, count, amount, kind, shown_network, shown_campaign,
                   CASE WHEN kind = 1 OR kind = 2 THEN currency WHEN kind = 3 THEN name END AS detail,
                   CASE WHEN kind = 2 THEN shown_network ELSE lower(shown_network) END AS key_network,
                   CASE WHEN kind = 2 THEN shown_campaign ELSE lower(shown_campaign) END AS key_campaign
            FROM (
                SELECT *,
                       CASE measure WHEN 'revenue' THEN 1 WHEN 'ad_spend' THEN 2 WHEN 'conversions' THEN 3 ELSE 0 END AS kind,
                       CASE WHEN measure = 'ad_spend' THEN network ELSE coalesce(network, channel) END AS shown_network,
                       CASE WHEN measure <> 'ad_spend' THEN coalesce(campaign, '(not set)') WHEN campaign = '' THEN '(not set)' ELSE campaign END AS shown_campaign
                FROM daily_rollups
                WHERE workspace_id = $1 AND day >= $2 AND day <= $3
                  AND measure IN ('sessions', 'contacts', 'customers', 'revenue', 'ad_spend', 'conversions')))
        GROUP BY kind, day, key_network, key_campaign, detail
        """;
    var today = new DateOnly(2026, 11, 23);
    var range = new DateRange(today.AddDays(-29), today);
    var period = VerdictPeriod.Default(today);
    using var store = DuckDbStore.Open(path, clock);
    await using var s = await store.OpenSessionAsync();
    var db = ((DuckDbStoreSession)s).Database;
    var workspace = (await s.Workspaces.ListAsync()).Single();
    var active = await s.Goals.ListAsync(workspace);
    var shown = active.Where(g => string.Equals(g.Scope.Network, "Facebook", StringComparison.OrdinalIgnoreCase)).ToList();
    var judged = VerdictReportBuilder.Judged(period, today);
    var window = range.Span(judged.Range);
    foreach (var history in new[] { GoalService.HistoryRange(shown, today), GoalService.HistoryRange(active, today) })
    {
        window = history is null ? window : window.Span(history);
    }

    var (from, to) = (window.From.ToDateTime(TimeOnly.MinValue), window.To.ToDateTime(TimeOnly.MinValue));
    var last = new DateOnly(today.Year, today.Month, 1);
    var buckets = Enumerable.Range(0, BenchmarkRequest.DefaultMonths + 1).Select(i => last.AddMonths(i - BenchmarkRequest.DefaultMonths)).Select(m => workspace.Calendar.Range(m, m.AddMonths(1).AddDays(-1))).ToList();
    var data = await s.Ledger.ReadAsync(workspace, window);
    var wide = Payoff.Core.Ledger.Ledger.Build(data, workspace.Currency, window);
    var everyGoal = GoalService.Track(wide, active, today);
    var coverage = await s.Ledger.ReadCoverageAsync(workspace);
    Console.WriteLine(string.Join(", ", db.Query("SELECT measure, count(*) FROM daily_rollups GROUP BY ALL ORDER BY 1", r => $"{r.GetString(0)} {r.GetInt64(1)}")));
    Console.WriteLine(string.Join(", ", db.Query("SELECT count(DISTINCT row_group_id), sum(count) FILTER (WHERE column_id = 0), current_setting('threads') FROM pragma_storage_info('daily_rollups')", r => $"row groups {r.GetValue(0)}, stored rows {r.GetValue(1)}, threads {r.GetValue(2)}")));
    Console.WriteLine($"window {window.From:yyyy-MM-dd}..{window.To:yyyy-MM-dd}: web rows {data.Web.Count}, money rows {data.Money.Count}, conversions {data.Conversions.Count}, social rows {data.Social.Count}, entries {wide.Entries.Count}, goals {active.Count} ({shown.Count} shown)");
    var handler = new NetworkPageHandler(store, clock, new SocialHandler(store));
    // The Scale table's baseline for the page (raw SQL over the rollups), as TimeAsync computes it.
    var benchmarkFrom = last.AddMonths(-BenchmarkRequest.DefaultMonths + 1);
    var months = Enumerable.Range(0, BenchmarkRequest.DefaultMonths).Select(m => benchmarkFrom.AddMonths(m)).Select(m => new DateRange(m, m.AddMonths(1).AddDays(-1))).ToList();
    var goalWindow = new DateRange(active.Min(g => g.Start).AddDays(-GoalService.HistoryDays), today);
    var networkWindow = new DateRange(new[] { benchmarkFrom, period.Range.From, goalWindow.From }.Min(), today);
    (string Name, Func<Task> Run)[] parts =
    [
        ("whole page (NetworkPageHandler)", () => handler.HandleAsync(s, workspace, new NetworkPageRequest("Facebook", range, period))),
        ("raw SQL over the rollups (the Scale table's baseline)", () => Task.FromResult(RawSources(db, workspace, months, "Facebook", rollups: true) + Ledger(db, workspace, networkWindow, rollups: true) + Social(db, workspace, range))),
        ("benchmark (sources + data days)", () => new Payoff.Core.Reporting.Benchmark.BenchmarkReportBuilder(s.Sources, s.DataDays).BuildAsync(workspace, new Payoff.Core.Reporting.Benchmark.BenchmarkQuery(today, BenchmarkRequest.DefaultMonths, "Facebook"))),
        ("  sources read, 13 months", () => s.Sources.ReadAsync(workspace, buckets, SourcesGrouping.Network, "Facebook")),
        ("  data days since 2000", () => s.DataDays.ReadAsync(workspace, new DateRange(new DateOnly(2000, 1, 1), last.AddMonths(1).AddDays(-1)))),
        ("goals list", () => s.Goals.ListAsync(workspace)),
        ("ledger read over the window", () => s.Ledger.ReadAsync(workspace, window)),
        .. LedgerParts(db, workspace, from, to),
        ("  ledger read over its last day (the statements' fixed cost)", () => s.Ledger.ReadAsync(workspace, new DateRange(today, today))),
        ("  cost set-up (DuckDbCostSetupStore.All)", () => Task.FromResult(typeof(DuckDbCostSetupStore).GetMethod("All", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.Invoke(new DuckDbCostSetupStore(db), [workspace, window]))),
        ("  RollupLedgerSql over the last day", () => Task.FromResult(BenchSql.ReadToEnd(db, DuckDbLedgerReader.RollupLedgerSql, [workspace.Id, to, to]))),
        ("  RollupWebSql over the last day", () => Task.FromResult(BenchSql.ReadToEnd(db, DuckDbLedgerReader.RollupWebSql, [workspace.Id, to, to]))),
        ("  one scan, one GROUP BY (CASE keys)", () => Task.FromResult(BenchSql.ReadToEnd(db, OneScan, [workspace.Id, from, to]))),
        ("  one scan, one GROUP BY over the last day", () => Task.FromResult(BenchSql.ReadToEnd(db, OneScan, [workspace.Id, to, to]))),
        ("  count(*) of daily_rollups over the last day", () => Task.FromResult(BenchSql.ReadToEnd(db, "SELECT count(*) FROM daily_rollups WHERE workspace_id = $1 AND day >= $2 AND day <= $3", [workspace.Id, to, to]))),
        ("  count(*) of daily_rollups", () => Task.FromResult(BenchSql.ReadToEnd(db, "SELECT count(*) FROM daily_rollups"))),
        ("  SELECT 1 (a statement's fixed cost)", () => Task.FromResult(BenchSql.ReadToEnd(db, "SELECT 1"))),
        ("  SELECT $1 over 3 parameters", () => Task.FromResult(BenchSql.ReadToEnd(db, "SELECT $1, $2, $3", [workspace.Id, from, to]))),
        ("Ledger.Build over the window", () => { Payoff.Core.Ledger.Ledger.Build(data, workspace.Currency, window); return Task.CompletedTask; }),
        ("social by month", () => s.Social.ReadAsync(workspace, range, Payoff.Core.Reporting.Social.SocialGrouping.Month)),
        ("ROI per campaign", () => { RoiReportBuilder.Build(wide.Within(range), workspace.Currency, RoiGrouping.Campaign, "Facebook"); return Task.CompletedTask; }),
        ("goals tracked (every active goal)", () => { GoalService.Track(wide, active, today); return Task.CompletedTask; }),
        ("coverage read", () => s.Ledger.ReadCoverageAsync(workspace)),
        ("verdict built", () => { VerdictReportBuilder.Build(wide.Within(judged.Range), workspace.Currency, judged, everyGoal, coverage); return Task.CompletedTask; }),
    ];
    // Best of --runs (5 by default) each.
    var profileRuns = runs;

    // --loop=N: only the whole page, N times (for a sampling profiler such as dotnet-trace).
    if (args.FirstOrDefault(a => a.StartsWith("--loop=", StringComparison.Ordinal)) is { } loop)
    {
        parts = parts[..1];
        for (var i = int.Parse(loop["--loop=".Length..], CultureInfo.InvariantCulture); i > 0; i--)
        {
            await parts[0].Run();
        }
    }

    // Wall time and the process's CPU time (every thread, DuckDB's workers too): on a machine shared with other jobs the
    // CPU time moves less with their load than the wall time does.
    Console.WriteLine("| part | wall, best (ms) | CPU, best (ms) | allocated per run (KiB) | gen0 GCs per run | GC pause per run, mean of 10 (ms) |");
    foreach (var (name, run) in parts)
    {
        var (best, cpu) = await BestOfAsync(run, profileRuns);
        var (allocated, collections) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0));
        await run();
        (allocated, collections) = (GC.GetTotalAllocatedBytes(precise: true) - allocated, GC.CollectionCount(0) - collections);
        var paused = GC.GetTotalPauseDuration();
        for (var i = 0; i < 10; i++)
        {
            await run();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {best:0.0} | {cpu:0.0} | {allocated / 1024.0:N0} | {collections} | {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / 10:0.0} |"));
    }
}


// The ledger's statements over the rollups one by one, then as the one statement the ledger reads (each read to the end).
static (string Name, Func<Task> Run)[] LedgerParts(DuckDbDatabase db, Workspace workspace, DateTime from, DateTime to) =>
[
    ("  RollupWebSql", () => Task.FromResult(BenchSql.ReadToEnd(db, DuckDbLedgerReader.RollupWebSql, [workspace.Id, from, to]))),
    ("  RollupRevenueSql", () => Task.FromResult(BenchSql.ReadToEnd(db, DuckDbLedgerReader.RollupRevenueSql, [workspace.Id, from, to]))),
    ("  RollupSpendSql", () => Task.FromResult(BenchSql.ReadToEnd(db, DuckDbLedgerReader.RollupSpendSql, [workspace.Id, from, to]))),
    ("  RollupConversionsSql", () => Task.FromResult(BenchSql.ReadToEnd(db, DuckDbLedgerReader.RollupConversionsSql, [workspace.Id, from, to]))),
    ("  account_metrics", () => Task.FromResult(BenchSql.ReadToEnd(db, DuckDbLedgerReader.AccountMetricsSql, [workspace.Id, from, to]))),
    ("  RollupLedgerSql (the five in one statement)", () => Task.FromResult(BenchSql.ReadToEnd(db, DuckDbLedgerReader.RollupLedgerSql, [workspace.Id, from, to]))),
];

static DateRange Both(DateRange range) => new(range.PreviousPeriod().From, range.To);

// One warm-up of `run`, then the best wall and the best CPU time (the process's, every thread) of `runs` more, in ms.
static async Task<(double Wall, double Cpu)> BestOfAsync(Func<Task> run, int runs)
{
    await run();
    var (best, cpu) = (double.MaxValue, double.MaxValue);
    for (var i = 0; i < runs; i++)
    {
        var used = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        await run();
        best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        cpu = Math.Min(cpu, (Process.GetCurrentProcess().TotalProcessorTime - used).TotalMilliseconds);
    }

    return (best, cpu);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

// The network page's social figures by month as plain SQL: the account metrics' sums, the follower counts at each month's
// end and before it, and the posts' sums over the range (a lower bound: not cut into local months). Account metrics and
// posts have no rollups: the same SQL in both baselines.
static long Social(DuckDbDatabase db, Workspace workspace, DateRange range)
{
    var (from, to) = (range.From.ToDateTime(TimeOnly.MinValue), range.To.ToDateTime(TimeOnly.MinValue));
    var (start, stop) = workspace.Calendar.Range(range.From, range.To);
    return BenchSql.ReadToEnd(db, "SELECT date_trunc('month', day), network, metric, sum(value) FROM account_metrics WHERE workspace_id = $1 AND day >= $2 AND day <= $3 AND metric <> 'followers' GROUP BY ALL", [workspace.Id, from, to])
        + BenchSql.ReadToEnd(db, "SELECT m, network, sum(last) FROM (SELECT m, network, account, arg_max(value, day) AS last FROM account_metrics JOIN (SELECT unnest([$2::DATE, $3::DATE]) AS m) b ON day <= m WHERE workspace_id = $1 AND metric = 'followers' GROUP BY ALL) GROUP BY ALL", [workspace.Id, from, to])
        + BenchSql.ReadToEnd(db, "SELECT network, count(*), sum(impressions), sum(views), sum(reach), sum(likes), sum(comments), sum(shares), sum(saves), sum(clicks) FROM posts WHERE workspace_id = $1 AND published_at >= $2 AND published_at < $3 GROUP BY ALL", [workspace.Id, start.UtcDateTime, stop.UtcDateTime]);
}

// Sessions over the days as raw SQL over the sessions table (by their stored local day).
static long WebSessions(DuckDbDatabase db, Workspace workspace, DateRange range) =>
    db.Query("SELECT count(*) FROM sessions WHERE workspace_id = $1 AND day >= $2 AND day <= $3", r => r.GetInt64(0), workspace.Id, range.From.ToDateTime(TimeOnly.MinValue), range.To.ToDateTime(TimeOnly.MinValue))[0];

// The sources report's aggregation as one statement over the raw tables or the rollups, read to the end.
static long RawSources(DuckDbDatabase db, Workspace workspace, IReadOnlyList<DateRange> buckets, string? network, bool rollups)
{
    var calendar = workspace.Calendar;
    var (sql, parameters) = rollups
        ? DuckDbSourcesReader.RollupStatement(workspace, [.. buckets.Select(b => (b.From, b.To.AddDays(1)))], SourcesGrouping.Network, network)
        : DuckDbSourcesReader.Statement(workspace, [.. buckets.Select(b => calendar.Range(b.From, b.To))], SourcesGrouping.Network, network);
    return BenchSql.ReadToEnd(db, sql, parameters);
}

// The ledger's four aggregates (web, revenue, ad spend, value-less conversions) as plain SQL, read to the end.
static long Ledger(DuckDbDatabase db, Workspace workspace, DateRange range, bool rollups)
{
    var rows = 0L;
    foreach (var (sql, parameters) in LedgerStatements(db, workspace, range, rollups))
    {
        rows += BenchSql.ReadToEnd(db, sql, parameters);
    }

    return rows;
}

// Sessions, contacts, customers and revenue over the days as the ledger's SQL sums them.
static (long Sessions, long Contacts, long Customers, decimal Revenue, decimal Spend) LedgerSums(DuckDbDatabase db, Workspace workspace, DateRange range, bool rollups)
{
    var statements = LedgerStatements(db, workspace, range, rollups);
    var web = db.Query($"SELECT sum(c4)::BIGINT, sum(c5)::BIGINT, sum(c6)::BIGINT FROM ({statements[0].Sql}) t(c1, c2, c3, c4, c5, c6)", r => (r.IsDBNull(0) ? 0 : r.GetInt64(0), r.IsDBNull(1) ? 0 : r.GetInt64(1), r.IsDBNull(2) ? 0 : r.GetInt64(2)), statements[0].Parameters);
    var revenue = db.Query($"SELECT coalesce(sum(c5), 0)::DECIMAL(38,4) FROM ({statements[1].Sql}) t(c1, c2, c3, c4, c5)", r => r.GetDecimal(0), statements[1].Parameters);
    var spend = db.Query($"SELECT coalesce(sum(c5), 0)::DECIMAL(38,4) FROM ({statements[2].Sql}) t(c1, c2, c3, c4, c5)", r => r.GetDecimal(0), statements[2].Parameters);
    return (web[0].Item1, web[0].Item2, web[0].Item3, revenue[0], spend[0]);
}

static List<(string Sql, object?[] Parameters)> LedgerStatements(DuckDbDatabase db, Workspace workspace, DateRange range, bool rollups)
{
    var (from, to) = (range.From.ToDateTime(TimeOnly.MinValue), range.To.ToDateTime(TimeOnly.MinValue));
    if (rollups)
    {
        return
        [
            (DuckDbLedgerReader.RollupWebSql, [workspace.Id, from, to]),
            (DuckDbLedgerReader.RollupRevenueSql, [workspace.Id, from, to]),
            (DuckDbLedgerReader.RollupSpendSql, [workspace.Id, from, to]),
            (DuckDbLedgerReader.RollupConversionsSql, [workspace.Id, from, to]),
        ];
    }

    new DuckDbLedgerReader(db, readRollups: false).WriteDays(workspace, range);
    var (lo, hi) = workspace.Calendar.Range(range.From, range.To);
    return
    [
        (DuckDbLedgerReader.WebSql, [workspace.Id, lo, hi, from, to]),
        (DuckDbLedgerReader.RevenueSql, [workspace.Id, lo, hi]),
        (DuckDbLedgerReader.SpendSql, [workspace.Id, from, to]),
        (DuckDbLedgerReader.ConversionsSql, [workspace.Id, lo, hi]),
    ];
}
