using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Payoff.Core.Publishing;
using Payoff.Publishing.Alerts;
using Payoff.Publishing.Schedules;

namespace Payoff.Cli.Tests.Publishing;

/// <summary>
/// Scheduled reports through a real SMTP server (issue 20): sent once per period across restarts, a period missed while the
/// server was down sent when it starts, a crash after sending sent again with the same Message-ID, a failure retried with
/// back-off and shown with the server's answer; recipients, subject, the PDF and its figures checked in the received message.
/// Alerts e-mail once when they start to hold.
/// </summary>
public sealed class ScheduleTests : DemoWithSmtp
{

    // The server's scheduler as `payoff serve` runs it: a fresh store and container each time (a restart).
    private IReadOnlyList<ScheduleRun> RunDue()
    {
        using var store = CliComposition.OpenStore(Cli.Database, Cli.Time);
        using var services = CliServices.Create(store, Cli.Time, Cli.Environment);
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ScheduleRunner>().RunDueAsync().GetAwaiter().GetResult();
    }

    private JsonElement Schedules() => JsonDocument.Parse(Cli.Run("schedule", "list", "-w", "demo", "--format", "json").Out).RootElement.GetProperty("schedules");

    private void AddWeekly() =>
        Assert.Equal(0, Cli.Run("schedule", "add", "-w", "demo", "--name", "owner", "--template", "weekly-summary", "--every", "week", "--day", "1", "--time", "08:00", "--email", "owner@example.com,partner@example.com", "--attach", "csv,xlsx").ExitCode);

