using Payoff.Application.Requests;

namespace Payoff.Application.Audience;

/// <summary>What the audience report is asked for, on every surface (CLI, API).</summary>
/// <param name="Network">Only this network's audiences and the comparisons that involve them, as given (resolved by the handler, <see cref="NetworkField"/>); null for all.</param>
public sealed record AudienceRequest(string? Network)
{
    /// <summary>The network field as the host spells it in messages (<c>--network</c>, <c>network</c>).</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>Reads <c>network</c>.</summary>
    public static AudienceRequest Parse(RequestValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new AudienceRequest(values.Get("network")) { NetworkName = values.Name("network") };
    }
}
