using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Payoff.Web.Collect;
using Payoff.Web.Hosting;

namespace Payoff.Web.Tests;

public sealed class IdentityTests
{
    [Fact]
    public async Task A_cookieless_visit_across_midnight_stays_one_visitor_and_a_new_day_is_a_new_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 23, 50, 0, TimeSpan.Zero));
        var (identity, gate, folder) = Create(clock);
        using (gate)
        {
            var before = await identity.ResolveAsync("s_1", "203.0.113.9", "UA");
            clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(before, await identity.ResolveAsync("s_1", "203.0.113.9", "UA"));
            clock.Advance(TimeSpan.FromHours(12));
            var otherDayPerson = await identity.ResolveAsync("s_1", "203.0.113.10", "UA");
            Assert.NotEqual(before, otherDayPerson);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Salts_are_random_and_deleted_after_48_hours()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var (identity, gate, folder) = Create(clock);
        using (gate)
        {
            await identity.ResolveAsync("s_1", "203.0.113.9", "UA");
            clock.Advance(TimeSpan.FromDays(2));
            await identity.ResolveAsync("s_1", "203.0.113.9", "UA");
            var days = gate.Run(db => db.Scalar<string>("SELECT string_agg(strftime(day, '%Y-%m-%d'), ',' ORDER BY day) FROM salts"));
            Assert.Equal("2026-03-11,2026-03-12", days);
            Assert.Equal(2, gate.Run(db => db.Scalar<long>("SELECT count(DISTINCT salt) FROM salts WHERE octet_length(salt) = 32")));
        }

        Directory.Delete(folder, recursive: true);
    }

    private static (VisitorIdentity, StoreGate, string) Create(TimeProvider clock)
    {
        var folder = Path.Combine(Path.GetTempPath(), "payoff-id-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new WebOptions { DatabasePath = Path.Combine(folder, "p.duckdb"), Time = clock };
        var gate = new StoreGate(options, NullLogger<StoreGate>.Instance);
        return (new VisitorIdentity(gate, options), gate, folder);
    }
}
