using Payoff.Application.Json;
using Payoff.Application.Verdict;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Verdict;
using Spectre.Console;

namespace Payoff.Cli.Reports.Verdict;

/// <summary>Writes the verdict report.</summary>
public static class VerdictOutput
{
    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(CliContext context, VerdictReport report, OutputFormat format, string workspace)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(VerdictJson.Build(report, workspace)));
            return;
        }

        var console = context.Console;
        console.MarkupLine($"[bold]Verdict per network, {Display.Text(report.Period.Heading)}[/] ({report.Range.From:yyyy-MM-dd} to {report.Range.To:yyyy-MM-dd}, whole months; amounts in {report.Currency}).");
        if (report.Period.Note is { } note)
        {
            console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }

        if (report.Networks.Count == 0)
        {
            console.MarkupLine("No social network has data in this period yet.");
        }

        foreach (var v in report.Networks)
        {
            var colour = v.Recommendation switch
            {
                Recommendation.Scale => "green",
                Recommendation.Keep => "blue",
                Recommendation.Cut => "red",
                Recommendation.NotEnoughData => "grey",
                _ => "yellow",
            };
            console.WriteLine();
            console.MarkupLine($"[bold]{Display.Text(v.Facts.Network)}[/] — {VerdictLabels.Name(v.Role)} — [{colour} bold]{VerdictLabels.Name(v.Recommendation).ToUpperInvariant()}[/]");
            foreach (var reason in v.Reasons)
            {
                console.MarkupLine($"  • {Display.Text(reason)}");
            }

            if (v.Experiments.Count > 0)
            {
                console.MarkupLine(v.Recommendation == Recommendation.Cut ? "  [bold]Before cutting, try:[/]" : "  [bold]Try:[/]");
                foreach (var experiment in v.Experiments)
                {
                    console.MarkupLine($"    – {Display.Text(experiment)}");
                }
            }
        }

        console.WriteLine();
        console.MarkupLine("[grey]Rules: docs/METRICS.md, \"The verdict\". Rates carry 95 % Wilson intervals; a difference counts only when the intervals part and p < 0.05; a rise or fall only when the trend test of the weekly counts says so.[/]");
        foreach (var warning in report.Warnings)
        {
            console.MarkupLine($"[yellow]Warning:[/] {Display.Text(warning)}");
        }
    }
}
