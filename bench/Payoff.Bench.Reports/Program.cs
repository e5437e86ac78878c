using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Payoff.Application;
using Payoff.Application.Publishing;
using Payoff.Application.Sources;
using Payoff.Core.Access;
using Payoff.Core.Collect;
using Payoff.Core.Demo;
using Payoff.Core.Importing;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Publishing;
using Payoff.Publishing.Pdf;
using Payoff.Storage.DuckDb;
using Payoff.Web;
using Payoff.Web.Access;

// Issue 20. (1) The monthly client report as a PDF on a workspace of N events (default 10M): the document (every section's
// report through the application layer) and the PDF drawing, best of 5 after a warm-up, against a baseline in the same run —
// the sources report alone for the same month. Target: document + PDF under 5 s at 10M.
// (2) Sending S scheduled reports (default 100) by the running server (PublishingService → a local SMTP server) while 4
// clients post collect events and 4 signed-in users open the sources page: p95 of each during the sends against p95 after
// them, same server, same load.
// Usage: dotnet bench/Payoff.Bench.Reports/bin/Release/net10.0/Payoff.Bench.Reports.dll [events] [sends]
var size = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000L;
var sends = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var end = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
var clock = new FixedClock(end);
var folder = Path.Combine(AppContext.BaseDirectory, "bench-data");
Directory.CreateDirectory(folder);
var path = Path.Combine(folder, $"reports-{size}.duckdb");
Site site;
if (!File.Exists(path))
{
    var loading = Stopwatch.StartNew();
    using var db = DuckDbDatabase.Open(path, clock);
    var workspace = (await new DuckDbWorkspaceStore(db).ListAsync()).Single();
    var events = new DemoDataGenerator().Generate(new DemoOptions { Seed = 1, End = end, TargetSessions = (int)(size / 2) }).Take((int)size);
    await new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "bench", $"bench-{size}", size, 0), ImportRecords.Events, new GeneratedRows<Payoff.Core.Events.TrackedEvent>(events));
    await BenchWorkspace.AddCostsAndGoalsAsync(db, workspace);
    IUserStore users = new DuckDbUserStore(db);
    for (var u = 0; u < 4; u++)
    {
        await users.GrantAsync((await users.AddAsync($"user{u}@example.com", Passwords.Hash("a long benchmark password"))).Id, workspace, Role.Viewer);
    }

    await ((ISiteStore)new DuckDbSiteStore(db)).AddAsync(workspace, "example.com", IdentityMode.Cookie, false);
    Console.WriteLine($"Loaded {size:N0} events in {loading.Elapsed.TotalSeconds:N1} s.");
}

using (var db = DuckDbDatabase.Open(path, clock))
{
    site = (await ((ISiteStore)new DuckDbSiteStore(db)).AllAsync())[0];
}

// (1) The monthly client report of October 2026.
var october = new Payoff.Core.Workspaces.DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
using (var store = DuckDbStore.Open(path, clock))
{
    var services = new ServiceCollection().AddPayoffApplication().AddPayoffPublishing(_ => null).AddSingleton<IStore>(store).AddSingleton<TimeProvider>(clock).BuildServiceProvider();
    await using var scope = services.CreateAsyncScope();
    var builder = scope.ServiceProvider.GetRequiredService<ReportDocumentBuilder>();
    var baseline = new List<double>();
    var documents = new List<double>();
    var drawings = new List<double>();
    var bytes = 0;
    for (var i = 0; i < 6; i++)
    {
        await using var session = await store.OpenSessionAsync();
        var workspace = (await session.Workspaces.ListAsync()).Single();
        var sw = Stopwatch.StartNew();
        await SourcesHandler.HandleAsync(session, workspace, SourcesRequest.Parse(ReportDocumentBuilder.Days(october, ("by", "network")), workspace, clock), default);
        var sources = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var document = await builder.BuildAsync(session, workspace, BuiltInTemplates.MonthlyClient, october);
        var built = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        bytes = PdfReport.Render(document).Length;
        var drawn = sw.Elapsed.TotalMilliseconds;
        if (i > 0)
        {
            baseline.Add(sources);
            documents.Add(built);
            drawings.Add(drawn);
        }
    }

    var total = documents.Zip(drawings, (a, b) => a + b).Min();
    Console.WriteLine($"{size:N0} events, monthly-client for 2026-10, best of 5 after a warm-up ({bytes / 1024:N0} KiB PDF):");
    Console.WriteLine("| what | best (ms) | ratio to the sources report |");
    Console.WriteLine("|---|---:|---:|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sources report alone (baseline) | {baseline.Min():F0} | 1.0 |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| the document (7 sections' reports) | {documents.Min():F0} | {documents.Min() / baseline.Min():F1} |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| drawing the PDF | {drawings.Min():F0} | {drawings.Min() / baseline.Min():F1} |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| document + PDF (target < 5,000) | {total:F0} | {total / baseline.Min():F1} |"));

    // Where the document's time goes: each section alone (a one-section template), best of 3.
    Console.WriteLine();
    Console.WriteLine("| section | best of 3 (ms) |");
    Console.WriteLine("|---|---:|");
    foreach (var section in BuiltInTemplates.MonthlyClient.Sections)
    {
        var one = BuiltInTemplates.MonthlyClient with { Sections = [section] };
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            await using var session = await store.OpenSessionAsync();
            var workspace = (await session.Workspaces.ListAsync()).Single();
            var sw = Stopwatch.StartNew();
            await builder.BuildAsync(session, workspace, one, october);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {ReportSections.Name(section)} | {best:F0} |"));
    }
}

