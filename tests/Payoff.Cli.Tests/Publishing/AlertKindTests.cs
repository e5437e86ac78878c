using System.Globalization;
using System.Text;
using System.Text.Json;
using MimeKit;

namespace Payoff.Cli.Tests.Publishing;

/// <summary>
/// The alerts besides goals (issue 20) through a real SMTP server — a rise in the negative share, a network's cost per lead
/// doubling, collect falling silent: each e-mails once when it starts to hold, with the figures it found — and the white-label
/// settings in the e-mails: the agency's name as the sender, no Payoff when the workspace says so.
/// </summary>
public sealed class AlertKindTests : DemoWithSmtp
{

    private (int ExitCode, string Out, string Error) Check() => Cli.Run("alert", "check", "-w", "demo");

    private void Alert(string kind) => Assert.Equal(0, Cli.Run("alert", "set", "-w", "demo", "--kind", kind, "--email", "owner@example.com").ExitCode);

    [Fact]
    public void A_rise_in_the_negative_share_emails_once_with_both_shares()
    {
        // Facebook: 30 kind comments the week before (07-02 to 07-08), 30 angry ones the last 7 days (07-09 to 07-15).
        var csv = new StringBuilder("message_id,thread_id,network,direction,author,created_at,text,kind,post_id\n");
        for (var i = 0; i < 30; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"p{i},tp{i},Facebook,in,@fan{i},2025-07-0{2 + (i % 7)}T10:00:00Z,I love it! Great coffee and wonderful service,comment,1_1\n");
            csv.Append(CultureInfo.InvariantCulture, $"n{i},tn{i},Facebook,in,@angry{i},2025-07-{9 + (i % 7):00}T10:00:00Z,Terrible. Awful service and the worst coffee - I hate it,comment,1_1\n");
        }

        var imported = Cli.Run("import", "conversations", "-w", "demo", Cli.File("messages.csv", csv.ToString()));
        Assert.True(imported.ExitCode == 0, imported.Error);
        var report = JsonDocument.Parse(Cli.Run("report", "conversations", "-w", "demo", "--from", "2025-07-09", "--to", "2025-07-15", "--network", "Facebook", "--format", "json").Out).RootElement;
        Alert("negative-share-rise");

