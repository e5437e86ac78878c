using System.Globalization;
using Payoff.Application.Attribution;
using Payoff.Application.Json;
using Payoff.Cli.Output;
using Payoff.Core.Attribution;
using Spectre.Console;

namespace Payoff.Cli.Reports.Attribution;

/// <summary>Writes the attribution report: one model's credits, or every model side by side.</summary>
public static class AttributionOutput
{
    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(CliContext context, AttributionReport report, OutputFormat format, string workspace, string currency)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var all = report.Results.Count > 1;
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(ReportJson.Text(AttributionJson.Build(report, workspace)));
                return;
            case OutputFormat.Csv:
                using (var csv = new CsvOutput(context.Out))
                {
                    csv.Header("model", "channel", "conversions", "value", "share", "removal_effect");
                    foreach (var r in report.Results)
                    {
                        foreach (var c in r.Credits)
                        {
                            csv.Text(r.Model);
                            csv.Text(c.Channel);
                            csv.Number((decimal)Math.Round(c.Conversions, 6));
                            csv.Number(decimal.Round(c.Value, 4));
                            csv.Number((decimal)Math.Round(c.Share, 6));
                            csv.Number(c.RemovalEffect is { } e ? (decimal)Math.Round(e, 6) : null);
                            csv.EndRow();
                        }
                    }
                }

                return;
            default:
                WriteTable(context.Console, report, all, workspace, currency);
                return;
        }
    }

    private static void WriteTable(IAnsiConsole console, AttributionReport report, bool all, string workspace, string currency)
    {
        var title = report.Range is { } range
            ? Display.Title("Attribution", workspace, range, $"{Display.Text(report.Conversion)} conversions from tracked events ({Display.Count(report.Journeys)} journeys)")
            : $"Attribution · {Display.Text(workspace)} · imported paths, no dates ({Display.Count(report.Journeys)} journeys)";
        var channels = report.Results.SelectMany(r => r.Credits.Select(c => c.Channel)).Distinct().ToList();
        var table = new FittedTable(title).Text("Channel");
        for (var i = 0; i < report.Results.Count; i++)
        {
            table.Number(all ? report.Results[i].Model : "Conversions", all ? i : 0);
        }

        if (!all)
        {
            table.Number("Value").Number("Share", 1);
            if (report.Results[0].Model == "markov")
            {
                table.Number("Removal effect", 2);
            }
        }

        foreach (var channel in channels.OrderByDescending(c => report.Results[0].Credits.FirstOrDefault(x => x.Channel == c)?.Conversions ?? 0))
        {
            var cells = new List<string> { Display.Text(channel) };
            foreach (var r in report.Results)
            {
                var credit = r.Credits.FirstOrDefault(c => c.Channel == channel);
                cells.Add(credit is null ? "—" : credit.Conversions.ToString("#,0.##", CultureInfo.InvariantCulture));
            }

            if (!all)
            {
                var credit = report.Results[0].Credits.Single(c => c.Channel == channel);
                cells.Add(Display.Money(credit.Value, currency));
                cells.Add(Display.Percent((decimal)credit.Share));
                if (credit.RemovalEffect is { } e)
                {
                    cells.Add(e.ToString("0.###", CultureInfo.InvariantCulture));
                }
            }

            table.Add([.. cells]);
        }

        table.AddTotal(["Total", .. report.Results.Select(r => r.Credits.Sum(c => c.Conversions).ToString("#,0.##", CultureInfo.InvariantCulture)), .. all ? Array.Empty<string>() : [Display.Money(report.Results[0].Credits.Sum(c => c.Value), currency), string.Empty, .. report.Results[0].Model == "markov" ? [string.Empty] : Array.Empty<string>()]]);
        table.Write(console);
        foreach (var r in report.Results)
        {
            console.MarkupLine(r.AddsUp
                ? $"[green]✓[/] {Display.Text(r.Model)}: credits add up to the {Display.Count(r.TotalConversions)} conversions and {Display.Money(r.TotalValue, currency)} of value."
                : $"[red]✗[/] {Display.Text(r.Model)}: credits {r.Credits.Sum(c => c.Conversions):0.##} of {Display.Count(r.TotalConversions)} conversions.");
        }

        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }
    }
}
