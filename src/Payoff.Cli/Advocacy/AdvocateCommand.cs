using System.CommandLine;
using Payoff.Application.Advocacy;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Spectre.Console;

namespace Payoff.Cli.Advocacy;

/// <summary><c>payoff advocate add|list|link</c> and <c>payoff program add|list</c>: advocates and referral programs through <see cref="AdvocacyHandler"/> (issue 19).</summary>
public static class AdvocateCommand
{
    /// <summary>Builds <c>payoff advocate</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var advocate = new Command("advocate", "Brand advocates: contacts with a personal referral code and links, ranked by what their friends do, never by their followers.");
        advocate.Add(Add(context));
        advocate.Add(List(context));
        advocate.Add(Show(context));
#if !PAYOFF_NATIVE
        advocate.Add(Links.AdvocateLinkCommand.Create(context));
#endif
        return advocate;
    }

    /// <summary>Builds <c>payoff program</c>.</summary>
    public static Command Program(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var program = new Command("program", "Two-way referral programs: a reward for the advocate and one for the friend per qualifying action, with caps, a window and a public disclosure.");
        program.Add(AddProgram(context));
        program.Add(ListPrograms(context));
        return program;
    }

    private static Command Add(CliContext context)
    {
        var contact = new Option<string?>("--contact") { Description = "The CRM contact id the advocate is (the contacts file's contact_id).", Required = true };
        var code = new Option<string?>("--code") { Description = "The referral code (3 to 32 letters, digits, - or _); 7 random letters when omitted." };
        var followers = new Option<string?>("--followers") { Description = "The advocate's follower count, shown beside the results (never used to rank)." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("add", "Add an advocate and print the referral code.") { contact, code, followers, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var added = await scope.Handler<AdvocacyHandler>().AddAdvocateAsync(scope.Workspace, ReportOptions.Values(parse, contact, code, followers), cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, AdvocacyOutput.Advocate(added));
                return 0;
            }

            context.Console.MarkupLine($"Advocate {added.Id}: contact [bold]{Display.Text(added.ContactId)}[/], referral code [bold]{Display.Text(added.Code)}[/].");
            context.Console.MarkupLine($"Next: payoff advocate link --code {Display.Text(added.Code)} --program NAME --to https://your.site/page [[--network instagram]]");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the advocates with their codes.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var advocates = await scope.Handler<AdvocacyHandler>().AdvocatesAsync(scope.Workspace, cancellationToken);
            TableOutput.Write(context, parse.GetValue(format), () => AdvocacyOutput.AdvocatesJson(scope.Workspace.Name, advocates), () => AdvocacyOutput.Advocates(advocates), $"Advocates · {Display.Text(scope.Workspace.Name)}", "No advocates yet. Add one with [bold]payoff advocate add --contact ID[/].");
            return 0;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "The advocate's referral code." };
        var (from, to) = ReportOptions.Range();
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("show", "Show one advocate: what their friends did in the period (all programs) and their rewards.") { code, from, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var handler = scope.Handler<AdvocacyHandler>();
            var wanted = parse.GetValue(code)!.Trim().ToUpperInvariant();
            var advocate = (await handler.AdvocatesAsync(scope.Workspace, cancellationToken)).FirstOrDefault(a => a.Code == wanted)
                ?? throw new CliException($"No advocate has the code {Display.Text(wanted)}: see payoff advocate list.");
            var report = await handler.ReportAsync(scope.Workspace, ReportOptions.Values(parse, from, to), context.Time, cancellationToken);
            var rewards = await handler.RewardsAsync(scope.Workspace, new Application.Requests.RequestValues(new Dictionary<string, string?> { ["code"] = advocate.Code }, "--"), cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                var json = AdvocacyOutput.Advocate(advocate);
                json["results"] = AdvocacyOutput.ReportJson(scope.Workspace.Name, report)["advocates"]!.AsArray().Where(r => r!["code"]!.GetValue<string>() == advocate.Code).Select(r => r!.DeepClone()).FirstOrDefault();
                json["rewards"] = AdvocacyOutput.RewardsJson(scope.Workspace.Name, rewards)["rewards"]!.DeepClone();
                Json.Write(context.Out, json);
                return 0;
            }

            var rank = report.Rows.ToList().FindIndex(r => r.Advocate.Id == advocate.Id) + 1;
            context.Console.MarkupLine($"Advocate [bold]{Display.Text(advocate.Code)}[/]: contact {Display.Text(advocate.ContactId)}{(advocate.Followers is { } f ? $", {Display.Count(f)} followers" : string.Empty)}; rank {rank} of {report.Rows.Count} by friends' results, {report.Range.From:yyyy-MM-dd} to {report.Range.To:yyyy-MM-dd}.");
            var table = AdvocacyOutput.Results(report);
            TableOutput.Write(context, table with { Rows = [table.Rows[rank - 1]], Notes = [], Footer = null }, OutputFormat.Table, "What their friends did");
            TableOutput.Write(context, AdvocacyOutput.Rewards(rewards), OutputFormat.Table, "Their rewards", "No rewards yet.");
            return 0;
        });
        return command;
    }

    private static Command AddProgram(CliContext context)
    {
        var name = new Option<string?>("--name") { Description = "The program's name: also its links' utm_campaign and the campaign its rewards are booked on.", Required = true };
        var advocateReward = new Option<string?>("--advocate-reward") { Description = "What the advocate earns per qualifying action of a friend, in the workspace currency (e.g. 10.00).", Required = true };
        var friendReward = new Option<string?>("--friend-reward") { Description = "What the friend earns for it, in the workspace currency.", Required = true };
        var on = new Option<string?>("--on") { Description = "What the friend must do: lead, customer, or a conversion's name.", Required = true };
        var cap = new Option<string?>("--cap") { Description = "The most rewarded actions per advocate per calendar month." };
        var from = new Option<string?>("--from") { Description = "First day a friend's action can earn a reward, yyyy-MM-dd." };
        var to = new Option<string?>("--to") { Description = "Last day, yyyy-MM-dd." };
        var disclosure = new Option<string?>("--disclosure") { Description = "The public disclosure of the incentive (default: a sentence naming both rewards)." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("add", "Add a two-way referral program.") { name, advocateReward, friendReward, on, cap, from, to, disclosure, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var added = await scope.Handler<AdvocacyHandler>().AddProgramAsync(scope.Workspace, ReportOptions.Values(parse, name, advocateReward, friendReward, on, cap, from, to, disclosure), cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, AdvocacyOutput.Program(added));
                return 0;
            }

            TableOutput.Write(context, AdvocacyOutput.Programs([added]), OutputFormat.Table, $"Program {added.Id} added · {Display.Text(scope.Workspace.Name)}");
            return 0;
        });
        return command;
    }

    private static Command ListPrograms(CliContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the referral programs with their rewards, rules and disclosure.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var programs = await scope.Handler<AdvocacyHandler>().ProgramsAsync(scope.Workspace, cancellationToken);
            TableOutput.Write(context, parse.GetValue(format), () => AdvocacyOutput.ProgramsJson(scope.Workspace.Name, programs), () => AdvocacyOutput.Programs(programs), $"Referral programs · {Display.Text(scope.Workspace.Name)}", "No programs yet. Add one with [bold]payoff program add --name NAME --advocate-reward 10 --friend-reward 5 --on lead[/].");
            return 0;
        });
        return command;
    }
}
