namespace Payoff.Core.Attribution;

/// <summary>
/// How a key takes part in converting journeys: it <see cref="Opens"/> them (first touch), <see cref="Assists"/>
/// them (present, not last) or <see cref="Closes"/> them (last touch); each counted once per conversion.
/// </summary>
/// <param name="Key">The channel, network or campaign.</param>
/// <param name="Opens">Conversions whose journey it started.</param>
/// <param name="Assists">Conversions it took part in without being the last touch.</param>
/// <param name="Closes">Conversions whose last touch it was.</param>
public sealed record KeyRoles(string Key, long Opens, long Assists, long Closes)
{
    /// <summary>Its share of the conversions it touched that it closed.</summary>
    public double CloseShare => Assists + Closes == 0 ? 0 : (double)Closes / (Assists + Closes);

    /// <summary>"closer" when it closes at least as often as it assists, else "assister" (seed 004: a traffic driver opens and assists, a lead generator closes).</summary>
    public string Role => Closes >= Assists ? "closer" : "assister";
}
