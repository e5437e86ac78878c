namespace Payoff.Web.Components.Charts;

/// <summary>How a series is drawn.</summary>
public enum ChartStroke
{
    /// <summary>A solid line (or a filled bar).</summary>
    Solid,

    /// <summary>A dashed line: a plan or a forecast.</summary>
    Dashed,

    /// <summary>A dotted line: a flat target.</summary>
    Dotted,

    /// <summary>The lower edge of an interval, drawn with the next <see cref="BandHigh"/> series as one shaded band.</summary>
    BandLow,

    /// <summary>The upper edge of an interval (after its <see cref="BandLow"/>), drawn as the shaded band.</summary>
    BandHigh,
}
