using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Application.CostSetup;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Costs;

/// <summary><c>payoff cost time</c>: what a routine costs (seed 004's question), no data needed.</summary>
public static class CostCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var cost = new Command("cost", "Cost calculators.");
        var rate = new Option<decimal>("--rate") { Description = "What an hour costs.", Required = true };
        var minutes = new Option<decimal>("--minutes-per-day") { Description = "Minutes on each day of the pattern.", Required = true };
        var days = new Option<string>("--days") { Description = "weekdays (default), daily, weekends, or days like mon,wed,fri.", DefaultValueFactory = _ => "weekdays" };
        var period = new Option<string>("--period") { Description = "week, month, quarter or year (52 weeks; default).", DefaultValueFactory = _ => "year" };
        var currency = new Option<string?>("--currency") { Description = "The rate's currency, shown with the cost (default USD)." };
        var format = FormatOption.Create(allowCsv: false);
        var time = new Command("time", "What time really costs: --rate 10 --minutes-per-day 30 --days weekdays --period year is 130 hours, $1,300.") { rate, minutes, days, period, currency, format };
        time.SetAction(parse =>
        {
            var request = TimeCostRequest.Parse(SetupValues.Of(parse, [rate, minutes, days, period, currency]));
            var (code, pattern, weeks) = (request.Currency, request.Days, request.Weeks);
            var (hours, total) = request.Cost();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonObject { ["hours"] = Json.Exact(hours), ["cost"] = Json.Money(total), ["currency"] = code });
                return 0;
            }

            context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{request.MinutesPerDay:0.##} minutes every {pattern.Text} for a {request.Period} ({weeks:0.##} weeks × {pattern.Days.Count} days) is [bold]{hours:#,0.##} hours[/]; at {Display.Money(request.Rate, code)} {code} an hour that is [bold]{Display.Money(total, code)} {code}[/]."));
            return 0;
        });
        cost.Add(time);
        return cost;
    }
}
