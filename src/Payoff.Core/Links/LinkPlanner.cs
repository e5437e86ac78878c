using Payoff.Core.Channels;
using Payoff.Core.Networks;

namespace Payoff.Core.Links;

/// <summary>Checks a <see cref="LinkRequest"/> the same way for the CLI and the API.</summary>
public static class LinkPlanner
{
    /// <summary>The plan for <paramref name="request"/> in a workspace with these site domains and existing links.</summary>
    public static LinkPlan Plan(LinkRequest request, IReadOnlyList<string> siteDomains, IEnumerable<LinkTags> existing, ChannelClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(classifier);
        var slug = request.Slug?.Trim() ?? Slug.New();
        if (!Links.Slug.IsValid(slug))
        {
            return Fail("The slug must be 1–64 letters, digits, '-' or '_', starting with a letter or digit.", slug);
        }

        string? network = null;
        if (request.Network is not null)
        {
            network = NetworkCatalog.Default.Canonical(request.Network);
            if (network is null)
            {
                return Fail($"'{request.Network}' is not a network Payoff knows (facebook, instagram, linkedin, x, tiktok, youtube…).", slug);
            }
        }

        var (tags, tagError) = LinkTags.Normalize(
            request.Source ?? network?.ToLowerInvariant().Replace(' ', '-'),
            request.Medium ?? (network is null ? null : "social"),
            request.Campaign,
            request.Content,
            request.Term);
        if (tags is null)
        {
            return Fail(tagError!, slug);
        }

        var check = LinkDestination.Check(request.To, new LinkPolicy(siteDomains, request.AnyDomain, request.AllowPrivateHosts));
        if (!check.IsValid)
        {
            return Fail(check.Error!, slug);
        }

        var warnings = new List<string>(check.Warnings);
        warnings.AddRange(TagConsistency.Check(tags, existing, classifier));
        if (siteDomains.Count == 0)
        {
            warnings.Add($"The workspace has no sites yet; register yours {LinkDestination.AddSiteHint} so visits after the click are tracked too.");
        }

        var classified = classifier.Classify(TaggedUrl.Build(check.Url!, tags), null);
        if (network is not null && classified.Network != network)
        {
            warnings.Add($"These tags file the clicks under {classified.Network ?? classified.Channel}, not {network}; use the network's name as the source.");
        }

        return new LinkPlan(null, check.Url, tags, slug, warnings);
    }

    private static LinkPlan Fail(string error, string slug) => new(error, null, null, slug, []);
}
