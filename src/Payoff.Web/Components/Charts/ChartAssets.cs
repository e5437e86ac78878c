using Microsoft.AspNetCore.Routing;

namespace Payoff.Web.Components.Charts;

/// <summary>
/// The charts' two script files, embedded in Payoff and served by it as <see cref="EmbeddedAsset"/>s (compressed, with an
/// ETag): <c>/charts.js</c> (Payoff's own, linked by its versioned <see cref="Script"/> address) and
/// <c>/echarts-6.1.0.min.js</c> (Apache ECharts 6.1.0's <c>dist/echarts.common.min.js</c>, Apache-2.0, its LICENSE and
/// NOTICE beside it in <c>Charts/vendor/</c>; the version is in the path, so browsers keep it a year).
/// </summary>
public static class ChartAssets
{
    /// <summary>The path of the ECharts bundle: its version is in it, so a new version is a new address.</summary>
    public const string EChartsPath = "/echarts-6.1.0.min.js";

    private const string JavaScript = "text/javascript; charset=utf-8";

    /// <summary>Payoff's chart script, <c>/charts.js</c>.</summary>
    internal static EmbeddedAsset Script { get; } = new("/charts.js", "Payoff.Web.Components.Charts.charts.js", JavaScript);

    private static EmbeddedAsset ECharts { get; } = new(EChartsPath, "Payoff.Web.Components.Charts.vendor.echarts.common.min.js", JavaScript);

    /// <summary>Maps <c>/charts.js</c> and <see cref="EChartsPath"/>.</summary>
    public static IEndpointRouteBuilder MapChartAssets(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Script.Map(app);
        ECharts.Map(app, EmbeddedAsset.Immutable);
        return app;
    }
}
