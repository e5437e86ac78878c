using System.CommandLine;
using Payoff.Application.Advocacy;
using Payoff.Application.Links;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Web.Links;
using Spectre.Console;

namespace Payoff.Cli.Links;

/// <summary><c>payoff advocate link</c>: an advocate's personal referral short link for a program (not in the native CLI, as <c>payoff link</c>).</summary>
public static class AdvocateLinkCommand
{
    /// <summary>Builds <c>payoff advocate link</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var publicUrl = PublicUrlOption.Create();
        var code = new Option<string?>("--code") { Description = "The advocate's referral code (payoff advocate list).", Required = true };
        var program = new Option<string?>("--program") { Description = "The program's name (payoff program list).", Required = true };
        var to = new Option<string?>("--to") { Description = "The page the link opens: one of the workspace's sites.", Required = true };
        var network = new Option<string?>("--network") { Description = "Where the advocate will share it (instagram, whatsapp, facebook…): its utm_content." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("link", "Make an advocate's referral short link: utm_source=referral, utm_medium=advocate, utm_campaign=PROGRAM and ref=CODE on the destination.") { code, program, to, network, publicUrl, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var created = await scope.Handler<AdvocacyHandler>().LinkAsync(scope.Workspace, ReportOptions.Values(parse, code, program, to, network), scope.Handler<CreateLinkHandler>(), cancellationToken);
            var publicBase = PublicUrlOption.Resolve(context, parse.GetValue(publicUrl));
            var view = LinkView.Of(created.Link, publicBase, created.Warnings);
            var share = await scope.Handler<AdvocacyHandler>().ShareTextAsync(scope.Workspace, parse.GetValue(program)!, view.ShortUrl, publicBase, cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                var json = LinkCommand.ToJson(view);
                json["shareText"] = share;
                Json.Write(context.Out, json);
                return 0;
            }

            context.Console.MarkupLine($"Referral link: [bold]{Display.Text(view.ShortUrl)}[/]");
            context.Console.MarkupLine($"Goes to:       {Display.Text(view.TaggedUrl)}");
            context.Console.MarkupLine($"Share text:    {Display.Text(share)}");
            LinkCommand.Warnings(context, view);
            return 0;
        });
        return command;
    }
}
