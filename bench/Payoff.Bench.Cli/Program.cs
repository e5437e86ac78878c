// The added latency of a CLI report run through 'payoff serve' (issue 14 §4: target under 50 ms).
// Usage: Payoff.Bench.Cli PATH/TO/payoff.dll [sessions]
// Both paths run in this process after a warm-up, alternating, so process start-up (the same for both) is
// left out: "direct" opens a copy of the database itself; "through the server" finds the file held, connects
// to the real server process's socket, and prints what the server's run of the same command printed.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Payoff.Cli;
using Payoff.Cli.Remote;
using Spectre.Console;

var cli = args.Length > 0 ? Path.GetFullPath(args[0]) : throw new ArgumentException("Give the path of the built payoff.dll.");
var sessions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60_000;
var folder = Directory.CreateTempSubdirectory("payoff-bench-cli-").FullName;
var served = Path.Combine(folder, "served.duckdb");
var direct = Path.Combine(folder, "direct.duckdb");
string[] report = ["report", "sources", "-w", "demo", "--by", "campaign", "--format", "json"];

var (code, _, error) = await RunAsync(served, ["demo", "--no-serve", "--sessions", sessions.ToString(CultureInfo.InvariantCulture), "--format", "json"]);
if (code != 0)
{
    throw new InvalidOperationException(error);
}

File.Copy(served, direct);
using var listener = new TcpListener(IPAddress.Loopback, 0);
listener.Start();
var port = ((IPEndPoint)listener.LocalEndpoint).Port;
listener.Stop();
var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
foreach (var a in new[] { cli, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", served })
{
    start.ArgumentList.Add(a);
}

using var server = Process.Start(start)!;
server.OutputDataReceived += (_, _) => { };
server.ErrorDataReceived += (_, _) => { };
server.BeginOutputReadLine();
server.BeginErrorReadLine();
var environment = Environment();
var clock = Stopwatch.StartNew();
while (!ServerSocket.Answers(served, environment, out _))
{
    if (clock.Elapsed > TimeSpan.FromMinutes(2) || server.HasExited)
    {
        throw new InvalidOperationException("payoff serve did not start.");
    }

    await Task.Delay(100);
}

var times = new Dictionary<string, List<double>> { ["direct"] = [], ["through the server"] = [] };
string? expected = null;
for (var i = 0; i < 23; i++)
{
    foreach (var (name, database) in new[] { ("direct", direct), ("through the server", served) })
    {
        var watch = Stopwatch.StartNew();
        var (exit, output, err) = await RunAsync(database, report);
        watch.Stop();
        if (exit != 0 || (expected ??= output) != output)
        {
            throw new InvalidOperationException($"{name}: exit {exit}, {err}, or different output");
        }

        if (i >= 3)
        {
            times[name].Add(watch.Elapsed.TotalMilliseconds);
        }
    }
}

server.Kill();
await server.WaitForExitAsync();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report sources --by campaign (demo, {sessions:N0} sessions), 20 runs each after 3 warm-up runs, in-process:"));
foreach (var (name, list) in times)
{
    list.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-20} best {list[0],7:0.0} ms   median {list[list.Count / 2],7:0.0} ms"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  added (median): {times["through the server"][10] - times["direct"][10]:0.0} ms"));
Directory.Delete(folder, recursive: true);
return 0;

static Dictionary<string, string?> Environment() =>
    System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);

static async Task<(int Code, string Out, string Error)> RunAsync(string database, string[] args)
{
    var output = new StringWriter();
    var error = new StringWriter();
    var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
    console.Profile.Width = 200;
    var environment = Environment();
    environment["PAYOFF_DB"] = database;
    var code = await PayoffCli.RunAsync(args, new CliContext(console, output, error, TimeProvider.System, environment));
    return (code, output.ToString(), error.ToString());
}
