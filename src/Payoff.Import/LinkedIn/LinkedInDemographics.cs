using Payoff.Core.Audience;
using Payoff.Core.Social;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.LinkedIn;

/// <summary>
/// The demographic sheets of LinkedIn's followers and visitors workbooks: <c>Location</c>, <c>Job function</c>,
/// <c>Seniority</c>, <c>Industry</c> and <c>Company size</c>, each a list of values with a count
/// (<c>Location, Total followers</c>; the visitors workbook's <c>Location, Total views</c>). Headers may be
/// localised (English, German, French, Spanish are known).
/// </summary>
/// <remarks>
/// The dimension is the first column's header (else the sheet's name); the count column is the first whose header
/// LinkedIn writes for followers or views, else the second column. A count column holding percentages
/// (<c>12.5%</c>) is read as shares. The audience is <c>visitors</c> when the count column counts views (or the file
/// is a <c>_visitors_</c> workbook), else <c>followers</c>. Values are kept as LinkedIn writes them, trimmed.
/// </remarks>
internal static class LinkedInDemographics
{
    private static readonly Dictionary<string, string> Dimensions = new(StringComparer.Ordinal)
    {
        ["location"] = AudienceDimensions.Location, ["standort"] = AudienceDimensions.Location, ["lieu"] = AudienceDimensions.Location, ["ubicación"] = AudienceDimensions.Location, ["region"] = AudienceDimensions.Location,
        ["job_function"] = AudienceDimensions.JobFunction, ["berufsfeld"] = AudienceDimensions.JobFunction, ["jobfunktion"] = AudienceDimensions.JobFunction, ["fonction"] = AudienceDimensions.JobFunction, ["función_laboral"] = AudienceDimensions.JobFunction, ["función"] = AudienceDimensions.JobFunction,
        ["seniority"] = AudienceDimensions.Seniority, ["karrierestufe"] = AudienceDimensions.Seniority, ["berufserfahrung"] = AudienceDimensions.Seniority, ["niveau_hiérarchique"] = AudienceDimensions.Seniority, ["nivel_de_responsabilidad"] = AudienceDimensions.Seniority, ["antigüedad"] = AudienceDimensions.Seniority,
        ["industry"] = AudienceDimensions.Industry, ["branche"] = AudienceDimensions.Industry, ["secteur"] = AudienceDimensions.Industry, ["sector"] = AudienceDimensions.Industry,
        ["company_size"] = AudienceDimensions.CompanySize, ["unternehmensgröße"] = AudienceDimensions.CompanySize, ["taille_de_l'entreprise"] = AudienceDimensions.CompanySize, ["taille_de_l’entreprise"] = AudienceDimensions.CompanySize, ["tamaño_de_la_empresa"] = AudienceDimensions.CompanySize,
    };

    private static readonly string[] FollowerCounts = ["total_followers", "followers", "follower_insgesamt", "follower_gesamt", "follower", "abonnés", "total_des_abonnés", "seguidores", "total_de_seguidores"];

    private static readonly string[] ViewCounts = ["total_views", "total_page_views", "page_views", "views", "aufrufe", "seitenaufrufe", "aufrufe_insgesamt", "vues", "total_des_vues", "visualizaciones", "total_de_visualizaciones"];

    /// <summary>Whether a header is a demographic sheet's: a known dimension first, a count column, no date.</summary>
    public static bool IsHeader(IReadOnlyList<string> header) =>
        header.Count >= 2 && !header.Contains("date") && Dimensions.ContainsKey(header[0]) && header.Any(h => FollowerCounts.Contains(h) || ViewCounts.Contains(h));

    /// <summary>The canonical dimension of a demographic header.</summary>
    public static string Dimension(IReadOnlyList<string> header) => Dimensions[header[0]];

    /// <summary>The sheet's rows as audience records of <paramref name="account"/>, as of <paramref name="asOf"/>.</summary>
    public static IEnumerable<SocialRecord> Produce(IRowSource table, string account, DateOnly? asOf, bool visitorsWorkbook, RowErrors tally)
    {
        var header = table.Header;
        var valueColumn = header[0];
        var countColumn = header.FirstOrDefault(h => FollowerCounts.Contains(h) || ViewCounts.Contains(h)) ?? header[1];
        var audience = ViewCounts.Contains(countColumn) || visitorsWorkbook ? "visitors" : "followers";
        var dimension = Dimension(header);
        var platformDimension = table.Titles.Count > 0 && table.Titles[0].Length > 0 ? table.Titles[0] : table.Sheet ?? valueColumn;
        var position = 0;
        return NativeRows.Produce(table, (r, row) =>
        {
            var value = row.Limit(valueColumn, r[valueColumn]?.Trim());
            if (value is null)
            {
                row.Add(valueColumn, $"{platformDimension} is empty.");
            }

            var (count, share) = AudienceCells.CountOrShare(r, row, countColumn);
            if (count is null && share is null && row.Count == 0)
            {
                row.Add(countColumn, $"No count for {value}.");
            }

            return row.Count == 0 ? SocialRecord.Of(new AudienceRow("LinkedIn", account, audience, dimension, value!, count, share, asOf, platformDimension, position++)) : null;
        }, tally);
    }
}
