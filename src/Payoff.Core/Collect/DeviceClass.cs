using System.Text.RegularExpressions;

namespace Payoff.Core.Collect;

/// <summary>
/// The coarse device and browser of a user agent — the only things Payoff keeps of it. The raw user
/// agent is never stored.
/// </summary>
/// <param name="Device"><c>mobile</c>, <c>tablet</c> or <c>desktop</c>.</param>
/// <param name="Browser">A family: <c>Chrome</c>, <c>Safari</c>, <c>Firefox</c>, <c>Edge</c>,
/// <c>Opera</c>, <c>Samsung Internet</c>, an in-app browser (<c>Facebook</c>, <c>Instagram</c>,
/// <c>LinkedIn</c>, <c>TikTok</c>), or <c>Other</c>.</param>
public sealed partial record DeviceClass(string Device, string Browser)
{
    /// <summary>Classifies <paramref name="userAgent"/>; an empty one is a desktop <c>Other</c>.</summary>
    public static DeviceClass Of(string? userAgent)
    {
        var ua = userAgent ?? string.Empty;
        var device = Tablet().IsMatch(ua) ? "tablet" : Mobile().IsMatch(ua) ? "mobile" : "desktop";
        return new DeviceClass(device, BrowserOf(ua));
    }

    private static string BrowserOf(string ua) => ua switch
    {
        _ when ua.Contains("Instagram", StringComparison.Ordinal) => "Instagram",
        _ when ua.Contains("FBAN/", StringComparison.Ordinal) || ua.Contains("FBAV/", StringComparison.Ordinal) || ua.Contains("FB_IAB", StringComparison.Ordinal) => "Facebook",
        _ when ua.Contains("LinkedInApp", StringComparison.Ordinal) => "LinkedIn",
        _ when ua.Contains("musical_ly", StringComparison.Ordinal) || ua.Contains("BytedanceWebview", StringComparison.Ordinal) => "TikTok",
        _ when ua.Contains("Edg/", StringComparison.Ordinal) || ua.Contains("EdgA/", StringComparison.Ordinal) || ua.Contains("EdgiOS/", StringComparison.Ordinal) => "Edge",
        _ when ua.Contains("OPR/", StringComparison.Ordinal) || ua.Contains("Opera", StringComparison.Ordinal) => "Opera",
        _ when ua.Contains("SamsungBrowser/", StringComparison.Ordinal) => "Samsung Internet",
        _ when ua.Contains("Firefox/", StringComparison.Ordinal) || ua.Contains("FxiOS/", StringComparison.Ordinal) => "Firefox",
        _ when ua.Contains("Chrome/", StringComparison.Ordinal) || ua.Contains("CriOS/", StringComparison.Ordinal) => "Chrome",
        _ when ua.Contains("Safari/", StringComparison.Ordinal) => "Safari",
        _ => "Other",
    };

    [GeneratedRegex(@"iPad|Tablet|Android(?!.*Mobile)", RegexOptions.CultureInvariant)]
    private static partial Regex Tablet();

    [GeneratedRegex(@"Mobile|iPhone|iPod|Android|Windows Phone", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();
}
