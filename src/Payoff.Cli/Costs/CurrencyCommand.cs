using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Reports;
using Payoff.Core.Money;
using Spectre.Console;

namespace Payoff.Cli.Costs;

/// <summary><c>payoff currency rate|list</c>: the rate table that converts other currencies into the workspace's.</summary>
public static class CurrencyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var currency = new Command("currency", "Exchange rates into the workspace currency (original amounts are kept).");
        var code = new Argument<string>("CURRENCY") { Description = "The ISO 4217 code (EUR)." };
        var value = new Argument<decimal>("RATE") { Description = "Workspace-currency units for one unit of CURRENCY." };
        var from = new Option<string?>("--from") { Description = "The first day the rate applies, yyyy-MM-dd (default: 2000-01-01, i.e. always until a later rate)." };
        var rate = new Command("rate", "Set a rate; amounts use the latest rate on or before their day.") { code, value, from };
        rate.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(value) <= 0)
            {
                throw new CliException("RATE must be more than 0.");
            }

            await using var costs = await CostSetupSession.OpenAsync(context, parse, cancellationToken);
            var workspace = costs.Workspace;
            var iso = TimeCommand.Currency(parse.GetValue(code), workspace.Currency);
            if (iso == workspace.Currency)
            {
                throw new CliException($"{iso} is the workspace currency; it needs no rate.");
            }

            var day = parse.GetValue(from) is { } f ? ReportCommand.Date(f, "--from") : new DateOnly(2000, 1, 1);
            await costs.Setup.SetCurrencyRateAsync(workspace, new CurrencyRate(iso, day, parse.GetValue(value)), cancellationToken);
            context.Console.MarkupLine($"1 {iso} = {parse.GetValue(value).ToString("0.########", CultureInfo.InvariantCulture)} {workspace.Currency} from {day:yyyy-MM-dd}.");
            return 0;
        });
        currency.Add(rate);

        var list = new Command("list", "List the rates.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var costs = await CostSetupSession.OpenAsync(context, parse, cancellationToken);
            var workspace = costs.Workspace;
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Currency", "From", $"Rate (in {workspace.Currency})");
            foreach (var r in await costs.Setup.CurrencyRatesAsync(workspace, cancellationToken))
            {
                table.AddRow(r.Currency, r.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Rate.ToString("0.########", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return 0;
        });
        currency.Add(list);
        return currency;
    }
}
