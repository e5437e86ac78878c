namespace Payoff.Core.Tracking;

/// <summary>
/// An advertising click identifier found on a landing URL (<c>gclid</c>, <c>fbclid</c>, …).
/// </summary>
/// <param name="Parameter">The parameter name in lower case, e.g. <c>gclid</c>.</param>
/// <param name="Value">The opaque, case-sensitive id exactly as sent (trimmed and decoded).</param>
public sealed record ClickId(string Parameter, string Value)
{
    /// <summary>
    /// The recognised click-id parameters in the order they are looked for; the first present wins.
    /// </summary>
    public static readonly IReadOnlyList<string> Parameters =
        ["gclid", "wbraid", "gbraid", "dclid", "msclkid", "fbclid", "ttclid", "twclid", "li_fat_id"];

    /// <summary>True for the Google Ads and Microsoft Ads search click ids (auto-tagged paid search).</summary>
    public bool IsPaidSearch => Parameter is "gclid" or "wbraid" or "gbraid" or "msclkid";

    /// <summary>True for Campaign Manager's display click id.</summary>
    public bool IsDisplay => Parameter is "dclid";

    /// <summary>
    /// True for the ad-click ids of social ad platforms (TikTok, X, LinkedIn). <c>fbclid</c> is not one:
    /// Meta appends it to every outbound link, organic posts included, so it names the network only.
    /// </summary>
    public bool IsPaidSocial => Parameter is "ttclid" or "twclid" or "li_fat_id";

    /// <summary>The social network whose platform issued the id, if any.</summary>
    public string? Network => Parameter switch
    {
        "fbclid" => "Facebook",
        "ttclid" => "TikTok",
        "twclid" => "X",
        "li_fat_id" => "LinkedIn",
        _ => null,
    };
}
