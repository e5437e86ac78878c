namespace Payoff.Core.Tracking;

/// <summary>Extracts UTM tags and click ids from a landing URL (reference §1).</summary>
public static class TrackingParameters
{
    /// <summary>Reads the <c>utm_*</c> tags of <paramref name="url"/>.</summary>
    public static UtmTags ReadUtm(string? url) => ReadUtm(QueryString.Parse(url));

    /// <summary>Reads the <c>utm_*</c> tags from an already parsed query.</summary>
    public static UtmTags ReadUtm(IReadOnlyDictionary<string, string> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new UtmTags
        {
            Source = Get(query, "utm_source"),
            Medium = Get(query, "utm_medium"),
            Campaign = Get(query, "utm_campaign"),
            Content = Get(query, "utm_content"),
            Term = Get(query, "utm_term"),
            Id = Get(query, "utm_id"),
            SourcePlatform = Get(query, "utm_source_platform"),
            CreativeFormat = Get(query, "utm_creative_format"),
            MarketingTactic = Get(query, "utm_marketing_tactic"),
        };
    }

    /// <summary>The first recognised click id present on the query, in <see cref="ClickId.Parameters"/> order.</summary>
    public static ClickId? ReadClickId(IReadOnlyDictionary<string, string> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var name in ClickId.Parameters)
        {
            var value = Get(query, name);
            if (value is not null)
            {
                return new ClickId(name, value);
            }
        }

        return null;
    }

    private static string? Get(IReadOnlyDictionary<string, string> query, string name) =>
        query.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
