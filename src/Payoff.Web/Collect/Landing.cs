using Payoff.Core.Channels;

namespace Payoff.Web.Collect;

/// <summary>What the request path reads from a hit's page URL and referrer; the same for every hit sending the same two strings.</summary>
/// <param name="IsWebUrl">Whether the URL is an absolute http or https URL (true when there is no URL).</param>
/// <param name="Host">The URL's host name, if any.</param>
/// <param name="Source">The hit's channel, network, source and medium; null when the URL is not a web URL.</param>
/// <param name="ClickRef">The short link's click reference in the URL (<c>pf_lc</c>, 32 hex digits), if any.</param>
/// <param name="SpamReferrer">Whether the referrer is on the referrer-spam list.</param>
public sealed record Landing(bool IsWebUrl, string? Host, TrafficSource? Source, string? ClickRef, bool SpamReferrer);
