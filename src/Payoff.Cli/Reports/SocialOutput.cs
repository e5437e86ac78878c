using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Social;
using Spectre.Console;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Reports;

/// <summary>Writes the social report as a table or JSON (metrics a platform does not report stay null).</summary>
public static class SocialOutput
{
    /// <summary>Writes <paramref name="rows"/>.</summary>
    public static void Write(CliContext context, IReadOnlyList<SocialRow> rows, DateRange range, OutputFormat format, string workspace)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(range);
        if (format == OutputFormat.Json)
        {
            Json.Write(context.Out, new JsonObject
            {
                ["workspace"] = workspace,
                ["from"] = range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode?)new JsonObject
                {
                    ["network"] = r.Network,
                    ["account"] = r.Account,
                    ["month"] = r.Month?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    ["followers"] = Json.Exact(r.Followers),
                    ["followerGrowth"] = Json.Exact(r.FollowerGrowth),
                    ["impressions"] = Json.Exact(r.Impressions),
                    ["views"] = Json.Exact(r.Views),
                    ["reach"] = Json.Exact(r.Reach),
                    ["engagements"] = Json.Exact(r.Engagements),
                    ["likes"] = Json.Exact(r.Likes),
                    ["comments"] = Json.Exact(r.Comments),
                    ["shares"] = Json.Exact(r.Shares),
                    ["saves"] = Json.Exact(r.Saves),
                    ["clicks"] = Json.Exact(r.Clicks),
                    ["posts"] = r.Posts,
                    ["engagementRate"] = Json.Fraction(r.EngagementRate),
                    ["engagementRateBasis"] = r.EngagementRateBasis,
                })]),
            });
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
