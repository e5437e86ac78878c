using System.CommandLine;
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
            if (parse.GetValue(amount) < 0)
            {
                throw new CliException("VALUE may not be negative.");
            }

            var conversion = parse.GetValue(name)!.Trim();
            if (conversion.Length is 0 or > 100)
            {
                throw new CliException("CONVERSION must have 1 to 100 characters.");
            }

            await using var costs = await CostSetupSession.OpenAsync(context, parse, cancellationToken);
            var workspace = costs.Workspace;
            var assigned = new AssignedValue(conversion.ToLowerInvariant(), parse.GetValue(amount), TimeCommand.Currency(parse.GetValue(currency), workspace.Currency));
            await costs.Setup.SetValueAsync(workspace, assigned, cancellationToken);
            context.Console.MarkupLine(assigned.Conversion == AssignedValue.Visit
                ? $"Every session is worth {Display.Price(assigned.Value, assigned.Currency)} {assigned.Currency}."
                : $"Each '{Display.Text(assigned.Conversion)}' conversion without a value of its own is worth {Display.Price(assigned.Value, assigned.Currency)} {assigned.Currency}.");
            return 0;
        });
        value.Add(set);

        var list = new Command("list", "List the assigned values.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var costs = await CostSetupSession.OpenAsync(context, parse, cancellationToken);
            var workspace = costs.Workspace;
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Conversion", "Value", "Currency");
            foreach (var v in await costs.Setup.ValuesAsync(workspace, cancellationToken))
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
            await using var costs = await CostSetupSession.OpenAsync(context, parse, cancellationToken);
            var workspace = costs.Workspace;
            if (!await costs.Setup.RemoveValueAsync(workspace, parse.GetValue(removeName)!, cancellationToken))
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
