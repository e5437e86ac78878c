using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Application.CostSetup;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Costs;

/// <summary><c>payoff time log|recur|rate|list|remove</c>: staff time, the cost people's hours add to a network.</summary>
public static class TimeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var time = new Command("time", "Staff time spent on networks, and what an hour costs.");
        time.Add(Log(context));
        time.Add(Recur(context));
        time.Add(Rate(context));
        time.Add(List(context));
        time.Add(Remove(context));
        return time;
    }

    private static Command Log(CliContext context)
    {
        var network = new Option<string?>("--network") { Description = "The network the time went to.", Required = true };
        var hours = new Option<decimal?>("--hours") { Description = "Hours spent (1.5)." };
        var minutes = new Option<int?>("--minutes") { Description = "Minutes spent." };
        var date = new Option<string?>("--date") { Description = "The day, yyyy-MM-dd (default: today)." };
        var person = new Option<string?>("--person") { Description = "Who (for their own hourly rate)." };
        var note = new Option<string?>("--note") { Description = "What it was for." };
        var command = new Command("log", "Log time spent on a network on one day.") { network, hours, minutes, date, person, note };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = LogTimeRequest.Parse(SetupValues.Of(parse, [network, hours, minutes, date, person, note]), scope.Workspace, context.Time);
            var entry = await scope.Handler<LogTimeHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            context.Console.MarkupLine($"Logged #{entry.Id}: {entry.Minutes} minutes on {Display.Text(entry.Network)} on {entry.Day:yyyy-MM-dd}{(entry.Person.Length > 0 ? $" by {Display.Text(entry.Person)}" : string.Empty)}.");
            return 0;
        });
        return command;
    }

    private static Command Recur(CliContext context)
    {
        var network = new Option<string?>("--network") { Description = "The network.", Required = true };
        var minutes = new Option<int>("--minutes") { Description = "Minutes on each day.", Required = true };
        var days = new Option<string>("--days") { Description = "weekdays, daily, weekends, or days like mon,wed,fri.", DefaultValueFactory = _ => "weekdays" };
        var from = new Option<string?>("--from") { Description = "First day, yyyy-MM-dd (default: today)." };
        var to = new Option<string?>("--to") { Description = "Last day, yyyy-MM-dd (default: ongoing)." };
        var person = new Option<string?>("--person") { Description = "Who (for their own hourly rate)." };
        var command = new Command("recur", "Log recurring time: '30 minutes every weekday on Facebook'.") { network, minutes, days, from, to, person };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = RecurTimeRequest.Parse(SetupValues.Of(parse, [network, minutes, days, from, to, person]), scope.Workspace, context.Time);
            var recurrence = await scope.Handler<RecurTimeHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            context.Console.MarkupLine($"Recurring #{recurrence.Id}: {recurrence.Minutes} minutes every {recurrence.Days.Text} on {Display.Text(recurrence.Network)} from {recurrence.From:yyyy-MM-dd}{(recurrence.To is { } l ? $" to {l:yyyy-MM-dd}" : string.Empty)}.");
            return 0;
        });
        return command;
    }

    private static Command Rate(CliContext context)
    {
        var rate = new Argument<decimal>("RATE") { Description = "What an hour costs." };
        var person = new Option<string?>("--person") { Description = "Whose rate (default: the workspace's, for everyone without one)." };
        var currency = new Option<string?>("--currency") { Description = "The rate's currency (default: the workspace's)." };
        var command = new Command("rate", "Set the hourly rate of the workspace or of a person.") { rate, person, currency };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = HourlyRateRequest.Parse(SetupValues.Of(parse, [person, currency], ("rate", rate)), scope.Workspace);
            var hourly = await scope.Handler<SetHourlyRateHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            context.Console.MarkupLine($"An hour of {(hourly.Person.Length == 0 ? "staff time" : Display.Text(hourly.Person) + "'s time")} costs {Display.Price(hourly.Rate, hourly.Currency)} {hourly.Currency}.");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("list", "List the hourly rates, recurring time and logged time.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var (rates, recurring, entries) = await scope.Handler<CostSetupListsHandler>().TimeAsync(scope.Workspace, null, cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonObject
                {
                    ["rates"] = new JsonArray([.. rates.Select(r => (JsonNode?)new JsonObject { ["person"] = r.Person, ["rate"] = Json.Money(r.Rate), ["currency"] = r.Currency })]),
                    ["recurring"] = new JsonArray([.. recurring.Select(r => (JsonNode?)new JsonObject
                    {
                        ["id"] = r.Id, ["network"] = r.Network, ["person"] = r.Person, ["minutes"] = r.Minutes, ["days"] = r.Days.Text,
                        ["from"] = r.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = r.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    })]),
                    ["entries"] = new JsonArray([.. entries.Select(e => (JsonNode?)new JsonObject
                    {
                        ["id"] = e.Id, ["network"] = e.Network, ["person"] = e.Person, ["day"] = e.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["minutes"] = e.Minutes, ["note"] = e.Note,
                    })]),
                });
                return 0;
            }

            context.Console.MarkupLine(rates.Count == 0 ? "[yellow]No hourly rate: time counts hours but no cost. Set one with payoff time rate RATE.[/]" : string.Join(", ", rates.Select(r => $"{(r.Person.Length == 0 ? "everyone" : Display.Text(r.Person))}: {Display.Price(r.Rate, r.Currency)} {r.Currency}/h")));
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("#", "Network", "Person", "When", "Minutes", "Note");
            foreach (var r in recurring)
            {
                table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), Display.Text(r.Network), Display.Text(r.Person), $"every {r.Days.Text} from {r.From:yyyy-MM-dd}{(r.To is { } t ? $" to {t:yyyy-MM-dd}" : string.Empty)}", r.Minutes.ToString(CultureInfo.InvariantCulture), string.Empty);
            }

            foreach (var e in entries)
            {
                table.AddRow(e.Id.ToString(CultureInfo.InvariantCulture), Display.Text(e.Network), Display.Text(e.Person), e.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Minutes.ToString(CultureInfo.InvariantCulture), Display.Text(e.Note));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The entry's or recurrence's number (payoff time list)." };
        var command = new Command("remove", "Remove a time entry or a recurrence.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            if (!await scope.Handler<RemoveCostSetupHandler>().TimeAsync(scope.Workspace, parse.GetValue(id), cancellationToken))
            {
                throw new CliException($"No time entry or recurrence #{parse.GetValue(id)}; 'payoff time list' shows them.");
            }

            context.Console.MarkupLine($"Removed #{parse.GetValue(id)}.");
            return 0;
        });
        return command;
    }
}
