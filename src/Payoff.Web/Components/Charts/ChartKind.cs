namespace Payoff.Web.Components.Charts;

/// <summary>The shape of a chart.</summary>
public enum ChartKind
{
    /// <summary>Lines over ordered labels (days, months).</summary>
    Line,

    /// <summary>Bars side by side per label.</summary>
    Bar,
}
