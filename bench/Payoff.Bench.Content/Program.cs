using System.Diagnostics;
using System.Globalization;
using Payoff.Core.Content;
using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

// The content reports over many imported posts against the same aggregation in raw SQL over the posts table, in the
// same run (issue 17, "Speed": `report content` and `best-time` over 1M posts under 1 s, within 1.5× of raw SQL).
// Posts are generated (six networks, seven types, labels, hashtags in several scripts, a year of local times) and loaded
// through the product's own import path. Usage: dotnet run -c Release --project bench/Payoff.Bench.Content -- [posts…] (default 1000000);
// PAYOFF_BENCH_KEEP=1 keeps the generated databases, PAYOFF_BENCH_REUSE=1 measures a kept one again without loading it.
var sizes = args.Length > 0 ? args.Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000_000L];
var folder = Path.Combine(AppContext.BaseDirectory, "bench-data");
Directory.CreateDirectory(folder);
var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
var year = new DateRange(new DateOnly(2025, 11, 24), new DateOnly(2026, 11, 23));
Console.WriteLine("| posts | load (s) | report | report best (ms) | report median (ms) | raw SQL best (ms) | ratio report/raw |");
Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|");
foreach (var size in sizes)
{
    var path = Path.Combine(folder, $"content-{size}.duckdb");
    var reuse = Environment.GetEnvironmentVariable("PAYOFF_BENCH_REUSE") is not null && File.Exists(path);
    if (!reuse)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
    }

    using var db = DuckDbDatabase.Open(path, clock);
    var workspaces = new DuckDbWorkspaceStore(db);
    var load = Stopwatch.StartNew();
    var workspace = reuse ? (await workspaces.FindAsync("bench"))! : await workspaces.CreateAsync("bench", "Europe/Warsaw", "USD");
    if (!reuse)
    {
        await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.MetaPosts, "bench", $"posts-{size}", size, 0), ImportRecords.Posts, new GeneratedRows<SocialPost>(Posts(size, year)));
    }

    var loaded = reuse ? double.NaN : load.Elapsed.TotalSeconds;
    var reader = new DuckDbContentReader(db);
    var filter = new ContentFilter(year, null);
    var bases = ContentBases.Choose(await reader.ReadBasesAsync(workspace, filter));
    var (start, end) = workspace.Calendar.Range(year.From, year.To);
    object[] window = [workspace.Id, DuckDbDatabase.ToDb(start), DuckDbDatabase.ToDb(end)];

    if (Environment.GetEnvironmentVariable("PAYOFF_BENCH_PARTS") is not null)
    {
        await Parts(reader, workspace, filter);
    }

    Measure(size, loaded, "content, top and bottom 5 posts per network by engagement rate (a year)",
        () => ContentReportBuilder.BuildAsync(reader, workspace, filter, ContentGrouping.Post, ContentMetric.EngagementRate, 5).GetAwaiter().GetResult().Top.Count,
        () => BenchSql.ReadToEnd(db, Ranked, window));
    Measure(size, loaded, "content by type with the comparisons (a year)",
        () => ContentReportBuilder.BuildAsync(reader, workspace, filter, ContentGrouping.Type, ContentMetric.EngagementRate, 5).GetAwaiter().GetResult().Groups.Count,
        () => BenchSql.ReadToEnd(db, ByType.Replace("{local_time}", DuckDbContentReader.LocalTime(workspace.Calendar, year, "po.published_at"), StringComparison.Ordinal), window) + BenchSql.ReadToEnd(db, Rates, window));

    // The by-type report's rank-sum comparisons on their own: statistics in .NET that no SQL statement does, so the report's
    // time less theirs is what compares with the raw statements above.
    var values = await reader.ReadValuesAsync(workspace, filter, bases, ContentGrouping.Type, ContentMetric.EngagementRate);
    Timed(size, loaded, $"… of which the {ContentComparison.Compare(values, ContentMetric.EngagementRate, bases).Count} rank-sum comparisons in .NET", () => ContentComparison.Compare(values, ContentMetric.EngagementRate, bases).Count);
    Measure(size, loaded, "best time, engagement rate (a year)",
        () => BestTimeBuilder.BuildAsync(reader, workspace, filter, ContentMetric.EngagementRate).GetAwaiter().GetResult().Networks.Count,
        () => BenchSql.ReadToEnd(db, Slots.Replace("{local_time}", DuckDbContentReader.LocalTime(workspace.Calendar, year, "p.published_at"), StringComparison.Ordinal), window));
    db.Dispose();
    if (Environment.GetEnvironmentVariable("PAYOFF_BENCH_KEEP") is null)
    {
        File.Delete(path);
    }
}

