using System.Globalization;
using Payoff.Core.Advocacy;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Advocates, referral programs, the reward ledger with its history, the public handle and the link-in-bio page on the
/// state node (<c>ClickHouse/Schema/0004_advocacy.sql</c>). What must be unique — an advocate's code and contact, a program's
/// name (any case), a reward's program, side and action key, a handle across workspaces — is claimed
/// (<see cref="ClickHouseDatabase.ClaimAsync"/>), so two nodes writing at once never both win. The referral and customer
/// facts are read in <see cref="ClickHouseAdvocacyStore"/>'s other part.
/// </summary>
internal sealed partial class ClickHouseAdvocacyStore(ClickHouseDatabase db, ClickHouseEvents events) : IAdvocacyStore
{
    private readonly StateTable advocates = new(db, "advocates", "workspace_id", "id", "contact_id", "code", "followers", "created_at");
    private readonly StateTable programs = new(db, "referral_programs", "workspace_id", "id", "name", "advocate_reward", "friend_reward", "currency", "trigger", "conversion", "cap", "from_day", "to_day", "disclosure", "created_at");
    private readonly StateTable rewards = new(db, "rewards", "workspace_id", "id", "program_id", "advocate_id", "side", "action_key", "friend_contact_id", "amount", "currency", "earned_at", "day", "status", "reason", "import_id", "network");
    private readonly StateTable handles = new(db, "workspace_handles", "workspace_id", "handle");
    private readonly StateTable bio = new(db, "bio_links", "workspace_id", "link_id", "title", "image_url", "position");

    /// <inheritdoc />
    public async Task<Advocate> AddAdvocateAsync(Workspace workspace, string contactId, string code, int? followers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(contactId);
        ArgumentNullException.ThrowIfNull(code);
        var upper = code.Trim().ToUpperInvariant();
        var known = await AdvocatesAsync(workspace, cancellationToken).ConfigureAwait(false);
        if (known.Any(a => a.Code == upper))
        {
            throw CodeTaken(upper);
        }

        if (known.Any(a => a.ContactId == contactId))
        {
            throw ContactTaken(contactId);
        }

        var id = await db.NextIdAsync("advocate_ids").ConfigureAwait(false);
        var claimant = id.ToString(CultureInfo.InvariantCulture);
        if (!await db.ClaimAsync("advocate-code", $"{workspace.Id}/{upper}", claimant, db.RowHolds("advocates")).ConfigureAwait(false))
        {
            throw CodeTaken(upper);
        }

        if (!await db.ClaimAsync("advocate-contact", $"{workspace.Id}/{contactId}", claimant, db.RowHolds("advocates")).ConfigureAwait(false))
        {
            throw ContactTaken(contactId);
        }

        var now = ClickHouseDatabase.FromMicros(ClickHouseDatabase.Micros(db.Time.GetUtcNow()));
        await advocates.PutAsync(workspace.Id, id, contactId, upper, followers, ClickHouseDatabase.Micros(now)).ConfigureAwait(false);
        return new Advocate(id, contactId, upper, followers, now);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Advocate>> AdvocatesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return [.. (await advocates.ReadAsync("WHERE workspace_id = $1", "ORDER BY id", workspace.Id).ConfigureAwait(false))
            .Select(r => new Advocate(ClickHouseDatabase.Number(r[1]), r[2]!, r[3]!, r[4] is null ? null : (int)ClickHouseDatabase.Number(r[4]), ClickHouseDatabase.Instant(r[5])))];
    }

