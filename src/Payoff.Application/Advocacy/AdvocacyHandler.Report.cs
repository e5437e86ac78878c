using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Advocacy;
using Payoff.Core.Attribution;
using Payoff.Core.Money;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Advocacy;

/// <summary>The advocates report, the reward ledger and the rewards' creation from friends' actions.</summary>
public sealed partial class AdvocacyHandler
{
    /// <summary>
    /// Creates the rewards friends' actions have earned and that the ledger does not hold yet (<see cref="ReferralRewards"/>):
    /// run before every read of rewards or costs, so a report always counts them; a replayed or re-imported action earns
    /// nothing new. Returns how many entries were added (two per action).
    /// </summary>
    public static async Task<int> SyncRewardsAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        var programs = await session.Advocacy.ProgramsAsync(workspace, cancellationToken);
        if (programs.Count == 0)
        {
            return 0;
        }

        var advocates = await session.Advocacy.AdvocatesAsync(workspace, cancellationToken);
        if (advocates.Count == 0)
        {
            return 0;
        }

        var data = await session.Advocacy.ReadReferralsAsync(workspace, cancellationToken);
        if (data.Touches.Count == 0)
        {
            return 0;
        }

        var ledger = await session.Advocacy.RewardsAsync(workspace, null, cancellationToken);
        var entries = ReferralRewards.Decide(data, advocates, programs, ledger, workspace.Calendar);
        return entries.Count == 0 ? 0 : await session.Advocacy.RecordAsync(workspace, entries, cancellationToken);
    }

    /// <summary>
    /// The advocates report over <c>from</c>/<c>to</c> (local days; the last 30 days by default), of <c>program</c> (a
    /// program's name, any case; all referrals when absent), credited by <c>model</c> (an attribution model's name; the
    /// first-referral rule when absent).
    /// </summary>
    /// <exception cref="RequestException">A day, the program or the model is unknown; the message names the field.</exception>
    public async Task<AdvocacyReport> ReportAsync(Workspace workspace, RequestValues values, TimeProvider time, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await ReportAsync(session, workspace, values, time, cancellationToken);
    }

    /// <summary>The advocates report in <paramref name="session"/> (a page holding one passes it).</summary>
    /// <exception cref="RequestException">A day, the program or the model is unknown.</exception>
    public static async Task<AdvocacyReport> ReportAsync(IStoreSession session, Workspace workspace, RequestValues values, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);
        IAttributionModel? model = null;
        if (values.Get("model") is { } name && !string.IsNullOrWhiteSpace(name) && !string.Equals(name.Trim(), ReferralCrediting.FirstReferral, StringComparison.OrdinalIgnoreCase))
        {
            model = AttributionModels.Create(name) ?? throw new RequestException("model", $"{values.Name("model")} '{Text.Visible(name)}' is not a model: use {ReferralCrediting.FirstReferral} (the default) or one of {string.Join(", ", AttributionModels.Names)}.");
        }

        var programs = await session.Advocacy.ProgramsAsync(workspace, cancellationToken);
        var program = await ProgramAsync(values, programs);
        return await BuildReportAsync(session, workspace, range, program, model, cancellationToken);
    }

    /// <summary>The advocates report over <paramref name="range"/> of <paramref name="program"/> (null: all) credited by <paramref name="model"/> (null: first referral).</summary>
    public static async Task<AdvocacyReport> BuildReportAsync(IStoreSession session, Workspace workspace, DateRange range, ReferralProgram? program, IAttributionModel? model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        await SyncRewardsAsync(session, workspace, cancellationToken);
        var advocates = await session.Advocacy.AdvocatesAsync(workspace, cancellationToken);
        var data = await session.Advocacy.ReadReferralsAsync(workspace, cancellationToken);
        var rates = await session.CostSetup.CurrencyRatesAsync(workspace, cancellationToken);
        var warnings = new List<string>();
        var assigned = await session.CostSetup.ValuesAsync(workspace, cancellationToken);
        var credited = ReferralCrediting.Credit(data, advocates, range, workspace.Calendar, new CurrencyConverter(workspace.Currency, rates), assigned, model, warnings);
        var unknown = data.Touches.Select(t => t.Code).Where(c => advocates.All(a => a.Code != c)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{unknown.Count} referral code{(unknown.Count == 1 ? " is" : "s are")} in visits but no advocate has {(unknown.Count == 1 ? "it" : "them")}: {string.Join(", ", unknown.Take(5).Select(Text.Visible))}{(unknown.Count > 5 ? ", …" : string.Empty)} (payoff advocate add --contact ID --code CODE)."));
        }

        var counted = ReferralCrediting.Counted(data, advocates);
        var programLinks = (await session.Links.ListAsync(workspace, cancellationToken))
            .Select(l => (Code: RefCode(l.Destination), l.Tags.Campaign))
            .Where(l => l.Code is not null && l.Campaign is not null)
            .GroupBy(l => l.Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(l => l.Campaign!)], StringComparer.Ordinal);
        var members = program is null
            ? advocates
            : [.. advocates.Where(a => counted.Any(t => t.Code == a.Code && string.Equals(t.Campaign, program.Name, StringComparison.OrdinalIgnoreCase))
                || linksOf(a).Contains(program.Name, StringComparer.OrdinalIgnoreCase))];
        var rewards = await session.Advocacy.RewardsAsync(workspace, null, cancellationToken);
        return AdvocacyReportBuilder.Build(members, counted, credited, rewards, range, workspace.Calendar, program, model?.Name ?? ReferralCrediting.FirstReferral, workspace.Currency, warnings);

        // The programs an advocate has a referral link for (the link's destination carries the code, its campaign the program).
        IReadOnlyList<string> linksOf(Advocate a) => programLinks.TryGetValue(a.Code, out var list) ? list : [];
    }

    /// <summary>
    /// The customers most likely to advocate (<see cref="AdvocateCandidates"/>), best first, at most <c>limit</c> (1 to
    /// 10,000; default 25), scored as of now.
    /// </summary>
    /// <exception cref="RequestException"><c>limit</c> is not a whole number from 1 to 10,000.</exception>
    public async Task<IReadOnlyList<AdvocateCandidate>> CandidatesAsync(Workspace workspace, RequestValues values, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(time);
        var limit = values.Get("limit") is { } text && !string.IsNullOrWhiteSpace(text)
            ? int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000 ? n
                : throw new RequestException("limit", $"{values.Name("limit")} must be a whole number from 1 to 10,000, not '{Text.Visible(text)}'.")
            : 25;
        if (limit is < 1 or > 10_000)
        {
            throw new RequestException("limit", string.Create(CultureInfo.InvariantCulture, $"{values.Name("limit")} must be from 1 to 10,000, not {limit}."));
        }

        await using var session = await store.OpenSessionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var customers = await session.Advocacy.ReadCustomersAsync(workspace, now, cancellationToken);
        var rates = await session.CostSetup.CurrencyRatesAsync(workspace, cancellationToken);
        return [.. AdvocateCandidates.Score(customers, now, new CurrencyConverter(workspace.Currency, rates)).Take(limit)];
    }

    /// <summary>The upper-cased <c>ref</c> parameter of <paramref name="url"/>'s query, or null.</summary>
    public static string? RefCode(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return null;
        }

        var query = url[(question + 1)..].Split('#', 2)[0];
        return query.Split('&').Where(p => p.StartsWith("ref=", StringComparison.OrdinalIgnoreCase)).Select(p => Uri.UnescapeDataString(p[4..]).ToUpperInvariant()).FirstOrDefault(c => c.Length is >= 3 and <= 32);
    }

    private static Task<ReferralProgram?> ProgramAsync(RequestValues values, IReadOnlyList<ReferralProgram> programs)
    {
        if (values.Get("program") is not { } name || string.IsNullOrWhiteSpace(name))
        {
            return Task.FromResult<ReferralProgram?>(null);
        }

        return Task.FromResult<ReferralProgram?>(programs.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestException("program", $"{values.Name("program")}: no program is named '{Text.Visible(name)}'{(programs.Count == 0 ? " (the workspace has none: payoff program add)" : $"; the workspace has {string.Join(", ", programs.Select(p => p.Name))}")}."));
    }
}
