using Payoff.Core.Costs;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary><see cref="ICostSetupStore"/>: exact amounts, replace-by-key, order and removal.</summary>
public abstract class CostSetupStoreContract : StoreContract
{
    [Fact]
    public async Task Logged_time_comes_back_by_day_within_the_range()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        await session.CostSetup.LogAsync(workspace, new TimeEntry(0, "LinkedIn", "ana", new DateOnly(2025, 6, 3), 90));
        var early = await session.CostSetup.LogAsync(workspace, new TimeEntry(0, "LinkedIn", "bo", new DateOnly(2025, 6, 1), 30, "post"));
        await session.CostSetup.LogAsync(workspace, new TimeEntry(0, "LinkedIn", "ana", new DateOnly(2025, 7, 1), 15));

        var june = await session.CostSetup.TimeAsync(workspace, new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30)));

        Assert.Equal([new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 3)], june.Select(t => t.Day));
        Assert.Equal(early, june[0]);
        Assert.Equal(3, (await session.CostSetup.TimeAsync(workspace)).Count);
        Assert.True(await session.CostSetup.RemoveTimeAsync(workspace, early.Id));
        Assert.False(await session.CostSetup.RemoveTimeAsync(workspace, early.Id));
    }

    [Fact]
    public async Task Setting_a_rate_value_or_currency_rate_again_replaces_it_exactly()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        await session.CostSetup.SetRateAsync(workspace, new HourlyRate("bo", 40m, "USD"));
        await session.CostSetup.SetRateAsync(workspace, new HourlyRate("ana", 50m, "USD"));
        await session.CostSetup.SetRateAsync(workspace, new HourlyRate("ana", 55.1234m, "USD"));
        await session.CostSetup.SetValueAsync(workspace, new AssignedValue("trial", 10m, "USD"));
        await session.CostSetup.SetValueAsync(workspace, new AssignedValue("trial", 12.5m, "USD"));
        await session.CostSetup.SetCurrencyRateAsync(workspace, new CurrencyRate("EUR", new DateOnly(2025, 6, 1), 1.0812m));
        await session.CostSetup.SetCurrencyRateAsync(workspace, new CurrencyRate("EUR", new DateOnly(2025, 6, 1), 1.0815m));

        Assert.Equal([new HourlyRate("ana", 55.1234m, "USD"), new HourlyRate("bo", 40m, "USD")], await session.CostSetup.RatesAsync(workspace));
        Assert.Equal([new AssignedValue("trial", 12.5m, "USD")], await session.CostSetup.ValuesAsync(workspace));
        Assert.Equal([new CurrencyRate("EUR", new DateOnly(2025, 6, 1), 1.0815m)], await session.CostSetup.CurrencyRatesAsync(workspace));
        Assert.True(await session.CostSetup.RemoveValueAsync(workspace, "trial"));
        Assert.False(await session.CostSetup.RemoveValueAsync(workspace, "trial"));
    }

    [Fact]
    public async Task Fees_are_listed_by_id_and_belong_to_their_workspace()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        var tool = await session.CostSetup.AddFeeAsync(workspace, new Fee(0, "Scheduler", 29.99m, "USD", new Dictionary<string, decimal> { ["LinkedIn"] = 1m }, new DateOnly(2025, 1, 1)));
        var agency = await session.CostSetup.AddFeeAsync(workspace, new Fee(0, "Agency", 1500m, "USD", new Dictionary<string, decimal> { ["LinkedIn"] = 0.5m, ["Facebook"] = 0.5m }, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 1)));

        Assert.Equal([tool.Id, agency.Id], (await session.CostSetup.FeesAsync(workspace)).Select(f => f.Id));
        Assert.Equal(29.99m, (await session.CostSetup.FeesAsync(workspace))[0].MonthlyAmount);
        Assert.False(await session.CostSetup.RemoveFeeAsync(other, tool.Id));
        Assert.True(await session.CostSetup.RemoveFeeAsync(workspace, tool.Id));
        Assert.Empty(await session.CostSetup.FeesAsync(other));
    }
}
