namespace Payoff.Core.Audience;

/// <summary>
/// The canonical audience dimensions and the rule by which two platforms' values are the same value when their
/// audiences are compared.
/// </summary>
/// <remarks>
/// Values are stored as the platform writes them. Only the comparison folds them (<see cref="Key"/>): case and
/// surrounding space, an en dash in an age range (<c>18–24</c> is <c>18-24</c>), the genders' words
/// (<c>Women</c>, <c>Female</c>, <c>Frauen</c>, <c>Mujeres</c>, <c>Femmes</c> are one value) and the catch-all rows
/// (<c>Other</c>, <c>Others</c>, <c>Sonstige</c>, <c>Andere</c>, <c>Otros</c>, <c>Autres</c>). Countries are folded to
/// their ISO 3166-1 code (<see cref="AudienceCountries"/>): <c>US</c>, <c>USA</c>, <c>United States</c> and
/// <c>United States of America</c> are one value; a name it does not know is compared as written.
/// </remarks>
public static class AudienceDimensions
{
    /// <summary>Age groups (<c>18-24</c>, <c>65+</c>).</summary>
    public const string Age = "age";

    /// <summary>Gender (<c>Women</c>, <c>Male</c>, <c>Other</c>).</summary>
    public const string Gender = "gender";

    /// <summary>Age group within a gender (<c>Women 25-34</c>): Meta's age-and-gender table, cell by cell.</summary>
    public const string AgeGender = "age_gender";

    /// <summary>Countries (TikTok's territories, YouTube's geography).</summary>
    public const string Country = "country";

    /// <summary>Cities.</summary>
    public const string City = "city";

    /// <summary>LinkedIn's locations (metropolitan areas such as "Greater Seattle Area"): neither a city nor a country.</summary>
    public const string Location = "location";

    /// <summary>LinkedIn's job function.</summary>
    public const string JobFunction = "job_function";

    /// <summary>LinkedIn's seniority.</summary>
    public const string Seniority = "seniority";

    /// <summary>LinkedIn's industry.</summary>
    public const string Industry = "industry";

    /// <summary>LinkedIn's company size.</summary>
    public const string CompanySize = "company_size";

    /// <summary>Every canonical dimension, in the order reports show them.</summary>
    public static IReadOnlyList<string> All { get; } = [Age, Gender, AgeGender, Country, City, Location, JobFunction, Seniority, Industry, CompanySize];

    private static readonly HashSet<string> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        "other", "others", "other/unknown", "unknown", "sonstige", "sonstiges", "andere", "otros", "otras", "autres", "autre", "altri", "altro", "inne", "pozostałe", "overig", "overige",
    };

    private static readonly Dictionary<string, string> Genders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["women"] = "female", ["woman"] = "female", ["female"] = "female", ["f"] = "female", ["frauen"] = "female", ["weiblich"] = "female", ["mujeres"] = "female", ["femenino"] = "female", ["femmes"] = "female", ["femme"] = "female", ["kobiety"] = "female", ["mujer"] = "female",
        ["men"] = "male", ["man"] = "male", ["male"] = "male", ["m"] = "male", ["männer"] = "male", ["männlich"] = "male", ["hombres"] = "male", ["masculino"] = "male", ["hommes"] = "male", ["homme"] = "male", ["mężczyźni"] = "male", ["hombre"] = "male",
    };

    /// <summary>Whether <paramref name="value"/> is a platform's catch-all row ("Other", "Others", "Sonstige"…).</summary>
    public static bool IsOther(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Others.Contains(value.Trim());
    }

    /// <summary>A dimension's name for people: <c>job_function</c> → "job function".</summary>
    public static string Label(string dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return dimension == AgeGender ? "age and gender" : dimension.Replace('_', ' ');
    }

    /// <summary>
    /// The value two platforms' rows are matched by when compared (see the remarks): lower case, trimmed, en dashes as
    /// hyphens, genders and catch-all rows folded to one word each, countries to <c>iso:</c> and their ISO 3166-1 code.
    /// </summary>
    public static string Key(string dimension, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim().Replace('\u2013', '-').Replace('\u2014', '-').Replace(" - ", "-", StringComparison.Ordinal);
        if (IsOther(v))
        {
            return "other";
        }

        if (dimension == Gender && Genders.TryGetValue(v, out var gender))
        {
            return gender;
        }

        if (dimension == Country && AudienceCountries.Code(v) is { } code)
        {
            return "iso:" + code.ToLowerInvariant();
        }

        return v.ToLowerInvariant();
    }
}
