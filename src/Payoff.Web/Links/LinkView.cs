using Payoff.Core.Links;

namespace Payoff.Web.Links;

/// <summary>A link as the API shows it.</summary>
/// <param name="Slug">Short name.</param>
/// <param name="ShortUrl">The URL to share.</param>
/// <param name="TaggedUrl">Where it leads, tags included.</param>
/// <param name="Destination">The destination without tags.</param>
/// <param name="Source">utm_source.</param>
/// <param name="Medium">utm_medium.</param>
/// <param name="Campaign">utm_campaign.</param>
/// <param name="Content">utm_content.</param>
/// <param name="Term">utm_term.</param>
/// <param name="Enabled">Whether it redirects.</param>
/// <param name="QrSvg">QR code (SVG) URL.</param>
/// <param name="QrPng">QR code (PNG) URL.</param>
/// <param name="Warnings">Tagging warnings (on creation).</param>
public sealed record LinkView(string Slug, string ShortUrl, string TaggedUrl, string Destination, string Source, string Medium, string Campaign, string? Content, string? Term, bool Enabled, string QrSvg, string QrPng, IReadOnlyList<string> Warnings)
{
    /// <summary>The view of <paramref name="link"/> under <paramref name="publicBase"/>.</summary>
    public static LinkView Of(TrackedLink link, string publicBase, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(link);
        var shortUrl = $"{publicBase}/l/{link.Slug}";
        return new LinkView(link.Slug, shortUrl, link.TaggedUrl, link.Destination, link.Tags.Source, link.Tags.Medium, link.Tags.Campaign, link.Tags.Content, link.Tags.Term, link.Enabled, shortUrl + "/qr.svg", shortUrl + "/qr.png", warnings ?? []);
    }
}
