using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Payoff.Core.Access;
using Payoff.Core.Demo;
using Payoff.Core.Importing;
using Payoff.Storage.DuckDb;
using Payoff.Web;
using Payoff.Web.Access;

// Dashboard time to first byte: the overview and sources pages served by the real app (PayoffWeb,
// Kestrel on loopback) on the demo data set with costs, staff time, a fee and goals, 10 users at
// once, each signed in with their own cookie and opening the pages over several date ranges.
// Baseline in the same run: GET /app.css through the same server and middleware.
// Usage: dotnet bench/Payoff.Bench.Dashboard/bin/Release/net10.0/Payoff.Bench.Dashboard.dll [events] [rounds]
// (default 10000000 events, 6 rounds). The database is kept in bench-data/ and reused by later runs.
var size = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000L;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 6;
const int Users = 10;
var end = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
var clock = new FixedClock(end);
var folder = Path.Combine(AppContext.BaseDirectory, "bench-data");
Directory.CreateDirectory(folder);
var path = Path.Combine(folder, $"dashboard-{size}.duckdb");
if (!File.Exists(path))
{
    var load = Stopwatch.StartNew();
    using var db = DuckDbDatabase.Open(path, clock);
    var workspace = (await new DuckDbWorkspaceStore(db).ListAsync()).Single();
    var events = new DemoDataGenerator().Generate(new DemoOptions { Seed = 1, End = end, TargetSessions = (int)(size / 2) }).Take((int)size);
    await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "bench", $"bench-{size}", size, 0), ImportRecords.Events, new GeneratedRows<Payoff.Core.Events.TrackedEvent>(events));
    await BenchWorkspace.AddCostsAndGoalsAsync(db, workspace);
    IUserStore users = new DuckDbUserStore(db);
    for (var u = 0; u < Users; u++)
    {
        await users.GrantAsync((await users.AddAsync($"user{u}@example.com", Passwords.Hash("a long benchmark password"))).Id, workspace, Role.Viewer);
    }

    Console.WriteLine($"Loaded {size:N0} events in {load.Elapsed.TotalSeconds:N1} s.");
}

var url = $"http://127.0.0.1:{FreePort()}";
await using var app = PayoffWeb.Build(new WebOptions { DatabasePath = path, Urls = url, Time = clock, ApiRequestsPerMinutePerKey = 1_000_000 }, b => b.Logging.ClearProviders());
await app.StartAsync();

var clients = new List<HttpClient>();
for (var u = 0; u < Users; u++)
{
    clients.Add(await SignInAsync(url, $"user{u}@example.com"));
}

string[] ranges = ["", "?from=2026-11-17&to=2026-11-23", "?from=2026-08-26&to=2026-11-23", "?from=2026-11-01&to=2026-11-23", "?from=2026-10-01&to=2026-10-31", "?from=2025-11-24&to=2026-11-23"];
var views = ranges.SelectMany(r => new[] { "/" + r, "/sources" + r }).ToList();

// Baseline: the dashboard's style sheet (the cheapest answer of the same server, through the same
// middleware), same users, same concurrency.
var health = await RunAsync(clients, Enumerable.Repeat("/app.css", views.Count).ToList(), Math.Min(rounds, 200));

// Each view opened once by one user: the figures computed from the database (a cache miss).
var cold = await RunAsync(clients.Take(1).ToList(), views, 1);

// Then the 10 users at once, each over every view in their own order, for `rounds` rounds. Cached
// figures live a minute, so a run longer than that recomputes them on the way, as a real server does.
var clock10 = Stopwatch.StartNew();
var pages = await RunAsync(clients, views, rounds);
var seconds = clock10.Elapsed.TotalSeconds;
await app.StopAsync();

Console.WriteLine($"{size:N0} events, {Users} users, {rounds} rounds of {views.Count} views, {seconds:N1} s.");
Console.WriteLine($"| requests | what | p50 (ms) | p95 (ms) | max (ms) |");
Console.WriteLine("|---:|---|---:|---:|---:|");
Print("GET /app.css (baseline), 10 users", health.Select(h => h.Ms).ToList());
foreach (var page in new[] { "overview", "sources" })
{
    Print($"{page}, computed (first open of each range, one user)", [.. cold.Where(p => p.Page == page).Select(p => p.Ms)]);
    Print($"{page}, 10 users", [.. pages.Where(p => p.Page == page).Select(p => p.Ms)]);
}

Print("both pages, 10 users", [.. pages.Select(p => p.Ms)]);
var slow = pages.Count(p => p.Ms > 300);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Requests over 300 ms: {slow} of {pages.Count} ({100.0 * slow / pages.Count:F2} %); the slowest at {string.Join(", ", pages.OrderByDescending(p => p.Ms).Take(5).Select(p => $"{p.At:F1} s"))} into the run."));

static void Print(string what, List<double> ms)
{
    ms.Sort();
    double At(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {ms.Count} | {what} | {At(0.5):F1} | {At(0.95):F1} | {ms[^1]:F1} |"));
}

// Every user opens every view `rounds` times, each in their own shuffled order; all users at once.
static async Task<List<(string Page, bool First, double Ms, double At)>> RunAsync(List<HttpClient> clients, List<string> views, int rounds)
{
    var seen = new HashSet<string>();
    var results = new List<(string Page, bool First, double Ms, double At)>();
    var run = Stopwatch.StartNew();
    var tasks = clients.Select(async (client, u) =>
    {
        var random = new Random(u);
        for (var r = 0; r < rounds; r++)
        {
            foreach (var view in views.OrderBy(_ => random.Next()).ToList())
            {
                bool first;
                lock (seen)
                {
                    first = seen.Add(view);
                }

                var sw = Stopwatch.StartNew();
                using var response = await client.GetAsync(view, HttpCompletionOption.ResponseHeadersRead);
                var ttfb = sw.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{view}: {response.StatusCode}");
                }

                await response.Content.ReadAsByteArrayAsync();
                lock (results)
                {
                    results.Add((view.StartsWith("/sources", StringComparison.Ordinal) ? "sources" : view.StartsWith("/app.css", StringComparison.Ordinal) ? "baseline" : "overview", first, ttfb, run.Elapsed.TotalSeconds));
                }
            }
        }
    });
    await Task.WhenAll(tasks);
    return results;
}

static async Task<HttpClient> SignInAsync(string url, string email)
{
    var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
    var login = await client.GetStringAsync("/login");
    var token = Regex.Match(login, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["_handler"] = "login", ["Form.Email"] = email, ["Form.Password"] = "a long benchmark password",
    });
    var response = await client.PostAsync("/login", form);
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"{email} could not sign in: {response.StatusCode}");
    }

    return client;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
