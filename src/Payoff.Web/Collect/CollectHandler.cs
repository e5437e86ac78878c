using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Events;
using Payoff.Core.Links;
using Payoff.Core.Tracking;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Collect;

/// <summary>
/// Turns one collect event into a record: checks the site and domain, the fields and their limits,
/// drops bots, spam and opted-out visitors, decides the visitor and the time, and classifies the
/// source with the same rules as the importer.
/// </summary>
public sealed partial class CollectHandler(SiteDirectory sites, VisitorIdentity identity, WebOptions options)
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

        if (Check(e, type, site, context, authenticated) is { } error)
        {
            return Reject(index, error);
        }

        var now = options.Time.GetUtcNow();
        var workspaceId = site?.WorkspaceId ?? keyWorkspace;
        var partition = site?.SiteKey ?? $"w{workspaceId}";
        var ip = authenticated ? e.Ip : client.Ip;
        var userAgent = authenticated ? e.UserAgent : client.UserAgent;
        var drop = Drop(e, site, context, authenticated, userAgent);
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

        var warnings = new List<string>(e.Warnings);
        if (clockWarning is not null)
        {
            warnings.Add(clockWarning);
        }

        var eventId = EventId(e, site, authenticated, now, warnings);
        var visitor = await VisitorAsync(e, site, authenticated, ip, userAgent, partition, context.RequestAborted).ConfigureAwait(false);
        var device = userAgent is null ? null : DeviceClass.Of(userAgent);
        var query = type == EventType.Pageview ? Core.Tracking.QueryString.Parse(e.Url) : null;
        var clickRef = query is not null && query.TryGetValue(TrackedLink.ClickParameter, out var lc) && ClickRefPattern().IsMatch(lc) ? lc : null;
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
            Source = ChannelClassifier.Default.Classify(e.Url, e.Referrer),
        };
        if (tracked.Source.TagProblem() is { } longTag)
        {
            return Reject(index, $"Field 'url': {longTag}");
        }

        return new EventOutcome(index, "accepted", null, null, warnings.Count == 0 ? null : warnings)
        {
            Partition = partition,
            Record = new CollectedEvent { WorkspaceId = workspaceId, Event = tracked, ClickRef = clickRef },
        };
    }

    private string? Check(EventFields e, EventType type, Site? site, HttpContext context, bool authenticated)
    {
        if (e.Url is null && type is EventType.Pageview or EventType.Outbound)
        {
            return "Field 'url' is required for page views and outbound clicks.";
        }

        foreach (var (name, value, limit) in new[] { ("url", e.Url, options.MaxUrlLength), ("referrer", e.Referrer, options.MaxUrlLength), ("name", e.Name, TextLimits.Tag), ("event_id", e.EventId, 128), ("contact_id", e.ContactId, 200), ("visitor_id", e.VisitorId, 128), ("user_agent", e.UserAgent, options.MaxUserAgentLength) })
        {
            if (value is not null && value.Length > limit)
            {
                return $"Field '{name}' is {value.Length} characters long; the limit is {limit}.";
            }

            if (value is not null && value.Any(char.IsControl))
            {
                return $"Field '{name}' contains a control character.";
            }
        }

        if (e.Url is not null && !IsWebUrl(e.Url))
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

        if (e.Url is not null && !site.Owns(HostName.Of(e.Url)))
        {
            return $"The page {Clip(HostName.Of(e.Url))} is not on the site {site.Domain}.";
        }

        var origin = context.Request.Headers.Origin.ToString();
        return !authenticated && origin.Length > 0 && origin != "null" && !site.Owns(HostName.Of(origin))
            ? $"Requests from {Clip(HostName.Of(origin))} may not send events for {site.Domain}."
            : null;
    }

    private static DropReason? Drop(EventFields e, Site? site, HttpContext context, bool authenticated, string? userAgent)
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

        if (!authenticated || userAgent is not null)
        {
            if (BotDetector.Classify(userAgent) is { } bot)
            {
                return bot;
            }
        }

        return ReferrerSpamList.Default.IsSpam(e.Referrer) ? DropReason.SpamReferrer : null;
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

    private static string EventId(EventFields e, Site? site, bool authenticated, DateTimeOffset now, List<string> warnings)
    {
        if (e.EventId is null)
        {
            warnings.Add("No event_id: a retry of this request would be counted twice. Send a unique event_id.");
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

    private static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static EventOutcome Reject(int index, string error) => new(index, "rejected", error, null, null);

    private static string Clip(string? text) => text is null ? string.Empty : text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex CookiePattern();

    [GeneratedRegex("^[a-f0-9]{32}$")]
    private static partial Regex ClickRefPattern();
}
