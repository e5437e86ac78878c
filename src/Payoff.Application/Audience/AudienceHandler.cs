using Payoff.Application.Requests;
using Payoff.Core.Audience;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Audience;

/// <summary>Builds the audience report: the one place a host reads the stored demographics and gets <see cref="AudienceReportBuilder"/>'s report.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class AudienceHandler(IStore store) : ReportHandler<AudienceRequest, AudienceResult>(store)
{
    /// <summary>
    /// Builds the report in <paramref name="session"/>. Every network's rows are read so that a report of one network
    /// still compares it with the others: only its distributions and the comparisons it takes part in are kept.
    /// </summary>
    /// <exception cref="RequestException">The network is unknown.</exception>
    public override async Task<AudienceResult> HandleAsync(IStoreSession session, Workspace workspace, AudienceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var network = await NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken);
        var report = AudienceReportBuilder.Build(await session.Audience.ReadAsync(workspace, cancellationToken: cancellationToken));
        if (network is not null)
        {
            var labels = report.Distributions.Where(d => Same(d.Network, network)).Select(d => d.Label).ToHashSet(StringComparer.Ordinal);
            report = report with
            {
                Distributions = [.. report.Distributions.Where(d => Same(d.Network, network))],
                Comparisons = [.. report.Comparisons.Where(c => labels.Contains(c.First) || labels.Contains(c.Second))],
            };
        }

        return new AudienceResult(workspace.Name, network, report);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
