using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Advocacy;
using Payoff.Core.Links;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Advocacy;

/// <summary>The workspace's public pages: its handle, the link-in-bio page's links, and what the public pages show.</summary>
public sealed partial class AdvocacyHandler
{
    /// <summary>The longest bio link title, in characters.</summary>
    public const int MaxTitle = 100;

    /// <summary>
    /// Sets the workspace's public handle from <paramref name="handle"/>: 3 to 40 lower-case letters, digits or '-', starting
    /// with a letter or digit (it is part of public URLs: <c>/b/{handle}</c>, <c>/p/{handle}/{program}</c>).
    /// </summary>
    /// <exception cref="RequestException">The handle is malformed or another workspace has it; the message names the field.</exception>
    public static async Task<string> SetHandleAsync(IStoreSession session, Workspace workspace, string handle, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(values);
        var lower = handle.Trim().ToLowerInvariant();
        if (lower.Length is < 3 or > 40 || !char.IsAsciiLetterOrDigit(lower[0]) || !lower.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new RequestException("handle", $"{values.Name("handle")} must be 3 to 40 letters, digits or '-', starting with a letter or digit, not '{Text.Visible(handle)}'.");
        }

        try
        {
            await session.Advocacy.SetHandleAsync(workspace, lower, cancellationToken);
        }
        catch (StoreException e)
        {
            throw new RequestException("handle", e.Message);
        }

        return lower;
    }

    /// <summary>The workspace's handle (or null) and its link-in-bio entries with their tracked links, in page order.</summary>
    public static async Task<(string? Handle, IReadOnlyList<(BioLink Entry, TrackedLink Link)> Links)> BioAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var handle = await session.Advocacy.HandleAsync(workspace, cancellationToken);
        var links = (await session.Links.ListAsync(workspace, cancellationToken)).ToDictionary(l => l.Id);
        var entries = await session.Advocacy.BioLinksAsync(workspace, cancellationToken);
        return (handle, [.. entries.Where(e => links.ContainsKey(e.LinkId)).Select(e => (e, links[e.LinkId]))]);
    }

    /// <summary>
    /// Puts tracked link <c>link</c> (its slug) on the link-in-bio page with <c>title</c> (1 to 100 characters), optional
    /// <c>image</c> (an https URL of at most 500 characters) and <c>position</c> (a whole number; default after the last).
    /// </summary>
    /// <exception cref="RequestException">The link is unknown or a field is wrong; the message names the field.</exception>
    public static async Task<BioLink> SetBioLinkAsync(IStoreSession session, Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(values);
        var slug = Required(values, "link");
        var link = (await session.Links.ListAsync(workspace, cancellationToken)).FirstOrDefault(l => string.Equals(l.Slug, slug, StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestException("link", $"{values.Name("link")}: no tracked link of this workspace is '{Text.Visible(slug)}' (payoff link list).");
        if (string.Equals(link.Tags.Medium, Core.Channels.ChannelClassifier.AdvocateMedium, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestException("link", $"{values.Name("link")}: '{Text.Visible(slug)}' is an advocate's referral link; on the brand's own page its clicks would be credited to the advocate and earn rewards.");
        }

        var title = Required(values, "title");
        if (title.Length > MaxTitle || title.Any(char.IsControl))
        {
            throw new RequestException("title", string.Create(CultureInfo.InvariantCulture, $"{values.Name("title")} must be 1 to {MaxTitle} characters without control characters."));
        }

        string? image = null;
        if (values.Get("image") is { } text && !string.IsNullOrWhiteSpace(text))
        {
            image = text.Trim();
            if (image.Length > 500 || !Uri.TryCreate(image, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || image.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '<' or '>' or '\''))
            {
                throw new RequestException("image", $"{values.Name("image")} must be an https:// image URL of at most 500 characters, not '{Text.Visible(image)}'.");
            }
        }

        var existing = await session.Advocacy.BioLinksAsync(workspace, cancellationToken);
        var position = WholeNumber(values, "position", 0) ?? existing.Where(e => e.LinkId != link.Id).Select(e => e.Position + 1).DefaultIfEmpty(1).Max();
        var entry = new BioLink(link.Id, title, image, position);
        await session.Advocacy.SetBioLinkAsync(workspace, entry, cancellationToken);
        return entry;
    }

    /// <summary>Takes tracked link <c>link</c> (its slug) off the link-in-bio page.</summary>
    /// <exception cref="RequestException">The link is not on the page.</exception>
    public static async Task RemoveBioLinkAsync(IStoreSession session, Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(values);
        var slug = Required(values, "link");
        var link = (await session.Links.ListAsync(workspace, cancellationToken)).FirstOrDefault(l => string.Equals(l.Slug, slug, StringComparison.OrdinalIgnoreCase));
        if (link is null || !await session.Advocacy.RemoveBioLinkAsync(workspace, link.Id, cancellationToken))
        {
            throw new RequestException("link", $"{values.Name("link")}: '{Text.Visible(slug)}' is not on the link-in-bio page.");
        }
    }

    /// <summary>
    /// The text Payoff suggests an advocate share with their link <paramref name="shortUrl"/> of program
    /// <paramref name="programName"/>: the program's public disclosure, the link, and the program's public page under
    /// <paramref name="publicBase"/> when the workspace has a handle (seed 001: transparency about the incentive).
    /// </summary>
    /// <exception cref="RequestException">No program has that name.</exception>
    public async Task<string> ShareTextAsync(Workspace workspace, string programName, string shortUrl, string publicBase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(programName);
        ArgumentNullException.ThrowIfNull(publicBase);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var program = (await session.Advocacy.ProgramsAsync(workspace, cancellationToken)).FirstOrDefault(p => string.Equals(p.Name, programName.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestException("program", $"No program is named '{Text.Visible(programName)}': see payoff program list.");
        var handle = await session.Advocacy.HandleAsync(workspace, cancellationToken);
        var page = handle is null ? string.Empty : $" Details: {publicBase.TrimEnd('/')}/p/{Uri.EscapeDataString(handle)}/{Uri.EscapeDataString(program.Name)}";
        return $"{shortUrl} — {program.Disclosure ?? DefaultDisclosure(program)}{page}";
    }

    /// <summary>The workspace whose public handle is <paramref name="handle"/>, or null (public pages answer 404).</summary>
    public static async Task<Workspace?> PublicWorkspaceAsync(IStoreSession session, string handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(handle);
        if (handle.Length is < 3 or > 40 || await session.Advocacy.FindHandleAsync(handle, cancellationToken) is not { } id)
        {
            return null;
        }

        return (await session.Workspaces.ListAsync(cancellationToken)).FirstOrDefault(w => w.Id == id);
    }
}
