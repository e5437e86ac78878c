using Payoff.Cli.Output;
using Payoff.Import;
using Spectre.Console;

namespace Payoff.Cli.Importing;

/// <summary>The progress bar of a long import.</summary>
internal static class ImportProgress
{
    /// <summary>Files from this size (8 MB) take a moment to import: they get a progress bar.</summary>
    private const long LargeFileBytes = 8 << 20;

    /// <summary>
    /// Runs <paramref name="import"/> with a progress bar (cleared when done) when the output is a terminal, not JSON,
    /// and <paramref name="file"/> is large; otherwise just runs it.
    /// </summary>
    public static async Task<T> RunAsync<T>(CliContext context, string file, bool json, ImportOptions options, Func<ImportOptions, Task<T>> import)
    {
        if (json || !context.Console.Profile.Capabilities.Interactive || !File.Exists(file) || new FileInfo(file).Length < LargeFileBytes)
        {
            return await import(options);
        }

        T? summary = default;
        await context.Console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask(Display.Text(Path.GetFileName(file)), maxValue: 1.0);
            summary = await import(options with { Progress = share => task.Value = share });
            task.Value = 1.0;
        });
        return summary!;
    }
}