    [Fact]
    public void A_weekly_schedule_sends_once_per_period_across_restarts_with_the_reports_figures()
    {
        // Tuesday 2025-07-15 12:00 UTC: the schedule is added after Monday's 08:00, so this week's period is not sent.
        AddWeekly();
        Assert.Empty(RunDue());
        Assert.Equal("2025-07-21T06:00:00.0000000+00:00", Schedules()[0].GetProperty("next_run").GetString()); // 08:00 in Warsaw (UTC+2)

        Cli.Time.SetUtcNow(new DateTimeOffset(2025, 7, 21, 6, 0, 30, TimeSpan.Zero));
        var runs = RunDue();
        Assert.Equal(ScheduleRunStatus.Sent, Assert.Single(runs).Status);
        var message = Assert.Single(Smtp.Messages);
        Assert.Equal(["owner@example.com", "partner@example.com"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("reports@payoff.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("Weekly summary — demo — 2025-07-14 to 2025-07-20 (Europe/Warsaw)", message.Subject);
        Assert.Matches("^schedule-1-2025-07-21-[0-9a-f]{16}@payoff.report$", message.MessageId ?? string.Empty);
        var pdf = message.Attachments.OfType<MimePart>().Single(a => a.FileName == "weekly-summary-2025-07-14-2025-07-20.pdf");
        using var bytes = new MemoryStream();
        pdf.Content!.DecodeTo(bytes);
        var text = new PdfText(bytes.ToArray());
        var sources = JsonDocument.Parse(Cli.Run("report", "sources", "-w", "demo", "--from", "2025-07-14", "--to", "2025-07-20", "--by", "network", "--format", "json").Out).RootElement;
        Assert.Contains(sources.GetProperty("totals").GetProperty("sessions").GetInt64().ToString("N0", CultureInfo.GetCultureInfo("en-US")), text.Words);
        Assert.Contains(message.Attachments.OfType<MimePart>(), a => a.FileName == "weekly-summary-2025-07-14-2025-07-20.xlsx");
        Assert.Contains(message.Attachments.OfType<MimePart>(), a => a.FileName!.EndsWith("-sources.csv", StringComparison.Ordinal));
        Assert.Contains("Headline numbers", message.HtmlBody, StringComparison.Ordinal);

        // Again, and after a restart (RunDue opens the store afresh each time): nothing more for this period.
        Assert.Empty(RunDue());
        Assert.Empty(RunDue());
        Assert.Single(Smtp.Messages);
        var listed = Schedules()[0];
        Assert.Equal("sent", listed.GetProperty("last_run").GetProperty("status").GetString());
        Assert.Equal("2025-07-21", listed.GetProperty("last_run").GetProperty("period").GetString());

        // The next Monday: the next period, with its own Message-ID.
        Cli.Time.SetUtcNow(new DateTimeOffset(2025, 7, 28, 7, 0, 0, TimeSpan.Zero));
        Assert.Single(RunDue());
        Assert.Equal(2, Smtp.Messages.Count);
        Assert.NotEqual(Smtp.Messages.First().MessageId, Smtp.Messages.Last().MessageId);

        // The archive keeps each sent file with its recipients.
        var archive = JsonDocument.Parse(Cli.Run("archive", "list", "-w", "demo", "--format", "json").Out).RootElement.GetProperty("files");
        Assert.Equal(2, archive.GetArrayLength());
        Assert.All(archive.EnumerateArray(), f => Assert.Equal("schedule", f.GetProperty("channel").GetString()));
        Assert.Equal(["owner@example.com", "partner@example.com"], archive[0].GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void A_period_due_while_the_server_was_down_is_sent_once_when_it_starts()
    {
        AddWeekly();
        // Down from Tuesday to the Wednesday two weeks later: two Mondays passed; the latest period is sent, once.
        Cli.Time.SetUtcNow(new DateTimeOffset(2025, 7, 30, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal("2025-07-28", Assert.Single(RunDue()).PeriodKey);
        Assert.Single(Smtp.Messages);
        Assert.Equal("Weekly summary — demo — 2025-07-21 to 2025-07-27 (Europe/Warsaw)", Smtp.Messages.Single().Subject);
        Assert.Empty(RunDue());
    }

    [Fact]
    public void A_send_cut_by_a_crash_is_sent_again_with_the_same_message_id()
    {
        AddWeekly();
        string id = string.Empty;
        // The crash: the attempt was recorded as sending, the server may have taken it, the process died before recording it sent.
        using (var store = CliComposition.OpenStore(Cli.Database, Cli.Time))
        {
            Task.Run(async () =>
            {
                await using var session = await store.OpenSessionAsync();
                var workspace = (await session.Workspaces.FindAsync("demo"))!;
                id = ScheduleRun.MessageIdFor(workspace.Id, 1, "2025-07-21");
                await session.Publishing.SaveRunAsync(workspace, 1, new ScheduleRun("2025-07-21", ScheduleRunStatus.Sending, 1, Cli.Time.GetUtcNow(), null, null, id, null));
            }).GetAwaiter().GetResult();
        }

        Cli.Time.SetUtcNow(new DateTimeOffset(2025, 7, 21, 6, 5, 0, TimeSpan.Zero));
        var run = Assert.Single(RunDue());
        Assert.Equal((ScheduleRunStatus.Sent, 2), (run.Status, run.Attempts));
        Assert.Equal(id, Smtp.Messages.Single().MessageId);
    }

    [Fact]
    public void A_failed_send_is_retried_with_backoff_and_keeps_the_servers_answer()
    {
        AddWeekly();
        Cli.Environment["PAYOFF_SMTP_URL"] = $"smtp://127.0.0.1:{SmtpSink.FreePort()}";
        Cli.Time.SetUtcNow(new DateTimeOffset(2025, 7, 21, 6, 0, 0, TimeSpan.Zero));
        var failed = Assert.Single(RunDue());
        Assert.Equal((ScheduleRunStatus.Failed, 1), (failed.Status, failed.Attempts));
        Assert.Contains("smtp://127.0.0.1:", failed.Result, StringComparison.Ordinal);
        Assert.Equal(Cli.Time.GetUtcNow().AddMinutes(1), failed.NextAttemptAt);
        Assert.Empty(RunDue()); // not before its retry time
        Assert.StartsWith("failed (attempt 1", Schedules()[0].GetProperty("last_run").GetProperty("status").GetString() == "failed" ? "failed (attempt 1" : "?", StringComparison.Ordinal);
        var shown = Cli.Run("schedule", "list", "-w", "demo");
        Assert.Contains("failed (attempt 1", shown.Out.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        Smtp.Configure(Cli.Environment);
        Cli.Time.Advance(TimeSpan.FromMinutes(1));
        var sent = Assert.Single(RunDue());
        Assert.Equal((ScheduleRunStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Single(Smtp.Messages);
    }

    [Fact]
    public void Schedule_run_sends_now_and_bad_schedules_name_the_field()
    {
        AddWeekly();
        var run = Cli.Run("schedule", "run", "owner", "-w", "demo");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Sent.", run.Out, StringComparison.Ordinal);
        Assert.Single(Smtp.Messages);

        var day = Cli.Run("schedule", "add", "-w", "demo", "--name", "x", "--template", "monthly-roi", "--every", "week", "--day", "8", "--email", "a@example.com");
        Assert.Contains("--day: 8 is not a day of the week", day.Error, StringComparison.Ordinal);
        var email = Cli.Run("schedule", "add", "-w", "demo", "--name", "x", "--template", "monthly-roi", "--every", "month", "--email", "not-an-address");
        Assert.Contains("'not-an-address' is not an e-mail address", email.Error, StringComparison.Ordinal);
        var time = Cli.Run("schedule", "add", "-w", "demo", "--name", "x", "--template", "monthly-roi", "--every", "month", "--time", "25:00", "--email", "a@example.com");
        Assert.Contains("--time '25:00' is not a time of day", time.Error, StringComparison.Ordinal);
        var template = Cli.Run("schedule", "add", "-w", "demo", "--name", "x", "--template", "nope", "--every", "month", "--email", "a@example.com");
        Assert.Contains("No template is named 'nope'", template.Error, StringComparison.Ordinal);

        Cli.Environment.Remove("PAYOFF_SMTP_URL");
        var unset = Cli.Run("schedule", "run", "owner", "-w", "demo");
        Assert.Equal(1, unset.ExitCode);
        Assert.Contains("E-mail is not set up: set PAYOFF_SMTP_URL", unset.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alert_emails_once_when_a_goal_turns_off_track_not_at_every_check()
    {
        // A goal no forecast can reach: 10 times the sessions of the demo's year by the end of the month.
        var goal = Cli.Run("goal", "add", "-w", "demo", "--name", "Huge", "--metric", "sessions", "--target", "5000000", "--start", "2025-07-01", "--deadline", "2025-07-31");
        Assert.True(goal.ExitCode == 0, goal.Error + goal.Out);
        Assert.Equal(0, Cli.Run("alert", "set", "-w", "demo", "--kind", "goal-off-track", "--email", "owner@example.com").ExitCode);

        Assert.Contains("1 alert e-mail", Cli.Run("alert", "check", "-w", "demo").Out, StringComparison.Ordinal);
        var message = Assert.Single(Smtp.Messages);
        Assert.Equal("A goal is off track — demo", message.Subject);
        Assert.Contains("Goal 'Huge' is off track", message.TextBody, StringComparison.Ordinal);

        Assert.Contains("nothing started to hold", Cli.Run("alert", "check", "-w", "demo").Out, StringComparison.Ordinal);
        Cli.Time.Advance(TimeSpan.FromDays(1));
        using (var store = CliComposition.OpenStore(Cli.Database, Cli.Time))
        using (var services = CliServices.Create(store, Cli.Time, Cli.Environment))
        using (var scope = services.CreateScope())
        {
            Assert.Equal(0, scope.ServiceProvider.GetRequiredService<AlertRunner>().CheckAsync().GetAwaiter().GetResult().Sent);
        }

        Assert.Single(Smtp.Messages);
        var listed = JsonDocument.Parse(Cli.Run("alert", "list", "-w", "demo", "--format", "json").Out).RootElement.GetProperty("alerts")[0];
        Assert.Equal("goal-off-track", listed.GetProperty("kind").GetString());
        // Every goal off track is held (the demo's own goals too), each named once in the one e-mail.
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(message.TextBody ?? string.Empty, "- Goal '"), listed.GetProperty("holding").GetArrayLength());
    }
}
