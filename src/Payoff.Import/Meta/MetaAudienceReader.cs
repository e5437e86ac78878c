using Payoff.Core.Audience;
using Payoff.Core.Social;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.Meta;

/// <summary>
/// Reads Meta Business Suite's audience downloads (Insights → Audience) of a Facebook page or an Instagram account,
/// one table per file: <c>Age, Women, Men</c> (the share of followers in each age group and gender), <c>Top cities,
/// Percentage</c> or <c>Top countries, Percentage</c>. A title line may stand above the header
/// (<c>Instagram followers: age and gender</c>). Headers may be German, French or Spanish (<c>Alter;Frauen;Männer</c>,
/// <c>Top-Städte;Prozentsatz</c>); shares are text, <c>8.2%</c> or <c>8,2 %</c>.
/// </summary>
/// <remarks>
/// The age-and-gender table becomes <c>age_gender</c> values (<c>Women 18-24</c>, the gender as the header writes it)
/// and, summed, <c>age</c> (each row across its genders) and <c>gender</c> (each column down its ages) — so Facebook's
/// ages compare with other networks' ages. Every column after the age is a gender (a file with <c>Unspecified</c> keeps
/// it). The files do not name the network: Instagram when the title or file name says Instagram (or starts <c>IG</c>),
/// else Facebook, as for <see cref="MetaDailyReader"/>. Top-N lists sum to less than 100 %: the rest is not stored, and
/// the audience report counts it as "not listed". The snapshot's day is the last <c>yyyy-MM-dd</c> of the title or file
/// name, if any.
/// </remarks>
public static class MetaAudienceReader
{
    private static readonly HashSet<string> Ages = ["age", "ages", "age_range", "alter", "altersgruppe", "edad", "âge", "età", "wiek"];

    private static readonly HashSet<string> Cities = ["city", "cities", "top_cities", "town", "stadt", "städte", "top_städte", "ciudad", "ciudades", "principales_ciudades", "ville", "villes", "principales_villes", "top_villes"];

    private static readonly HashSet<string> Countries = ["country", "countries", "top_countries", "land", "länder", "top_länder", "país", "países", "principales_países", "pays", "principaux_pays", "top_pays"];

    private static readonly HashSet<string> Genders = ["women", "men", "female", "male", "frauen", "männer", "mujeres", "hombres", "femmes", "hommes"];

    private static readonly HashSet<string> Percentages = ["percentage", "percent", "%", "share", "followers", "prozentsatz", "prozent", "anteil", "porcentaje", "pourcentage", "part"];

    /// <summary>Whether a header is one of Meta's audience tables.</summary>
    public static bool IsHeader(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.Count >= 2 && (Ages.Contains(header[0]) ? header.Skip(1).Any(Genders.Contains) : (Cities.Contains(header[0]) || Countries.Contains(header[0])) && Percentages.Contains(header[1]));
    }

    /// <summary>What the detector says of a header: "age and gender", "top cities" or "top countries".</summary>
    public static string Describe(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Ages.Contains(header[0]) ? "age and gender" : Cities.Contains(header[0]) ? "top cities" : "top countries";
    }

    /// <summary>Reads the file.</summary>
    public static ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options, IsHeader);
        if (!IsHeader(table.Header))
        {
            throw new ImportFileException(1, null, $"Not a Meta audience table: expected Age with Women and Men columns, or Top cities / Top countries with Percentage (its columns: {string.Join(", ", table.Titles)}).");
        }

        var title = table.Preamble.LastOrDefault(l => l.Trim().Length > 0);
        var network = MetaDailyReader.Network(path, title);
        var asOf = AudienceCells.AsOf(path, title);
        return Ages.Contains(table.Header[0])
            ? new ParsedFile<SocialRecord>(tally => AgeAndGender(table, network, asOf, tally))
            : AudienceCells.ShareList(table, new AudienceRow(network, null, "followers", Cities.Contains(table.Header[0]) ? AudienceDimensions.City : AudienceDimensions.Country, string.Empty, null, null, asOf, table.Titles[0], 0));
    }

    private static IEnumerable<SocialRecord> AgeAndGender(CsvTable table, string network, DateOnly? asOf, RowErrors tally)
    {
        var ageColumn = table.Header[0];
        var genders = table.Header.Select((h, i) => (Column: h, Title: table.Titles[i])).Skip(1).Where(g => g.Column.Length > 0).ToList();
        var platform = table.Titles[0];
        var byAge = new List<(string Age, decimal Share)>();
        var byGender = genders.ToDictionary(g => g.Column, _ => 0m, StringComparer.Ordinal);
        var position = 0;
        var cells = new List<(string Column, AudienceRow Row)>();
        foreach (var record in NativeRows.Produce(table, (r, row) =>
        {
            var age = row.Limit(ageColumn, r[ageColumn]?.Trim());
            if (age is null)
            {
                row.Add(ageColumn, $"{platform} is empty.");
            }

            cells.Clear();
            var sum = 0m;
            foreach (var (column, title) in genders)
            {
                if (AudienceCells.Share(r, row, column) is { } share)
                {
                    cells.Add((column, new AudienceRow(network, null, "followers", AudienceDimensions.AgeGender, $"{title} {age}", null, share, asOf, $"{platform} × {title}", 0)));
                    sum += share;
                }
            }

            if (row.Count > 0 || age is null)
            {
                return null;
            }

            byAge.Add((age, sum));
            foreach (var (column, cell) in cells)
            {
                byGender[column] += cell.Share!.Value;
            }

            return cells.Select(c => c.Row with { Position = position++ }).ToList();
        }, tally))
        {
            foreach (var cell in record)
            {
                yield return SocialRecord.Of(cell);
            }
        }

        for (var i = 0; i < byAge.Count; i++)
        {
            yield return SocialRecord.Of(new AudienceRow(network, null, "followers", AudienceDimensions.Age, byAge[i].Age, null, byAge[i].Share, asOf, platform, i));
        }

        for (var i = 0; i < genders.Count; i++)
        {
            yield return SocialRecord.Of(new AudienceRow(network, null, "followers", AudienceDimensions.Gender, genders[i].Title, null, byGender[genders[i].Column], asOf, string.Join(", ", genders.Select(g => g.Title)), i));
        }
    }
}
