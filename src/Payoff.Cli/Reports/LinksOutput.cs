using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Links;
using Spectre.Console;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Reports;

/// <summary>Writes the links report as a table, JSON or CSV.</summary>
public static class LinksOutput
{
    /// <summary>Writes <paramref name="rows"/>.</summary>
    public static void Write(CliContext context, IReadOnlyList<LinksRow> rows, DateRange range, OutputFormat format, string workspace, string currency)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(range);
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, new JsonObject
                {
                    ["workspace"] = workspace,
                    ["from"] = range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["to"] = range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["currency"] = currency,
                    ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode?)new JsonObject
                    {
                        ["slug"] = r.Slug,
                        ["destination"] = r.Destination,
                        ["source"] = r.Source,
                        ["medium"] = r.Medium,
                        ["campaign"] = r.Campaign,
                        ["content"] = r.Content,
                        ["enabled"] = r.Enabled,
                        ["clicks"] = r.Clicks,
                        ["uniqueClicks"] = r.UniqueClicks,
                        ["botClicks"] = r.BotClicks,
                        ["sessions"] = r.Sessions,
                        ["contacts"] = r.Contacts,
                        ["customers"] = r.Customers,
                        ["revenue"] = Json.Money(r.Revenue),
                    })]),
                });
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
