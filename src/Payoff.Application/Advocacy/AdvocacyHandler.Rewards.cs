using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Advocacy;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Advocacy;

/// <summary>The two-way reward ledger: list, approve, pay, void, history.</summary>
public sealed partial class AdvocacyHandler
{
    /// <summary>
    /// The reward ledger after creating what friends' actions earned (<see cref="SyncRewardsAsync"/>), filtered by
    /// <c>program</c> (name), <c>status</c> (earned, approved, paid, voided) and <c>code</c> (an advocate's code); oldest first.
    /// </summary>
    /// <exception cref="RequestException">The program or status is unknown; the message names the field.</exception>
    public async Task<RewardLedger> RewardsAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        var status = values.Get("status") is { } s && !string.IsNullOrWhiteSpace(s)
            ? FieldChoice.Parse(values, "status", RewardStatus.Earned, ("earned", RewardStatus.Earned), ("approved", RewardStatus.Approved), ("paid", RewardStatus.Paid), ("voided", RewardStatus.Voided))
            : (RewardStatus?)null;
        var added = 0;
        var ledger = await store.WriteAsync(
            async session =>
            {
                added = await SyncRewardsAsync(session, workspace, cancellationToken);
                var programs = await session.Advocacy.ProgramsAsync(workspace, cancellationToken);
                var program = await ProgramAsync(values, programs);
                var advocates = await session.Advocacy.AdvocatesAsync(workspace, cancellationToken);
                var code = values.Get("code")?.Trim().ToUpperInvariant();
                var advocate = string.IsNullOrEmpty(code) ? null
                    : advocates.FirstOrDefault(a => a.Code == code) ?? throw new RequestException("code", $"No advocate has the code {Text.Visible(code)}: see payoff advocate list.");
                var rewards = (await session.Advocacy.RewardsAsync(workspace, program?.Id, cancellationToken))
                    .Where(r => (status is null || r.Status == status) && (advocate is null || r.AdvocateId == advocate.Id))
                    .ToList();
                return new RewardLedger(workspace.Currency, programs, advocates, rewards);
            },
            cancellationToken,
            _ => added > 0);
        return ledger;
    }

    /// <summary>
    /// Sets reward <paramref name="id"/> to <c>status</c> (approved, paid or voided; a void needs <c>reason</c>), by
    /// <paramref name="by"/> (the signed-in user or the CLI's user), keeping the change in its history.
    /// </summary>
    /// <exception cref="RequestException">No such reward, an unknown status, a void without a reason, or a voided reward; the message names the field.</exception>
    public async Task<IReadOnlyList<RewardChange>> SetRewardStatusAsync(Workspace workspace, long id, RequestValues values, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(values.Get("status")))
        {
            throw new RequestException("status", $"{values.Name("status")} is required: approved, paid or voided.");
        }

        var status = FieldChoice.Parse(values, "status", RewardStatus.Approved, ("approved", RewardStatus.Approved), ("paid", RewardStatus.Paid), ("voided", RewardStatus.Voided));
        var reason = values.Get("reason")?.Trim();
        if (reason is { Length: > 500 } || (reason is not null && reason.Any(char.IsControl)))
        {
            throw new RequestException("reason", $"{values.Name("reason")} must be at most 500 characters without control characters.");
        }

        if (status == RewardStatus.Voided && string.IsNullOrEmpty(reason))
        {
            throw new RequestException("reason", $"A reward is voided with a reason: add {values.Name("reason")} \"…\".");
        }

        return await store.WriteAsync(
            async session =>
            {
                try
                {
                    if (!await session.Advocacy.SetStatusAsync(workspace, id, status, reason, by, cancellationToken))
                    {
                        throw new RequestException("id", string.Create(CultureInfo.InvariantCulture, $"No reward {id} in this workspace: see payoff reward list.")) { IsNotFound = true };
                    }
                }
                catch (StoreException e)
                {
                    throw new RequestException("status", e.Message);
                }

                return await session.Advocacy.HistoryAsync(workspace, id, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Reward <paramref name="id"/>'s history, oldest first.</summary>
    /// <exception cref="RequestException">No such reward.</exception>
    public async Task<IReadOnlyList<RewardChange>> RewardHistoryAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var history = await session.Advocacy.HistoryAsync(workspace, id, cancellationToken);
        return history.Count > 0 ? history : throw new RequestException("id", string.Create(CultureInfo.InvariantCulture, $"No reward {id} in this workspace: see payoff reward list.")) { IsNotFound = true };
    }
}

/// <summary>A view of the reward ledger with what names its rows.</summary>
/// <param name="Currency">The workspace currency (ISO 4217).</param>
/// <param name="Programs">The workspace's programs.</param>
/// <param name="Advocates">Its advocates.</param>
/// <param name="Rewards">The rewards shown, oldest first.</param>
public sealed record RewardLedger(string Currency, IReadOnlyList<ReferralProgram> Programs, IReadOnlyList<Advocate> Advocates, IReadOnlyList<RewardEntry> Rewards);
