using Microsoft.Extensions.DependencyInjection;
using Payoff.Web.Components;
using Payoff.Web.Hosting;

namespace Payoff.Web.Tests;

/// <summary>Cached page figures: recomputed at once after a write, served stale once while refreshed in the background.</summary>
public sealed class DashboardCacheTests
{
    [Fact]
    public async Task A_write_recomputes_at_once_and_old_figures_are_refreshed_in_the_background()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var cache = app.Services.GetRequiredService<DashboardCache>();
        var gate = app.Services.GetRequiredService<StoreGate>();
        var computed = 0;
        int Build() => Interlocked.Increment(ref computed);
        var lifetime = TimeSpan.FromMilliseconds(200);

        Assert.Equal(1, await cache.GetAsync("k", lifetime, _ => Task.FromResult(Build())));
        Assert.Equal(1, await cache.GetAsync("k", lifetime, _ => Task.FromResult(Build())));

        gate.Changed();
        Assert.Equal(2, await cache.GetAsync("k", lifetime, _ => Task.FromResult(Build())));

        await Task.Delay(300);
        Assert.Equal(2, await cache.GetAsync("k", lifetime, _ => Task.FromResult(Build())));

        // The background refresh computes, then stores: wait (generously, CI machines are slow) until the
        // fresh value is served. Reading with a long lifetime never starts another refresh.
        var served = 2;
        for (var i = 0; i < 500 && served != 3; i++)
        {
            await Task.Delay(20);
            served = await cache.GetAsync("k", TimeSpan.FromHours(1), _ => Task.FromResult(Build()));
        }

        Assert.Equal(3, served);
        Assert.Equal(3, Volatile.Read(ref computed));
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var cache = app.Services.GetRequiredService<DashboardCache>();
        var calls = 0;
        int Build() => ++calls == 1 ? throw new InvalidOperationException("database busy") : calls;

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("k", TimeSpan.FromMinutes(1), _ => Task.FromResult(Build())));
        Assert.Equal(2, await cache.GetAsync("k", TimeSpan.FromMinutes(1), _ => Task.FromResult(Build())));
    }

    [Fact]
    public async Task What_a_page_keeps_is_found_for_the_same_data_only()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var cache = app.Services.GetRequiredService<DashboardCache>();
        var gate = app.Services.GetRequiredService<StoreGate>();
        Assert.Null(cache.Kept<string>("goals|1|2026-11-30"));

        cache.Keep("goals|1|2026-11-30", cache.DataVersion, "progress");
        Assert.Equal("progress", cache.Kept<string>("goals|1|2026-11-30"));
        Assert.Null(cache.Kept<string>("goals|1|2026-12-01"));

        // Computed before a write, kept after it: never found for the new data.
        var before = cache.DataVersion;
        gate.Changed();
        cache.Keep("goals|2|2026-11-30", before, "old");
        Assert.Null(cache.Kept<string>("goals|1|2026-11-30"));
        Assert.Null(cache.Kept<string>("goals|2|2026-11-30"));
    }
}