// PAYOFF_BENCH_PARTS=1: where the content report by type spends its time, three times — the bases, the groups' sums, the
// groups' values, the comparisons — and one rank-sum test of LinkedIn's two largest types (its Hodges–Lehmann shift and
// interval included) on its own.
static async Task Parts(DuckDbContentReader reader, Workspace workspace, ContentFilter filter)
{
    for (var i = 0; i < 3; i++)
    {
        var clock = Stopwatch.StartNew();
        var bases = ContentBases.Choose(await reader.ReadBasesAsync(workspace, filter));
        var basesMs = Lap(clock);
        await reader.ReadGroupsAsync(workspace, filter, bases, ContentGrouping.Type);
        var groupsMs = Lap(clock);
        var values = await reader.ReadValuesAsync(workspace, filter, bases, ContentGrouping.Type, ContentMetric.EngagementRate);
        var valuesMs = Lap(clock);
        var comparisons = ContentComparison.Compare(values, ContentMetric.EngagementRate, bases);
        var compareMs = Lap(clock);
        var pair = values.Where(g => g.Network == "LinkedIn").OrderByDescending(g => g.Values.Count).Take(2).ToList();
        var test = Payoff.Core.Statistics.RankSumTest.Compare(pair[0].Values, pair[1].Values);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bases {basesMs:0} ms, groups {groupsMs:0} ms, values {valuesMs:0} ms, {comparisons.Count} comparisons {compareMs:0} ms; one test of {test.FirstCount:N0} and {test.SecondCount:N0} posts {clock.Elapsed.TotalMilliseconds:0.0} ms"));
    }
}

static double Lap(Stopwatch clock)
{
    var ms = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    return ms;
}

