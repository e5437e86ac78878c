using System.CommandLine;
using Payoff.Application.Audience;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Audience;

/// <summary><c>payoff report audience</c>: options → <see cref="AudienceRequest"/> → <see cref="AudienceHandler"/> → table, CSV or JSON.</summary>
public static class AudienceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var network = new Option<string?>("--network") { Description = "Only this network's audiences, and how they compare with the others." };
        var format = FormatOption.Create();
        var command = new Command("audience", "Imported demographics (age, gender, countries, cities, LinkedIn's locations, job functions, seniority, industries, company sizes) per network side by side, and where two audiences differ markedly (total-variation distance).") { network, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, network);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = AudienceRequest.Parse(values);
            var result = await scope.Handler<AudienceHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            AudienceOutput.Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
