using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Paths;
using Payoff.Application.Requests;
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
            using var store = context.OpenStore(parse.GetValue(GlobalOptions.Database));
            await using var session = await store.OpenSessionAsync(cancellationToken);
            var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var values = journey.Values(parse);
            values["top"] = parse.GetValue(top).ToString(CultureInfo.InvariantCulture);
            var request = PathsRequest.Parse(new RequestValues(values, "--"), workspace, context.Time);
            using var services = CliServices.Create(store, context.Time);
            var report = await services.GetRequiredService<PathsHandler>().HandleAsync(session, workspace, request, cancellationToken);
            PathsOutput.Write(context, report, parse.GetValue(format), workspace.Name, workspace.Currency);
            return 0;
        });
        return command;
    }
}
