using Payoff.Core.Reporting.Links;
using Payoff.Core.Workspaces;

namespace Payoff.Application.LinksReport;

/// <summary>The links report as the handler built it.</summary>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Currency">The workspace's currency (revenue is in it).</param>
/// <param name="Range">The days.</param>
/// <param name="Rows">Per tracked link: clicks, unique clicks, bot requests, and the sessions, contacts, customers and revenue of its visitors.</param>
public sealed record LinksReportResult(string Workspace, string Currency, DateRange Range, IReadOnlyList<LinksRow> Rows);
