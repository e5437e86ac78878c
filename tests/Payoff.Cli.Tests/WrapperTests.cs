using System.Diagnostics;

namespace Payoff.Cli.Tests;

/// <summary>
/// The <c>./payoff</c> wrapper rebuilds when, and only when, a build input changed (issue 16 §3): run on a copy
/// of the script in a small source tree outside any git checkout, with a stand-in <c>dotnet</c> that records
/// each build and publishes a <c>payoff</c> that prints its arguments.
/// </summary>
public sealed class WrapperTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("payoff-wrapper-").FullName;
    private readonly string _tools;

    public WrapperTests()
    {
        File.Copy(Path.Combine(Repository.Root(), "payoff"), Path.Combine(_root, "payoff"));
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Packages.props", "<Project />");
        Write("global.json", "{}");
        Write("src/Payoff.Cli/Payoff.Cli.csproj", "<Project />");
        Write("src/Payoff.Cli/Program.cs", "return 0;");
        Write("src/Payoff.Storage/DuckDb/Migrations/0001_workspaces.sql", "-- workspaces\nCREATE TABLE workspaces (id INTEGER);\n");
        _tools = Directory.CreateDirectory(Path.Combine(_root, "tools")).FullName;
        var dotnet = Path.Combine(_tools, "dotnet");
        File.WriteAllText(dotnet, """
            #!/usr/bin/env bash
            echo "$1" >> "$WRAPPER_TEST_LOG"
            if [ "$1" = publish ]; then
              while [ "$#" -gt 0 ] && [ "$1" != -o ]; do shift; done
              mkdir -p "$2"
              printf '#!/usr/bin/env bash\necho "ran $*"\n' > "$2/payoff"
              chmod +x "$2/payoff"
            fi
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Log => Path.Combine(_root, "builds.log");

    [Fact]
    public void The_first_run_builds_and_runs_the_command_and_the_next_run_only_runs_it()
    {
        var first = Run("report", "sources");
        var second = Run("report", "sources");

        Assert.Equal((true, "ran report sources"), first);
        Assert.Equal((false, "ran report sources"), second);
    }

    [Fact]
    public void An_edited_sql_migration_triggers_a_rebuild()
    {
        Run();

        Edit("src/Payoff.Storage/DuckDb/Migrations/0001_workspaces.sql", "-- workspaces\nCREATE TABLE workspaces (id BIGINT);\n");

        Assert.True(Run().Built);
        Assert.False(Run().Built);
    }

    [Theory]
    [InlineData("src/Payoff.Cli/Program.cs")]
    [InlineData("src/Payoff.Cli/Payoff.Cli.csproj")]
    [InlineData("Directory.Packages.props")]
    public void An_edited_source_or_project_file_triggers_a_rebuild(string file)
    {
        Run();

        Edit(file, "changed");

        Assert.True(Run().Built);
    }

    [Theory]
    [InlineData("src/Payoff.Cli/Added.cs")]
    [InlineData("src/Payoff.Web/wwwroot/new.js")]
    [InlineData("src/Payoff.Storage/DuckDb/Migrations/0002_goals.sql")]
    public void An_added_source_file_triggers_a_rebuild_even_when_it_is_older_than_the_build(string file)
    {
        Run();

        Write(file, "new");
        File.SetLastWriteTimeUtc(Path.Combine(_root, file), DateTime.UtcNow.AddDays(-1));

        Assert.True(Run().Built);
    }

    [Fact]
    public void A_removed_source_file_triggers_a_rebuild()
    {
        Run();

        File.Delete(Path.Combine(_root, "src/Payoff.Storage/DuckDb/Migrations/0001_workspaces.sql"));

        Assert.True(Run().Built);
    }

    [Fact]
    public void A_new_file_that_is_not_a_build_input_does_not_trigger_a_rebuild()
    {
        Run();

        Write("src/Payoff.Cli/.Program.cs.swp", "editor");
        Write("src/Payoff.Cli/bin/Release/payoff.dll", "built");
        Write("src/Payoff.Cli/obj/project.assets.json", "{}");

        Assert.False(Run().Built);
        Assert.False(Run().Built);
    }

    [NativeToolchainFact]
    public void The_native_cli_is_published_with_the_build_and_not_again_while_the_sources_are_unchanged()
    {
        Run("report", "sources");
        var publishes = Publishes();
        Run("report", "sources");

        Assert.Equal(2, publishes);
        Assert.Equal(2, Publishes());
        Assert.True(File.Exists(Path.Combine(_root, ".payoff-build", "native", "payoff")));
    }

    [Fact]
    public void With_PAYOFF_AOT_0_only_the_ready_to_run_cli_is_built()
    {
        RunWithAot("0", "report", "sources");

        Assert.Equal(1, Publishes());
        Assert.False(Directory.Exists(Path.Combine(_root, ".payoff-build", "native")));
    }

    [NativeToolchainFact]
    public void Without_PAYOFF_AOT_0_again_the_native_cli_is_published_alone()
    {
        RunWithAot("0", "report", "sources");

        Assert.True(Run("report", "sources").Built);
        Assert.Equal(2, Publishes());
        Assert.False(Run("report", "sources").Built);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Runs <c>./payoff</c> with <paramref name="args"/>: whether it built, and what the command printed.</summary>
    private (bool Built, string Output) Run(params string[] args) => RunWithAot(null, args);

    /// <summary>Runs <c>./payoff</c> with <paramref name="args"/> and <c>PAYOFF_AOT</c> set to <paramref name="aot"/> (unset when null).</summary>
    private (bool Built, string Output) RunWithAot(string? aot, params string[] args)
    {
        var builds = File.Exists(Log) ? File.ReadAllLines(Log).Length : 0;
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        start.ArgumentList.Add("./payoff");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = $"{_tools}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["WRAPPER_TEST_LOG"] = Log;
        start.Environment.Remove("PAYOFF_AOT");
        if (aot is not null)
        {
            start.Environment["PAYOFF_AOT"] = aot;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);

        // The stamp a second back and every other file two, so a change made after this run is newer than the stamp whatever the clock's resolution.
        var stamp = Path.Combine(_root, ".payoff-build", ".stamp");
        var now = DateTime.UtcNow;
        foreach (var entry in Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).Where(e => !e.StartsWith(Path.Combine(_root, ".payoff-build"), StringComparison.Ordinal)))
        {
            File.SetLastWriteTimeUtc(entry, now.AddSeconds(-2));
        }

        File.SetLastWriteTimeUtc(stamp, now.AddSeconds(-1));
        var built = File.Exists(Log) && File.ReadAllLines(Log).Length > builds;
        Assert.Equal(built, error.Contains("Building Payoff", StringComparison.Ordinal));
        return (built, output.Result.Trim());
    }

    private int Publishes() => File.ReadAllLines(Log).Count(l => l == "publish");

    private void Write(string file, string content)
    {
        var path = Path.Combine(_root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private void Edit(string file, string content)
    {
        var path = Path.Combine(_root, file);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
    }
}
