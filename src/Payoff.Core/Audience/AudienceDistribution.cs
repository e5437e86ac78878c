namespace Payoff.Core.Audience;

/// <summary>One dimension of one audience (a network's account's followers, visitors or viewers) in the audience report.</summary>
/// <param name="Label">How the report names the audience: the network, with the account or the audience when the network has several ("LinkedIn visitors").</param>
/// <param name="Network">The network.</param>
/// <param name="Account">The account, or null.</param>
/// <param name="Audience"><c>followers</c>, <c>visitors</c> or <c>viewers</c>.</param>
/// <param name="Dimension">The canonical dimension (<see cref="AudienceDimensions"/>).</param>
/// <param name="AsOf">The day of the snapshot, when the file said.</param>
/// <param name="Total">The sum of the listed values' counts when the file gave counts; else null.</param>
/// <param name="Listed">The sum of the listed values' shares: 1 for a complete list, less for a platform's top-N list (Meta's top cities).</param>
/// <param name="Values">The values in the platform's order.</param>
public sealed record AudienceDistribution(
    string Label,
    string Network,
    string? Account,
    string Audience,
    string Dimension,
    DateOnly? AsOf,
    long? Total,
    decimal Listed,
    IReadOnlyList<AudienceValue> Values);
