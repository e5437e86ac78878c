using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>Alert rules per workspace (<c>payoff alert set|list|remove</c>, the settings page).</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class AlertsHandler(IStore store) : IApplicationHandler
{
    /// <summary>Sets the rule of <c>kind</c> (goal-off-track, negative-share-rise, cost-per-lead-doubled, collect-silent) for <c>email</c>; <c>paused</c> true pauses it.</summary>
    /// <exception cref="RequestException">An unknown kind or a wrong address (field named).</exception>
    public async Task<AlertRule> SetAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var kind = Kind(values);
        var recipients = Addresses.Split(values.Get("email"));
        if (Addresses.Problem(recipients) is { } problem)
        {
            throw new RequestException("email", $"{values.Name("email")}{problem["email".Length..]}");
        }

        var paused = FieldChoice.Parse(values, "paused", false, ("true", true), ("false", false), ("yes", true), ("no", false));
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.SetAlertAsync(workspace, kind, recipients, !paused, cancellationToken);
    }

    /// <summary>The workspace's rules.</summary>
    public async Task<IReadOnlyList<AlertRule>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.AlertsAsync(workspace, cancellationToken);
    }

    /// <summary>Removes the rule of <c>kind</c>; false when there was none.</summary>
    /// <exception cref="RequestException">An unknown kind.</exception>
    public async Task<bool> RemoveAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var kind = Kind(values);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.RemoveAlertAsync(workspace, kind, cancellationToken);
    }

    private static AlertKind Kind(RequestValues values) =>
        AlertKinds.Find(values.Get("kind")) ?? throw new RequestException("kind", $"{values.Name("kind")} must be one of {string.Join(", ", AlertKinds.All.Select(AlertKinds.Name))}.");
}
