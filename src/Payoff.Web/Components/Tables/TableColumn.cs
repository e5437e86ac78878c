namespace Payoff.Web.Components.Tables;

/// <summary>A column of a <see cref="ReportTable"/>.</summary>
/// <param name="Header">The heading, also the export's header cell.</param>
/// <param name="Kind">How its values are shown and exported.</param>
public sealed record TableColumn(string Header, CellKind Kind = CellKind.Text);
