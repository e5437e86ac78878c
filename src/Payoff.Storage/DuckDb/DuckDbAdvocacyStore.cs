using System.Data.Common;
using System.Globalization;
using Payoff.Core.Advocacy;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Advocates, referral programs and the reward ledger in tables <c>advocates</c>, <c>referral_programs</c>, <c>rewards</c>
/// and <c>reward_history</c> (migration 0020). A reward is unique per program, side and action key; each status it takes
/// is a row of its history.
/// </summary>
public sealed partial class DuckDbAdvocacyStore(DuckDbDatabase db) : IAdvocacyStore
{
    private const string ProgramColumns = "id, name, advocate_reward, friend_reward, currency, trigger, conversion, cap, from_day, to_day, disclosure";
    private const string RewardColumns = "id, program_id, advocate_id, side, action_key, friend_contact_id, amount, currency, earned_at, day, status, reason, import_id, network";

    /// <inheritdoc />
    public Task<Advocate> AddAdvocateAsync(Workspace workspace, string contactId, string code, int? followers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(contactId);
        ArgumentNullException.ThrowIfNull(code);
        var upper = code.Trim().ToUpperInvariant();
        return Task.FromResult(db.InTransaction(() =>
        {
            if (db.Scalar<long>("SELECT count(*) FROM advocates WHERE workspace_id = $1 AND code = $2", workspace.Id, upper) > 0)
            {
                throw new StoreException($"The referral code {upper} is taken by another advocate of this workspace.");
            }

            if (db.Scalar<long>("SELECT count(*) FROM advocates WHERE workspace_id = $1 AND contact_id = $2", workspace.Id, contactId) > 0)
            {
                throw new StoreException($"Contact {contactId} already is an advocate of this workspace.");
            }

            var now = DuckDbDatabase.Truncated(db.Time.GetUtcNow());
            var id = db.Scalar<long>(
                "INSERT INTO advocates (workspace_id, contact_id, code, followers, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                workspace.Id, contactId, upper, followers, DuckDbDatabase.ToDb(now));
            return new Advocate(id, contactId, upper, followers, now);
        }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Advocate>> AdvocatesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        IReadOnlyList<Advocate> advocates = db.Query(
            "SELECT id, contact_id, code, followers, created_at FROM advocates WHERE workspace_id = $1 ORDER BY id",
            r => new Advocate(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3), DuckDbDatabase.FromDb(r.GetDateTime(4))),
            workspace.Id);
        return Task.FromResult(advocates);
    }

    /// <inheritdoc />
    public Task<ReferralProgram> AddProgramAsync(Workspace workspace, ReferralProgram program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(program);
        return Task.FromResult(db.InTransaction(() =>
        {
            if (db.Scalar<long>("SELECT count(*) FROM referral_programs WHERE workspace_id = $1 AND lower(name) = lower($2)", workspace.Id, program.Name) > 0)
            {
                throw new StoreException($"The workspace already has a program named '{program.Name}'.");
            }

            var id = db.Scalar<long>(
                "INSERT INTO referral_programs (workspace_id, name, advocate_reward, friend_reward, currency, trigger, conversion, cap, from_day, to_day, disclosure, created_at) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                workspace.Id, program.Name, program.AdvocateReward, program.FriendReward, program.Currency, program.On.ToString().ToLowerInvariant(), program.Conversion, program.Cap,
                program.From?.ToDateTime(TimeOnly.MinValue), program.To?.ToDateTime(TimeOnly.MinValue), program.Disclosure, DuckDbDatabase.ToDb(db.Time.GetUtcNow()));
            return program with { Id = id };
        }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReferralProgram>> ProgramsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        IReadOnlyList<ReferralProgram> programs = db.Query($"SELECT {ProgramColumns} FROM referral_programs WHERE workspace_id = $1 ORDER BY id", ReadProgram, workspace.Id);
        return Task.FromResult(programs);
    }

    /// <inheritdoc />
    public Task<int> RecordAsync(Workspace workspace, IReadOnlyCollection<RewardEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(entries);
        return Task.FromResult(db.InTransaction(() =>
        {
            var added = 0;
            var now = DuckDbDatabase.ToDb(db.Time.GetUtcNow());
            foreach (var e in entries)
            {
                var side = Side(e.Side);
                if (db.Scalar<long>("SELECT count(*) FROM rewards WHERE workspace_id = $1 AND program_id = $2 AND side = $3 AND action_key = $4", workspace.Id, e.ProgramId, side, e.ActionKey) > 0)
                {
                    continue;
                }

                var id = db.Scalar<long>(
                    "INSERT INTO rewards (workspace_id, program_id, advocate_id, side, action_key, friend_contact_id, amount, currency, earned_at, day, status, reason, import_id, network) "
                    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
                    workspace.Id, e.ProgramId, e.AdvocateId, side, e.ActionKey, e.FriendContactId, e.Amount, e.Currency, DuckDbDatabase.ToDb(e.EarnedAt),
                    e.Day.ToDateTime(TimeOnly.MinValue), Status(e.Status), e.Reason, e.ImportId, e.Network);
                db.Execute(
                    "INSERT INTO reward_history (workspace_id, reward_id, status, changed_at, changed_by, reason) VALUES ($1, $2, $3, $4, 'payoff', $5)",
                    workspace.Id, id, Status(e.Status), now, e.Reason);
                added++;
            }

            return added;
        }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RewardEntry>> RewardsAsync(Workspace workspace, long? programId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        IReadOnlyList<RewardEntry> rewards = db.Query(
            $"SELECT {RewardColumns} FROM rewards WHERE workspace_id = $1 AND ($2::BIGINT IS NULL OR program_id = $2) ORDER BY id",
            ReadReward,
            workspace.Id,
            programId);
        return Task.FromResult(rewards);
    }

    /// <inheritdoc />
    public Task<bool> SetStatusAsync(Workspace workspace, long id, RewardStatus status, string? reason, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(by);
        if (status == RewardStatus.Voided && string.IsNullOrWhiteSpace(reason))
        {
            throw new StoreException("A reward is voided with a reason.");
        }

        return Task.FromResult(db.InTransaction(() =>
        {
            var current = db.Query("SELECT status FROM rewards WHERE workspace_id = $1 AND id = $2", r => r.GetString(0), workspace.Id, id);
            if (current.Count == 0)
            {
                return false;
            }

            if (RewardRules.TransitionError(id, ParseStatus(current[0]), status) is { } refused)
            {
                throw new StoreException(refused);
            }

            var why = status == RewardStatus.Voided ? reason!.Trim() : null;
            db.Execute("UPDATE rewards SET status = $3, reason = $4 WHERE workspace_id = $1 AND id = $2", workspace.Id, id, Status(status), why);
            db.Execute(
                "INSERT INTO reward_history (workspace_id, reward_id, status, changed_at, changed_by, reason) VALUES ($1, $2, $3, $4, $5, $6)",
                workspace.Id, id, Status(status), DuckDbDatabase.ToDb(db.Time.GetUtcNow()), by, why);
            return true;
        }));
    }

    /// <inheritdoc />
    public Task<int> VoidImportAsync(Workspace workspace, long importId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(reason);
        return Task.FromResult(db.InTransaction(() =>
        {
            var ids = db.Query("SELECT id FROM rewards WHERE workspace_id = $1 AND import_id = $2 AND status <> 'voided' ORDER BY id", r => r.GetInt64(0), workspace.Id, importId);
            var now = DuckDbDatabase.ToDb(db.Time.GetUtcNow());
            var by = string.Create(CultureInfo.InvariantCulture, $"import #{importId} undone");
            foreach (var id in ids)
            {
                // The action key is set free (suffixed with the undone import): the same action imported again earns anew.
                db.Execute("UPDATE rewards SET status = 'voided', reason = $3, action_key = action_key || '#undone:' || $4 WHERE workspace_id = $1 AND id = $2", workspace.Id, id, reason, importId.ToString(CultureInfo.InvariantCulture));
                db.Execute(
                    "INSERT INTO reward_history (workspace_id, reward_id, status, changed_at, changed_by, reason) VALUES ($1, $2, 'voided', $3, $4, $5)",
                    workspace.Id, id, now, by, reason);
            }

            return ids.Count;
        }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RewardChange>> HistoryAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        IReadOnlyList<RewardChange> history = db.Query(
            "SELECT reward_id, status, changed_at, changed_by, reason FROM reward_history WHERE workspace_id = $1 AND reward_id = $2 ORDER BY changed_at, rowid",
            r => new RewardChange(r.GetInt64(0), ParseStatus(r.GetString(1)), DuckDbDatabase.FromDb(r.GetDateTime(2)), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)),
            workspace.Id,
            id);
        return Task.FromResult(history);
    }

    private static ReferralProgram ReadProgram(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Name = r.GetString(1),
        AdvocateReward = r.GetDecimal(2),
        FriendReward = r.GetDecimal(3),
        Currency = r.GetString(4),
        On = Enum.Parse<RewardTrigger>(r.GetString(5), ignoreCase: true),
        Conversion = r.IsDBNull(6) ? null : r.GetString(6),
        Cap = r.IsDBNull(7) ? null : r.GetInt32(7),
        From = r.IsDBNull(8) ? null : DateOnly.FromDateTime(r.GetDateTime(8)),
        To = r.IsDBNull(9) ? null : DateOnly.FromDateTime(r.GetDateTime(9)),
        Disclosure = r.IsDBNull(10) ? null : r.GetString(10),
    };

    private static RewardEntry ReadReward(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetInt64(2),
        r.GetString(3) == "advocate" ? RewardSide.Advocate : RewardSide.Friend,
        r.GetString(4),
        r.GetString(5),
        r.GetDecimal(6),
        r.GetString(7),
        DuckDbDatabase.FromDb(r.GetDateTime(8)),
        DateOnly.FromDateTime(r.GetDateTime(9)),
        ParseStatus(r.GetString(10)),
        r.IsDBNull(11) ? null : r.GetString(11),
        r.IsDBNull(12) ? null : r.GetInt64(12))
    {
        Network = r.GetString(13),
    };

    private static string Side(RewardSide side) => side == RewardSide.Advocate ? "advocate" : "friend";

    private static string Status(RewardStatus status) => status.ToString().ToLowerInvariant();

    private static RewardStatus ParseStatus(string text) => Enum.Parse<RewardStatus>(text, ignoreCase: true);
}
