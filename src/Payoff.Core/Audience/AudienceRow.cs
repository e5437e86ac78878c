namespace Payoff.Core.Audience;

/// <summary>
/// One value of one demographic dimension of a network's audience, as a platform exported it: LinkedIn's followers in
/// "Greater Seattle Area", Instagram's followers aged 25–34, TikTok's female followers.
/// </summary>
/// <param name="Network">The canonical network (LinkedIn, Facebook, Instagram, TikTok, YouTube).</param>
/// <param name="Account">The page, profile or channel; null when the file names none.</param>
/// <param name="Audience">Whose demographics these are: <c>followers</c>, <c>visitors</c> (LinkedIn page visitors) or <c>viewers</c> (YouTube views).</param>
/// <param name="Dimension">The canonical dimension (<see cref="AudienceDimensions"/>): <c>age</c>, <c>gender</c>, <c>country</c>, <c>job_function</c>…</param>
/// <param name="Value">The value as the platform writes it, trimmed (<c>United States</c>, <c>18-24</c>, <c>Other</c>).</param>
/// <param name="Count">How many people (or views, for YouTube viewers) have the value, when the file gives counts; else null.</param>
/// <param name="Share">The share of the dimension's total as a fraction (0.125 is 12.5 %) when the file gives percentages; null when it gives only counts (the share is then the count over the dimension's total).</param>
/// <param name="AsOf">The day the snapshot describes, when the file says (its export day or the end of its period); else null.</param>
/// <param name="PlatformDimension">The dimension's own name in the file (the sheet or column: <c>Job function</c>, <c>Berufsfeld</c>), kept for lineage.</param>
/// <param name="Position">The value's place in the file's list of the dimension (0 first), so reports show it in the platform's order.</param>
public sealed record AudienceRow(
    string Network,
    string? Account,
    string Audience,
    string Dimension,
    string Value,
    long? Count,
    decimal? Share,
    DateOnly? AsOf,
    string PlatformDimension,
    int Position)
{
    /// <summary>Whether the value is the platform's catch-all row ("Other", "Others", "Sonstige"…), shown labelled and never dropped.</summary>
    public bool IsOther => AudienceDimensions.IsOther(Value);
}
