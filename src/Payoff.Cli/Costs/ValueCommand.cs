using System.CommandLine;
using Payoff.Application.CostSetup;
using Payoff.Cli.Output;
using Payoff.Core.Money;
using Spectre.Console;

namespace Payoff.Cli.Costs;

/// <summary><c>payoff value set|list|remove</c>: assigned values of conversions that are not sales (seed 001).</summary>
public static class ValueCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var value = new Command("value", "Assigned values: what a conversion that is not a sale is worth (newsletter = 5), counted as 'value' beside revenue. 'visit' values every session.");
        var name = new Argument<string>("CONVERSION") { Description = "The conversion event's name (newsletter, trial), or 'visit'." };
        var amount = new Argument<decimal>("VALUE") { Description = "What one is worth." };
        var currency = new Option<string?>("--currency") { Description = "Its currency (default: the workspace's)." };
        var set = new Command("set", "Set the value of a conversion.") { name, amount, currency };
        set.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = ConversionValueRequest.Parse(SetupValues.Of(parse, [currency], ("value", amount), ("conversion", name)), scope.Workspace);
            var assigned = await scope.Handler<SetConversionValueHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            context.Console.MarkupLine(assigned.Conversion == AssignedValue.Visit
                ? $"Every session is worth {Display.Price(assigned.Value, assigned.Currency)} {assigned.Currency}."
                : $"Each '{Display.Text(assigned.Conversion)}' conversion without a value of its own is worth {Display.Price(assigned.Value, assigned.Currency)} {assigned.Currency}.");
            return 0;
        });
        value.Add(set);

        var list = new Command("list", "List the assigned values.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Conversion", "Value", "Currency");
            foreach (var v in await scope.Handler<CostSetupListsHandler>().ValuesAsync(scope.Workspace, cancellationToken))
            {
                table.AddRow(Display.Text(v.Conversion), Display.Price(v.Value, v.Currency), v.Currency);
            }

            context.Console.Write(table);
            return 0;
        });
        value.Add(list);

        var removeName = new Argument<string>("CONVERSION") { Description = "The conversion." };
        var remove = new Command("remove", "Remove an assigned value.") { removeName };
        remove.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            if (!await scope.Handler<RemoveCostSetupHandler>().ValueAsync(scope.Workspace, parse.GetValue(removeName)!, cancellationToken))
            {
                throw new CliException($"No value is set for '{parse.GetValue(removeName)}'.");
            }

            context.Console.MarkupLine($"Removed the value of '{Display.Text(parse.GetValue(removeName))}'.");
            return 0;
        });
        value.Add(remove);
        return value;
    }
}
