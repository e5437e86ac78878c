using System.CommandLine;
using Payoff.Application.Advocacy;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;

namespace Payoff.Cli.Advocacy;

/// <summary><c>payoff report advocates</c> and <c>payoff reward list|approve|pay|void|history</c> through <see cref="AdvocacyHandler"/> (issue 19).</summary>
public static class AdvocatesReportCommand
{
    /// <summary>Builds <c>payoff report advocates</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var program = new Option<string?>("--program") { Description = "Only this referral program (its name); all referrals when omitted." };
        var model = new Option<string?>("--model") { Description = "How friends' actions are credited: first-referral (default: the advocate whose referral reached the friend first) or an attribution model (first-touch, last-touch, linear, time-decay, position-based, markov, shapley) over the friend's journey." };
        var table = new Option<string?>("--table") { Description = "Which table the table and CSV formats show: advocates (default) or exchange (invitations per advocate, conversion and K with 95 % intervals). JSON holds both." };
        var format = FormatOption.Create();
        var command = new Command("advocates", "What each advocate's friends did — link clicks, friends reached, visits, leads, customers, revenue, rewards — ranked by the friends' results, never by followers; with invitations per advocate, conversion and the viral coefficient K.") { from, to, program, model, table, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, from, to, program, model);
            var shown = (parse.GetValue(table) ?? "advocates").Trim().ToLowerInvariant();
            if (shown is not ("advocates" or "exchange"))
            {
                throw new CliException($"--table '{parse.GetValue(table)}' is not advocates or exchange.");
            }

            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var report = await scope.Handler<AdvocacyHandler>().ReportAsync(scope.Workspace, values, context.Time, cancellationToken);
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => AdvocacyOutput.ReportJson(scope.Workspace.Name, report),
                () => shown == "exchange" ? AdvocacyOutput.Exchange(report) : AdvocacyOutput.Results(report),
                Display.Title("Advocates", scope.Workspace.Name, report.Range),
                "No advocates yet. Add one with [bold]payoff advocate add --contact ID[/].");
            return 0;
        });
        return command;
    }

    /// <summary>Builds <c>payoff report advocate-candidates</c>.</summary>
    public static Command Candidates(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = new Option<string?>("--limit") { Description = "How many candidates (default 25, at most 10000)." };
        var format = FormatOption.Create();
        var command = new Command("advocate-candidates", "The customers most likely to advocate, scored from the CRM and the website (recency, purchases, revenue, recent visits, tenure), each with its reasons: a list to invite (--format csv).") { limit, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var candidates = await scope.Handler<AdvocacyHandler>().CandidatesAsync(scope.Workspace, ReportOptions.Values(parse, limit), context.Time, cancellationToken);
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => AdvocacyOutput.CandidatesJson(scope.Workspace.Name, scope.Workspace.Currency, candidates),
                () => AdvocacyOutput.Candidates(candidates, scope.Workspace.Currency),
                $"Advocate candidates · {Display.Text(scope.Workspace.Name)}",
                "No customers yet: candidates are scored from customers (payoff import contacts FILE, or purchases the website tracks).");
            return 0;
        });
        return command;
    }

    /// <summary>Builds <c>payoff reward</c>.</summary>
    public static Command Rewards(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reward = new Command("reward", "The two-way reward ledger: each qualifying friend action's advocate and friend rewards, with status (earned, approved, paid, voided) and history.");
        reward.Add(List(context));
        reward.Add(Change(context, "approve", "approved", "Approve a reward: checked and due."));
        reward.Add(Change(context, "pay", "paid", "Mark a reward paid."));
        reward.Add(Change(context, "void", "voided", "Void a reward with --reason: it is no longer owed nor counted as cost."));
        reward.Add(History(context));
        return reward;
    }

    private static Command List(CliContext context)
    {
        var program = new Option<string?>("--program") { Description = "Only this program." };
        var status = new Option<string?>("--status") { Description = "Only earned, approved, paid or voided rewards." };
        var code = new Option<string?>("--code") { Description = "Only this advocate's rewards (their referral code)." };
        var format = FormatOption.Create();
        var command = new Command("list", "List the rewards, oldest first, after creating those friends' new actions earned.") { program, status, code, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var ledger = await scope.Handler<AdvocacyHandler>().RewardsAsync(scope.Workspace, ReportOptions.Values(parse, program, status, code), cancellationToken);
            TableOutput.Write(context, parse.GetValue(format), () => AdvocacyOutput.RewardsJson(scope.Workspace.Name, ledger), () => AdvocacyOutput.Rewards(ledger), $"Rewards · {Display.Text(scope.Workspace.Name)}", "No rewards yet: they are earned when an advocate's friend does what a program rewards (payoff program list).");
            return 0;
        });
        return command;
    }

    private static Command Change(CliContext context, string verb, string status, string description)
    {
        var id = new Argument<long>("id") { Description = "The reward's id (payoff reward list)." };
        var reason = new Option<string?>("--reason") { Description = status == "voided" ? "Why it is voided (required)." : "A note kept in the history (optional)." };
        var command = new Command(verb, description) { id, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var values = new Application.Requests.RequestValues(new Dictionary<string, string?> { ["status"] = status, ["reason"] = parse.GetValue(reason) }, "--");
            var history = await scope.Handler<AdvocacyHandler>().SetRewardStatusAsync(scope.Workspace, parse.GetValue(id), values, Environment.UserName, cancellationToken);
            TableOutput.Write(context, AdvocacyOutput.History(history), OutputFormat.Table, $"Reward {parse.GetValue(id)} {status} · {Display.Text(scope.Workspace.Name)}");
            return 0;
        });
        return command;
    }

    private static Command History(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "The reward's id." };
        var format = FormatOption.Create();
        var command = new Command("history", "Show every status a reward had: when, by whom and why.") { id, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var history = await scope.Handler<AdvocacyHandler>().RewardHistoryAsync(scope.Workspace, parse.GetValue(id), cancellationToken);
            TableOutput.Write(context, AdvocacyOutput.History(history), parse.GetValue(format), $"Reward {parse.GetValue(id)} · {Display.Text(scope.Workspace.Name)}");
            return 0;
        });
        return command;
    }
}
