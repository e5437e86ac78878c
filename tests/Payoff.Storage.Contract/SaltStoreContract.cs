namespace Payoff.Storage.Contract;

/// <summary><see cref="Core.Collect.ISaltStore"/>: one salt per UTC day, stable, pruned before yesterday.</summary>
public abstract class SaltStoreContract : StoreContract
{
    [Fact]
    public async Task A_day_has_one_32_byte_salt_that_stays_the_same()
    {
        await using var session = await OpenAsync();
        var day = new DateOnly(2025, 7, 1);

        var first = await session.Salts.GetAsync(day);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, await session.Salts.GetAsync(day));
        Assert.NotEqual(first, await session.Salts.GetAsync(day.AddDays(1)));
    }

    [Fact]
    public async Task Pruning_deletes_the_salts_before_yesterday()
    {
        await using var session = await OpenAsync();
        var today = new DateOnly(2025, 7, 10);
        var yesterday = await session.Salts.GetAsync(today.AddDays(-1));
        await session.Salts.GetAsync(today.AddDays(-2));
        await session.Salts.GetAsync(today.AddDays(-3));

        Assert.Equal(2, await session.Salts.PruneAsync(today));

        Assert.Equal(yesterday, await session.Salts.GetAsync(today.AddDays(-1)));
        Assert.Equal(0, await session.Salts.PruneAsync(today));
    }
}