if (sends == 0)
{
    return;
}

// (2) S schedules, all due at start: weekly on Mondays 08:00 in the workspace's zone (UTC), made the week before; the runs
// of an earlier run of the bench are forgotten (with the fixed clock a failed send would never come due again).
using (var db = DuckDbDatabase.Open(path, clock))
{
    db.Execute("DELETE FROM schedule_runs");
}

using (var store = DuckDbStore.Open(path, new FixedClock(end.AddDays(-10))))
{
    await using var session = await store.OpenSessionAsync();
    var workspace = (await session.Workspaces.ListAsync()).Single();
    var existing = (await session.Publishing.SchedulesAsync(workspace)).Count;
    for (var i = existing; i < sends; i++)
    {
        await session.Publishing.AddScheduleAsync(workspace, new ScheduleSpec(string.Create(CultureInfo.InvariantCulture, $"s{i}"), "monthly-client", new ScheduleTiming(ScheduleEvery.Week, 1, new TimeOnly(8, 0)), [string.Create(CultureInfo.InvariantCulture, $"client{i}@example.com")]));
    }
}

using var smtp = new Payoff.Cli.Tests.Publishing.SmtpSink();
Environment.SetEnvironmentVariable("PAYOFF_SMTP_URL", smtp.Url);
Environment.SetEnvironmentVariable("PAYOFF_SMTP_FROM", "reports@bench.test");
var url = $"http://127.0.0.1:{Payoff.Cli.Tests.Publishing.SmtpSink.FreePort()}";
var started = Stopwatch.StartNew();
await using var app = PayoffWeb.Build(new WebOptions { DatabasePath = path, Urls = url, Time = clock, ApiRequestsPerMinutePerKey = 1_000_000 }, b => b.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Payoff.Web.Reports", LogLevel.Information).AddFilter("Microsoft.Extensions.Hosting", LogLevel.Error));
await app.StartAsync();
var readers = new List<HttpClient>();
for (var u = 0; u < 4; u++)
{
    readers.Add(await SignInAsync(url, $"user{u}@example.com"));
}

var results = new List<(string What, double Ms, double At, int Sent)>();
using var stop = new CancellationTokenSource();
var after = double.MaxValue;
var load = new List<Task>();
for (var c = 0; c < 4; c++)
{
    var client = new HttpClient { BaseAddress = new Uri(url) };
    var n = c;
    load.Add(Task.Run(async () =>
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/event")
            {
                Content = new StringContent($$"""{"site":"{{site.SiteKey}}","type":"pageview","url":"https://example.com/?utm_source=facebook","visitor":"bench-{{n}}-{{i}}","event_id":"b-{{n}}-{{i}}-{{Guid.NewGuid():N}}"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36");
            var sw = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            lock (results)
            {
                results.Add(("collect", sw.Elapsed.TotalMilliseconds, started.Elapsed.TotalSeconds, smtp.Messages.Count));
            }

            await Task.Delay(20);
        }
    }));
}

string[] ranges = ["?from=2026-11-17&to=2026-11-23", "?from=2026-10-01&to=2026-10-31", "?from=2026-11-01&to=2026-11-23", ""];
foreach (var (reader, u) in readers.Select((r, u) => (r, u)))
{
    load.Add(Task.Run(async () =>
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var sw = Stopwatch.StartNew();
            using var response = await reader.GetAsync("/sources" + ranges[(i + u) % ranges.Length], HttpCompletionOption.ResponseHeadersRead);
            var ms = sw.Elapsed.TotalMilliseconds;
            await response.Content.ReadAsByteArrayAsync();
            lock (results)
            {
                results.Add(("sources page", ms, started.Elapsed.TotalSeconds, smtp.Messages.Count));
            }

            await Task.Delay(100);
        }
    }));
}

while (smtp.Messages.Count < sends && started.Elapsed < TimeSpan.FromMinutes(30) && !load.Any(t => t.IsFaulted))
{
    await Task.Delay(200);
}

var sendSeconds = started.Elapsed.TotalSeconds;
after = sendSeconds;
await Task.Delay(TimeSpan.FromSeconds(Math.Max(20, sendSeconds / 3)));
await stop.CancelAsync();
await Task.WhenAll(load);
await app.StopAsync();
Console.WriteLine();
Console.WriteLine($"{sends} scheduled monthly-client reports sent in {sendSeconds:N1} s ({smtp.Messages.Count} received) while 4 clients posted collect events and 4 users opened the sources page:");
Console.WriteLine("| what | window | requests | p50 (ms) | p95 (ms) | max (ms) |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
foreach (var what in new[] { "collect", "sources page" })
{
    Print(what, "during the sends", [.. results.Where(r => r.What == what && r.At < after).Select(r => r.Ms)]);
    Print(what, "after them (baseline)", [.. results.Where(r => r.What == what && r.At >= after).Select(r => r.Ms)]);
}

static void Print(string what, string window, List<double> ms)
{
    if (ms.Count == 0)
    {
        Console.WriteLine($"| {what} | {window} | 0 | | | |");
        return;
    }

    ms.Sort();
    double At(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {window} | {ms.Count} | {At(0.5):F1} | {At(0.95):F1} | {ms[^1]:F1} |"));
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
    using var signedIn = await client.PostAsync("/login", form);
    if (signedIn.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Found or HttpStatusCode.SeeOther))
    {
        throw new InvalidOperationException($"sign-in answered {signedIn.StatusCode}");
    }
    return client;
}
