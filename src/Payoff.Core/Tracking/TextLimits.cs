using System.Globalization;

namespace Payoff.Core.Tracking;

/// <summary>
/// The longest tag and name Payoff stores from imports and the collector (URLs have their own limits:
/// 8,192 characters in an imported file, 2,000 by default at the collector). Longer text is a row error (an
/// import) or a rejected event (the collector), never stored or cut silently: a campaign of 1,000,011
/// characters was stored once (issue 13 §4.6).
/// </summary>
public static class TextLimits
{
    /// <summary>Characters of a tag (utm_source, utm_medium, utm_campaign, utm_content, utm_term), a campaign or an event name.</summary>
    public const int Tag = 1_000;

    /// <summary>Why <paramref name="value"/> of <paramref name="field"/> is too long for <paramref name="limit"/>, or null when it fits.</summary>
    public static string? Problem(string field, string? value, int limit) =>
        value is not null && value.Length > limit
            ? string.Create(CultureInfo.InvariantCulture, $"{field} has {value.Length:N0} characters; the limit is {limit:N0}.")
            : null;
}
