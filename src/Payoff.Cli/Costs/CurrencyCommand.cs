using System.CommandLine;
using System.Globalization;
using Payoff.Application.CostSetup;
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
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var workspace = scope.Workspace;
            var request = CurrencyRateRequest.Parse(SetupValues.Of(parse, [from], ("rate", value), ("currency", code)), workspace);
            var set = await scope.Handler<SetCurrencyRateHandler>().HandleAsync(workspace, request, cancellationToken);
            context.Console.MarkupLine($"1 {set.Currency} = {set.Rate.ToString("0.########", CultureInfo.InvariantCulture)} {workspace.Currency} from {set.From:yyyy-MM-dd}.");
            return 0;
        });
        currency.Add(rate);

        var list = new Command("list", "List the rates.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var workspace = scope.Workspace;
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Currency", "From", $"Rate (in {workspace.Currency})");
            foreach (var r in await scope.Handler<CostSetupListsHandler>().CurrencyRatesAsync(workspace, cancellationToken))
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
