using System.CommandLine;
using System.Globalization;
using Payoff.Application.CostSetup;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Costs;

/// <summary><c>payoff fee add|list|remove</c>: tools and agency fees, fixed monthly amounts allocated to networks.</summary>
public static class FeeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var fee = new Command("fee", "Tools and agency fees: fixed monthly amounts allocated to networks.");
        var name = new Option<string?>("--name") { Description = "What the fee is (a scheduling tool, an agency).", Required = true };
        var monthly = new Option<decimal>("--monthly") { Description = "The amount per month.", Required = true };
        var currency = new Option<string?>("--currency") { Description = "Its currency (default: the workspace's)." };
        var networks = new Option<string?>("--networks") { Description = "The networks it serves, with shares: Facebook,LinkedIn (equal) or Facebook=2;LinkedIn=1.", Required = true };
        var from = new Option<string?>("--from") { Description = "First month, yyyy-MM (default: this month)." };
        var to = new Option<string?>("--to") { Description = "Last month, yyyy-MM (default: ongoing)." };
        var add = new Command("add", "Add a monthly fee; each day of a month carries the month's amount ÷ its days, split by the shares.") { name, monthly, currency, networks, from, to };
        add.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = AddFeeRequest.Parse(SetupValues.Of(parse, [name, monthly, currency, networks, from, to]), scope.Workspace, context.Time);
            var stored = await scope.Handler<AddFeeHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            context.Console.MarkupLine($"Fee #{stored.Id} {Display.Text(stored.Name)}: {Display.Money(stored.MonthlyAmount, stored.Currency)} {stored.Currency} a month, split {Display.Text(stored.SharesText)}, from {stored.From:yyyy-MM}{(stored.To is { } l ? $" to {l:yyyy-MM}" : string.Empty)}.");
            return 0;
        });
        fee.Add(add);

        var list = new Command("list", "List the fees.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("#", "Fee", "Monthly", "Currency", "Networks", "From", "To");
            foreach (var f in await scope.Handler<CostSetupListsHandler>().FeesAsync(scope.Workspace, cancellationToken))
            {
                table.AddRow(f.Id.ToString(CultureInfo.InvariantCulture), Display.Text(f.Name), Display.Money(f.MonthlyAmount, f.Currency), f.Currency, Display.Text(f.SharesText), f.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), f.To?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? string.Empty);
            }

            context.Console.Write(table);
            return 0;
        });
        fee.Add(list);

        var id = new Argument<long>("ID") { Description = "The fee's number (payoff fee list)." };
        var remove = new Command("remove", "Remove a fee.") { id };
        remove.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            if (!await scope.Handler<RemoveCostSetupHandler>().FeeAsync(scope.Workspace, parse.GetValue(id), cancellationToken))
            {
                throw new CliException($"No fee #{parse.GetValue(id)}; 'payoff fee list' shows them.");
            }

            context.Console.MarkupLine($"Removed fee #{parse.GetValue(id)}.");
            return 0;
        });
        fee.Add(remove);
        return fee;
    }
}
