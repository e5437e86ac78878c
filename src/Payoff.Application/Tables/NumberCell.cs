namespace Payoff.Application.Tables;

/// <summary>
/// A number shown as a kind of its own, for a column whose rows hold different kinds (goals on a count, a rate and an
/// amount): shown and exported as <see cref="Kind"/> would show it in a column of that kind — a rate as a
/// percentage on screen and as the ratio in exports, money with its currency's minor unit.
/// </summary>
/// <param name="Value">The number.</param>
/// <param name="Kind">How it is shown: <see cref="CellKind.Count"/>, <see cref="CellKind.Number"/>, <see cref="CellKind.Percent"/> or <see cref="CellKind.Money"/>.</param>
/// <param name="Currency">The ISO 4217 code of a money value; null for every other kind.</param>
public sealed record NumberCell(decimal Value, CellKind Kind, string? Currency = null)
{
    /// <summary>The column this cell is shown as if it were in: its kind and currency.</summary>
    public TableColumn Column => Kind == CellKind.Money ? TableColumn.Money(string.Empty, Currency!) : new TableColumn(string.Empty, Kind);
}
