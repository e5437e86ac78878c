using System.CommandLine;
using Payoff.Application.Conversations;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Core.Conversations;
using Spectre.Console;

namespace Payoff.Cli.Conversations;

/// <summary><c>payoff conversations list|correct|purge</c> through <see cref="ConversationsHandler"/>.</summary>
public static class ConversationsCommand
{
    /// <summary>Builds <c>payoff conversations</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conversations = new Command("conversations", "Comments, mentions, messages and reviews: list them with their language and sentiment, correct a sentiment, erase an author.");
        conversations.Add(List(context));
        conversations.Add(Correct(context));
        conversations.Add(Purge(context));
        return conversations;
    }

    private static Command List(CliContext context)
    {
        var (from, to) = ReportOptions.Range();
        var network = new Option<string?>("--network") { Description = "Only this network." };
        var sentiment = new Option<string?>("--sentiment") { Description = "Only negative, neutral or positive messages (a correction counts)." };
        var direction = new Option<string?>("--direction") { Description = "Only inbound (from people) or outbound (the brand's replies)." };
        var limit = new Option<string?>("--limit") { Description = $"At most this many messages, newest first (default {ConversationListRequest.DefaultLimit}, at most {ConversationListRequest.MaxLimit:N0})." };
        var format = FormatOption.Create();
        var command = new Command("list", "List messages, newest first, with their language, sentiment and score. Authors are shown by pseudonym unless the workspace keeps handles.") { network, sentiment, direction, from, to, limit, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, network, sentiment, direction, from, to, limit);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = ConversationListRequest.Parse(values, scope.Workspace, context.Time);
            var messages = await scope.Handler<ConversationsHandler>().ListAsync(scope.Workspace, request, cancellationToken);
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => ConversationJson.List(scope.Workspace, request, messages),
                () => ConversationTable.List(scope.Workspace, messages),
                $"Conversations · {Display.Text(scope.Workspace.Name)} · {request.Filter.Range.From:yyyy-MM-dd} to {request.Filter.Range.To:yyyy-MM-dd}",
                "No messages in these days. Import some with [bold]payoff import conversations FILE[/].");
            return 0;
        });
        return command;
    }

    private static Command Correct(CliContext context)
    {
        var network = new Argument<string>("NETWORK") { Description = "The message's network." };
        var id = new Argument<string>("MESSAGE_ID") { Description = "The message's id (payoff conversations list --format json)." };
        var sentiment = new Argument<string>("SENTIMENT") { Description = "negative, neutral or positive." };
        var command = new Command("correct", "Correct a message's sentiment. The correction is kept when the message is imported again, and the reports count it.") { network, id, sentiment };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ConversationNames.TrySentiment(parse.GetValue(sentiment), out var value))
            {
                throw new CliException($"'{parse.GetValue(sentiment)}' is not negative, neutral or positive.");
            }

            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            await scope.Handler<ConversationsHandler>().CorrectAsync(scope.Workspace, parse.GetValue(network)!, parse.GetValue(id)!, value, Environment.UserName, cancellationToken);
            context.Console.MarkupLine($"Message {Display.Text(parse.GetValue(id)!)} on {Display.Text(parse.GetValue(network)!)} is now {ConversationNames.Sentiment(value)}.");
            return 0;
        });
        return command;
    }

    private static Command Purge(CliContext context)
    {
        var author = new Option<string?>("--author") { Description = "The author to erase: their handle (@name, as the person knows it) or their pseudonym (a_…).", Required = true };
        var command = new Command("purge", "Erase an author (an erasure request): the text, handle and pseudonym of each of their messages are deleted; counts and sentiment stay.") { author };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var erased = await scope.Handler<ConversationsHandler>().PurgeAsync(scope.Workspace, parse.GetValue(author)!, cancellationToken);
            context.Console.MarkupLine(erased == 0
                ? "No stored message is by that author; nothing was erased."
                : $"Erased the text and author of {erased:N0} message{(erased == 1 ? string.Empty : "s")}.");
            return 0;
        });
        return command;
    }
}
