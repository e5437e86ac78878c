using System.Text;

namespace Payoff.Core.Links;

/// <summary>Builds the URL a tracked link redirects to: the destination with its UTM tags merged in.</summary>
public static class TaggedUrl
{
    /// <summary>
    /// The destination with every <c>utm_*</c> parameter it had replaced by <paramref name="tags"/>;
    /// other parameters and the fragment are kept in order. <paramref name="extra"/> parameters
    /// (the click reference) are appended after the tags.
    /// </summary>
    public static string Build(string destination, LinkTags tags, params (string Name, string Value)[] extra)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(extra);
        var hash = destination.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? destination[hash..] : string.Empty;
        var withoutFragment = hash >= 0 ? destination[..hash] : destination;
        var question = withoutFragment.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? withoutFragment[..question] : withoutFragment;
        var query = new StringBuilder();
        if (question >= 0)
        {
            foreach (var pair in withoutFragment[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var name = pair.Split('=', 2)[0];
                if (!name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !extra.Any(e => e.Name.Equals(name, StringComparison.Ordinal)))
                {
                    Append(query, pair);
                }
            }
        }

        Add(query, "utm_source", tags.Source);
        Add(query, "utm_medium", tags.Medium);
        Add(query, "utm_campaign", tags.Campaign);
        Add(query, "utm_content", tags.Content);
        Add(query, "utm_term", tags.Term);
        foreach (var (name, value) in extra)
        {
            Add(query, name, value);
        }

        return $"{path}?{query}{fragment}";
    }

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (value is not null)
        {
            Append(query, $"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static void Append(StringBuilder query, string pair)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(pair);
    }
}
