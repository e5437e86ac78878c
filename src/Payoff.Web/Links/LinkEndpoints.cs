using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Payoff.Application.Links;
using Payoff.Application.Requests;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Links;
using Payoff.Core.Workspaces;
using Payoff.Web.Access;
using Payoff.Web.Collect;
using Payoff.Web.Hosting;
using Payoff.Core.Stores;

namespace Payoff.Web.Links;

/// <summary>Maps the short-link redirect, QR codes and the links API (the links report is in <see cref="Reports.ReportEndpoints"/>).</summary>
public static partial class LinkEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLinks(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/l/{slug}", ["GET", "HEAD"], RedirectAsync)
            .WithName("FollowLink").WithTags("Links")
            .WithSummary("Record a click and redirect (302) to the link's destination with its tags.")
            .WithDescription("The destination comes only from the stored link; query parameters of the request are ignored. Unknown or disabled links answer 404. HEAD, prefetch and bot requests redirect too but are not counted as clicks. 429 with Retry-After past the requests one IP address may make per minute.")
            .ShortCircuit();
        app.MapGet("/l/{slug}/qr.svg", async (string slug, LinkDirectory links, WebOptions options, CancellationToken cancellationToken) =>
            await FindAsync(links, slug, cancellationToken) is { } link ? Results.Text(QrCodes.Svg($"{options.PublicBase}/l/{link.Slug}"), "image/svg+xml") : Results.NotFound())
            .WithName("LinkQrSvg").WithTags("Links").WithSummary("The link's QR code as SVG.");
        app.MapGet("/l/{slug}/qr.png", async (string slug, LinkDirectory links, WebOptions options, CancellationToken cancellationToken) =>
            await FindAsync(links, slug, cancellationToken) is { } link ? Results.File(QrCodes.Png($"{options.PublicBase}/l/{link.Slug}"), "image/png") : Results.NotFound())
            .WithName("LinkQrPng").WithTags("Links").WithSummary("The link's QR code as PNG.");

        var api = app.MapGroup("/api").WithTags("Links");
        api.MapGet("/links", async (ClaimsPrincipal user, IStore store, WebOptions options, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
                return TypedResults.Ok((await session.Links.ListAsync(workspace, cancellationToken)).Select(l => LinkView.Of(l, options.PublicBase)).ToList());
            })
            .WithName("ListLinks").WithSummary("The workspace's tracked links.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/links", PostAsync)
            .WithName("CreateLink").WithSummary("Create a tracked link: validates the destination and tags, returns the short URL, tagged URL, QR codes and tagging warnings.")
            .RequireAuthorization(ApiKeyDefaults.WritePolicy);
        return app;
    }

    private static async Task<TrackedLink?> FindAsync(LinkDirectory links, string slug, CancellationToken cancellationToken) =>
        Slug.IsValid(slug) && await links.FindAsync(slug, cancellationToken) is { Link.Enabled: true } route ? route.Link : null;

    private static async Task<Results<Created<LinkView>, ProblemHttpResult>> PostAsync(LinkRequest request, ClaimsPrincipal user, IStore store, CreateLinkHandler handler, LinkDirectory links, WebOptions options, CancellationToken cancellationToken)
    {
        var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
        try
        {
            var view = await CreateAsync(handler, workspace, request, links, options, cancellationToken);
            return TypedResults.Created(view.ShortUrl, view);
        }
        catch (RequestException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (StoreException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>
    /// Creates a link through <paramref name="handler"/> (the API's and the dashboard's way), makes the redirect forget its
    /// cached lookups, and returns the link's view with its tagging warnings.
    /// </summary>
    /// <exception cref="RequestException">The destination or the tags are wrong (400).</exception>
    /// <exception cref="StoreException">The slug is taken (409).</exception>
    public static async Task<LinkView> CreateAsync(CreateLinkHandler handler, Workspace workspace, LinkRequest request, LinkDirectory links, WebOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(options);
        var created = await handler.HandleAsync(workspace, request, cancellationToken);
        links.Forget();
        return LinkView.Of(created.Link, options.PublicBase, created.Warnings);
    }

    /// <summary>
    /// The redirect. It answers straight from routing (no cookie authentication, authorization, antiforgery, query
    /// check or rate-limiting middleware: it reads no cookie, no query and changes no cached report), limits each client
    /// IP with <see cref="LinkRateLimiter"/>, and redirects without waiting for the click's sync (see
    /// <see cref="IngestService.AppendUnwaited"/>).
    /// </summary>
    private static async Task<IResult> RedirectAsync(string slug, HttpContext context, LinkDirectory links, IngestService ingest, VisitorIdentity identity, HitClassifier classifier, LinkRateLimiter limiter, WebOptions options, ILogger<LinkDirectory> logger)
    {
        if (limiter.TryTake(ClientInfo.AddressOf(context)) is { } retry)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (!Slug.IsValid(slug) || await links.FindAsync(slug, context.RequestAborted) is not { Link.Enabled: true } route)
        {
            return Results.NotFound("No such link.");
        }

        var link = route.Link;
        var client = ClientInfo.Of(context);
        var referrer = context.Request.Headers.Referer.ToString();
        referrer = referrer.Length == 0 || referrer.Length > options.MaxUrlLength || CollectHandler.HasControl(referrer) ? string.Empty : referrer;
        var agent = classifier.Agent(client.UserAgent);
        var landing = classifier.Landing(route.ClickTemplate, referrer);
        DropReason? reason = HttpMethods.IsHead(context.Request.Method) ? DropReason.HeadRequest
            : CollectHandler.IsPrefetch(context.Request) ? DropReason.Prefetch
            : (client.UserAgent.Length > options.MaxUserAgentLength ? BotDetector.Classify(null) : agent.Bot)
              ?? (landing.SpamReferrer ? DropReason.SpamReferrer : null);
        var now = options.Time.GetUtcNow();
        var clickId = ClickIds.Next();
        var target = reason is null ? route.TargetWith(clickId) : route.TaggedUrl;
        var visitor = await identity.ResolveAsync(route.VisitorScope, client.Ip, client.UserAgent, context.RequestAborted);
        var click = new LinkClick
        {
            WorkspaceId = route.WorkspaceId,
            ClickId = clickId,
            LinkId = link.Id,
            Timestamp = now,
            VisitorId = visitor,
            Reason = reason,
            Destination = target,
            // The click event is built from the click and this when applied: one record, nothing written twice.
            // Classified by the target with a placeholder reference: the reference changes no channel, and the cache is shared by every click.
            Visit = reason is not null ? null : new ClickVisit(
                referrer.Length == 0 ? null : referrer,
                link.Slug,
                agent.Device.Device,
                agent.Device.Browser,
                client.Country,
                landing.Source ?? ChannelClassifier.Default.Classify(target, referrer)),
        };
        try
        {
            // Not waiting for the sync: the redirect acknowledges nothing that anyone would send again, so a click
            // whose write fails is lost whether the person waited for it or not; waiting would only slow them down.
            await ingest.AppendUnwaited([click], ex => LogClickLost(logger, link.Slug, ex.Message));
        }
        catch (SpoolFullException ex)
        {
            // The person still gets where the link promises; the lost click is logged and shows in /health.
            LogClickLost(logger, link.Slug, ex.Message);
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Redirect(target);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A click on {Slug} could not be recorded: {Error}")]
    private static partial void LogClickLost(ILogger logger, string slug, string error);
}
