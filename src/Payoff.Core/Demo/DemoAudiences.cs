using Payoff.Core.Audience;
using Payoff.Core.Importing;

namespace Payoff.Core.Demo;

/// <summary>
/// The demo shop's audiences, as each platform exports them (README, "The demo"): LinkedIn's followers workbook (counts
/// per job function, seniority, industry, company size and location), Meta's audience exports for Facebook and Instagram
/// (age and gender shares, top countries), TikTok's follower gender and top territories (shares with an "Others" row) and
/// YouTube's geography (views per country). The truths built in, which the demo's tests check:
/// <list type="bullet">
/// <item>Facebook and Instagram reach different ages (seed 003's surprise): total-variation distance 0.42 — Instagram's
/// followers are 72 % under 35, Facebook's 30 % — flagged (threshold <see cref="AudienceReportBuilder.Threshold"/>).</item>
/// <item>Facebook and Instagram alike in gender (distance 0.06) and countries (0.08): not flagged.</item>
/// <item>TikTok's followers live mostly in Indonesia and Malaysia, Facebook's in Poland: countries flagged.</item>
/// </list>
/// Shares are fixed, not drawn: the same figures for every seed.
/// </summary>
public static class DemoAudiences
{
    /// <summary>One platform export's audience rows, with the import kind that reads such a file.</summary>
    /// <param name="Kind">The import kind (<see cref="ImportKind.LinkedInPage"/>, <see cref="ImportKind.MetaAudience"/>…).</param>
    /// <param name="Name">The import's name (as a file name would be).</param>
    /// <param name="Rows">The rows, in the platform's order per dimension.</param>
    public sealed record Export(ImportKind Kind, string Name, IReadOnlyList<AudienceRow> Rows);

    /// <summary>The demo's audience exports, each a snapshot of <paramref name="asOf"/> (the day the demo ends).</summary>
    public static IReadOnlyList<Export> Generate(DateOnly asOf) =>
    [
        new(ImportKind.LinkedInPage, "demo LinkedIn followers", [
            .. Counts("LinkedIn", "followers", AudienceDimensions.JobFunction, "Job function", asOf, [("Marketing", 812), ("Business Development", 604), ("Sales", 530), ("Operations", 402), ("Entrepreneurship", 371), ("Information Technology", 338), ("Media and Communication", 214), ("Other", 569)]),
            .. Counts("LinkedIn", "followers", AudienceDimensions.Seniority, "Seniority", asOf, [("Entry", 690), ("Senior", 1_105), ("Manager", 702), ("Director", 388), ("Owner", 447), ("VP", 101), ("CXO", 187), ("Partner", 75), ("Training", 145)]),
            .. Counts("LinkedIn", "followers", AudienceDimensions.Industry, "Industry", asOf, [("Retail", 903), ("Marketing Services", 688), ("Software Development", 455), ("Wholesale", 402), ("Food and Beverage Manufacturing", 310), ("Consumer Services", 286), ("Other", 796)]),
            .. Counts("LinkedIn", "followers", AudienceDimensions.CompanySize, "Company size", asOf, [("1", 211), ("2-10", 902), ("11-50", 1_004), ("51-200", 712), ("201-500", 402), ("501-1000", 221), ("1001-5000", 209), ("5001-10,000", 84), ("10,001+", 95)]),
            .. Counts("LinkedIn", "followers", AudienceDimensions.Location, "Location", asOf, [("Warsaw, Mazowieckie, Poland", 1_322), ("Kraków, Małopolskie, Poland", 611), ("Jakarta, Indonesia", 488), ("Kuala Lumpur, Malaysia", 362), ("Wrocław, Dolnośląskie, Poland", 301), ("Berlin, Germany", 190), ("Other", 566)]),
        ]),
        new(ImportKind.MetaAudience, "demo Facebook audience", [
            .. Shares("Facebook", AudienceDimensions.Age, "Age", asOf, [("18-24", 0.08m), ("25-34", 0.22m), ("35-44", 0.30m), ("45-54", 0.24m), ("55-64", 0.11m), ("65+", 0.05m)]),
            .. Shares("Facebook", AudienceDimensions.Gender, "Women, Men", asOf, [("Women", 0.58m), ("Men", 0.42m)]),
            .. Shares("Facebook", AudienceDimensions.Country, "Top countries", asOf, [("Poland", 0.62m), ("Indonesia", 0.14m), ("Malaysia", 0.09m), ("Germany", 0.06m), ("United Kingdom", 0.04m)]),
        ]),
        new(ImportKind.MetaAudience, "demo Instagram audience", [
            .. Shares("Instagram", AudienceDimensions.Age, "Age", asOf, [("18-24", 0.34m), ("25-34", 0.38m), ("35-44", 0.17m), ("45-54", 0.07m), ("55-64", 0.03m), ("65+", 0.01m)]),
            .. Shares("Instagram", AudienceDimensions.Gender, "Women, Men", asOf, [("Women", 0.64m), ("Men", 0.36m)]),
            .. Shares("Instagram", AudienceDimensions.Country, "Top countries", asOf, [("Poland", 0.55m), ("Indonesia", 0.20m), ("Malaysia", 0.11m), ("Germany", 0.05m), ("United Kingdom", 0.04m)]),
        ]),
        new(ImportKind.TikTokAudience, "demo TikTok followers", [
            .. Shares("TikTok", AudienceDimensions.Gender, "Gender", asOf, [("Female", 0.61m), ("Male", 0.39m)]),
            .. Shares("TikTok", AudienceDimensions.Country, "Top territories", asOf, [("Indonesia", 0.41m), ("Malaysia", 0.22m), ("Poland", 0.21m), ("Philippines", 0.06m), ("Others", 0.10m)]),
        ]),
        new(ImportKind.YouTubeGeography, "demo YouTube geography", [
            .. Counts("YouTube", "viewers", AudienceDimensions.Country, "Geography", asOf, [("Poland", 5_210), ("Indonesia", 2_480), ("Malaysia", 1_130), ("United States", 640), ("Germany", 410)]),
        ]),
    ];

    private static IEnumerable<AudienceRow> Counts(string network, string audience, string dimension, string platform, DateOnly asOf, (string Value, long Count)[] values) =>
        values.Select((v, i) => new AudienceRow(network, null, audience, dimension, v.Value, v.Count, null, asOf, platform, i));

    private static IEnumerable<AudienceRow> Shares(string network, string dimension, string platform, DateOnly asOf, (string Value, decimal Share)[] values) =>
        values.Select((v, i) => new AudienceRow(network, null, "followers", dimension, v.Value, null, v.Share, asOf, platform, i));
}
