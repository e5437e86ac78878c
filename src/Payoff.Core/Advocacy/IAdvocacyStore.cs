using Payoff.Core.Workspaces;

namespace Payoff.Core.Advocacy;

/// <summary>
/// Advocates, referral programs and the two-way reward ledger of a workspace (issue 19). Every change of a reward's status
/// is kept in its history; a reward is unique per program, side and friend action, so a replayed or re-imported action
/// never earns twice.
/// </summary>
public interface IAdvocacyStore
{
    /// <summary>Adds an advocate for contact <paramref name="contactId"/> with referral code <paramref name="code"/> (upper-cased).</summary>
    /// <exception cref="Stores.StoreException">The code is taken, or the contact already is an advocate; the message says which.</exception>
    Task<Advocate> AddAdvocateAsync(Workspace workspace, string contactId, string code, int? followers, CancellationToken cancellationToken = default);

    /// <summary>The workspace's advocates by id.</summary>
    Task<IReadOnlyList<Advocate>> AdvocatesAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Adds a program; its id is set.</summary>
    /// <exception cref="Stores.StoreException">The workspace has a program of that name (any case).</exception>
    Task<ReferralProgram> AddProgramAsync(Workspace workspace, ReferralProgram program, CancellationToken cancellationToken = default);

    /// <summary>The workspace's programs by id.</summary>
    Task<IReadOnlyList<ReferralProgram>> ProgramsAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="entries"/> (from <see cref="RewardRules"/>); an entry whose program, side and action key are
    /// already stored is skipped. Returns how many were new.
    /// </summary>
    Task<int> RecordAsync(Workspace workspace, IReadOnlyCollection<RewardEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>The reward ledger, optionally of one program, by id.</summary>
    Task<IReadOnlyList<RewardEntry>> RewardsAsync(Workspace workspace, long? programId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets reward <paramref name="id"/>'s status (approved, paid, or voided with a reason), keeping the change in its
    /// history with <paramref name="by"/>. A voided reward stays voided.
    /// </summary>
    /// <returns>False when there is no such reward.</returns>
    /// <exception cref="Stores.StoreException">The move is not allowed (<see cref="RewardRules.TransitionError"/>: only forward, a paid reward is never voided, a voided one stays voided), or a void has no reason.</exception>
    Task<bool> SetStatusAsync(Workspace workspace, long id, RewardStatus status, string? reason, string by, CancellationToken cancellationToken = default);

    /// <summary>
    /// Voids every reward import <paramref name="importId"/> created that is not voided yet, with the reason, and sets its
    /// action key free (suffixed <c>#undone:ID</c>), so the same action imported again earns anew; returns how many.
    /// </summary>
    Task<int> VoidImportAsync(Workspace workspace, long importId, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every referral touch — a session that landed on a URL carrying <c>ref=CODE</c>, or a click on a short link whose
    /// destination carries one — with the people who made them: their visitor ids, lead and customer moments (and the imports
    /// that brought them), CRM creation date, purchases, named conversions and other sessions. Reads only.
    /// </summary>
    Task<ReferralData> ReadReferralsAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every customer of the workspace (a person with a contact id and a first purchase) with their purchases (revenue rows)
    /// and revenue per currency, latest purchase, sessions in the 90 days before <paramref name="asOf"/>, and whether they
    /// already are an advocate; by contact id. Reads only.
    /// </summary>
    Task<IReadOnlyList<CandidateFacts>> ReadCustomersAsync(Workspace workspace, DateTimeOffset asOf, CancellationToken cancellationToken = default);

    /// <summary>The workspace's public handle (its pages <c>/b/{handle}</c> and <c>/p/{handle}/{program}</c>), or null.</summary>
    Task<string?> HandleAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Sets the workspace's public handle (lower case).</summary>
    /// <exception cref="Stores.StoreException">Another workspace has it.</exception>
    Task SetHandleAsync(Workspace workspace, string handle, CancellationToken cancellationToken = default);

    /// <summary>The id of the workspace whose handle is <paramref name="handle"/> (any case), or null.</summary>
    Task<long?> FindHandleAsync(string handle, CancellationToken cancellationToken = default);

    /// <summary>The links the workspace's link-in-bio page lists, by position then link id.</summary>
    Task<IReadOnlyList<BioLink>> BioLinksAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Adds tracked link <see cref="BioLink.LinkId"/> to the link-in-bio page, or changes its title, image and position.</summary>
    Task SetBioLinkAsync(Workspace workspace, BioLink link, CancellationToken cancellationToken = default);

    /// <summary>Takes link <paramref name="linkId"/> off the link-in-bio page; false when it was not on it.</summary>
    Task<bool> RemoveBioLinkAsync(Workspace workspace, long linkId, CancellationToken cancellationToken = default);

    /// <summary>A reward's history, oldest first: each status it had, when, by whom and why.</summary>
    Task<IReadOnlyList<RewardChange>> HistoryAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);
}

/// <summary>One step of a reward's history.</summary>
/// <param name="RewardId">The reward.</param>
/// <param name="Status">The status it took.</param>
/// <param name="At">When.</param>
/// <param name="By">Who or what (a user, <c>payoff</c> for the rules, <c>import #N undone</c>).</param>
/// <param name="Reason">Why, for a void.</param>
public sealed record RewardChange(long RewardId, RewardStatus Status, DateTimeOffset At, string By, string? Reason);

/// <summary>A tracked link on the workspace's link-in-bio page (<c>/b/{handle}</c>).</summary>
/// <param name="LinkId">The tracked short link (its clicks, visits and leads are measured as any short link's).</param>
/// <param name="Title">What the page shows (1 to 100 characters).</param>
/// <param name="ImageUrl">An https image shown beside it, or null.</param>
/// <param name="Position">Its place on the page, smallest first.</param>
public sealed record BioLink(long LinkId, string Title, string? ImageUrl, int Position);
