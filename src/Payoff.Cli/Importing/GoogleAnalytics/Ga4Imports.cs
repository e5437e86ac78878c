using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.GoogleAnalytics;

/// <summary><c>payoff import ga4-traffic</c>: Google Analytics 4's traffic acquisition report.</summary>
internal static class Ga4Imports
{
    /// <summary><c>payoff import ga4-traffic</c>.</summary>
    public static Command Traffic(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.Ga4Traffic, "ga4-traffic", "GA4 traffic acquisition report (Download CSV): sessions, engaged sessions, key events and revenue by channel group, source / medium or campaign for the period in its header.");
}
