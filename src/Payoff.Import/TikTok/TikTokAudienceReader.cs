using Payoff.Core.Audience;
using Payoff.Core.Social;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.TikTok;

/// <summary>
/// Reads TikTok Studio's follower demographics: <c>FollowerGender.csv</c> (<c>Gender,Distribution</c>: Female, Male,
/// Other) and <c>FollowerTopTerritories.csv</c> (<c>Top territories,Distribution</c>: the countries with the most
/// followers, and <c>Others</c>). Spanish, German and French headers are known (<c>Género,Distribución</c>).
/// </summary>
/// <remarks>
/// The distribution is a fraction (<c>0.5562</c>) or a percentage as text (<c>55.62%</c>, <c>55,62 %</c>). Territories
/// are stored as the <c>country</c> dimension. <c>Others</c> is kept as its own value. The files name no account and no
/// date: the snapshot's day is the last <c>yyyy-MM-dd</c> of the file name, if any.
/// </remarks>
public static class TikTokAudienceReader
{
    private static readonly HashSet<string> Genders = ["gender", "género", "genero", "geschlecht", "genre", "sexe", "płeć"];

    private static readonly HashSet<string> Territories = ["top_territories", "territories", "territory", "top_territory", "principales_territorios", "territorios", "territorio", "top_gebiete", "gebiete", "top_regionen", "principaux_territoires", "territoires"];

    private static readonly HashSet<string> Distributions = ["distribution", "distribución", "distribucion", "verteilung", "répartition", "repartition", "rozkład", "percentage", "share"];

    /// <summary>Which TikTok demographics file a header is, or null.</summary>
    public static string? Describe(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Count < 2 || !Distributions.Contains(header[1]))
        {
            return null;
        }

        return Genders.Contains(header[0]) ? "TikTok Studio follower gender (Gender, Distribution)"
            : Territories.Contains(header[0]) ? "TikTok Studio follower top territories (Top territories, Distribution)"
            : null;
    }

    /// <summary>Reads the file.</summary>
    public static ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        if (Describe(table.Header) is null)
        {
            throw new ImportFileException(1, null, $"Not a TikTok follower demographics file: expected Gender or Top territories, then Distribution (its columns: {string.Join(", ", table.Titles)}).");
        }

        var dimension = Genders.Contains(table.Header[0]) ? AudienceDimensions.Gender : AudienceDimensions.Country;
        return AudienceCells.ShareList(table, new AudienceRow("TikTok", null, "followers", dimension, string.Empty, null, null, AudienceCells.AsOf(path), table.Titles[0], 0));
    }
}
