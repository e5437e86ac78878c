using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Payoff.Cli.Tests;

/// <summary>
/// The two builds of the payoff command that <see cref="NativeCliTests"/> compares, and one demo database: the
/// Native AOT binary published once per test run (Release, as <c>./payoff</c> publishes it, so an unchanged
/// source tree reuses the wrapper's compiled objects), and the apphost of src/Payoff.Cli that this run built.
/// </summary>
public sealed class NativeCli : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("payoff-native-").FullName;
    private readonly string _demo;
    private readonly string _database;

    public NativeCli()
    {
        _demo = Path.Combine(_folder, "demo.duckdb");
        _database = Path.Combine(_folder, "payoff.duckdb");
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        ReadyToRun = Path.Combine(Repository.Root(), "src", "Payoff.Cli", "bin", tests.Parent!.Name, tests.Name, "payoff");
        if (!NativeToolchain.Present)
        {
            return;
        }

        Native = Publish();
        using (var demo = new CliRun())
        {
            // Today, so every report's default range (the last 30 days…) holds the demo's data in both builds.
            demo.Time.SetUtcNow(DateTimeOffset.UtcNow);
            var (code, output, error) = demo.Run("demo", "--no-serve", "--sessions", "3000");
            Assert.True(code == 0, output + error);
            File.Copy(demo.Database, _demo);
        }
    }

    /// <summary>The Native AOT binary, or null without a toolchain.</summary>
    public string? Native { get; }

    /// <summary>The apphost of the ReadyToRun CLI's project, as built for this test run.</summary>
    public string ReadyToRun { get; }

    /// <summary>What <c>dotnet publish</c> printed, among it each trim and AOT warning on a line.</summary>
    public string PublishLog { get; private set; } = "";

    /// <summary>Runs <paramref name="executable"/> with <paramref name="args"/> on a fresh copy of the demo database, from the folder of the test data.</summary>
    public (int ExitCode, string Out, string Error) Run(string? executable, string[] args)
    {
        Assert.True(executable is not null, NativeToolchain.Skip ?? "No C toolchain (clang or gcc, and zlib1g-dev): the Native AOT CLI cannot be published.");
        File.Copy(_demo, _database, overwrite: true);
        File.Delete(_database + ".wal");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PAYOFF_DB"] = _database;
        start.Environment.Remove("PAYOFF_WORKSPACE");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{Path.GetFileName(executable)} {string.Join(' ', args)} did not end.");
        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Publish()
    {
        var output = Path.Combine(_folder, "native");
        var log = Path.Combine(_folder, "publish.log");
        var rid = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        var project = Path.Combine(Repository.Root(), "src", "Payoff.Cli.Native", "Payoff.Cli.Native.csproj");
        // Through bash into a file, without build servers: a lingering MSBuild node would hold a redirected pipe open.
        // The native compilation in a folder of its own, so it runs and lists its warnings even when ./payoff's is up to date.
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = false, RedirectStandardError = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet publish \"$0\" -c Release -r \"$1\" -o \"$2\" -p:NativeIntermediateOutputPath=\"$3/\" --disable-build-servers --nologo -clp:NoSummary >\"$4\" 2>&1");
        foreach (var arg in (string[])[project, rid, output, Path.Combine(_folder, "ilc"), log])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        PublishLog = File.ReadAllText(log);
        Assert.True(process.ExitCode == 0, string.Create(CultureInfo.InvariantCulture, $"dotnet publish of the native CLI failed ({process.ExitCode}):\n{PublishLog}"));
        return Path.Combine(output, "payoff");
    }
}
