using Payoff.Core.Costs;
using Payoff.Core.Importing;
using Payoff.Core.Ledger;
using Payoff.Core.Money;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary><see cref="ILedgerReader.ReadWithCoverageAsync"/>: the ledger of <see cref="ILedgerReader.ReadAsync"/> and the coverage of <see cref="ILedgerReader.ReadCoverageAsync"/>, read together.</summary>
public abstract class LedgerReaderContract : StoreContract
{
    private static readonly DateRange June = new(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

    [Fact]
    public async Task Reading_with_the_coverage_returns_what_the_two_reads_return()
    {
        await using var session = await OpenAsync();
        var workspace = await FilledAsync(session);

        var (data, coverage) = await session.Ledger.ReadWithCoverageAsync(workspace, June);

        AssertSame(await session.Ledger.ReadAsync(workspace, June), data);
        AssertSame(await session.Ledger.ReadCoverageAsync(workspace), coverage);
        Assert.Equal(new DateOnly(2025, 5, 20), coverage.WorkspaceFirstDay);
        Assert.Equal(new DateOnly(2025, 6, 2), coverage.FirstDay("facebook"));
        Assert.Equal(2, data.Web.Count);
        Assert.Single(data.Money);
        Assert.Equal(["ana", "bo"], data.Rates.Select(r => r.Person));
        Assert.Equal([new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 3)], data.Time.Select(t => t.Day));
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1)], data.CurrencyRates.Select(r => r.From));
    }

    [Fact]
    public async Task An_empty_workspace_has_no_first_day_and_no_ledger()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);

        var (data, coverage) = await session.Ledger.ReadWithCoverageAsync(workspace, June);

        Assert.Null(coverage.WorkspaceFirstDay);
        Assert.Empty(coverage.NetworkFirstDays);
        Assert.Empty(data.Web);
        Assert.Empty(data.Fees);
    }

    private static async Task<Workspace> FilledAsync(IStoreSession session)
    {
        var workspace = await WorkspaceAsync(session);
        var visits = new[]
        {
            Some.Visit("e1", "v1", "2025-05-20T10:00:00Z"),
            Some.Visit("e2", "v2", "2025-06-02T10:00:00Z", "https://shop.example.com/?utm_source=facebook&utm_campaign=spring"),
            Some.Visit("e3", "v3", "2025-06-04T10:00:00Z"),
        };
        await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, visits.Length), visits);
        await session.Importing.WriteCostsAsync(workspace, Some.Request(ImportKind.Costs, 1), Some.Rows(Some.Cost("2025-06-02", "Facebook", "Spring", 12.5m)));
        await session.CostSetup.LogAsync(workspace, new TimeEntry(0, "Facebook", "ana", new DateOnly(2025, 6, 3), 90));
        await session.CostSetup.LogAsync(workspace, new TimeEntry(0, "Facebook", "bo", new DateOnly(2025, 6, 1), 30, "post"));
        await session.CostSetup.LogAsync(workspace, new TimeEntry(0, "Facebook", "ana", new DateOnly(2025, 7, 1), 15));
        await session.CostSetup.RecurAsync(workspace, new TimeRecurrence(0, "Facebook", "ana", 20, DayPattern.Weekdays, new DateOnly(2025, 6, 1)));
        await session.CostSetup.SetRateAsync(workspace, new HourlyRate("bo", 40m, "USD"));
        await session.CostSetup.SetRateAsync(workspace, new HourlyRate("ana", 55.1234m, "USD"));
        await session.CostSetup.AddFeeAsync(workspace, new Fee(0, "Scheduler", 29.99m, "USD", new Dictionary<string, decimal> { ["Facebook"] = 1m }, new DateOnly(2025, 1, 1)));
        await session.CostSetup.SetCurrencyRateAsync(workspace, new CurrencyRate("EUR", new DateOnly(2025, 6, 1), 1.0815m));
        await session.CostSetup.SetCurrencyRateAsync(workspace, new CurrencyRate("EUR", new DateOnly(2025, 1, 1), 1.0412m));
        await session.CostSetup.SetValueAsync(workspace, new AssignedValue("trial", 12.5m, "USD"));
        return workspace;
    }

    private static void AssertSame(LedgerData expected, LedgerData actual)
    {
        Assert.Equal(Sorted(expected.Web), Sorted(actual.Web));
        Assert.Equal(Sorted(expected.Money), Sorted(actual.Money));
        Assert.Equal(Sorted(expected.Conversions), Sorted(actual.Conversions));
        Assert.Equal(Sorted(expected.Social), Sorted(actual.Social));
        Assert.Equal(expected.Time, actual.Time);
        Assert.Equal(expected.Recurrences.Select(Shown), actual.Recurrences.Select(Shown));
        Assert.Equal(expected.Rates, actual.Rates);
        Assert.Equal(expected.Fees.Select(Shown), actual.Fees.Select(Shown));
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected.CurrencyRates, actual.CurrencyRates);
    }

    private static void AssertSame(DataCoverage expected, DataCoverage actual)
    {
        Assert.Equal(expected.WorkspaceFirstDay, actual.WorkspaceFirstDay);
        Assert.Equal(expected.NetworkFirstDays.OrderBy(p => p.Key, StringComparer.Ordinal), actual.NetworkFirstDays.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>The rows of a read whose order is the adapter's own, in one order (a record's text holds every member).</summary>
    private static List<string> Sorted<T>(IEnumerable<T> rows) => [.. rows.Select(r => r!.ToString()!).Order(StringComparer.Ordinal)];

    private static string Shown(TimeRecurrence r) => $"{r.Id} {r.Network} {r.Person} {r.Minutes} {r.Days.Text} {r.From} {r.To}";

    private static string Shown(Fee fee) => $"{fee.Id} {fee.Name} {fee.MonthlyAmount} {fee.Currency} {string.Join(",", fee.Shares.Order())} {fee.From} {fee.To}";
}
