using System.CommandLine;
using Payoff.Application.Paths;
using Payoff.Cli.Output;
using Payoff.Cli.Reports.Attribution;

namespace Payoff.Cli.Reports.Paths;

/// <summary><c>payoff report paths</c>: the common converting paths and who opens, assists and closes, through <see cref="PathsHandler"/>.</summary>
public static class PathsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var journey = new JourneyOptions("lead (default), customer, or a conversion event's name.", "events or paths (default: events when the workspace has any).");
        var top = new Option<int>("--top") { Description = "How many paths to list (default 20).", DefaultValueFactory = _ => PathsRequest.DefaultTop };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("paths", "The most common converting paths, path lengths, time to conversion, and which networks open, assist and close conversions.")
        {
            journey.From, journey.To, journey.By, journey.Conversion, journey.Journeys, journey.Lookback, top, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, [.. journey.All, top]);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = PathsRequest.Parse(values, scope.Workspace, context.Time);
            var report = await scope.Handler<PathsHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            PathsOutput.Write(context, report, parse.GetValue(format), scope.Workspace.Name, request.Journeys.By, scope.Workspace.Currency);
            return 0;
        });
        return command;
    }
}
