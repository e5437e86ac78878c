using Payoff.Cli.Tests.Publishing;
using Payoff.Core.Publishing;
using Payoff.Storage.DuckDb;

namespace Payoff.Web.Tests;

/// <summary>The running server sends a schedule that is due when it starts, by itself, once (issue 20).</summary>
public sealed class ScheduledSendTests
{
    [Fact]
    public async Task The_server_sends_a_due_schedule_when_it_starts_and_once_only()
    {
        using var smtp = new SmtpSink();
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        smtp.Configure(settings);
        await using var app = new PayoffAppFactory();
        app.Options = app.Options with { Environment = name => settings.GetValueOrDefault(name) };
        app.WithSite();
        // Added ten days ago, weekly on the weekday of yesterday: its latest period is due.
        var yesterday = DateTime.UtcNow.AddDays(-1);
        app.Run(db =>
        {
            var schedule = new ScheduleSpec("owner", "weekly-summary", new ScheduleTiming(ScheduleEvery.Week, ((int)yesterday.DayOfWeek + 6) % 7 + 1, new TimeOnly(8, 0)), ["owner@example.com"]);
            return new DuckDbPublishingStore(db).AddScheduleAsync(app.Workspace, schedule).GetAwaiter().GetResult();
        });
        app.Run(db => db.Execute("UPDATE report_schedules SET created_at = created_at - INTERVAL 10 DAY"));

        _ = app.Client(); // starts the server
        for (var i = 0; i < 300 && smtp.Messages.IsEmpty; i++)
        {
            await Task.Delay(100);
        }

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("owner@example.com", message.To.Mailboxes.Single().Address);
        Assert.StartsWith("Weekly summary — default — ", message.Subject, StringComparison.Ordinal);
        // The server records the send just after the SMTP server accepted it: wait for the record too.
        for (var i = 0; i < 100 && app.Count("SELECT count(*) FROM schedule_runs WHERE status = 'Sent'") == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1L, app.Count("SELECT count(*) FROM schedule_runs WHERE status = 'Sent'"));
    }
}
