using Payoff.Core.Money;

namespace Payoff.Application.Tables;

/// <summary>A column of a <see cref="ReportTable"/>.</summary>
/// <param name="Header">The heading, also the export's header cell.</param>
/// <param name="Kind">How its values are shown and exported.</param>
/// <param name="Currency">
/// The ISO 4217 code of a <see cref="CellKind.Money"/> column, whose minor unit sets the decimals shown
/// and exported (0 for JPY, 2 for EUR, 3 for KWD); null for every other kind. Build money columns with
/// <see cref="Money"/>.
/// </param>
/// <exception cref="ArgumentException">A money column without a currency, or a currency on a column that is not money.</exception>
public sealed record TableColumn(string Header, CellKind Kind = CellKind.Text, string? Currency = null)
{
    /// <summary>How its values are shown and exported.</summary>
    public CellKind Kind { get; init; } = (Kind == CellKind.Money) == (Currency is not null)
        ? Kind
        : throw new ArgumentException($"Column '{Header}': a money column needs its currency, and only a money column has one.", nameof(Currency));

    /// <summary>
    /// When a terminal is narrower than the table, the CLI leaves out columns by this rank, highest
    /// first, and names them under the table; 0 (the default) keeps the column at every width. Pages and
    /// exports show every column whatever its rank.
    /// </summary>
    public int DropRank { get; init; }

    /// <summary>
    /// For a text column: the most characters the terminal shows of a value, cut with "…" (a post's caption in a table of
    /// figures); 0 (the default) shows it whole. Pages (which clip long text with its full text in a title) and exports
    /// (CSV, XLSX, JSON) always keep the whole value.
    /// </summary>
    public int MaxLength { get; init; }

    /// <summary>
    /// For a <see cref="CellKind.Change"/> column: true when a fall is good news (a cost, a cost per lead), so pages colour
    /// its changes the right way round (<see cref="Core.Reporting.Change.IsGood"/>); false (the default) when more is better.
    /// </summary>
    public bool LowerIsBetter { get; init; }

    /// <summary>The number of decimals its values are shown and exported with: the currency's minor unit for money, 2 for other numbers.</summary>
    public int Decimals => Currency is null ? 2 : Currencies.Decimals(Currency);

    /// <summary>A money column in <paramref name="currency"/> (ISO 4217).</summary>
    public static TableColumn Money(string header, string currency) => new(header, CellKind.Money, currency);
}
