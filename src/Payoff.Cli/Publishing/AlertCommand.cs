using System.CommandLine;
using Payoff.Application.Publishing;
using Payoff.Application.Tables;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Core.Publishing;
using Payoff.Publishing.Alerts;
using Spectre.Console;
using TableRow = Payoff.Application.Tables.TableRow;

namespace Payoff.Cli.Publishing;

/// <summary><c>payoff alert set|list|remove|check</c>: e-mails when a goal turns off track, the negative share rises, CPL doubles or collect goes silent.</summary>
public static class AlertCommand
{
    /// <summary>Builds <c>payoff alert</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var alert = new Command("alert", "Alerts: one e-mail when something starts to hold — a goal off track, a rise in the negative share, a network's cost per lead doubling, collect silent for a day.");
        var kinds = string.Join(", ", AlertKinds.All.Select(AlertKinds.Name));
        var kind = new Option<string?>("--kind") { Description = $"What to watch: {kinds}.", Required = true };
        var email = new Option<string?>("--email") { Description = "Recipients, separated by commas.", Required = true };
        var paused = new Option<string?>("--paused") { Description = "true to pause the rule." };
        var set = new Command("set", "Set an alert rule (one per kind).") { kind, email, paused };
        set.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var rule = await scope.Handler<AlertsHandler>().SetAsync(scope.Workspace, ReportOptions.Values(parse, kind, email, paused), cancellationToken);
            context.Console.MarkupLine($"Alert [bold]{AlertKinds.Name(rule.Kind)}[/] {(rule.Enabled ? "on" : "paused")} for {Display.Text(string.Join(", ", rule.Recipients))}; the running server checks it hourly.");
            return 0;
        });
        alert.Add(set);

        var format = FormatOption.Create();
        var list = new Command("list", "List the alert rules, what holds and the last result.") { format };
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var all = await scope.Handler<AlertsHandler>().ListAsync(scope.Workspace, cancellationToken);
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => new System.Text.Json.Nodes.JsonObject { ["workspace"] = scope.Workspace.Name, ["alerts"] = new System.Text.Json.Nodes.JsonArray([.. all.Select(a => (System.Text.Json.Nodes.JsonNode)PublishingJson.Alert(a))]) },
                () => new ReportTable(
                    "alerts",
                    "Alerts",
                    [new("Kind"), new("To"), new("On"), new("Holding"), new("Last check (UTC)"), new("Last result")],
                    [.. all.Select(a => new TableRow([AlertKinds.Name(a.Kind), string.Join(", ", a.Recipients), a.Enabled ? "yes" : "paused", string.Join(", ", a.Holding.Keys), a.CheckedAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), a.LastResult]))]),
                $"Alerts · {Display.Text(scope.Workspace.Name)}",
                $"No alert rules yet. Add one with [bold]payoff alert set --kind goal-off-track --email you@example.com[/].");
            return 0;
        });
        alert.Add(list);

        var removeKind = new Option<string?>("--kind") { Description = $"The rule to remove: {kinds}.", Required = true };
        var remove = new Command("remove", "Remove an alert rule.") { removeKind };
        remove.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var removed = await scope.Handler<AlertsHandler>().RemoveAsync(scope.Workspace, ReportOptions.Values(parse, removeKind), cancellationToken);
            context.Console.MarkupLine(removed ? "Alert rule removed." : "There was no such alert rule.");
            return 0;
        });
        alert.Add(remove);

        var check = new Command("check", "Check every alert rule now (the server does it hourly) and e-mail what started to hold.");
        check.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var result = await scope.Handler<AlertRunner>().CheckAsync(force: true, cancellationToken);
            foreach (var failure in result.Failures)
            {
                context.Console.MarkupLineInterpolated($"[red]Not sent[/] {failure}");
            }

            context.Console.MarkupLine(result.Failures.Count > 0
                ? $"Checked: {result.Failures.Count} alert e-mail(s) could not be sent, {result.Sent} sent; the next check tries again."
                : result.Sent == 0 ? "Checked: nothing started to hold, no e-mail sent." : $"Checked: {result.Sent} alert e-mail(s) sent.");
            return result.Failures.Count > 0 ? 1 : 0;
        });
        alert.Add(check);
        return alert;
    }
}
