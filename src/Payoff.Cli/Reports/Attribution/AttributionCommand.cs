using System.CommandLine;
using Payoff.Application.Attribution;
using Payoff.Cli.Output;
using Payoff.Core.Attribution;

namespace Payoff.Cli.Reports.Attribution;

/// <summary><c>payoff report attribution</c>: credit per touch key under every model, through <see cref="AttributionHandler"/>.</summary>
public static class AttributionCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var journey = new JourneyOptions("lead (default), customer (valued by revenue), or a conversion event's name.", "events (tracked) or paths (imported); default events when the workspace has any, else paths.");
        var model = new Option<string>("--model") { Description = $"{string.Join(", ", AttributionModels.Names)}, or all (default) to compare them side by side.", DefaultValueFactory = _ => "all" };
        model.AcceptOnlyFromAmong([.. AttributionModels.Names, "all"]);
        var halfLife = new Option<double>("--half-life-days") { Description = "Time decay's half-life (default 7).", DefaultValueFactory = _ => 7 };
        var order = new Option<int>("--order") { Description = "The Markov chain's order (default 1).", DefaultValueFactory = _ => 1 };
        var format = FormatOption.Create();
        var command = new Command("attribution", "Credit for conversions and value per channel under first-touch, last-touch, last-non-direct, linear, time-decay, position-based, Markov and Shapley, with the check that each adds up.")
        {
            journey.From, journey.To, model, journey.By, journey.Conversion, journey.Journeys, journey.Lookback, halfLife, order, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, [.. journey.All, model, halfLife, order]);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = AttributionRequest.Parse(values, scope.Workspace, context.Time);
            var report = await scope.Handler<AttributionHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            AttributionOutput.Write(context, report, parse.GetValue(format), scope.Workspace.Name, request.Journeys.By, scope.Workspace.Currency);
            return 0;
        });
        return command;
    }
}
