namespace Payoff.Web.Components;

/// <summary>The dashboard's own style sheet and script, served as <see cref="EmbeddedAsset"/>s and linked by their versioned addresses.</summary>
internal static class DashboardAssets
{
    /// <summary><c>/app.css</c>: every page's styles.</summary>
    public static EmbeddedAsset StyleSheet { get; } = new("/app.css", "Payoff.Web.Components.app.css", "text/css; charset=utf-8");

    /// <summary><c>/dashboard.js</c>: live previews, drag-and-drop, upload progress and the scroll regions' focus.</summary>
    public static EmbeddedAsset Script { get; } = new("/dashboard.js", "Payoff.Web.Components.dashboard.js", "text/javascript; charset=utf-8");
}
