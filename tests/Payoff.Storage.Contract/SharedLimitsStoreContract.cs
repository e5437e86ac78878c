using Payoff.Core.Access;

namespace Payoff.Storage.Contract;

/// <summary>
/// <see cref="ISharedLimitsStore"/>: an address's sign-in history comes back in the order recorded, up to the entry just
/// recorded and from the given instant; a request count adds up per key and window; pruning forgets old counts.
/// </summary>
public abstract class SharedLimitsStoreContract : StoreContract
{
    [Fact]
    public async Task An_address_history_comes_back_in_the_order_recorded_up_to_the_new_entry()
    {
        await using var session = await OpenAsync();
        var start = Time.GetUtcNow();
        SignInEntry Entry(string ip, string email, int minutes, bool ok, string id) => new(ip, email, start.AddMinutes(minutes), ok, id);

        await session.Limits.RecordSignInAsync(Entry("10.0.0.1", "a@example.com", 0, false, "1"), start);
        await session.Limits.RecordSignInAsync(Entry("10.0.0.2", "a@example.com", 1, false, "2"), start);
        await session.Limits.RecordSignInAsync(Entry("10.0.0.1", "b@example.com", 2, true, "3"), start);
        var history = await session.Limits.RecordSignInAsync(Entry("10.0.0.1", "a@example.com", 3, false, "4"), start);
        var recent = await session.Limits.RecordSignInAsync(Entry("10.0.0.1", "a@example.com", 4, false, "5"), start.AddMinutes(2));

        Assert.Equal(["1", "3", "4"], history.Select(e => e.Id));
        Assert.Equal(Entry("10.0.0.1", "b@example.com", 2, true, "3"), history[1]);
        Assert.Equal(["3", "4", "5"], recent.Select(e => e.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => session.Limits.RecordSignInAsync(Entry(" ", "a@example.com", 0, false, "6"), start));
    }

    [Fact]
    public async Task Requests_add_up_per_key_and_window_and_old_counts_are_pruned()
    {
        await using var session = await OpenAsync();
        var minute = new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(1, await session.Limits.CountRequestAsync("key:7", minute));
        Assert.Equal(2, await session.Limits.CountRequestAsync("key:7", minute));
        Assert.Equal(1, await session.Limits.CountRequestAsync("key:8", minute));
        Assert.Equal(1, await session.Limits.CountRequestAsync("key:7", minute.AddMinutes(1)));
        Assert.Equal(3, await session.Limits.CountRequestAsync("key:7", minute));

        await session.Limits.PruneAsync(minute.AddMinutes(1));
        Assert.Equal(1, await session.Limits.CountRequestAsync("key:7", minute));
        Assert.Equal(2, await session.Limits.CountRequestAsync("key:7", minute.AddMinutes(1)));
    }
}
