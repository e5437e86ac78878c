using System.Globalization;
using Payoff.Core.Links;

namespace Payoff.Web.Links;

/// <summary>A link as the redirect serves it: the stored link with its redirect targets built once, when it is looked up.</summary>
public sealed class LinkRoute
{
    /// <summary>A click reference's length: 16 random bytes in lower-case hex.</summary>
    public const int ClickIdLength = 32;

    private static readonly string Placeholder = new('0', ClickIdLength);
    private readonly string beforeClick;
    private readonly string afterClick;

    /// <summary>The route of <paramref name="link"/> in workspace <paramref name="workspaceId"/>.</summary>
    public LinkRoute(TrackedLink link, long workspaceId)
    {
        ArgumentNullException.ThrowIfNull(link);
        Link = link;
        WorkspaceId = workspaceId;
        VisitorScope = string.Create(CultureInfo.InvariantCulture, $"w{workspaceId}");
        TaggedUrl = link.TaggedUrl;

        // TaggedUrl.Build escapes the value, which leaves hex digits as they are: the template with a placeholder
        // reference, cut around it, gives exactly what Build gives for any real reference.
        ClickTemplate = Core.Links.TaggedUrl.Build(link.Destination, link.Tags, (TrackedLink.ClickParameter, Placeholder));
        var at = ClickTemplate.LastIndexOf($"{TrackedLink.ClickParameter}={Placeholder}", StringComparison.Ordinal) + TrackedLink.ClickParameter.Length + 1;
        beforeClick = ClickTemplate[..at];
        afterClick = ClickTemplate[(at + ClickIdLength)..];
    }

    /// <summary>The stored link.</summary>
    public TrackedLink Link { get; }

    /// <summary>Its workspace.</summary>
    public long WorkspaceId { get; }

    /// <summary>The scope of the link's cookieless visitor ids: the workspace (<c>w</c> and its id), the same for all its links.</summary>
    public string VisitorScope { get; }

    /// <summary>Where an uncounted request (a bot, a prefetch, HEAD) is sent: the destination with its tags.</summary>
    public string TaggedUrl { get; }

    /// <summary>The counted redirect's target with a placeholder click reference: what the click is classified by (the reference changes no channel).</summary>
    public string ClickTemplate { get; }

    /// <summary>Where a counted click is sent: <see cref="TaggedUrl"/> with the click reference <paramref name="clickId"/> (32 hex digits).</summary>
    public string TargetWith(string clickId)
    {
        ArgumentNullException.ThrowIfNull(clickId);
        return clickId.Length == ClickIdLength
            ? string.Concat(beforeClick, clickId, afterClick)
            : Core.Links.TaggedUrl.Build(Link.Destination, Link.Tags, (TrackedLink.ClickParameter, clickId));
    }
}
