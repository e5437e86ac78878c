using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace Payoff.Cli.Tests;

/// <summary>Runs the payoff command in-process against a real DuckDB file in a temporary folder.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun() => Database = Path.Combine(Folder, "payoff.duckdb");

    public string Folder { get; } = Directory.CreateTempSubdirectory("payoff-cli-").FullName;

    public string Database { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 7, 15, 12, 0, 0, TimeSpan.Zero));

    /// <summary>More environment variables of each run (PAYOFF_SMTP_URL…), besides PAYOFF_DB.</summary>
    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>The terminal's width in columns (200 unless a test narrows it).</summary>
    public int Width { get; set; } = 200;

    public (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Width;
        var environment = new Dictionary<string, string?>(Environment, StringComparer.Ordinal) { ["PAYOFF_DB"] = Database };
        var context = new CliContext(console, output, error, Time, environment);
        var code = PayoffCli.RunAsync(args, context).GetAwaiter().GetResult();
        return (code, output.ToString(), error.ToString());
    }

    public string File(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
