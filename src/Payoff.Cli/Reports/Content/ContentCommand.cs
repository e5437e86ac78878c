using System.CommandLine;
using Payoff.Application.Content;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Content;

/// <summary>
/// <c>payoff report content</c> and <c>payoff report best-time</c>: options → <see cref="ContentRequest"/> /
/// <see cref="BestTimeRequest"/> → their handlers → table, CSV or JSON.
/// </summary>
public static class ContentCommand
{
    /// <summary>Builds <c>report content</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var network = new Option<string?>("--network") { Description = "Only this network." };
        var by = new Option<string?>("--by") { Description = "Rows: post (default: the top and bottom posts per network), type, label, hashtag, month or utm-content." };
        var metric = new Option<string?>("--metric") { Description = "Rank by engagement-rate (default), reach, clicks, visits or leads." };
        var top = new Option<string?>("--top") { Description = "How many top and bottom posts per network (default 5, at most 100)." };
        var label = new Option<string[]>("--label") { Description = "With --by label: a label for posts whose caption holds any of the words, LABEL=WORD|WORD (e.g. \"howto=how to|tutorial\"); repeatable.", AllowMultipleArgumentsPerToken = false };
        var format = FormatOption.Create();
        var command = new Command("content", "Which posts work: each post's reach, engagements and engagement rate (with its basis) and the visits and leads its tracked link brought, or the same per type, label, hashtag or month.") { from, to, network, by, metric, top, label, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = ReportOptions.Values(parse, from, to, network, by, metric, top);
            var values = given with { Values = new Dictionary<string, string?>(given.Values, StringComparer.Ordinal) { ["label"] = parse.GetValue(label) is { Length: > 0 } rules ? string.Join(',', rules) : null } };
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = ContentRequest.Parse(values, scope.Workspace, context.Time);
            var result = await scope.Handler<ContentHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            TableOutput.Write(context, parse.GetValue(format), () => ContentJson.Build(result), () => ContentTable.Build(result), Display.Title("Content", result.Workspace, result.Report.Filter.Range), Empty);
            return 0;
        });
        return command;
    }

    /// <summary>Builds <c>report best-time</c>.</summary>
    public static Command CreateBestTime(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var network = new Option<string?>("--network") { Description = "Only this network (default: one grid per network)." };
        var metric = new Option<string?>("--metric") { Description = "The median of engagement-rate (default), reach, clicks, visits or leads." };
        var min = new Option<string?>("--min-posts") { Description = "Posts a slot needs to be ranked (default 5)." };
        var format = FormatOption.Create();
        var command = new Command("best-time", "When to post: the median engagement rate (or another metric) per local weekday and hour, sparse slots marked, the top three slots with their evidence.") { from, to, network, metric, min, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, from, to, network, metric, min);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = BestTimeRequest.Parse(values, scope.Workspace, context.Time);
            var result = await scope.Handler<BestTimeHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            TableOutput.Write(context, parse.GetValue(format), () => ContentJson.BestTime(result), () => ContentTable.BestTime(result), Display.Title("Best time to post", result.Workspace, result.Report.Filter.Range), Empty);
            return 0;
        });
        return command;
    }

    private const string Empty = "No posts published in this period. Import the platforms' post exports with [bold]payoff import auto FILE…[/].";
}
