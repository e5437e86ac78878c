using Payoff.Core.Reporting.Social;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Social;

/// <summary>The social report as the handler built it.</summary>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Range">The days.</param>
/// <param name="Grouping">The rows' grouping.</param>
/// <param name="Rows">Followers, growth, views, impressions, reach, engagements, posts and engagement rate per row; a metric the platform does not report is null.</param>
public sealed record SocialResult(string Workspace, DateRange Range, SocialGrouping Grouping, IReadOnlyList<SocialRow> Rows);
