using Payoff.Application.Audience;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Audience;

/// <summary>Prints the audience report: its one table (<see cref="AudienceTable"/>) in the terminal or as CSV, or its one JSON document (<see cref="AudienceJson"/>).</summary>
public static class AudienceOutput
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, AudienceResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        TableOutput.Write(
            context,
            format,
            () => AudienceJson.Build(result),
            () => AudienceTable.Build(result),
            string.Join(" · ", new[] { "Audience", Display.Text(result.Workspace), result.Network is null ? null : Display.Text(result.Network) }.Where(p => p is not null)),
            "No audience demographics imported. Import LinkedIn's followers or visitors workbook, Meta's audience tables, TikTok's FollowerGender/FollowerTopTerritories or YouTube's geography export with [bold]payoff import auto FILE…[/].");
    }
}
