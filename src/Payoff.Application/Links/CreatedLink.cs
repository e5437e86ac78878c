using Payoff.Core.Links;

namespace Payoff.Application.Links;

/// <summary>A link just stored, with what the planner noticed about its tags.</summary>
/// <param name="Link">The stored link (id, slug, destination, tags).</param>
/// <param name="Warnings">Tagging warnings (a source spelt two ways, a medium that does not fit the network…); empty when none.</param>
public sealed record CreatedLink(TrackedLink Link, IReadOnlyList<string> Warnings);
