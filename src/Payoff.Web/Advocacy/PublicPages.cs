using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Advocacy;
using Payoff.Core.Advocacy;
using Payoff.Core.Money;
using Payoff.Core.Stores;

namespace Payoff.Web.Advocacy;

/// <summary>
/// The workspace's public pages, served without sign-in, cookies or script (small, fast, accessible HTML):
/// <list type="bullet">
/// <item><c>GET /b/{handle}</c>: the link-in-bio page — the tracked links the workspace chose, with titles and images; each
/// goes through its short link (<c>/l/{slug}</c>), so an Instagram or TikTok bio link is measured per link (clicks, visits,
/// leads) like every other short link.</item>
/// <item><c>GET /p/{handle}/{program}</c>: a referral program's public page with its disclosure (seed 001: transparency about
/// incentives keeps the channel's integrity), both rewards, what earns them and the window. The referral short link still
/// redirects at once (302); this page is where the disclosure lives.</item>
/// </list>
/// An unknown handle or program answers 404. All text is HTML-encoded; images load only over https.
/// </summary>
public static class PublicPages
{
    private const string Style = "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2430}main{max-width:34rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.4rem;text-align:center}ul{list-style:none;padding:0}li{margin:.75rem 0}a.item{display:flex;gap:.75rem;align-items:center;padding:.9rem 1rem;background:#fff;border:1px solid #cdd3dc;border-radius:.6rem;color:#14325c;text-decoration:none;font-weight:600;overflow-wrap:anywhere}a.item:focus,a.item:hover{outline:3px solid #2f6fd0;outline-offset:2px}img{width:48px;height:48px;object-fit:cover;border-radius:.4rem}dl{background:#fff;border:1px solid #cdd3dc;border-radius:.6rem;padding:1rem}dt{font-weight:600}dd{margin:0 0 .5rem}.disclosure{background:#fff8e1;border:1px solid #e0c46c;border-radius:.6rem;padding:1rem}footer{text-align:center;font-size:.8rem;color:#5b6473;margin-top:2rem}";

    /// <summary>Maps the pages.</summary>
    public static IEndpointRouteBuilder MapPublicPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/b/{handle}", async (string handle, HttpContext context, IStore store, WebOptions options, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                if (await AdvocacyHandler.PublicWorkspaceAsync(session, handle, cancellationToken) is not { } workspace)
                {
                    return Results.NotFound();
                }

                var (_, links) = await AdvocacyHandler.BioAsync(session, workspace, cancellationToken);
                var html = new StringBuilder();
                var e = HtmlEncoder.Default;
                html.Append(CultureInfo.InvariantCulture, $"<h1>{e.Encode(workspace.Name)}</h1><ul>");
                foreach (var (entry, link) in links.Where(l => l.Link.Enabled))
                {
                    var image = entry.ImageUrl is { } src ? $"<img src=\"{e.Encode(src)}\" alt=\"\" loading=\"lazy\" referrerpolicy=\"no-referrer\">" : string.Empty;
                    html.Append(CultureInfo.InvariantCulture, $"<li><a class=\"item\" href=\"{e.Encode($"{options.PublicBase}/l/{link.Slug}")}\" rel=\"noopener\">{image}<span>{e.Encode(entry.Title)}</span></a></li>");
                }

                html.Append("</ul>");
                if (links.Count == 0)
                {
                    html.Append("<p>No links yet.</p>");
                }

                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
                context.Response.Headers.CacheControl = "public, max-age=60";
                return Results.Content(Page(workspace.Name, html.ToString()), "text/html; charset=utf-8");
            })
            .ExcludeFromDescription();
        app.MapGet("/p/{handle}/{program}", async (string handle, string program, HttpContext context, IStore store, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                if (await AdvocacyHandler.PublicWorkspaceAsync(session, handle, cancellationToken) is not { } workspace)
                {
                    return Results.NotFound();
                }

                var name = Uri.UnescapeDataString(program);
                var found = (await session.Advocacy.ProgramsAsync(workspace, cancellationToken)).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (found is null)
                {
                    return Results.NotFound();
                }

                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
                return Results.Content(Page($"{found.Name} · {workspace.Name}", ProgramBody(workspace.Name, found)), "text/html; charset=utf-8");
            })
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The program page's body: its name, disclosure, rewards, trigger, cap and window, encoded.</summary>
    public static string ProgramBody(string workspace, ReferralProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var e = HtmlEncoder.Default;
        var c = CultureInfo.InvariantCulture;
        var what = program.On switch { RewardTrigger.Lead => "sign up", RewardTrigger.Customer => "become a customer", _ => $"complete “{program.Conversion}”" };
        var window = (program.From, program.To) switch
        {
            ({ } f, { } t) => string.Create(c, $"{f:yyyy-MM-dd} to {t:yyyy-MM-dd}"),
            ({ } f, null) => string.Create(c, $"from {f:yyyy-MM-dd}"),
            (null, { } t) => string.Create(c, $"until {t:yyyy-MM-dd}"),
            _ => "open-ended",
        };
        return string.Create(c, $"""
            <h1>{e.Encode(program.Name)}</h1>
            <p style="text-align:center">A referral program of {e.Encode(workspace)}.</p>
            <section class="disclosure" aria-labelledby="d"><h2 id="d" style="font-size:1rem;margin-top:0">Disclosure</h2><p>{e.Encode(program.Disclosure ?? AdvocacyHandler.DefaultDisclosure(program))}</p></section>
            <dl>
            <dt>The friend gets</dt><dd>{e.Encode(Currencies.Format(program.FriendReward, program.Currency))} {e.Encode(program.Currency)} when they {e.Encode(what)} after following a referral link.</dd>
            <dt>The person who shared it gets</dt><dd>{e.Encode(Currencies.Format(program.AdvocateReward, program.Currency))} {e.Encode(program.Currency)} for it{(program.Cap is { } cap ? $", at most {cap} times a month" : string.Empty)}.</dd>
            <dt>When</dt><dd>{e.Encode(window)}</dd>
            <dt>Not rewarded</dt><dd>Referring yourself, or a friend who already was a customer or contact.</dd>
            </dl>
            """);
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>{HtmlEncoder.Default.Encode(title)}</title><style>{Style}</style></head><body><main>{body}<footer>Measured by Payoff · no cookies</footer></main></body></html>";
}
