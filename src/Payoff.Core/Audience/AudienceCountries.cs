using System.Globalization;

namespace Payoff.Core.Audience;

/// <summary>
/// Countries as the platforms write them — ISO 3166-1 codes (<c>US</c>, <c>USA</c>: YouTube, TikTok) or names in English
/// or the country's own language (<c>United States</c>, <c>Polska</c>: Meta, LinkedIn) — folded to one ISO 3166-1
/// alpha-2 code, so two audiences are compared country by country whatever each file wrote. The names are the region
/// data of .NET's globalization (ICU, the Unicode CLDR: English and native names of every region a culture has) plus the
/// common spellings CLDR does not list (<see cref="Aliases"/>).
/// </summary>
public static class AudienceCountries
{
    /// <summary>Spellings platforms use that CLDR's English and native names do not give, each with its ISO 3166-1 alpha-2 code.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["United States of America"] = "US", ["USA"] = "US", ["U.S."] = "US", ["U.S.A."] = "US", ["America"] = "US",
        ["UK"] = "GB", ["U.K."] = "GB", ["Great Britain"] = "GB", ["Britain"] = "GB", ["England"] = "GB",
        ["Czech Republic"] = "CZ", ["Turkey"] = "TR", ["Russian Federation"] = "RU", ["South Korea"] = "KR", ["Korea"] = "KR",
        ["Republic of Korea"] = "KR", ["Viet Nam"] = "VN", ["UAE"] = "AE", ["Holland"] = "NL", ["The Netherlands"] = "NL",
        ["Hong Kong"] = "HK", ["Macau"] = "MO", ["Ivory Coast"] = "CI", ["Burma"] = "MM", ["Swaziland"] = "SZ", ["Macedonia"] = "MK",
    };

    private static readonly Lazy<Dictionary<string, string>> Names = new(Build);

    /// <summary>The ISO 3166-1 alpha-2 code of <paramref name="value"/> (a code or a name, any case), or null when it names no known country.</summary>
    public static string? Code(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim();
        return v.Length == 0 ? null : Names.Value.TryGetValue(v, out var code) ? code : null;
    }

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsLetter(code[0]))
            {
                continue;
            }

            foreach (var name in new[] { code, region.ThreeLetterISORegionName, region.EnglishName, region.NativeName })
            {
                names.TryAdd(name, code);
            }
        }

        foreach (var (alias, code) in Aliases)
        {
            names.TryAdd(alias, code);
        }

        return names;
    }
}
