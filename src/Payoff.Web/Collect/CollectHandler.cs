using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Payoff.Core.Collect;
using Payoff.Core.Events;
using Payoff.Core.Tracking;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Collect;

/// <summary>
/// Turns one collect event into a record: checks the site and domain, the fields and their limits,
/// drops bots, spam and opted-out visitors, decides the visitor and the time, and classifies the
/// source with the same rules as the importer.
/// </summary>
/// <remarks>
/// What depends only on the page URL and referrer, or only on the user agent, comes from
/// <see cref="HitClassifier"/>'s bounded caches once the strings have passed their length checks.
/// </remarks>
public sealed partial class CollectHandler(SiteDirectory sites, VisitorIdentity identity, HitClassifier classifier, WebOptions options)
{
    /// <summary>The outcome of event <paramref name="index"/>.</summary>
    public async ValueTask<EventOutcome> HandleAsync(int index, EventFields e, HttpContext context, ClientInfo client)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        var user = context.User;
        var authenticated = user.Identity?.IsAuthenticated == true;
        var keyWorkspace = authenticated ? ApiKeyClaims.WorkspaceId(user) : 0;
        if (authenticated && user.FindFirstValue(ApiKeyDefaults.ScopeClaim) != "write")
        {
            return Reject(index, "This API key is read-only; sending events needs a write key.");
        }

        var site = await sites.FindAsync(e.Site, context.RequestAborted).ConfigureAwait(false);
        if (site is null && (!authenticated || e.Site is not null) || site is not null && authenticated && site.WorkspaceId != keyWorkspace)
        {
            return Reject(index, e.Site is null ? "Field 'site' is required: the site key from 'payoff site add'." : $"Unknown site '{Clip(e.Site)}'.");
        }

        if (!EventTypes.TryParse(e.Type, out var type) || type == EventType.Click)
        {
            return Reject(index, $"Field 'type' must be pageview, lead, customer, conversion or outbound, not '{Clip(e.Type)}'.");
        }

        if (FieldProblem(e, type) is { } fieldError)
        {
            return Reject(index, fieldError);
        }

        var landing = classifier.Landing(e.Url, e.Referrer);
        if (SiteProblem(e, landing, site, context, authenticated) is { } error)
        {
            return Reject(index, error);
        }

        var now = options.Time.GetUtcNow();
        var workspaceId = site?.WorkspaceId ?? keyWorkspace;
        var partition = site?.SiteKey ?? $"w{workspaceId}";
        var ip = authenticated ? e.Ip : client.Ip;
        var userAgent = authenticated ? e.UserAgent : client.UserAgent;
        var agent = userAgent is null ? null : classifier.Agent(userAgent);
        var drop = Drop(landing, agent, site, context, authenticated);
        if (drop is { } reason)
        {
            return new EventOutcome(index, authenticated ? "dropped" : "accepted", null, authenticated ? reason.Name() : null, null)
            {
                Partition = partition,
                Record = new DroppedHit { WorkspaceId = workspaceId, HitId = Guid.CreateVersion7(now).ToString("N"), Timestamp = now, SiteId = site?.Id, Reason = reason },
            };
        }

        var (time, clockWarning, clockError) = EventClock.Resolve(now, authenticated ? e.Timestamp : e.Ts, e.SentAt, authenticated);
        if (clockError is not null)
        {
            return Reject(index, clockError);
        }

        List<string>? warnings = null;
        if (e.Warnings.Count > 0 || clockWarning is not null)
        {
            warnings = [.. e.Warnings];
            if (clockWarning is not null)
            {
                warnings.Add(clockWarning);
            }
        }

        var eventId = EventId(e, site, authenticated, now, ref warnings);
        var visitor = await VisitorAsync(e, site, authenticated, ip, userAgent, partition, context.RequestAborted).ConfigureAwait(false);
        var device = agent?.Device;
        var clickRef = type == EventType.Pageview ? landing.ClickRef : null;
        var tracked = new TrackedEvent
        {
            EventId = eventId,
            Timestamp = time,
            VisitorId = visitor,
            Type = type,
            Url = e.Url,
            Referrer = e.Referrer,
            Value = e.Value,
            Currency = e.Currency?.ToUpperInvariant(),
            ContactId = e.ContactId,
            Name = e.Name,
            SiteId = site?.Id,
            Device = device?.Device,
            Browser = device?.Browser,
            Country = authenticated ? null : client.Country,
            Source = landing.Source!,
        };
        if (tracked.Source.TagProblem() is { } longTag)
        {
            return Reject(index, $"Field 'url': {longTag}");
        }

