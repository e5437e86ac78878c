using System.Text.RegularExpressions;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// The link a post's text carries, as the embedded store extracts it: the first <c>utm_content</c> value (URL-decoded,
/// trimmed) and the first tracked short link's slug (<c>/l/{slug}</c>).
/// </summary>
internal static partial class PostLink
{
    /// <summary>The post's utm_content and slug, or null when its text carries neither.</summary>
    public static (string? UtmContent, string? Slug)? Of(string? text)
    {
        if (text is null || (!text.Contains("utm_content=", StringComparison.Ordinal) && !text.Contains("/l/", StringComparison.Ordinal)))
        {
            return null;
        }

        var content = UtmContent().Match(text) is { Success: true } m ? Uri.UnescapeDataString(m.Groups[1].Value).Trim(' ') : null;
        var slug = Slug().Match(text) is { Success: true } s ? s.Groups[1].Value : null;
        return (content is { Length: > 0 } ? content : null, slug is { Length: > 0 } ? slug : null);
    }

    [GeneratedRegex("""[?&]utm_content=([^&#\s"'<>]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex UtmContent();

    [GeneratedRegex("/l/([A-Za-z0-9][A-Za-z0-9_-]{0,63})", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
