using System.Reflection;

namespace Payoff.Core.Channels;

/// <summary>
/// Google Analytics 4's own list of sources and their category (shopping, search, social, video), the
/// list its default channel group rules "source matches a list of … sites" refer to.
/// </summary>
/// <remarks>
/// Embedded unchanged from <c>Channels/ga4-source-categories.csv</c> (see <c>Channels/NOTICE.md</c>):
/// 819 sources, matched exactly and case-insensitively (<c>IGShopping</c>, <c>l.instagram.com</c>).
/// </remarks>
public static class Ga4SourceCategories
{
    private static readonly Dictionary<string, SourceCategory> Sources = Load();

    /// <summary>Every listed source (lower case) with its category.</summary>
    public static IReadOnlyDictionary<string, SourceCategory> All => Sources;

    /// <summary>The category GA4 lists <paramref name="source"/> under, or null when it is not listed.</summary>
    public static SourceCategory? Of(string? source) =>
        source is not null && Sources.TryGetValue(source.Trim(), out var category) ? category : null;

    private static Dictionary<string, SourceCategory> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Payoff.Core.Channels.ga4-source-categories.csv")
            ?? throw new InvalidOperationException("The embedded GA4 source category list is missing.");
        using var reader = new StreamReader(stream);
        var sources = new Dictionary<string, SourceCategory>(StringComparer.OrdinalIgnoreCase);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var comma = line.LastIndexOf(',');
            if (comma <= 0)
            {
                continue;
            }

            sources[line[..comma].Trim()] = line[(comma + 1)..].Trim() switch
            {
                "SOURCE_CATEGORY_SHOPPING" => SourceCategory.Shopping,
                "SOURCE_CATEGORY_SEARCH" => SourceCategory.Search,
                "SOURCE_CATEGORY_SOCIAL" => SourceCategory.Social,
                "SOURCE_CATEGORY_VIDEO" => SourceCategory.Video,
                var other => throw new InvalidOperationException($"Unknown GA4 source category '{other}' in the embedded list."),
            };
        }

        return sources;
    }
}
