using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// The ledger's raw material from the daily rollups (current generations), the imported account metrics and the cost
/// set-up, grouped as the embedded store groups it: networks and campaigns case-insensitively, each shown as the smallest
/// (ordinal) of its spellings.
/// </summary>
internal sealed class ClickHouseLedgerReader(
    ClickHouseDatabase db,
    ClickHouseEvents events,
    ClickHouseCostSetupStore setup,
    ClickHouseConversationStore conversations,
    ClickHouseConversationReader conversationReader,
    ClickHouseAdvocacyStore advocacy) : ILedgerReader
{
    private const string NotSet = "(not set)";

    /// <inheritdoc />
    public async Task<LedgerData> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var (people, costs) = (await events.GenerationAsync(workspace, "people").ConfigureAwait(false), await events.GenerationAsync(workspace, "costs").ConfigureAwait(false));
        var rows = (await db.RowsAsync(
            """
            SELECT measure, day, channel, network, campaign, currency, name, sum(count), sum(amount)
            FROM daily_rollups
            WHERE workspace_id = $1 AND day >= $2 AND day <= $3
              AND ((measure = 'sessions' AND generation = 0)
                OR (measure IN ('contacts', 'customers', 'revenue', 'conversions') AND generation = $4)
                OR (measure = 'ad_spend' AND generation = $5))
            GROUP BY measure, day, channel, network, campaign, currency, name
            HAVING sum(count) != 0 OR sum(amount) != 0
            """,
            workspace.Id,
            range.From,
            range.To,
            people,
            costs).ConfigureAwait(false))
            .Select(r => (
                Measure: r[0]!,
                Day: ClickHouseDatabase.Day(r[1]),
                Label: ClickHouseEvents.Unkey(r[3]) ?? ClickHouseEvents.Unkey(r[2])!,
                Network: ClickHouseEvents.Unkey(r[3]),
                Campaign: ClickHouseEvents.Unkey(r[4]),
                Currency: r[5]!,
                Name: r[6]!,
                Count: ClickHouseDatabase.Number(r[7]),
                Amount: ClickHouseDatabase.Exact(r[8])))
            .ToList();

        var web = rows.Where(r => r.Measure is "sessions" or "contacts" or "customers")
            .GroupBy(r => (r.Day, Label: r.Label.ToLowerInvariant(), Campaign: (r.Campaign ?? NotSet).ToLowerInvariant()))
            .Select(g => new WebDay(
                g.Key.Day,
                Smallest(g.Select(r => r.Label)),
                Smallest(g.Select(r => r.Campaign ?? NotSet)),
                g.Where(r => r.Measure == "sessions").Sum(r => r.Count),
                g.Where(r => r.Measure == "contacts").Sum(r => r.Count),
                g.Where(r => r.Measure == "customers").Sum(r => r.Count)))
            .ToList();
        var revenue = rows.Where(r => r.Measure == "revenue")
            .GroupBy(r => (r.Day, Label: r.Label.ToLowerInvariant(), Campaign: (r.Campaign ?? NotSet).ToLowerInvariant(), r.Currency))
            .Select(g => new MoneyDay(g.Key.Day, Smallest(g.Select(r => r.Label)), Smallest(g.Select(r => r.Campaign ?? NotSet)), MoneyKind.Revenue, g.Key.Currency, ClickHouseDatabase.Normalized(g.Sum(r => r.Amount))));
        var spend = rows.Where(r => r.Measure == "ad_spend")
            .GroupBy(r => (r.Day, Network: r.Network!, Campaign: r.Campaign is null or "" ? NotSet : r.Campaign, r.Currency))
            .Select(g => new MoneyDay(g.Key.Day, g.Key.Network, g.Key.Campaign, MoneyKind.AdSpend, g.Key.Currency, ClickHouseDatabase.Normalized(g.Sum(r => r.Amount))));
        var conversions = rows.Where(r => r.Measure == "conversions")
            .GroupBy(r => (r.Day, Label: r.Label.ToLowerInvariant(), Campaign: (r.Campaign ?? NotSet).ToLowerInvariant(), r.Name))
            .Select(g => new ConversionDay(g.Key.Day, Smallest(g.Select(r => r.Label)), Smallest(g.Select(r => r.Campaign ?? NotSet)), g.Key.Name, g.Sum(r => r.Count)))
            .ToList();
        var social = (await ClickHouseImportStore.Metrics(db).ReadAsync(
            workspace,
            await events.UndoneImportsAsync(workspace).ConfigureAwait(false),
            $"SELECT day, network, account, metric, value FROM {ReplacingTable.CurrentRows} WHERE day >= $2 AND day <= $3",
            range.From,
            range.To).ConfigureAwait(false))
            .Select(r => new SocialDay(ClickHouseDatabase.Day(r[0]), r[1]!, r[2]!, r[3]!, ClickHouseDatabase.Exact(r[4])))
            .ToList();
        return new LedgerData(
            web,
            [.. revenue, .. spend, .. await RewardsAsync(workspace, range, cancellationToken).ConfigureAwait(false)],
            conversions,
            [.. social, .. await ConversationDaysAsync(workspace, range).ConfigureAwait(false)],
            await setup.TimeAsync(workspace, range, cancellationToken).ConfigureAwait(false),
            await setup.RecurrencesAsync(workspace, cancellationToken).ConfigureAwait(false),
            await setup.RatesAsync(workspace, cancellationToken).ConfigureAwait(false),
            await setup.FeesAsync(workspace, cancellationToken).ConfigureAwait(false),
            await setup.ValuesAsync(workspace, cancellationToken).ConfigureAwait(false),
            await setup.CurrencyRatesAsync(workspace, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The referral rewards earned and not voided in the range (issue 19) as <see cref="MoneyKind.Reward"/>: both sides, on
    /// the referral's network (else Advocates) and the program's name as campaign, by the reward's local day.
    /// </summary>
    private async Task<IEnumerable<MoneyDay>> RewardsAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken)
    {
        var programs = (await advocacy.ProgramsAsync(workspace, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Name);
        return (await advocacy.RewardsAsync(workspace, null, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Status != Core.Advocacy.RewardStatus.Voided && r.Day >= range.From && r.Day <= range.To && r.Amount != 0 && programs.ContainsKey(r.ProgramId))
            .GroupBy(r => (r.Day, Network: r.Network.ToLowerInvariant(), Program: programs[r.ProgramId].ToLowerInvariant(), r.Currency))
            .Select(g => new MoneyDay(g.Key.Day, Smallest(g.Select(r => r.Network)), Smallest(g.Select(r => programs[r.ProgramId])), MoneyKind.Reward, g.Key.Currency, ClickHouseDatabase.Normalized(g.Sum(r => r.Amount))))
            .OrderBy(m => m.Day)
            .ThenBy(m => m.Network, CodePoints.Instance)
            .ThenBy(m => m.Campaign, CodePoints.Instance)
            .ThenBy(m => m.Currency, CodePoints.Instance);
    }

    /// <inheritdoc />
    public async Task<DataCoverage> ReadCoverageAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var people = await events.GenerationAsync(workspace, "people").ConfigureAwait(false);
        var firsts = (await db.RowsAsync(
            """
            SELECT channel, network, min(day) FROM (
                SELECT channel, network, day FROM daily_rollups
                WHERE workspace_id = $1 AND ((measure = 'sessions' AND generation = 0) OR (measure = 'contacts' AND generation = $2))
                GROUP BY channel, network, measure, day
                HAVING sum(count) != 0)
            GROUP BY channel, network
            """,
            workspace.Id,
            people).ConfigureAwait(false))
            .Select(r => (Name: ClickHouseEvents.Unkey(r[1]) ?? ClickHouseEvents.Unkey(r[0])!, Day: ClickHouseDatabase.Day(r[2])))
            .GroupBy(f => f.Name.ToLowerInvariant())
            .ToDictionary(g => Smallest(g.Select(f => f.Name)), g => g.Min(f => f.Day), StringComparer.OrdinalIgnoreCase);
        return new DataCoverage(firsts.Count == 0 ? null : firsts.Values.Min(), firsts);
    }

    /// <inheritdoc />
    public async Task<(LedgerData Data, DataCoverage Coverage)> ReadWithCoverageAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default) =>
        (await ReadAsync(workspace, range, cancellationToken).ConfigureAwait(false), await ReadCoverageAsync(workspace, cancellationToken).ConfigureAwait(false));

    // The conversation metrics per day and network (ConversationDays): every day with a message computed at once, as the
    // embedded store computes them, then the range's days.
    private async Task<IEnumerable<SocialDay>> ConversationDaysAsync(Workspace workspace, DateRange range)
    {
        var span = await db.RowsAsync("SELECT min(created_at), max(created_at), count() FROM conversation_messages WHERE workspace_id = $1", workspace.Id).ConfigureAwait(false);
        if (span[0][2] == "0" || await conversations.FindSettingsAsync(workspace).ConfigureAwait(false) is not { } settings)
        {
            return [];
        }

        var now = db.Time.GetUtcNow();
        var calendar = workspace.Calendar;
        var (first, last) = (ClickHouseDatabase.Instant(span[0][0]), ClickHouseDatabase.Instant(span[0][1]));
        var filter = new Core.Conversations.ConversationFilter(new DateRange(calendar.DateOf(first), calendar.DateOf(last > now ? last : now)));
        var counts = await conversationReader.ReadCountsAsync(workspace, filter, Core.Conversations.ConversationBucket.Day).ConfigureAwait(false);
        var requests = await conversationReader.ReadRequestsAsync(workspace, filter).ConfigureAwait(false);
        return Core.Conversations.ConversationDays.Of(counts, requests, settings, calendar, now)
            .Where(d => range.Contains(d.Day))
            .OrderBy(d => d.Day).ThenBy(d => d.Network, StringComparer.Ordinal).ThenBy(d => d.Metric, StringComparer.Ordinal);
    }

    private static string Smallest(IEnumerable<string> values) => values.Order(StringComparer.Ordinal).First();
}