static void Timed(long size, double loaded, string name, Func<int> work)
{
    work();
    var times = new List<double>();
    for (var i = 0; i < 7; i++)
    {
        var sw = Stopwatch.StartNew();
        work();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {loaded:0.0} | {name} | {times[0]:0.0} | {times[3]:0.0} | — | — |"));
}

static void Measure(long size, double loaded, string name, Func<int> report, Func<long> raw)
{
    // Warm up both, then 7 alternating runs: best and median.
    report();
    raw();
    var (reports, raws) = (new List<double>(), new List<double>());
    for (var i = 0; i < 7; i++)
    {
        var sw = Stopwatch.StartNew();
        if (report() == 0)
        {
            throw new InvalidOperationException($"{name}: no rows.");
        }

        reports.Add(sw.Elapsed.TotalMilliseconds);
        sw.Restart();
        raw();
        raws.Add(sw.Elapsed.TotalMilliseconds);
    }

    reports.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {loaded:0.0} | {name} | {reports[0]:0.0} | {reports[3]:0.0} | {raws.Min():0.0} | {reports[0] / raws.Min():0.00} |"));
}

// Posts: six networks with their basis, seven types, a label and one to three hashtags each, published over two years at
// local daytime hours — deterministic.
static IEnumerable<SocialPost> Posts(long count, DateRange year)
{
    string[] networks = ["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube"];
    string[] types = ["image", "video", "reel", "carousel", "text", "link", "story"];
    string[] tags = ["promo", "café", "ŻubrówkaDay", "jualanonline", "ระยอง", "howto", "launch", "tips", "behindthescenes", "sale"];
    string[] labels = ["howto", "announcement", "question", "statement", "spring"];
    var random = new Random(17);
    var first = year.From.AddDays(-365).ToDateTime(TimeOnly.MinValue);
    for (long i = 0; i < count; i++)
    {
        var network = networks[i % networks.Length];
        var at = new DateTimeOffset(first.AddDays(random.Next(730)).AddHours(6 + random.Next(16)).AddMinutes(random.Next(60)), TimeSpan.Zero);
        var shown = 200 + random.Next(20_000);
        var byImpressions = network is "LinkedIn" or "X";
        yield return new SocialPost
        {
            Network = network,
            PostId = i.ToString(CultureInfo.InvariantCulture),
            PublishedAt = at,
            Type = types[random.Next(types.Length)],
            Text = $"Post {i} #{tags[random.Next(tags.Length)]} #{tags[random.Next(tags.Length)]} https://shop.example.com/?utm_content=p{i}",
            Labels = labels[random.Next(labels.Length)],
            Impressions = byImpressions ? shown : null,
            Views = byImpressions ? null : shown,
            Reach = shown * 3 / 4,
            Likes = random.Next(shown / 20 + 1),
            Comments = random.Next(shown / 200 + 1),
            Shares = random.Next(shown / 300 + 1),
            Clicks = random.Next(shown / 100 + 1),
        };
    }
}

// The raw baselines: the same figures as the reports, as one statement each over the posts table (each network's basis
// written out as the reports choose it for these posts: impressions for LinkedIn and X, views for the others).
partial class Program
{
    private const string Base = """
        WITH p AS (
            SELECT network, post_id, published_at, type, text, labels, impressions, views, reach, likes, comments, shares, saves, clicks,
                   coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) + coalesce(saves, 0) AS engagements,
                   CASE WHEN network IN ('LinkedIn', 'X') THEN impressions ELSE views END AS basis,
                   nullif(trim(url_decode(regexp_extract(text, '[?&]utm_content=([^&#\s"''<>]+)', 1))), '') AS content_key
            FROM posts WHERE workspace_id = $1 AND published_at >= $2 AND published_at < $3)
        """;

    // The top and bottom 5 by one ordered key per network (rate descending, then published, then id; the bottom ones are
    // the same key's largest), then their columns: no window over every post.
    private const string Ranked = Base + """
        , t AS (SELECT network, min_by(post_id, k, 5) AS hi, max_by(post_id, k, 5) AS lo, count(*) AS ranked
                FROM (SELECT network, post_id, struct_pack(v := -(CAST(engagements AS DOUBLE) / basis), at := published_at, id := post_id) AS k FROM p WHERE basis > 0)
                GROUP BY network),
          s AS (SELECT network, unnest(list_distinct(hi || lo)) AS post_id, ranked FROM t)
        SELECT p.*, CAST(p.engagements AS DOUBLE) / p.basis AS m, s.ranked FROM p JOIN s USING (network, post_id)
        """;

    // The groups' figures as the report gives them: the posts' sums and median rate, and the tracked results of the posts
    // whose link key is theirs alone (the key from the post's parsed link: its utm_content, else its short link's), summed
    // from the daily rollups from the post's local day on, and X's hashtag clicks.
    private const string ByType = """
        WITH p AS (
            SELECT po.network, po.post_id, po.type, po.impressions, po.views, po.reach, po.likes, po.comments, po.shares, po.saves, po.clicks,
                   coalesce(po.likes, 0) + coalesce(po.comments, 0) + coalesce(po.shares, 0) + coalesce(po.saves, 0) AS engagements,
                   CASE WHEN po.network IN ('LinkedIn', 'X') THEN po.impressions ELSE po.views END AS basis,
                   CAST({local_time} AS DATE) AS local_day,
                   coalesce(pl.utm_content, nullif(trim(l.content), '')) AS content_key, hc.clicks AS hashtag_clicks
            FROM posts po
            LEFT JOIN post_links pl ON pl.workspace_id = po.workspace_id AND pl.network = po.network AND pl.post_id = po.post_id AND pl.import_id = po.import_id
            LEFT JOIN links l ON l.workspace_id = po.workspace_id AND l.slug = pl.slug
            LEFT JOIN post_hashtag_clicks hc ON hc.workspace_id = po.workspace_id AND hc.network = po.network AND hc.post_id = po.post_id AND hc.import_id = po.import_id
            WHERE po.workspace_id = $1 AND po.published_at >= $2 AND po.published_at < $3),
        own AS (SELECT network, lower(content_key) AS key FROM p WHERE content_key IS NOT NULL GROUP BY ALL HAVING count(*) = 1),
        res AS (
            SELECT p.network, p.post_id, sum(r.count) FILTER (WHERE r.measure = 'sessions') AS sessions,
                   sum(r.count) FILTER (WHERE r.measure = 'contacts') AS contacts, sum(r.count) FILTER (WHERE r.measure = 'customers') AS customers
            FROM p JOIN own ON own.network = p.network AND own.key = lower(p.content_key)
            JOIN daily_rollups r ON r.workspace_id = $1 AND r.measure IN ('sessions', 'contacts', 'customers') AND r.day >= p.local_day
             AND lower(coalesce(r.network, r.channel)) = lower(p.network) AND lower(r.content) = own.key
            GROUP BY ALL),
        t AS (
            SELECT p.*, own.key IS NOT NULL AS tracked, coalesce(res.sessions, 0) AS sessions, coalesce(res.contacts, 0) AS contacts, coalesce(res.customers, 0) AS customers
            FROM p LEFT JOIN own ON own.network = p.network AND own.key = lower(p.content_key) LEFT JOIN res ON res.network = p.network AND res.post_id = p.post_id)
        SELECT network, type, count(*), sum(impressions), sum(views), sum(reach), sum(likes), sum(comments), sum(shares), sum(saves), sum(clicks),
               sum(engagements) FILTER (WHERE basis > 0), sum(basis) FILTER (WHERE basis > 0), median(CAST(engagements AS DOUBLE) / basis) FILTER (WHERE basis > 0),
               count(*) FILTER (WHERE tracked), sum(sessions) FILTER (WHERE tracked), sum(contacts) FILTER (WHERE tracked), sum(customers) FILTER (WHERE tracked),
               sum(hashtag_clicks)
        FROM t GROUP BY ALL
        """;

    // Each type's posts' rates, one list per network and type (what the comparisons' tests read).
    private const string Rates = Base + "SELECT network, type, list(CAST(engagements AS DOUBLE) / basis) FROM p WHERE basis > 0 GROUP BY ALL";

    // {local_time}: the workspace's local time of p.published_at, as the reader computes it.
    private const string Slots = Base + """
        , l AS (SELECT p.*, {local_time} AS local_time FROM p)
        SELECT network, isodow(local_time), hour(local_time), count(*), median(CAST(engagements AS DOUBLE) / basis)
        FROM l WHERE basis > 0
        GROUP BY GROUPING SETS ((network, isodow(local_time), hour(local_time)), (network, isodow(local_time)))
        """;
}
