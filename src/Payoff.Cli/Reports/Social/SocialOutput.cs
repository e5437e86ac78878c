using System.Globalization;
using Payoff.Application.Json;
using Payoff.Application.Social;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Reports.Social;

/// <summary>Writes the social report as a table or its one JSON document (<see cref="SocialJson"/>; metrics a platform does not report stay null).</summary>
public static class SocialOutput
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, SocialResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var (rows, range, workspace) = (result.Rows, result.Range, result.Workspace);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(SocialJson.Build(result)));
            return;
        }

        if (rows.Count == 0)
        {
            context.Console.MarkupLine("No social data in this period. Import platform exports with [bold]payoff import auto FILE…[/] or daily metrics with [bold]payoff import metrics[/].");
            return;
        }

        var table = new FittedTable(Display.Title("Social", workspace, range))
            .Text("Network").Text("Account / month")
            .Number("Followers", 2).Number("Growth", 3).Number("Views", 4).Number("Impressions", 5).Number("Reach", 6).Number("Engagements", 0).Number("Posts", 1).Number("Engagement rate", 0);
        foreach (var r in rows)
        {
            table.Add(
                Display.Text(r.Network),
                Display.Text(r.Account ?? r.Month?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? string.Empty),
                Cell(r.Followers),
                Cell(r.FollowerGrowth),
                Cell(r.Views),
                Cell(r.Impressions),
                Cell(r.Reach),
                Cell(r.Engagements),
                r.Posts == 0 ? "—" : Display.Count(r.Posts),
                r.EngagementRate is null ? "—" : $"{Display.Percent(r.EngagementRate)} of {r.EngagementRateBasis}");
        }

        table.Write(context.Console);
        if (rows.All(r => r.Posts == 0))
        {
            context.Console.MarkupLine("[grey]No posts imported for this period, so there is no Posts column: import the platforms' post exports with payoff import auto FILE….[/]");
        }

        context.Console.MarkupLine("[grey]Engagement rate = engagements ÷ its basis (views, else impressions, else reach), summed over the period. — means the platform does not report it.[/]");
    }

    private static string Cell(decimal? value) => value is null ? "—" : value.Value.ToString("N0", CultureInfo.InvariantCulture);
}
