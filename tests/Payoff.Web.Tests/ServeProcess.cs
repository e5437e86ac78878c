using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Payoff.Web.Tests;

/// <summary>A real <c>payoff serve</c> process (the Release build of the CLI), for crash and lock tests.</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process process;

    private ServeProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    private readonly System.Text.StringBuilder output = new();

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>The server's process id.</summary>
    public int Id => process.Id;

    public int ExitCode => process.ExitCode;

    /// <summary>The built CLI, or a clear failure when the solution was not built in Release.</summary>
    public static string CliDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Payoff.slnx")))
        {
            dir = dir.Parent;
        }

        var dll = Path.Combine(dir?.FullName ?? ".", "src", "Payoff.Cli", "bin", "Release", "net10.0", "payoff.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution in Release first (./test.sh does).");
        return dll;
    }

    public static (int ExitCode, string Output) RunCli(string database, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(CliDll());
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["PAYOFF_DB"] = database;
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    public static ServeProcess Start(string database, params string[] extra)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(CliDll());
        info.ArgumentList.Add("serve");
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var arg in extra)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["PAYOFF_DB"] = database;
        var process = Process.Start(info)!;
        var serve = new ServeProcess(process, port);
        process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    public async Task WaitHealthyAsync(int seconds = 30)
    {
        for (var i = 0; i < seconds * 10; i++)
        {
            Assert.False(process.HasExited, "payoff serve exited: " + Output);
            try
            {
                if ((await Client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail("payoff serve did not become healthy: " + Output);
    }

    /// <summary>SIGKILL: no chance to flush.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM: the graceful path (Ctrl+C, systemd stop, docker stop).</summary>
    public void Terminate()
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(WaitForExit(TimeSpan.FromSeconds(60)), "payoff serve did not stop within 60 s: " + Output);
    }

    /// <summary>Waits for the exit, and then for the redirected output to be read to its end.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            return false;
        }

        process.WaitForExit();
        return true;
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Client.Dispose();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