    /// <inheritdoc />
    public async Task<ReferralProgram> AddProgramAsync(Workspace workspace, ReferralProgram program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(program);
        if ((await ProgramsAsync(workspace, cancellationToken).ConfigureAwait(false)).Any(p => string.Equals(p.Name, program.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ProgramTaken(program.Name);
        }

        var id = await db.NextIdAsync("referral_program_ids").ConfigureAwait(false);
        if (!await db.ClaimAsync("program-name", $"{workspace.Id}/{program.Name.ToLowerInvariant()}", id.ToString(CultureInfo.InvariantCulture), db.RowHolds("referral_programs")).ConfigureAwait(false))
        {
            throw ProgramTaken(program.Name);
        }

        await programs.PutAsync(
            workspace.Id, id, program.Name, program.AdvocateReward, program.FriendReward, program.Currency, program.On.ToString().ToLowerInvariant(), program.Conversion,
            program.Cap, program.From, program.To, program.Disclosure, ClickHouseDatabase.Micros(db.Time.GetUtcNow())).ConfigureAwait(false);
        return program with { Id = id };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReferralProgram>> ProgramsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return [.. (await programs.ReadAsync("WHERE workspace_id = $1", "ORDER BY id", workspace.Id).ConfigureAwait(false)).Select(r => new ReferralProgram
        {
            Id = ClickHouseDatabase.Number(r[1]),
            Name = r[2]!,
            AdvocateReward = ClickHouseDatabase.Exact(r[3]),
            FriendReward = ClickHouseDatabase.Exact(r[4]),
            Currency = r[5]!,
            On = Enum.Parse<RewardTrigger>(r[6]!, ignoreCase: true),
            Conversion = r[7],
            Cap = r[8] is null ? null : (int)ClickHouseDatabase.Number(r[8]),
            From = ClickHouseDatabase.DayOrNull(r[9]),
            To = ClickHouseDatabase.DayOrNull(r[10]),
            Disclosure = r[11],
        })];
    }

    /// <inheritdoc />
    public async Task<int> RecordAsync(Workspace workspace, IReadOnlyCollection<RewardEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(entries);
        var stored = (await RewardsAsync(workspace, null, cancellationToken).ConfigureAwait(false)).Select(RewardKey).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var e in entries.Where(e => stored.Add(RewardKey(e))))
        {
            // The key is held by the reward that claimed it while that reward still carries it (an undone import's rewards
            // give their keys up, VoidImportAsync).
            var id = await db.NextIdAsync("reward_ids").ConfigureAwait(false);
            if (!await db.ClaimAsync("reward", $"{workspace.Id}/{RewardKey(e)}", id.ToString(CultureInfo.InvariantCulture), HoldsKey(e.ActionKey)).ConfigureAwait(false))
            {
                continue;
            }

            await rewards.PutAsync(
                workspace.Id, id, e.ProgramId, e.AdvocateId, Side(e.Side), e.ActionKey, e.FriendContactId, e.Amount, e.Currency, ClickHouseDatabase.Micros(e.EarnedAt),
                e.Day, Status(e.Status), e.Reason, e.ImportId, e.Network).ConfigureAwait(false);
            await AddHistoryAsync(workspace, id, e.Status, "payoff", e.Reason).ConfigureAwait(false);
            added++;
        }

        return added;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RewardEntry>> RewardsAsync(Workspace workspace, long? programId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var rows = programId is null
            ? await rewards.ReadAsync("WHERE workspace_id = $1", "ORDER BY id", workspace.Id).ConfigureAwait(false)
            : await rewards.ReadAsync("WHERE workspace_id = $1 AND program_id = $2", "ORDER BY id", workspace.Id, programId.Value).ConfigureAwait(false);
        return [.. rows.Select(Reward)];
    }

    /// <inheritdoc />
    public async Task<bool> SetStatusAsync(Workspace workspace, long id, RewardStatus status, string? reason, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(by);
        if (status == RewardStatus.Voided && string.IsNullOrWhiteSpace(reason))
        {
            throw new StoreException("A reward is voided with a reason.");
        }

        var current = (await rewards.ReadAsync("WHERE workspace_id = $1 AND id = $2", string.Empty, workspace.Id, id).ConfigureAwait(false)).Select(Reward).FirstOrDefault();
        if (current is null)
        {
            return false;
        }

        if (RewardRules.TransitionError(id, current.Status, status) is { } refused)
        {
            throw new StoreException(refused);
        }

        var why = status == RewardStatus.Voided ? reason!.Trim() : null;
        await rewards.PutAsync(Row(workspace, current with { Status = status, Reason = why })).ConfigureAwait(false);
        await AddHistoryAsync(workspace, id, status, by, why).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<int> VoidImportAsync(Workspace workspace, long importId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(reason);
        var voided = (await RewardsAsync(workspace, null, cancellationToken).ConfigureAwait(false)).Where(r => r.ImportId == importId && r.Status != RewardStatus.Voided).ToList();
        var by = string.Create(CultureInfo.InvariantCulture, $"import #{importId} undone");
        foreach (var reward in voided)
        {
            // The action key is set free (suffixed with the undone import): the same action imported again earns anew.
            await rewards.PutAsync(Row(workspace, reward with { Status = RewardStatus.Voided, Reason = reason, ActionKey = string.Create(CultureInfo.InvariantCulture, $"{reward.ActionKey}#undone:{importId}") })).ConfigureAwait(false);
            await AddHistoryAsync(workspace, reward.Id, RewardStatus.Voided, by, reason).ConfigureAwait(false);
        }

        return voided.Count;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RewardChange>> HistoryAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return [.. (await db.RowsAsync(
            "SELECT reward_id, status, changed_at, changed_by, reason FROM reward_history WHERE workspace_id = $1 AND reward_id = $2 ORDER BY changed_at, seq",
            workspace.Id,
            id).ConfigureAwait(false))
            .Select(r => new RewardChange(ClickHouseDatabase.Number(r[0]), ParseStatus(r[1]!), ClickHouseDatabase.Instant(r[2]), r[3]!, r[4]))];
    }

    /// <inheritdoc />
    public async Task<string?> HandleAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await handles.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false)).Select(r => r[1]).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task SetHandleAsync(Workspace workspace, string handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(handle);
        var lower = handle.Trim().ToLowerInvariant();
        if (await HandleAsync(workspace, cancellationToken).ConfigureAwait(false) == lower)
        {
            return;
        }

        // A claim names its workspace and is unique to this attempt: it holds while that workspace's handle is this one.
        var claimant = $"{workspace.Id}:{Guid.NewGuid():N}";
        var holds = async (string who) =>
        {
            var rows = await handles.ReadAsync("WHERE workspace_id = $1", string.Empty, long.Parse(who[..who.IndexOf(':', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).ConfigureAwait(false);
            return (bool?)(rows.Count > 0 && rows[0][1] == lower);
        };
        if ((await handles.ReadAsync(string.Empty, string.Empty).ConfigureAwait(false)).Any(r => r[1] == lower && ClickHouseDatabase.Number(r[0]) != workspace.Id)
            || !await db.ClaimAsync("handle", lower, claimant, holds).ConfigureAwait(false))
        {
            throw new StoreException($"The handle '{lower}' is taken by another workspace.");
        }

        await handles.PutAsync(workspace.Id, lower).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long?> FindHandleAsync(string handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var lower = handle.Trim().ToLowerInvariant();
        return (await handles.ReadAsync(string.Empty, "ORDER BY workspace_id").ConfigureAwait(false)).Where(r => r[1] == lower).Select(r => (long?)ClickHouseDatabase.Number(r[0])).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BioLink>> BioLinksAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return [.. (await bio.ReadAsync("WHERE workspace_id = $1", "ORDER BY position, link_id", workspace.Id).ConfigureAwait(false))
            .Select(r => new BioLink(ClickHouseDatabase.Number(r[1]), r[2]!, r[3], (int)ClickHouseDatabase.Number(r[4])))];
    }

    /// <inheritdoc />
    public Task SetBioLinkAsync(Workspace workspace, BioLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(link);
        return bio.PutAsync(workspace.Id, link.LinkId, link.Title, link.ImageUrl, link.Position);
    }

    /// <inheritdoc />
    public Task<bool> RemoveBioLinkAsync(Workspace workspace, long linkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return bio.RemoveAsync(["workspace_id", "link_id"], "WHERE workspace_id = $1 AND link_id = $2", workspace.Id, linkId);
    }

    /// <summary>Records one status of reward <paramref name="id"/> in its history.</summary>
    private Task<long> AddHistoryAsync(Workspace workspace, long id, RewardStatus status, string by, string? reason) =>
        db.InsertAsync(
            "reward_history",
            ["workspace_id", "reward_id", "seq", "status", "changed_at", "changed_by", "reason"],
            [[workspace.Id, id, db.NextVersion(), Status(status), ClickHouseDatabase.Micros(db.Time.GetUtcNow()), by, reason]]);

    /// <summary>The claim test of a reward key: the claiming reward holds it while it still carries <paramref name="actionKey"/> (null until it is written).</summary>
    private Func<string, Task<bool?>> HoldsKey(string actionKey) => async claimant =>
    {
        var rows = await db.RowsAsync("SELECT action_key, deleted FROM rewards FINAL WHERE id = $1", ClickHouseDatabase.Number(claimant)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0][1] == "0" && rows[0][0] == actionKey;
    };

    private static string RewardKey(RewardEntry e) => string.Create(CultureInfo.InvariantCulture, $"{e.ProgramId}/{Side(e.Side)}/{e.ActionKey}");

    private static object?[] Row(Workspace workspace, RewardEntry e) =>
    [
        workspace.Id, e.Id, e.ProgramId, e.AdvocateId, Side(e.Side), e.ActionKey, e.FriendContactId, e.Amount, e.Currency, ClickHouseDatabase.Micros(e.EarnedAt),
        e.Day, Status(e.Status), e.Reason, e.ImportId, e.Network,
    ];

    private static RewardEntry Reward(string?[] r) => new(
        ClickHouseDatabase.Number(r[1]),
        ClickHouseDatabase.Number(r[2]),
        ClickHouseDatabase.Number(r[3]),
        r[4] == "advocate" ? RewardSide.Advocate : RewardSide.Friend,
        r[5]!,
        r[6]!,
        ClickHouseDatabase.Exact(r[7]),
        r[8]!,
        ClickHouseDatabase.Instant(r[9]),
        ClickHouseDatabase.Day(r[10]),
        ParseStatus(r[11]!),
        r[12],
        ClickHouseDatabase.NumberOrNull(r[13]))
    {
        Network = r[14]!,
    };

    private static StoreException CodeTaken(string code) => new($"The referral code {code} is taken by another advocate of this workspace.");

    private static StoreException ContactTaken(string contactId) => new($"Contact {contactId} already is an advocate of this workspace.");

    private static StoreException ProgramTaken(string name) => new($"The workspace already has a program named '{name}'.");

    private static string Side(RewardSide side) => side == RewardSide.Advocate ? "advocate" : "friend";

    private static string Status(RewardStatus status) => status.ToString().ToLowerInvariant();

    private static RewardStatus ParseStatus(string text) => Enum.Parse<RewardStatus>(text, ignoreCase: true);
}
