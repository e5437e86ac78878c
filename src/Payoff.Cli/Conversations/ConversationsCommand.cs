using Payoff.Core.Conversations.SentimentAnalysis;
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
        conversations.Add(Settings(context));
        conversations.Add(Expire(context));
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
            var stored = await scope.Handler<ConversationsHandler>().CorrectAsync(scope.Workspace, parse.GetValue(network)!, parse.GetValue(id)!, value, Environment.UserName, cancellationToken);
            context.Console.MarkupLine($"Message {Display.Text(parse.GetValue(id)!)} on {Display.Text(stored)} is now {ConversationNames.Sentiment(value)}.");
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

    private static Command Settings(CliContext context)
    {
        var target = new Option<string?>("--response-target") { Description = "Answer within this long to count as answered in time: 90m, 4h, 2d (default 24h)." };
        var hours = new Option<string?>("--business-hours") { Description = "Count response times in opening hours, local time: \"mon-fri 09:00-17:00, sat 10:00-14:00\"; none counts every hour." };
        var keep = new Option<string?>("--keep-handles") { Description = "yes keeps authors' handles beside their pseudonyms for messages imported from now on (personal data); no (default) keeps pseudonyms only." };
        var retention = new Option<int?>("--retention-months") { Description = "Delete message text and authors after this many months, keeping counts and sentiment (default 13)." };
        var languages = new Option<string?>("--languages") { Description = "The languages your customers write in, ISO 639-1 codes joined by commas (en,pl,de): messages without a language are detected among them; default is en,id,ms,pl. Applies to messages imported from now on." };
        var command = new Command("settings", "Show or change the workspace's conversation settings: response target, business hours, handles, retention, languages.") { target, hours, keep, retention, languages };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var handler = scope.Handler<ConversationsHandler>();
            var given = parse.GetValue(target) is not null || parse.GetValue(hours) is not null || parse.GetValue(keep) is not null || parse.GetValue(retention) is not null || parse.GetValue(languages) is not null;
            var settings = given
                ? await handler.ChangeSettingsAsync(scope.Workspace, Duration(parse.GetValue(target)), parse.GetValue(hours), YesNo(parse.GetValue(keep)), parse.GetValue(retention), parse.GetValue(languages), cancellationToken)
                : await handler.SettingsAsync(scope.Workspace, cancellationToken);
            context.Console.MarkupLine($"Response target: {ServiceReport.Words(settings.ResponseTarget)}");
            context.Console.MarkupLine($"Business hours: {Display.Text(settings.BusinessHours?.ToString() ?? "none (every hour counts)")} ({Display.Text(scope.Workspace.TimeZone)})");
            context.Console.MarkupLine($"Authors' handles: {(settings.KeepAuthorHandles ? "kept beside pseudonyms" : "not kept (pseudonyms only)")}");
            context.Console.MarkupLine($"Retention: {settings.RetentionMonths} months, then text and authors are deleted");
            context.Console.MarkupLine($"Languages: {Display.Text(string.Join(", ", settings.Languages.Select(c => $"{LanguageRules.Find(c)?.Name ?? c} ({c})")))}");
            return 0;
        });
        return command;
    }

    private static Command Expire(CliContext context)
    {
        var command = new Command("expire", "Apply the workspace's retention now: text and authors of messages older than the retention are deleted, counts and sentiment kept (a running server does this every six hours).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var expired = await scope.Handler<ConversationsHandler>().ApplyRetentionAsync(scope.Workspace, context.Time.GetUtcNow(), cancellationToken);
            context.Console.MarkupLine($"Retention deleted the text and authors of {expired:N0} message{(expired == 1 ? string.Empty : "s")}.");
            return 0;
        });
        return command;
    }

    private static TimeSpan? Duration(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.Trim().ToLowerInvariant();
        var unit = t.Length > 1 ? t[^1] : ' ';
        if (double.TryParse(t[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            switch (unit)
            {
                case 'm': return TimeSpan.FromMinutes(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'd': return TimeSpan.FromDays(n);
            }
        }

        throw new CliException($"--response-target '{text}' is not a duration like 90m, 4h or 2d.");
    }

    private static bool? YesNo(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "yes" or "on" or "true" => true,
        "no" or "off" or "false" => false,
        _ => throw new CliException($"--keep-handles '{text}' is not yes or no."),
    };
}
