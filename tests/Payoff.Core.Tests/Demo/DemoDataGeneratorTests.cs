using Payoff.Core.Demo;
using Payoff.Core.Events;

namespace Payoff.Core.Tests.Demo;

public class DemoDataGeneratorTests
{
    private static readonly DemoOptions Options = new() { Seed = 7, End = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), TargetSessions = 3_000 };

    [Fact]
    public void The_same_seed_gives_the_same_events()
    {
        var first = new DemoDataGenerator().Generate(Options).ToList();
        var second = new DemoDataGenerator().Generate(Options).ToList();

        Assert.Equal(first, second);
        Assert.NotEqual(first, new DemoDataGenerator().Generate(Options with { Seed = 8 }).ToList());
    }

    [Fact]
    public void Events_fall_inside_the_year_and_have_unique_ids()
    {
        var events = new DemoDataGenerator().Generate(Options).ToList();

        Assert.All(events, e => Assert.InRange(e.Timestamp, Options.End.AddDays(-Options.Days), Options.End));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
        Assert.Contains(events, e => e.Type == EventType.Lead && e.ContactId is not null);
        Assert.Contains(events, e => e.Type == EventType.Customer && e.Value > 0);
    }
}
