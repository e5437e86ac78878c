using Payoff.Application.Json;
using Payoff.Application.LinksReport;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Reports.Links;

/// <summary>Writes the links report as a table, CSV or its one JSON document (<see cref="LinksReportJson"/>).</summary>
public static class LinksOutput
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, LinksReportResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var (rows, range, workspace, currency) = (result.Rows, result.Range, result.Workspace, result.Currency);
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(ReportJson.Text(LinksReportJson.Build(result)));
                return;
            case OutputFormat.Csv:
                using (var csv = new CsvOutput(context.Out))
                {
                    csv.Header("slug", "destination", "source", "medium", "campaign", "content", "clicks", "unique_clicks", "bot_clicks", "sessions", "contacts", "customers", "revenue");
                    foreach (var r in rows)
                    {
                        csv.Text(r.Slug);
                        csv.Text(r.Destination);
                        csv.Text(r.Source);
                        csv.Text(r.Medium);
                        csv.Text(r.Campaign);
                        csv.Text(r.Content);
                        csv.Number(r.Clicks);
                        csv.Number(r.UniqueClicks);
                        csv.Number(r.BotClicks);
                        csv.Number(r.Sessions);
                        csv.Number(r.Contacts);
                        csv.Number(r.Customers);
                        csv.Number(r.Revenue);
                        csv.EndRow();
                    }
                }

                return;
            default:
                if (rows.Count == 0)
                {
                    context.Console.MarkupLine("No tracked links yet. Create one with [bold]payoff link create[/].");
                    return;
                }

                var table = new FittedTable(Display.Title("Links", workspace, range))
                    .Text("Link").Text("Campaign").Number("Clicks").Number("Unique", 2).Number("Bots", 1).Number("Sessions").Number("Contacts").Number("Customers", 3).Number($"Revenue ({currency})");
                foreach (var r in rows)
                {
                    table.Add(
                        Display.Text(r.Slug) + (r.Enabled ? string.Empty : " (disabled)"),
                        Display.Text($"{r.Source} / {r.Medium} / {r.Campaign}"),
                        Display.Count(r.Clicks),
                        Display.Count(r.UniqueClicks),
                        Display.Count(r.BotClicks),
                        Display.Count(r.Sessions),
                        Display.Count(r.Contacts),
                        Display.Count(r.Customers),
                        Display.Money(r.Revenue, currency));
                }

                table.Write(context.Console);
                return;
        }
    }
}
