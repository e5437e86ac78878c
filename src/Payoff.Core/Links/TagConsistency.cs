using Payoff.Core.Channels;

namespace Payoff.Core.Links;

/// <summary>Warns about tags that will split or misfile the numbers.</summary>
public static class TagConsistency
{
    /// <summary>
    /// Warnings for <paramref name="tags"/> against the workspace's <paramref name="existing"/> links:
    /// a value written differently elsewhere (<c>Spring Sale</c> vs <c>spring-sale</c>), and tags
    /// that GA4's channel rules file as Unassigned.
    /// </summary>
    public static IReadOnlyList<string> Check(LinkTags tags, IEnumerable<LinkTags> existing, ChannelClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(classifier);
        var warnings = new List<string>();
        var others = existing.ToList();
        Compare(warnings, "source", tags.Source, others.Select(o => o.Source));
        Compare(warnings, "medium", tags.Medium, others.Select(o => o.Medium));
        Compare(warnings, "campaign", tags.Campaign, others.Select(o => o.Campaign));
        var source = classifier.Classify(new Tracking.UtmTags { Source = tags.Source, Medium = tags.Medium, Campaign = tags.Campaign }, null, null, null);
        if (source.Channel == Channel.Unassigned)
        {
            warnings.Add($"source '{tags.Source}' with medium '{tags.Medium}' falls in GA4's Unassigned channel; use a medium such as social, paid_social, email or cpc.");
        }

        return warnings;
    }

    private static void Compare(List<string> warnings, string name, string value, IEnumerable<string> others)
    {
        var key = Key(value);
        var variant = others.FirstOrDefault(o => o != value && Key(o) == key);
        if (variant is not null)
        {
            warnings.Add($"{name} '{value}' is written '{variant}' in another link; use one spelling so the reports do not split it.");
        }
    }

    private static string Key(string value) =>
        new(value.ToLowerInvariant().Where(c => c is not (' ' or '-' or '_' or '.')).ToArray());
}
