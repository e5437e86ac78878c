using Payoff.Core.Tracking;

namespace Payoff.Core.Channels;

/// <summary>Where one hit came from: its channel group, social network and campaign tags.</summary>
/// <param name="Channel">The default channel group (<see cref="Channels.Channel"/>).</param>
/// <param name="Network">The social network the visit came through (<c>Facebook</c>, <c>LinkedIn</c>, …) whatever its channel — Instagram's product tags (<c>IGShopping</c>) are Organic or Paid Shopping on Instagram — or <see langword="null"/> when no network is involved.</param>
/// <param name="Source"><c>utm_source</c>, else the referrer host without <c>www.</c>, else <c>(direct)</c>.</param>
/// <param name="Medium"><c>utm_medium</c>, else <c>organic</c>/<c>referral</c>/<c>cpc</c> as derived, else <c>(none)</c>.</param>
/// <param name="Campaign"><c>utm_campaign</c>, or <see langword="null"/>.</param>
/// <param name="Content"><c>utm_content</c>, or <see langword="null"/>.</param>
/// <param name="Term"><c>utm_term</c>, or <see langword="null"/>.</param>
/// <param name="ClickId">The advertising click id on the landing URL, or <see langword="null"/>.</param>
public sealed record TrafficSource(
    string Channel,
    string? Network,
    string Source,
    string Medium,
    string? Campaign,
    string? Content,
    string? Term,
    ClickId? ClickId)
{
    /// <summary>The source of a visit with no tags and no referrer.</summary>
    public static readonly TrafficSource Direct = new(Channels.Channel.Direct, null, "(direct)", "(none)", null, null, null, null);

    /// <summary>The network when there is one, otherwise the channel: the label reports group by.</summary>
    public string NetworkOrChannel => Network ?? Channel;

    /// <summary>
    /// Why one of this source's tags (read from a URL's utm parameters) is longer than
    /// <see cref="TextLimits.Tag"/> characters, or null when all fit (issue 13 §4.6).
    /// </summary>
    public string? TagProblem() =>
        TextLimits.Problem("utm_source", Source, TextLimits.Tag) ?? TextLimits.Problem("utm_medium", Medium, TextLimits.Tag)
        ?? TextLimits.Problem("utm_campaign", Campaign, TextLimits.Tag) ?? TextLimits.Problem("utm_content", Content, TextLimits.Tag)
        ?? TextLimits.Problem("utm_term", Term, TextLimits.Tag);
}
