using System.CommandLine;
using System.Text.Json.Nodes;
using Payoff.Application.Links;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Web.Links;
using Spectre.Console;

namespace Payoff.Cli.Links;

/// <summary><c>payoff link create|list|disable|enable|qr</c>: tracked short links with a UTM builder.</summary>
public static class LinkCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var publicUrl = PublicUrlOption.Create();
        var command = new Command("link", "Build tagged URLs and tracked short links (/l/slug) with QR codes.") { publicUrl };
        command.Add(CreateLink(context, publicUrl));
        command.Add(List(context, publicUrl));
        command.Add(Toggle(context, "disable", false));
        command.Add(Toggle(context, "enable", true));
        command.Add(Qr(context, publicUrl));
        return command;
    }

    private static Command CreateLink(CliContext context, Option<string?> publicUrl)
    {
        var to = new Option<string>("--to") { Description = "The destination URL (http or https).", Required = true };
        var source = new Option<string?>("--source") { Description = "utm_source, e.g. facebook (default: the --network)." };
        var medium = new Option<string?>("--medium") { Description = "utm_medium, e.g. social, paid_social, email (default with --network: social)." };
        var campaign = new Option<string>("--campaign") { Description = "utm_campaign.", Required = true };
        var content = new Option<string?>("--content") { Description = "utm_content: the post or creative." };
        var term = new Option<string?>("--term") { Description = "utm_term." };
        var slug = new Option<string?>("--slug") { Description = "The short name (letters, digits, - and _); random when omitted." };
        var network = new Option<string?>("--network") { Description = "The network the link will be posted on (facebook, linkedin, x…)." };
        var anyDomain = new Option<bool>("--any-domain") { Description = "Allow a destination outside the workspace's sites." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("create", "Create a tracked link: prints the short link, the tagged URL and any tagging warnings.")
        {
            to, source, medium, campaign, content, term, slug, network, anyDomain, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = LinkInput.Parse(ReportOptions.Values(parse, to, source, medium, campaign, content, term, slug, network, anyDomain));
            var created = await scope.Handler<CreateLinkHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            var view = LinkView.Of(created.Link, PublicUrlOption.Resolve(context, parse.GetValue(publicUrl)), created.Warnings);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, ToJson(view));
                return 0;
            }

            context.Console.MarkupLine($"Short link: [bold]{Display.Text(view.ShortUrl)}[/]");
            context.Console.MarkupLine($"Goes to:    {Display.Text(view.TaggedUrl)}");
            context.Console.MarkupLine($"QR code:    {Display.Text(view.QrSvg)} (or 'payoff link qr {Display.Text(view.Slug)} --output FILE')");
            Warnings(context, view);
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context, Option<string?> publicUrl)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("list", "List the workspace's tracked links.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var session = await store.OpenSessionAsync(cancellationToken);
            var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var baseUrl = PublicUrlOption.Resolve(context, parse.GetValue(publicUrl));
            var views = (await session.Links.ListAsync(workspace, cancellationToken)).Select(l => LinkView.Of(l, baseUrl)).ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonArray([.. views.Select(v => (JsonNode?)ToJson(v))]));
                return 0;
            }

            if (views.Count == 0)
            {
                context.Console.MarkupLine("No links yet. Create one with [bold]payoff link create --to https://example.com --network facebook --campaign spring[/].");
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("Short link", "Source", "Medium", "Campaign", "Content", "Destination", "Enabled");
            foreach (var v in views)
            {
                table.AddRow(Display.Text(v.ShortUrl), Display.Text(v.Source), Display.Text(v.Medium), Display.Text(v.Campaign), Display.Text(v.Content ?? string.Empty), Display.Text(v.Destination), v.Enabled ? "yes" : "no");
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Toggle(CliContext context, string name, bool enabled)
    {
        var slug = new Argument<string>("SLUG") { Description = "The link's slug." };
        var command = new Command(name, enabled ? "Make a disabled link redirect again." : "Stop a link redirecting (it answers 404; its clicks are kept).") { slug };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            if (!await scope.Handler<EnableLinkHandler>().HandleAsync(scope.Workspace, parse.GetValue(slug)!, enabled, cancellationToken))
            {
                throw new CliException($"Workspace {scope.Workspace.Name} has no link '{parse.GetValue(slug)}'.");
            }

            context.Console.MarkupLine($"Link {Display.Text(parse.GetValue(slug)!)} {(enabled ? "enabled" : "disabled")}.");
            return 0;
        });
        return command;
    }

    private static Command Qr(CliContext context, Option<string?> publicUrl)
    {
        var slug = new Argument<string>("SLUG") { Description = "The link's slug." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The file to write; .png or .svg.", Required = true };
        var command = new Command("qr", "Write a link's QR code to a PNG or SVG file.") { slug, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var session = await store.OpenSessionAsync(cancellationToken);
            var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var link = (await session.Links.ListAsync(workspace, cancellationToken)).FirstOrDefault(l => l.Slug == parse.GetValue(slug))
                ?? throw new CliException($"Workspace {workspace.Name} has no link '{parse.GetValue(slug)}'.");
            var file = parse.GetValue(output)!;
            var url = $"{PublicUrlOption.Resolve(context, parse.GetValue(publicUrl))}/l/{link.Slug}";
            switch (file.Extension.ToLowerInvariant())
            {
                case ".png":
                    await File.WriteAllBytesAsync(file.FullName, QrCodes.Png(url), cancellationToken);
                    break;
                case ".svg":
                    await File.WriteAllTextAsync(file.FullName, QrCodes.Svg(url), cancellationToken);
                    break;
                default:
                    throw new CliException($"--output must end in .png or .svg, not '{file.Name}'.");
            }

            context.Console.MarkupLine($"Wrote the QR code of {Display.Text(url)} to {Display.Text(file.FullName)}.");
            return 0;
        });
        return command;
    }

    /// <summary>Prints a link's tagging warnings, one a line.</summary>
    internal static void Warnings(CliContext context, LinkView view)
    {
        foreach (var warning in view.Warnings)
        {
            context.Console.MarkupLine($"[yellow]Warning:[/] {Display.Text(warning)}");
        }
    }

    /// <summary>A link as <c>link create --format json</c> prints it.</summary>
    internal static JsonObject ToJson(LinkView v) => new()
    {
        ["slug"] = v.Slug,
        ["shortUrl"] = v.ShortUrl,
        ["taggedUrl"] = v.TaggedUrl,
        ["destination"] = v.Destination,
        ["source"] = v.Source,
        ["medium"] = v.Medium,
        ["campaign"] = v.Campaign,
        ["content"] = v.Content,
        ["term"] = v.Term,
        ["enabled"] = v.Enabled,
        ["qrSvg"] = v.QrSvg,
        ["qrPng"] = v.QrPng,
        ["warnings"] = new JsonArray([.. v.Warnings.Select(w => (JsonNode?)w)]),
    };
}