        return new EventOutcome(index, "accepted", null, null, warnings)
        {
            Partition = partition,
            Record = new CollectedEvent { WorkspaceId = workspaceId, Event = tracked, ClickRef = clickRef },
        };
    }

    private string? FieldProblem(EventFields e, EventType type)
    {
        if (e.Url is null && type is EventType.Pageview or EventType.Outbound)
        {
            return "Field 'url' is required for page views and outbound clicks.";
        }

        return TextProblem("url", e.Url, options.MaxUrlLength)
            ?? TextProblem("referrer", e.Referrer, options.MaxUrlLength)
            ?? TextProblem("name", e.Name, TextLimits.Tag)
            ?? TextProblem("event_id", e.EventId, 128)
            ?? TextProblem("contact_id", e.ContactId, 200)
            ?? TextProblem("visitor_id", e.VisitorId, 128)
            ?? TextProblem("user_agent", e.UserAgent, options.MaxUserAgentLength);
    }

    private static string? TextProblem(string name, string? value, int limit)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > limit)
        {
            return $"Field '{name}' is {value.Length} characters long; the limit is {limit}.";
        }

        return HasControl(value) ? $"Field '{name}' contains a control character." : null;
    }

    /// <summary>Whether <paramref name="text"/> holds a control character (<see cref="char.IsControl(char)"/>: C0, DEL or C1), without enumerating it.</summary>
    public static bool HasControl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().ContainsAnyInRange('\u0000', '\u001f') || text.AsSpan().ContainsAnyInRange('\u007f', '\u009f');
    }

    private static string? SiteProblem(EventFields e, Landing landing, Site? site, HttpContext context, bool authenticated)
    {
        if (e.Url is not null && !landing.IsWebUrl)
        {
            return "Field 'url' must be an absolute http or https URL.";
        }

        if (e.Currency is not null && !CurrencyPattern().IsMatch(e.Currency))
        {
            return $"Field 'currency' must be a three-letter ISO 4217 code, not '{Clip(e.Currency)}'.";
        }

        if (site is null)
        {
            return null;
        }

        if (e.Url is not null && !site.Owns(landing.Host))
        {
            return $"The page {Clip(landing.Host)} is not on the site {site.Domain}.";
        }

        var origin = context.Request.Headers.Origin.ToString();
        return !authenticated && origin.Length > 0 && origin != "null" && !site.Owns(HostName.Of(origin))
            ? $"Requests from {Clip(HostName.Of(origin))} may not send events for {site.Domain}."
            : null;
    }

    private static DropReason? Drop(Landing landing, Agent? agent, Site? site, HttpContext context, bool authenticated)
    {
        var headers = context.Request.Headers;
        if (!authenticated && site is not null && site.HonourDoNotTrack && (headers["DNT"] == "1" || headers["Sec-GPC"] == "1"))
        {
            return DropReason.OptedOut;
        }

        if (!authenticated && IsPrefetch(context.Request))
        {
            return DropReason.Prefetch;
        }

        // A browser always has a user agent (maybe empty); a server-side sender may leave the end user's out.
        if (agent?.Bot is { } bot)
        {
            return bot;
        }

        return landing.SpamReferrer ? DropReason.SpamReferrer : null;
    }

    /// <summary>Whether the request is a browser prefetch, prerender or preview rather than a visit.</summary>
    public static bool IsPrefetch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var h = request.Headers;
        return h["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
            || h["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
            || h["X-Purpose"].ToString().Contains("preview", StringComparison.OrdinalIgnoreCase)
            || h["X-Moz"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);
    }

    private static string EventId(EventFields e, Site? site, bool authenticated, DateTimeOffset now, ref List<string>? warnings)
    {
        if (e.EventId is null)
        {
            (warnings ??= []).Add("No event_id: a retry of this request would be counted twice. Send a unique event_id.");
            return "g:" + Guid.CreateVersion7(now).ToString("N");
        }

        // Browser ids are namespaced by site so a visitor cannot pre-empt a server-side id.
        return authenticated ? e.EventId : $"s{site!.Id}:{e.EventId}";
    }

    private async ValueTask<string?> VisitorAsync(EventFields e, Site? site, bool authenticated, string? ip, string? userAgent, string scope, CancellationToken cancellationToken)
    {
        if (authenticated && e.VisitorId is not null)
        {
            return e.VisitorId;
        }

        if (!authenticated && site?.Identity == IdentityMode.Cookie && e.Visitor is not null && CookiePattern().IsMatch(e.Visitor))
        {
            return "c_" + e.Visitor;
        }

        return ip is null || userAgent is null ? null : await identity.ResolveAsync(scope, ip, userAgent, cancellationToken).ConfigureAwait(false);
    }

    private static EventOutcome Reject(int index, string error) => new(index, "rejected", error, null, null);

    private static string Clip(string? text) => text is null ? string.Empty : text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex CookiePattern();
}