        Assert.Contains("1 alert e-mail", Check().Out, StringComparison.Ordinal);
        var message = Assert.Single(Smtp.Messages);
        Assert.Equal(["owner@example.com"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("Facebook: the negative share of messages rose to", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("in the last 7 days from", message.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, report.GetProperty("networks")[0].GetProperty("p_value").ValueKind);

        Assert.Contains("nothing started to hold", Check().Out, StringComparison.Ordinal);
        Assert.Single(Smtp.Messages);
    }

    [Fact]
    public void An_alert_email_that_cannot_be_sent_fails_the_check_and_is_tried_again()
    {
        var costs = Cli.Run("import", "costs", "-w", "demo", Cli.File("costs.csv", "date,network,campaign,amount,currency\n2025-05-10,Facebook,always-on,10,USD\n2025-06-10,Facebook,always-on,250000,USD\n"));
        Assert.True(costs.ExitCode == 0, costs.Error + costs.Out);
        Alert("cost-per-lead-doubled");
        Cli.Environment["PAYOFF_SMTP_URL"] = $"smtp://127.0.0.1:{SmtpSink.FreePort()}";

        var failed = Check();
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("Not sent demo: cost-per-lead-doubled:", failed.Out, StringComparison.Ordinal);
        Assert.Contains("1 alert e-mail(s) could not be sent, 0 sent", failed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing started to hold", failed.Out, StringComparison.Ordinal);

        Smtp.Configure(Cli.Environment);
        var retried = Check();
        Assert.Equal(0, retried.ExitCode);
        Assert.Contains("1 alert e-mail(s) sent", retried.Out, StringComparison.Ordinal);
        Assert.Single(Smtp.Messages);
    }

    [Fact]
    public void A_network_whose_cost_per_lead_doubled_month_over_month_emails_once_with_both_months()
    {
        // June's Facebook spend far above May's: its cost per lead more than doubles whatever the demo's own costs are.
        var costs = Cli.Run("import", "costs", "-w", "demo", Cli.File("costs.csv", "date,network,campaign,amount,currency\n2025-05-10,Facebook,always-on,10,USD\n2025-06-10,Facebook,always-on,250000,USD\n"));
        Assert.True(costs.ExitCode == 0, costs.Error + costs.Out);
        Alert("cost-per-lead-doubled");

        Assert.Contains("1 alert e-mail", Check().Out, StringComparison.Ordinal);
        var message = Assert.Single(Smtp.Messages);
        Assert.Matches(@"Facebook: cost per lead [\d.]+ \w{3} in 2025-06 \([\d.]+ for \d+ contacts\), [\d.]+× the [\d.]+ of 2025-05\.", message.TextBody);

        // The same month again later on: not again. The next month's comparison (July against June) no longer holds.
        Cli.Time.Advance(TimeSpan.FromDays(3));
        Assert.Contains("nothing started to hold", Check().Out, StringComparison.Ordinal);
        Assert.Single(Smtp.Messages);
    }

    [Fact]
    public void Collect_falling_silent_for_a_day_emails_once_and_not_while_events_still_arrive()
    {
        Alert("collect-silent");
        Assert.Contains("nothing started to hold", Check().Out, StringComparison.Ordinal); // the demo collected until now
        Assert.Empty(Smtp.Messages);

        Cli.Time.Advance(TimeSpan.FromHours(30));
        Assert.Contains("1 alert e-mail", Check().Out, StringComparison.Ordinal);
        var message = Assert.Single(Smtp.Messages);
        Assert.Contains("No event collected since", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("check the website script and the server", message.TextBody, StringComparison.Ordinal);

        Cli.Time.Advance(TimeSpan.FromDays(1));
        Assert.Contains("nothing started to hold", Check().Out, StringComparison.Ordinal);
        Assert.Single(Smtp.Messages);
    }

    [Fact]
    public void White_label_names_the_agency_as_the_sender_and_leaves_payoff_out_of_report_and_alert_emails()
    {
        Assert.Equal(0, Cli.Run("schedule", "add", "-w", "demo", "--name", "client", "--template", "monthly-client", "--every", "month", "--email", "client@example.com").ExitCode);
        var plain = Cli.Run("schedule", "run", "client", "-w", "demo");
        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.Equal("Payoff", Smtp.Messages.Single().From.Mailboxes.Single().Name);
        Assert.Contains("Payoff", Smtp.Messages.Single().HtmlBody, StringComparison.Ordinal);

        var brand = Cli.Run("brand", "set", "-w", "demo", "--agency", "Kawa <Agency>", "--footer", "Kawa Agency · Warsaw", "--hide-payoff", "true");
        Assert.True(brand.ExitCode == 0, brand.Error);
        Assert.Equal(0, Cli.Run("schedule", "run", "client", "-w", "demo").ExitCode);
        var branded = Smtp.Messages.Last();
        Assert.Equal(("Kawa <Agency>", "reports@payoff.test"), (branded.From.Mailboxes.Single().Name, branded.From.Mailboxes.Single().Address));
        Assert.StartsWith("Monthly social media report — Kawa <Agency> — ", branded.Subject, StringComparison.Ordinal);
        Assert.Contains("Kawa &lt;Agency&gt;", branded.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Kawa <Agency>", branded.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Kawa Agency · Warsaw", System.Net.WebUtility.HtmlDecode(branded.HtmlBody), StringComparison.Ordinal);
        Assert.DoesNotContain("Payoff", branded.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Payoff", branded.TextBody ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        using var bytes = new MemoryStream();
        branded.Attachments.OfType<MimePart>().Single(a => a.FileName!.EndsWith(".pdf", StringComparison.Ordinal)).Content!.DecodeTo(bytes);
        var pdfText = new PdfText(bytes.ToArray()).All;
        Assert.DoesNotContain("payoff", pdfText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a tracked short link", pdfText, StringComparison.Ordinal);

        // An alert goes out under the same name.
        Assert.Equal(0, Cli.Run("alert", "set", "-w", "demo", "--kind", "collect-silent", "--email", "owner@example.com").ExitCode);
        Cli.Time.Advance(TimeSpan.FromHours(30));
        Check();
        var alert = Smtp.Messages.Last();
        Assert.Equal("Kawa <Agency>", alert.From.Mailboxes.Single().Name);
        Assert.EndsWith("— Kawa <Agency>", alert.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Payoff", alert.TextBody ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }
}
