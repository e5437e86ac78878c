namespace Payoff.Core.Links;

/// <summary>A checked link request, ready to store — or the reason it cannot be.</summary>
/// <param name="Error">Why the link cannot be created; null when it can.</param>
/// <param name="Destination">The normalised destination.</param>
/// <param name="Tags">The normalised tags.</param>
/// <param name="Slug">The slug to use.</param>
/// <param name="Warnings">Tagging and destination warnings to show the user.</param>
public sealed record LinkPlan(string? Error, string? Destination, LinkTags? Tags, string Slug, IReadOnlyList<string> Warnings);
