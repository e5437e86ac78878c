using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.HubSpot;

/// <summary><c>payoff import hubspot-contacts</c>: HubSpot's contacts export.</summary>
internal static class HubSpotImports
{
    /// <summary><c>payoff import hubspot-contacts</c>.</summary>
    public static Command Contacts(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.HubSpotContacts, "hubspot-contacts", "HubSpot contacts export (CSV): lifecycle dates, original (traffic) source with drill-downs, revenue. Names and e-mails are not read.");
}
