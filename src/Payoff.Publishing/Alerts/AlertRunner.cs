using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MimeKit;
using Payoff.Application;
using Payoff.Application.Publishing;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Publishing.Mail;

namespace Payoff.Publishing.Alerts;

/// <summary>
/// Checks the alert rules at most once an hour and e-mails when something starts to hold: one message naming the subjects
/// (goals, networks, the collector) that hold now and did not at the last check — not one a day while they keep holding.
/// A subject that stops holding is forgotten, so it e-mails again if it comes back. A failed e-mail leaves the new subjects
/// unrecorded, so the next check tries again; its error is kept as the rule's last result.
/// </summary>
/// <param name="store">The store.</param>
/// <param name="checks">What holds.</param>
/// <param name="mailer">The mailer.</param>
/// <param name="time">The clock.</param>
public sealed class AlertRunner(IStore store, AlertChecks checks, Func<IMailer> mailer, TimeProvider time) : IApplicationHandler
{
    /// <summary>How often a rule is checked: hourly.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>The alert titles, as subjects and pages name them.</summary>
    public static string Title(AlertKind kind) => kind switch
    {
        AlertKind.GoalOffTrack => "A goal is off track",
        AlertKind.NegativeShareRise => "The negative share of messages rose",
        AlertKind.CostPerLeadDoubled => "Cost per lead doubled",
        AlertKind.CollectSilent => "The website sent nothing for a day",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Checks every enabled rule of every workspace not checked within <see cref="Interval"/> (all of them when
    /// <paramref name="force"/>): returns the alert e-mails sent and, for each that could not be sent (no SMTP server
    /// configured, the server refused), the rule and the reason. A rule whose e-mail failed keeps its findings fresh, so the
    /// next check tries again.
    /// </summary>
    public async Task<AlertCheckResult> CheckAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        // Several servers of one store: one node checks at a time, and reads the rules (with their last check) once it may.
        await using var lease = await store.TryLeaseAsync("alerts", cancellationToken);
        if (lease is null)
        {
            return new AlertCheckResult(0, []);
        }

        var now = time.GetUtcNow();
        var sent = 0;
        var failures = new List<string>();
        List<(Workspace Workspace, AlertRule Rule, IReadOnlyList<AlertFinding> Findings, WorkspaceBranding Branding)> work = [];
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            foreach (var workspace in await session.Workspaces.ListAsync(cancellationToken))
            {
                foreach (var rule in await session.Publishing.AlertsAsync(workspace, cancellationToken))
                {
                    if (rule.Enabled && (force || rule.CheckedAt is not { } at || now - at >= Interval))
                    {
                        work.Add((workspace, rule, await checks.FindAsync(session, workspace, rule.Kind, cancellationToken), await session.Publishing.BrandingAsync(workspace, cancellationToken)));
                    }
                }
            }
        }

        foreach (var (workspace, rule, findings, branding) in work)
        {
            var fresh = findings.Where(f => !rule.Holding.ContainsKey(f.Subject)).ToList();
            var holding = findings.Where(f => rule.Holding.ContainsKey(f.Subject)).ToDictionary(f => f.Subject, f => rule.Holding[f.Subject], StringComparer.Ordinal);
            string? result = null;
            if (fresh.Count > 0)
            {
                try
                {
                    var send = mailer();
                    var from = send is SmtpMailer smtp ? smtp.Settings.From : "alerts@payoff.invalid";
                    result = await send.SendAsync(Message(workspace, rule, fresh, branding, from, now), cancellationToken);
                    foreach (var f in fresh)
                    {
                        holding[f.Subject] = now;
                    }

                    sent++;
                }
                catch (Exception e) when (e is MailException or SmtpConfigException)
                {
                    result = $"Not sent: {e.Message}";
                    failures.Add($"{workspace.Name}: {AlertKinds.Name(rule.Kind)}: {e.Message}");
                }
            }

            await using var session = await store.OpenSessionAsync(cancellationToken);
            await session.Publishing.SaveAlertCheckAsync(workspace, rule.Id, holding, now, result, cancellationToken);
        }

        return new AlertCheckResult(sent, failures);
    }

    private static MimeMessage Message(Workspace workspace, AlertRule rule, List<AlertFinding> fresh, WorkspaceBranding branding, string from, DateTimeOffset now)
    {
        var sender = branding.SenderName(workspace.Name);
        var key = string.Join('\n', fresh.Select(f => f.Subject).Order(StringComparer.Ordinal));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{workspace.Id}/{rule.Id}/{key}/{workspace.Calendar.DateOf(now):yyyy-MM-dd}"))))[..24];
        var message = new MimeMessage
        {
            MessageId = $"alert-{rule.Id.ToString(CultureInfo.InvariantCulture)}-{hash}@payoff.report",
            Subject = $"{Title(rule.Kind)} — {branding.AgencyName ?? workspace.Name}",
            Date = now,
        };
        message.From.Add(new MailboxAddress(sender, from));
        foreach (var to in rule.Recipients)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:DejaVu Sans,Arial,sans-serif;color:#222\">")
            .Append("<h1 style=\"font-size:20px;color:").Append(WebUtility.HtmlEncode(branding.Primary)).Append("\">").Append(WebUtility.HtmlEncode(Title(rule.Kind))).Append("</h1><ul>");
        foreach (var f in fresh)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(f.Sentence)).Append("</li>");
        }

        html.Append("</ul><p style=\"color:#666\">").Append(WebUtility.HtmlEncode($"Workspace {workspace.Name}. You get one e-mail when this starts to hold, not every day it holds."));
        if (branding.Footer is { } footer)
        {
            html.Append("<br>").Append(WebUtility.HtmlEncode(footer));
        }

        html.Append("</p></body></html>");
        var body = new BodyBuilder
        {
            HtmlBody = html.ToString(),
            TextBody = $"{Title(rule.Kind)}\n\n{string.Join('\n', fresh.Select(f => $"- {f.Sentence}"))}\n\nWorkspace {workspace.Name}. You get one e-mail when this starts to hold, not every day it holds.\n",
        };
        message.Body = body.ToMessageBody();
        return message;
    }
}

/// <summary>What one <see cref="AlertRunner.CheckAsync"/> did: the alert e-mails sent, and one line per e-mail that could not be sent ("workspace: rule: reason").</summary>
public sealed record AlertCheckResult(int Sent, IReadOnlyList<string> Failures);
