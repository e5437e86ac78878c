using System.CommandLine;
using System.Globalization;
using Payoff.Application.Publishing;
using Payoff.Application.Tables;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Core.Publishing;
using Spectre.Console;
using TableRow = Payoff.Application.Tables.TableRow;

namespace Payoff.Cli.Publishing;

/// <summary><c>payoff share create|list|revoke</c>: read-only links for clients, without an account.</summary>
public static class ShareCommand
{
    /// <summary>Builds <c>payoff share</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var share = new Command("share", "Share links: a read-only view of a template or a dashboard page for a period, opened without an account, expiring and revocable.");
        share.Add(Add(context));
        share.Add(List(context));
        share.Add(Revoke(context));
        return share;
    }

    private static Command Add(CliContext context)
    {
        var template = new Option<string?>("--template") { Description = "The template the link shows (payoff template list)." };
        var page = new Option<string?>("--page") { Description = $"Or the page it shows: {string.Join(", ", SharePages.Sections.Keys)}." };
        var range = new Option<string?>("--range") { Description = "A rolling period: last-week, last-month, month-to-date or last-quarter (default: the template's, else last-month)." };
        var (from, to) = ReportOptions.Range();
        var days = new Option<string?>("--days") { Description = "Days until it expires, 1 to 366 (default 30)." };
        var label = new Option<string?>("--label") { Description = "A note for your own list (\"for Kawa Bar's owner\")." };
        var url = PublicUrlOption();
        var command = new Command("create", "Create a share link; its address is printed once (only a hash of it is stored).") { template, page, range, from, to, days, label, url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, template, page, range, from, to, days, label);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var created = await scope.Handler<SharesHandler>().CreateAsync(scope.Workspace, values, "cli", cancellationToken);
            var address = $"{(parse.GetValue(url) ?? context.Environment.GetValueOrDefault("PAYOFF_PUBLIC_URL") ?? "http://127.0.0.1:5080").TrimEnd('/')}/share/{created.Token}";
            context.Console.MarkupLine($"Share link {created.Link.Id.ToString(CultureInfo.InvariantCulture)} — {Display.Text(What(created.Link))}, expires {created.Link.Spec.ExpiresAt:yyyy-MM-dd HH:mm} UTC:");
            context.Out.WriteLine(address);
            context.Console.MarkupLine("[grey]Keep it: Payoff stores only its hash and cannot show it again. payoff share revoke ID stops it.[/]");
            return 0;
        });
        return command;
    }

    private static Option<string?> PublicUrlOption() => new("--url") { Description = "The server's public address the link starts with (default: PAYOFF_PUBLIC_URL, else http://127.0.0.1:5080)." };

    private static Command List(CliContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the share links with their expiry, last use and openings.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var all = await scope.Handler<SharesHandler>().ListAsync(scope.Workspace, cancellationToken);
            var now = context.Time.GetUtcNow();
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => new System.Text.Json.Nodes.JsonObject { ["workspace"] = scope.Workspace.Name, ["shares"] = new System.Text.Json.Nodes.JsonArray([.. all.Select(s => (System.Text.Json.Nodes.JsonNode)PublishingJson.Share(s, now))]) },
                () => new ReportTable(
                    "shares",
                    "Share links",
                    [new("Id", CellKind.Count), new("Shows"), new("Label"), new("Status"), new("Expires (UTC)"), new("Last used (UTC)"), new("Opened", CellKind.Count)],
                    [.. all.Select(s => new TableRow([s.Id, What(s), s.Spec.Label, PublishingJson.State(s, now), s.Spec.ExpiresAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.LastUsedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.Opens]))]),
                $"Share links · {Display.Text(scope.Workspace.Name)}",
                "No share links yet. Create one with [bold]payoff share create --template monthly-client[/].");
            return 0;
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The link's id (payoff share list)." };
        var command = new Command("revoke", "Revoke a share link: it stops working at once.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var revoked = await scope.Handler<SharesHandler>().RevokeAsync(scope.Workspace, parse.GetValue(id), cancellationToken);
            if (!revoked)
            {
                throw new CliException($"No live share link {parse.GetValue(id)} in this workspace (payoff share list).");
            }

            context.Console.MarkupLine($"Share link {parse.GetValue(id)} revoked.");
            return 0;
        });
        return command;
    }

    private static string What(ShareLink link) =>
        $"{(link.Spec.Template is { } t ? $"template {t}" : $"page {link.Spec.Page}")}, {(link.Spec.Days is { } d ? $"{d.From:yyyy-MM-dd} to {d.To:yyyy-MM-dd}" : ReportRanges.Name(link.Spec.Range ?? ReportRange.LastMonth))}";
}
