using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Requests;
using Payoff.Application.Sites;
using Payoff.Cli.Output;
using Payoff.Core.Collect;
using Payoff.Web.Script;
using Spectre.Console;

namespace Payoff.Cli.Sites;

/// <summary><c>payoff site add|list|set</c>: the websites a workspace tracks with the script.</summary>
public static class SiteCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var publicUrl = PublicUrlOption.Create();
        var command = new Command("site", "Register the websites you track and get their script tag.") { publicUrl };
        command.Add(Add(context, publicUrl));
        command.Add(List(context, publicUrl));
        command.Add(Set(context, publicUrl));
        return command;
    }

    /// <summary>The registered form of a domain (<see cref="SiteDomain"/>).</summary>
    /// <exception cref="RequestException">Not a domain.</exception>
    public static string NormalizeDomain(string text) => AddSiteHandler.Domain(text);

    private static Command Add(CliContext context, Option<string?> publicUrl)
    {
        var domain = new Argument<string>("DOMAIN") { Description = "The site's domain (example.com); its subdomains belong to it." };
        var cookieless = new Option<bool>("--cookieless") { Description = "Tell visitors apart without a cookie (daily salted hash; no multi-day journeys)." };
        var dnt = new Option<bool>("--honour-dnt") { Description = "Do not record visitors whose browser sends Do-Not-Track or Global Privacy Control." };
        var command = new Command("add", "Register a site and print the <script> tag to paste into its pages.") { domain, cookieless, dnt };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = NormalizeDomain(parse.GetValue(domain)!);
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var workspace = await context.WorkspaceAsync(store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var site = await services.GetRequiredService<AddSiteHandler>().HandleAsync(workspace, name, parse.GetValue(cookieless) ? IdentityMode.Cookieless : IdentityMode.Cookie, parse.GetValue(dnt), cancellationToken);
            context.Console.MarkupLine($"Registered [bold]{Display.Text(site.Domain)}[/] in workspace {Display.Text(workspace.Name)}. Paste this into every page, before </head>:");
            context.Out.WriteLine(ScriptTag.For(site, PublicUrlOption.Resolve(context, parse.GetValue(publicUrl))));
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context, Option<string?> publicUrl)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("list", "List the workspace's sites with their script tags.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            IReadOnlyList<Site> sites;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
                sites = await session.Sites.ListAsync(workspace, cancellationToken);
            }

            var baseUrl = PublicUrlOption.Resolve(context, parse.GetValue(publicUrl));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonArray([.. sites.Select(s => (JsonNode?)new JsonObject
                {
                    ["domain"] = s.Domain,
                    ["siteKey"] = s.SiteKey,
                    ["identity"] = s.Identity.ToString().ToLowerInvariant(),
                    ["honourDnt"] = s.HonourDoNotTrack,
                    ["scriptTag"] = ScriptTag.For(s, baseUrl),
                })]));
                return 0;
            }

            if (sites.Count == 0)
            {
                context.Console.MarkupLine("No sites yet. Register one with [bold]payoff site add example.com[/].");
                return 0;
            }

            foreach (var s in sites)
            {
                context.Console.MarkupLine($"[bold]{Display.Text(s.Domain)}[/]  key {s.SiteKey}, {s.Identity.ToString().ToLowerInvariant()} ids{(s.HonourDoNotTrack ? ", honours Do-Not-Track" : string.Empty)}");
                context.Out.WriteLine(ScriptTag.For(s, baseUrl));
            }

            return 0;
        });
        return command;
    }

    private static Command Set(CliContext context, Option<string?> publicUrl)
    {
        var domain = new Argument<string>("DOMAIN") { Description = "The registered domain." };
        var identity = new Option<string?>("--identity") { Description = "cookie (default) or cookieless." };
        identity.AcceptOnlyFromAmong("cookie", "cookieless");
        var dnt = new Option<bool?>("--honour-dnt") { Description = "true to honour Do-Not-Track and Global Privacy Control, false not to." };
        var command = new Command("set", "Change a site's identity mode or Do-Not-Track choice (prints the new tag).") { domain, identity, dnt };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = NormalizeDomain(parse.GetValue(domain)!);
            using var store = context.OpenStore(parse);
            Site site;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
                site = (await session.Sites.ListAsync(workspace, cancellationToken)).FirstOrDefault(s => s.Domain == name) ?? throw new CliException($"Workspace {workspace.Name} has no site {name}; 'payoff site list' shows its sites.");
                site = await session.Sites.UpdateAsync(site with
                {
                    Identity = parse.GetValue(identity) is { } mode ? Enum.Parse<IdentityMode>(mode, ignoreCase: true) : site.Identity,
                    HonourDoNotTrack = parse.GetValue(dnt) ?? site.HonourDoNotTrack,
                }, cancellationToken);
            }

            context.Out.WriteLine(ScriptTag.For(site, PublicUrlOption.Resolve(context, parse.GetValue(publicUrl))));
            return 0;
        });
        return command;
    }
}
