using System.Globalization;
using Payoff.Application.Benchmark;
using Payoff.Application.Json;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Reports.Benchmark;

/// <summary>Prints the monthly benchmark: its one table (<see cref="BenchmarkTable.Build"/>) in the terminal or as CSV, or its one JSON document (<see cref="BenchmarkJson"/>).</summary>
public static class BenchmarkOutput
{
    /// <summary>Prints <paramref name="result"/> in <paramref name="format"/>; the table is followed by the goals' months.</summary>
    public static void Write(CliContext context, BenchmarkResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(ReportJson.Text(BenchmarkJson.Build(result)));
                break;
            case OutputFormat.Csv:
                TableOutput.WriteCsv(context.Out, BenchmarkTable.Build(result.Report));
                break;
            default:
                var report = result.Report;
                var title = $"Monthly benchmark · {Display.Text(result.Workspace)} · {Month(report.Months[0])} to {Month(report.Months[^1])}";
                TableOutput.WriteTable(context.Console, BenchmarkTable.Build(report), title, "No data in these months. Import events with [bold]payoff import events FILE[/].");
                WriteGoals(context.Console, result.Goals);
                break;
        }
    }

    /// <summary>Each goal's months: target path against actual, under the benchmark table.</summary>
    private static void WriteGoals(IAnsiConsole console, IReadOnlyList<Core.Goals.GoalProgress> goals)
    {
        var rows = goals.Where(g => g.Months.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Goals: target against actual").AddColumns("Goal", "Scope", "Month", "Planned", "Actual", "Status");
        foreach (var g in rows)
        {
            foreach (var m in g.Months)
            {
                table.AddRow(
                    Display.Text(g.Goal.Name),
                    Display.Text(g.Goal.Scope.ToString()),
                    BenchmarkTable.Month(m.Month),
                    m.Planned is { } p ? p.ToString("#,0.##", CultureInfo.InvariantCulture) : "—",
                    m.Actual is { } a ? a.ToString("#,0.##", CultureInfo.InvariantCulture) : "—",
                    m == g.Months[^1] ? Cli.Goals.GoalOutput.Status(g.Status) : string.Empty);
            }
        }

        console.Write(table);
    }

    private static string Month(DateOnly month) => BenchmarkTable.Month(month);
}
