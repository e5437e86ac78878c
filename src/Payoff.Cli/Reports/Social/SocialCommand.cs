using System.CommandLine;
using Payoff.Application.Social;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Social;

/// <summary><c>payoff report social</c>: options → <see cref="SocialRequest"/> → <see cref="SocialHandler"/> → table or JSON.</summary>
public static class SocialCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var by = new Option<string?>("--by") { Description = "Rows: network (default), account or month." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("social", "Followers, growth, views, impressions, reach, engagements, posts and engagement rate (with its basis) from imported platform data.") { from, to, by, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, from, to, by);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = SocialRequest.Parse(values, scope.Workspace, context.Time);
            var result = await scope.Handler<SocialHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            SocialOutput.Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
