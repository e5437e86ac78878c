namespace Payoff.Cli.Tests;

/// <summary>A command line that names its command builds that one alone (issue 16 §3): every command is still found by its name, and help still lists them all.</summary>
public class CommandTreeTests
{
    private static List<string> TopLevelCommands(CliRun cli) =>
        [.. PayoffCli.Build(new CliContext(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings()), TextWriter.Null, TextWriter.Null, cli.Time, new Dictionary<string, string?>()))
            .Subcommands.Select(c => c.Name)];

    [Fact]
    public void Every_top_level_command_is_found_by_its_name_when_it_is_built_alone()
    {
        using var cli = new CliRun();

        Assert.All(TopLevelCommands(cli), name =>
        {
            var (code, output, error) = cli.Run(name, "--help");

            Assert.True(code == 0, $"{name}: {error}");
            var usage = output.Split('\n').SkipWhile(l => !l.StartsWith("Usage:", StringComparison.Ordinal)).Skip(1).FirstOrDefault() ?? "";
            Assert.Contains($" {name}", usage, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_top_level_and_report_command_lists_name_the_commands_they_build()
    {
        using var cli = new CliRun();
        var context = new CliContext(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings()), TextWriter.Null, TextWriter.Null, cli.Time, new Dictionary<string, string?>());

        Assert.All(PayoffCli.Commands, c => Assert.Equal(c.Name, c.Create(context).Name));
        Assert.All(Reports.ReportCommand.Reports, r => Assert.Equal(r.Name, r.Create(context).Name));
    }

    [Fact]
    public void Every_report_is_found_by_its_name_when_it_is_built_alone_and_report_help_still_lists_every_report()
    {
        using var cli = new CliRun();

        var help = cli.Run("report", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.All(Reports.ReportCommand.Reports, r =>
        {
            Assert.Contains(r.Name, help.Out, StringComparison.Ordinal);
            var (code, output, error) = cli.Run("report", r.Name, "--help");
            Assert.True(code == 0, $"{r.Name}: {error}");
            var usage = output.Split('\n').SkipWhile(l => !l.StartsWith("Usage:", StringComparison.Ordinal)).Skip(1).FirstOrDefault() ?? "";
            Assert.Contains($"report {r.Name}", usage, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_command_line_naming_its_command_runs_as_with_the_whole_tree_and_help_still_lists_every_command()
    {
        using var cli = new CliRun();

        var help = cli.Run("--help");
        var workspaces = cli.Run("workspace", "list");

        Assert.Equal(0, help.ExitCode);
        Assert.All(TopLevelCommands(cli), name => Assert.Contains(name, help.Out, StringComparison.Ordinal));
        Assert.True(workspaces.ExitCode == 0, workspaces.Error);
        Assert.Contains("default", workspaces.Out, StringComparison.Ordinal);
    }
}
