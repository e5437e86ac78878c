using System.CommandLine;
using Payoff.Application.Conversations;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports;

/// <summary><c>payoff report conversations</c>: options → <see cref="ConversationReportRequest"/> → <see cref="ConversationReportHandler"/> → table, CSV or JSON.</summary>
public static class ConversationsReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var network = new Option<string?>("--network") { Description = "Only this network." };
        var by = new Option<string?>("--by") { Description = "Periods: day, week (default, Monday first) or month." };
        var table = new Option<string?>("--table") { Description = "Which table the table and CSV formats show: periods (default), networks (negative share against the period before), words (rising in negative messages) or posts (most discussed). JSON holds them all." };
        var format = FormatOption.Create();
        var command = new Command("conversations", "Is the buzz growing, positive or negative: mentions, comments and reviews per period with their trend, the sentiment shares with 95 % intervals, the negative share against the period before, the words rising in negative messages per language, and the most discussed posts.") { from, to, network, by, table, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, from, to, network, by);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = ConversationReportRequest.Parse(values, scope.Workspace, context.Time);
            var shown = (parse.GetValue(table) ?? "periods").Trim().ToLowerInvariant();
            if (shown is not ("periods" or "networks" or "words" or "posts"))
            {
                throw new CliException($"--table '{parse.GetValue(table)}' is not periods, networks, words or posts.");
            }

            var report = await scope.Handler<ConversationReportHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => ConversationReportOutput.Json(scope.Workspace.Name, report),
                () => shown switch
                {
                    "networks" => ConversationReportOutput.Networks(report) with { Notes = report.Summary },
                    "words" => ConversationReportOutput.Words(report),
                    "posts" => ConversationReportOutput.Posts(scope.Workspace, report),
                    _ => ConversationReportOutput.Table(report),
                },
                Display.Title("Conversations", scope.Workspace.Name, request.Filter.Range),
                "No messages in this period. Import comments, mentions and messages with [bold]payoff import conversations FILE[/].");
            return 0;
        });
        return command;
    }

    /// <summary>Builds <c>payoff report service</c>.</summary>
    public static Command CreateService(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var network = new Option<string?>("--network") { Description = "Only this network." };
        var unanswered = new Option<bool>("--unanswered") { Description = "List the unanswered requests instead, oldest first (at most 100), with how long each has waited and whether it is past the target." };
        var format = FormatOption.Create();
        var command = new Command("service", "Customer service: requests (direct messages, comments and reviews, a burst before an answer counted once), the response rate within the workspace's target, median and 90th-percentile first-response time (in business hours when the workspace has opening hours), per network and month, and the unanswered requests.") { from, to, network, unanswered, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, from, to, network);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = ConversationReportRequest.Parse(values, scope.Workspace, context.Time);
            var report = await scope.Handler<ServiceReportHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => ServiceReportOutput.Json(scope.Workspace.Name, report),
                () => parse.GetValue(unanswered) ? ServiceReportOutput.Unanswered(report, scope.Workspace) : ServiceReportOutput.Table(report),
                Display.Title(parse.GetValue(unanswered) ? "Unanswered requests" : "Customer service", scope.Workspace.Name, request.Filter.Range),
                parse.GetValue(unanswered) ? "Every request in this period has an answer." : "No messages in this period. Import direct messages and comments with [bold]payoff import conversations FILE[/].");
            return 0;
        });
        return command;
    }
}
