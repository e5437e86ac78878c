namespace Payoff.Application.Tables;

/// <summary>
/// A status in a table cell: pages show <see cref="Label"/> as a coloured badge with text; exports and the CLI
/// keep the machine <see cref="Name"/> (<c>off-track</c>), so files and scripts read the same as before.
/// </summary>
/// <param name="Name">The machine name (<c>off-track</c>), what <see cref="ToString"/> returns.</param>
/// <param name="Label">The words a person reads ("Off track").</param>
/// <param name="Tone">The badge's colour: <c>good</c>, <c>bad</c>, <c>warn</c> or <c>neutral</c>.</param>
public sealed record StatusCell(string Name, string Label, string Tone)
{
    /// <summary>The machine name.</summary>
    public override string ToString() => Name;
}
