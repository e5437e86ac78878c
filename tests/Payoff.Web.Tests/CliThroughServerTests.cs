using System.Diagnostics;
using System.Globalization;

namespace Payoff.Web.Tests;

/// <summary>
/// The CLI beside a running <c>payoff serve</c> (issue 14 §4, §5): commands go through the server's local
/// socket and print what they print on their own; backup works while serving, restore refuses until stopped.
/// Real processes of the Release CLI.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CliThroughServerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("payoff-remote-").FullName;

    private string Served => Path.Combine(folder, "served.duckdb");

    private string Alone => Path.Combine(folder, "alone.duckdb");

    [Fact]
    public async Task A_write_and_a_report_through_the_server_print_what_the_cli_prints_on_its_own_over_a_private_socket()
    {
        Demo(Served);
        File.Copy(Served, Alone);
        using var server = ServeProcess.Start(Served);
        await server.WaitHealthyAsync();
        var socket = await SocketAsync(server);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(socket));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(socket)!));

        // An import names its file relative to the client's folder: the server gets the content, not the path.
        var data = Visits();
        string[][] commands =
        [
            ["import", "events", "visits.csv", "-w", "demo", "--format", "json"],
            ["import", "events", "visits.csv", "-w", "demo"],
            ["goal", "add", "-w", "demo", "--name", "Remote leads", "--metric", "contacts", "--network", "LinkedIn", "--target", "40", "--deadline", "2099-12-31", "--format", "json"],
            ["report", "sources", "-w", "demo", "--format", "json"],
            ["report", "sources", "-w", "demo", "--by", "campaign"],
            ["nonsense-command"],
        ];
        foreach (var command in commands)
        {
            var through = Minutes(Run(Served, data, command));
            var alone = Minutes(Run(Alone, data, command));
            Assert.True(through == alone, $"payoff {string.Join(' ', command)}\nthrough the server: {through}\non its own: {alone}");
        }

        Assert.DoesNotContain(".incoming", Run(Served, data, ["import", "events", "visits.csv", "-w", "demo", "--format", "json"]).Out, StringComparison.Ordinal);

        // A short link made through the server points at the server that will answer it, not at the default port.
        var link = Run(Served, data, ["link", "create", "-w", "demo", "--to", "https://shop.example.com/spring", "--network", "facebook", "--campaign", "spring", "--slug", "remote-spring"]);
        Assert.True(link.Code == 0, link.ToString());
        Assert.Contains($"http://127.0.0.1:{server.Port}/l/remote-spring", link.Out, StringComparison.Ordinal);
        Assert.False(server.HasExited);
    }

    [Fact]
    public async Task A_database_held_by_another_payoff_command_names_that_process_not_payoff_serve()
    {
        Demo(Served);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { ServeProcess.CliDll(), "demo", "--no-serve", "--sessions", "5000000", "-w", "busy", "--db", Served })
        {
            start.ArgumentList.Add(arg);
        }

        using var busy = Process.Start(start)!;
        try
        {
            // Wait until the busy command holds the file (DuckDB's POSIX lock, listed in /proc/locks): a report
            // started earlier would take the file first and the busy command would be the one refused.
            for (var i = 0; i < 600 && !HoldsALock(busy.Id); i++)
            {
                if (busy.HasExited)
                {
                    Assert.Fail($"the busy command ended before it held the database: {await busy.StandardError.ReadToEndAsync()}");
                }

                await Task.Delay(100);
            }

            Assert.True(HoldsALock(busy.Id), "the busy command did not lock the database within a minute");
            var said = Run(Served, folder, ["report", "sources", "-w", "demo"]).Error;

            Assert.Contains($"is in use by another Payoff process: process {busy.Id} (", said, StringComparison.Ordinal);
            Assert.DoesNotContain("payoff serve", said, StringComparison.Ordinal);
        }
        finally
        {
            busy.Kill(entireProcessTree: true);
            await busy.WaitForExitAsync();
        }
    }

    // Whether process `pid` holds a POSIX lock (Linux lists them in /proc/locks: "1: POSIX ADVISORY WRITE <pid> …").
    private static bool HoldsALock(int pid) =>
        File.ReadLines("/proc/locks").Any(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 4 } f && f[4] == pid.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Backup_while_serving_has_the_same_figures_and_restore_refuses_until_the_server_stops_then_keeps_the_old_file()
    {
        Demo(Served);
        string[] report = ["report", "sources", "-w", "demo", "--from", "2020-01-01", "--format", "json"];
        var backup = Path.Combine(folder, "backup.duckdb");
        using var server = ServeProcess.Start(Served);
        await server.WaitHealthyAsync();
        await SocketAsync(server);

        var written = Run(Served, folder, ["backup", "backup.duckdb"]);
        Assert.True(written.Code == 0, written.ToString());
        Assert.Contains($"to {backup}", written.Out, StringComparison.Ordinal);

        // The server still holds its lock: copying the file inside the server's process would have released it
        // (POSIX locks go with any closed descriptor), and the next command would open the file beside the server.
        Assert.True(HoldsALock(server.Id), "the server lost its database lock to the backup");
        var figures = Run(Served, folder, report);
        Assert.Equal(figures, Run(backup, folder, report));

        var refused = Run(Served, folder, ["restore", "backup.duckdb"]);
        Assert.Equal(1, refused.Code);
        Assert.Contains("is served by 'payoff serve'; restore does not replace a database in use", refused.Error, StringComparison.Ordinal);

        // A write after the backup, through the server: the restore takes it back.
        Assert.Equal(0, Run(Served, Visits(), ["import", "events", "visits.csv", "-w", "demo"]).Code);
        Assert.NotEqual(figures, Run(Served, folder, report));
        server.Terminate();

        var notPayoff = Path.Combine(folder, "notes.duckdb");
        File.WriteAllText(notPayoff, "not a database");
        Assert.Contains("is not a database Payoff can open", Run(Served, folder, ["restore", notPayoff]).Error, StringComparison.Ordinal);

        var restored = Run(Served, folder, ["restore", "backup.duckdb"]);
        Assert.True(restored.Code == 0, restored.ToString());
        Assert.Contains("The replaced database was kept as", restored.Out, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder, "served.duckdb.before-restore-*"));
        Assert.Equal(figures, Run(Served, folder, report));
    }

    [Fact]
    public void Restore_replaces_a_damaged_database_and_keeps_it_aside()
    {
        Demo(Served);
        string[] report = ["report", "sources", "-w", "demo", "--from", "2020-01-01", "--format", "json"];
        Assert.Equal(0, Run(Served, folder, ["backup", "backup.duckdb"]).Code);
        var figures = Run(Served, folder, report);
        using (var file = File.OpenWrite(Served))
        {
            file.Write(new byte[8192]); // the header blocks zeroed: DuckDB can no longer open it
        }

        Assert.NotEqual(0, Run(Served, folder, report).Code);
        var restored = Run(Served, folder, ["restore", "backup.duckdb"]);
        Assert.True(restored.Code == 0, restored.ToString());
        Assert.Contains("cannot be opened", restored.Out, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder, "served.duckdb.before-restore-*"));
        Assert.Equal(figures, Run(Served, folder, report));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A client folder with visits.csv: three events today, a LinkedIn visit that leaves a lead.</summary>
    private string Visits()
    {
        var data = Directory.CreateDirectory(Path.Combine(folder, "client")).FullName;
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(data, "visits.csv"), $"""
            event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name
            r1,{today}T00:10:00Z,v1,pageview,https://shop.example/?utm_source=linkedin&utm_campaign=remote,,,,,
            r2,{today}T00:11:00Z,v1,lead,https://shop.example/thanks,,,,c1,
            r3,{today}T00:20:00Z,v2,pageview,https://shop.example/,https://www.facebook.com/,,,,
            """);
        return data;
    }

    private static void Demo(string database)
    {
        var made = Run(database, Path.GetDirectoryName(database)!, ["demo", "--no-serve", "--sessions", "3000", "--format", "json"]);
        Assert.True(made.Code == 0, made.ToString());
    }

    /// <summary>The server's socket, once it has said it listens there.</summary>
    private static async Task<string> SocketAsync(ServeProcess server)
    {
        for (var i = 0; i < 300; i++)
        {
            var line = server.Output.Split('\n').FirstOrDefault(l => l.Contains("(socket ", StringComparison.Ordinal));
            if (line is not null)
            {
                return line[(line.IndexOf("(socket ", StringComparison.Ordinal) + 8)..].TrimEnd(')', '.');
            }

            await Task.Delay(100);
        }

        Assert.Fail("payoff serve did not say where its socket is: " + server.Output);
        return string.Empty;
    }

    private static Result Run(string database, string directory, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        info.ArgumentList.Add(ServeProcess.CliDll());
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["PAYOFF_DB"] = database;
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();

        // The database's own path is the one difference allowed (a copy is a different file).
        return new Result(p.ExitCode, stdout.Result.Replace(database, "DB", StringComparison.Ordinal), stderr.Result.Replace(database, "DB", StringComparison.Ordinal));
    }

    /// <summary>"already imported on 2026-11-30 13:03 UTC": the two imports ran a moment apart.</summary>
    private static Result Minutes(Result result) =>
        result with { Out = System.Text.RegularExpressions.Regex.Replace(result.Out, @"\d{4}-\d{2}-\d{2} \d{2}:\d{2} (?<zone>UTC|[A-Za-z_]+/[A-Za-z_/+-]+)", "(time) ${zone}") };

    private sealed record Result(int Code, string Out, string Error);
}
