using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Sessions;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Sessions;

public class SessionizerTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Fact]
    public void Hits_less_than_the_timeout_apart_are_one_session_and_the_timeout_itself_splits()
    {
        var start = At("2025-05-10T10:00:00Z");
        var hits = new[] { Hit(start, "a"), Hit(start.AddMinutes(29).AddSeconds(59), "b"), Hit(start.AddMinutes(59).AddSeconds(59), "c") };

        var sessions = Sessionizer.Default.Sessionize("v1", hits);

        Assert.Equal(2, sessions.Count);
        Assert.Equal(2, sessions[0].Hits);
        Assert.Equal(1, sessions[1].Hits);
    }

    [Fact]
    public void A_session_is_not_split_at_local_midnight()
    {
        var calendar = new WorkspaceCalendar(Warsaw);
        var midnight = calendar.StartOfDay(new DateOnly(2025, 6, 1));
        var hits = new[] { Hit(midnight.AddMinutes(-10), "a"), Hit(midnight.AddMinutes(5), "b"), Hit(midnight.AddMinutes(20), "c") };

        var sessions = Sessionizer.Default.Sessionize("v1", hits);

        var session = Assert.Single(sessions);
        Assert.Equal(new DateOnly(2025, 5, 31), calendar.DateOf(session.Start));
    }

    [Fact]
    public void A_session_across_the_autumn_DST_change_is_one_session()
    {
        // 2025-10-26 in Warsaw: 03:00 CEST becomes 02:00 CET. 02:50 CEST and 02:10 CET are 20 minutes apart.
        var before = new DateTimeOffset(2025, 10, 26, 2, 50, 0, TimeSpan.FromHours(2));
        var after = new DateTimeOffset(2025, 10, 26, 2, 10, 0, TimeSpan.FromHours(1));

        var sessions = Sessionizer.Default.Sessionize("v1", [Hit(before, "a"), Hit(after, "b")]);

        Assert.Equal(2, Assert.Single(sessions).Hits);
    }

    [Fact]
    public void The_session_takes_its_first_hits_source_and_ignores_later_tags()
    {
        var start = At("2025-05-10T10:00:00Z");
        var first = Hit(start, "a", "https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=Announcements");
        var second = Hit(start.AddMinutes(5), "b", "https://shop.example.com/?utm_source=fb&utm_medium=social");

        var session = Assert.Single(Sessionizer.Default.Sessionize("v1", [second, first]));

        Assert.Equal(("LinkedIn", "Announcements"), (session.Source.Network, session.Source.Campaign));
        Assert.Equal(first.Url, session.LandingUrl);
    }

    [Fact]
    public void Conversions_do_not_make_sessions_and_the_timeout_is_configurable()
    {
        var start = At("2025-05-10T10:00:00Z");
        var hits = new[]
        {
            Hit(start, "a"),
            Hit(start.AddMinutes(20), "b"),
            new TrackedEvent { EventId = "lead", Timestamp = start.AddHours(3), VisitorId = "v1", Type = EventType.Lead, Source = TrafficSource.Direct },
        };

        Assert.Single(Sessionizer.Default.Sessionize("v1", hits));
        Assert.Equal(2, new Sessionizer(new SessionOptions { Timeout = TimeSpan.FromMinutes(15) }).Sessionize("v1", hits).Count);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static TrackedEvent Hit(DateTimeOffset at, string id, string url = "https://shop.example.com/") => new()
    {
        EventId = id,
        Timestamp = at,
        VisitorId = "v1",
        Type = EventType.Pageview,
        Url = url,
        Source = ChannelClassifier.Default.Classify(url, null),
    };
}
