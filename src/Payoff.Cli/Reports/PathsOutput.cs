using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Attribution;
using Spectre.Console;

namespace Payoff.Cli.Reports;

/// <summary>Writes the path insights.</summary>
public static class PathsOutput
{
    /// <summary>Writes <paramref name="insights"/>.</summary>
    public static void Write(CliContext context, PathInsights insights, string source, IReadOnlyList<string> notes, OutputFormat format, string workspace, string currency, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(insights);
        ArgumentNullException.ThrowIfNull(notes);
        if (format == OutputFormat.Json)
        {
            Json.Write(context.Out, new JsonObject
            {
                ["workspace"] = workspace,
                ["journeys"] = source,
                ["paths"] = new JsonArray([.. insights.Paths.Select(p => (JsonNode?)new JsonObject
                {
                    ["path"] = p.Path, ["journeys"] = p.Journeys, ["conversions"] = p.Conversions, ["conversionRate"] = Math.Round(p.ConversionRate, 6), ["value"] = Json.Money(decimal.Round(p.Value, 4)),
                })]),
                ["lengths"] = new JsonArray([.. insights.Lengths.Select(l => (JsonNode?)new JsonObject { ["touches"] = l.Bucket, ["conversions"] = l.Conversions })]),
                ["timeToConversion"] = new JsonArray([.. insights.TimeToConversion.Select(t => (JsonNode?)new JsonObject { ["days"] = t.Bucket, ["conversions"] = t.Conversions })]),
                ["roles"] = new JsonArray([.. insights.Roles.Select(r => (JsonNode?)new JsonObject
                {
                    ["channel"] = r.Key, ["opens"] = r.Opens, ["assists"] = r.Assists, ["closes"] = r.Closes, ["closeShare"] = Math.Round(r.CloseShare, 6), ["role"] = r.Role,
                })]),
                ["notes"] = new JsonArray([.. notes.Select(n => (JsonNode?)JsonValue.Create(n))]),
            });
            return;
        }

        var console = context.Console;
        console.MarkupLine(title is null ? $"[bold]Converting paths · {Display.Text(workspace)} · imported paths, no dates[/]" : $"[bold]{title}[/]");
        var paths = new Table().Border(TableBorder.Rounded).Title("Most common converting paths").AddColumns("Path", "Journeys", "Conversions", "Conversion rate", "Value");
        foreach (var p in insights.Paths)
        {
            paths.AddRow(Display.Text(p.Path), Display.Count(p.Journeys), Display.Count(p.Conversions), Display.Percent((decimal)p.ConversionRate), Display.Money(p.Value, currency));
        }

        console.Write(paths);
        var distributions = new Table().Border(TableBorder.Simple).AddColumns("Touches", "Conversions", "Days from first touch", "Conversions ");
        for (var i = 0; i < Math.Max(insights.Lengths.Count, insights.TimeToConversion.Count); i++)
        {
            distributions.AddRow(
                i < insights.Lengths.Count ? insights.Lengths[i].Bucket : string.Empty,
                i < insights.Lengths.Count ? Display.Count(insights.Lengths[i].Conversions) : string.Empty,
                i < insights.TimeToConversion.Count ? insights.TimeToConversion[i].Bucket : string.Empty,
                i < insights.TimeToConversion.Count ? Display.Count(insights.TimeToConversion[i].Conversions) : string.Empty);
        }

        console.Write(distributions);
        var roles = new Table().Border(TableBorder.Rounded).Title("Who opens, assists and closes").AddColumns("Channel", "Opens", "Assists", "Closes", "Closes of its conversions", "Role");
        foreach (var r in insights.Roles)
        {
            roles.AddRow(Display.Text(r.Key), Display.Count(r.Opens), Display.Count(r.Assists), Display.Count(r.Closes), Display.Percent((decimal)r.CloseShare), r.Role);
        }

        console.Write(roles);
        console.MarkupLine("[grey]Opens: first touch; assists: in the journey but not last; closes: last touch — each counted once per conversion.[/]");
        foreach (var note in notes)
        {
            console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }
    }
}
