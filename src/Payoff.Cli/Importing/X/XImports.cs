using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.X;

/// <summary><c>payoff import x-analytics|x-ads</c>: X analytics and X Ads exports.</summary>
internal static class XImports
{
    /// <summary><c>payoff import x-analytics</c>.</summary>
    public static Command Analytics(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.XAnalytics, "x-analytics", "X analytics CSV: legacy tweet activity, the current content export, or the daily account overview.");

    /// <summary><c>payoff import x-ads</c>.</summary>
    public static Command Ads(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.XAds, "x-ads", "X Ads export (XLSX or CSV): spend, impressions and link clicks per campaign and time period.");
}
