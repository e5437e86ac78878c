using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Goals;

/// <summary>What adding and editing a goal share: the network named the way every command names it, the one check, the SMART check.</summary>
internal static class GoalWrite
{
    /// <summary>
    /// The goal <paramref name="request"/> makes of <paramref name="existing"/> (or a new one), its network resolved
    /// as <see cref="NetworkField"/> does (<paramref name="names"/> spells the field as the host does); <see cref="GoalRequest.Apply"/>'s reason thrown as a <see cref="RequestException"/>.
    /// </summary>
    public static async Task<Goal> BuildAsync(IStoreSession session, Workspace workspace, GoalRequest request, RequestValues names, Goal? existing, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Network is { } network && !string.IsNullOrWhiteSpace(network))
        {
            request = request with { Network = await NetworkField.ResolveAsync(session, workspace, names, "network", network, cancellationToken) };
        }

        var (goal, error) = request.Apply(existing, workspace.Calendar.Today(time));
        return goal ?? throw new RequestException(error!);
    }

    /// <summary>The SMART check of <paramref name="goal"/> on the workspace's data.</summary>
    public static Task<SmartCheck> CheckAsync(IStoreSession session, Workspace workspace, Goal goal, TimeProvider time, CancellationToken cancellationToken) =>
        new GoalService(session.Ledger, time).CheckAsync(workspace, goal, cancellationToken);
}
