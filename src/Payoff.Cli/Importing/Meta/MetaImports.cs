using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.Meta;

/// <summary><c>payoff import meta-posts|meta-ads|meta-daily|facebook-insights|meta-audience</c>: Meta Business Suite, Ads Manager and the legacy Page Insights.</summary>
internal static class MetaImports
{
    /// <summary><c>payoff import meta-posts</c>.</summary>
    public static Command Posts(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.MetaPosts, "meta-posts", "Meta Business Suite post export of a Facebook page or an Instagram account (CSV). A newer export of the same post replaces the older snapshot.");

    /// <summary><c>payoff import meta-ads</c>.</summary>
    public static Command Ads(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.MetaAds, "meta-ads", "Meta Ads Manager export (CSV): spend per campaign and day or period, currency from the 'Amount spent (CUR)' header; English, French and Polish headers.");

    /// <summary><c>payoff import meta-daily</c>.</summary>
    public static Command Daily(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.MetaDaily, "meta-daily", "Meta Business Suite account-level daily file (Views.csv, Follows.csv…; UTF-16, one metric per file).");

    /// <summary><c>payoff import facebook-insights</c>.</summary>
    public static Command FacebookInsights(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.FacebookInsights, "facebook-insights", "Legacy Facebook Page Insights post export (two header rows).");

    /// <summary><c>payoff import meta-audience</c>.</summary>
    public static Command Audience(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.MetaAudience, "meta-audience", "Meta Business Suite audience table of a Facebook page or an Instagram account (CSV): age and gender, top cities or top countries, shares as text. A newer export of the same table replaces the older.");
}
