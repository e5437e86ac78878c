using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Core.Publishing;

namespace Payoff.Application.Publishing;

/// <summary>The JSON of schedules, share links, archived files, branding and alerts: the same objects from the CLI and the API.</summary>
public static class PublishingJson
{
    /// <summary>A schedule: name, template, every, day, time, recipients, attachments, enabled, next_run (UTC ISO 8601), last_run.</summary>
    public static JsonObject Schedule(ReportSchedule schedule, DateTimeOffset? next)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var spec = schedule.Spec;
        return new JsonObject
        {
            ["id"] = schedule.Id,
            ["name"] = spec.Name,
            ["template"] = spec.Template,
            ["every"] = spec.Timing.Every.ToString().ToLowerInvariant(),
            ["day"] = spec.Timing.Day,
            ["time"] = spec.Timing.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["recipients"] = new JsonArray([.. spec.Recipients.Select(r => (JsonNode)r)]),
            ["attach_csv"] = spec.AttachCsv,
            ["attach_xlsx"] = spec.AttachXlsx,
            ["enabled"] = schedule.Enabled,
            ["next_run"] = next?.ToString("O", CultureInfo.InvariantCulture),
            ["last_run"] = schedule.LastRun is { } run ? Run(run) : null,
        };
    }

    /// <summary>A run: period, status, attempts, last attempt, next attempt, result (the server's answer), message_id, sent_at.</summary>
    public static JsonObject Run(ScheduleRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new JsonObject
        {
            ["period"] = run.PeriodKey,
            ["status"] = run.Status.ToString().ToLowerInvariant(),
            ["attempts"] = run.Attempts,
            ["last_attempt_at"] = run.LastAttemptAt.ToString("O", CultureInfo.InvariantCulture),
            ["next_attempt_at"] = run.NextAttemptAt?.ToString("O", CultureInfo.InvariantCulture),
            ["result"] = run.Result,
            ["message_id"] = run.MessageId,
            ["sent_at"] = run.SentAt?.ToString("O", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A run's outcome for people: "sent 2026-12-07 07:00 UTC", "failed (attempt 3): …", "sending".</summary>
    public static string? Outcome(ScheduleRun? run) => run switch
    {
        null => null,
        { Status: ScheduleRunStatus.Sent, SentAt: { } at } => string.Create(CultureInfo.InvariantCulture, $"sent {at:yyyy-MM-dd HH:mm} UTC"),
        { Status: ScheduleRunStatus.Failed } => string.Create(CultureInfo.InvariantCulture, $"failed (attempt {run.Attempts}, next at {run.NextAttemptAt:yyyy-MM-dd HH:mm} UTC): {run.Result}"),
        _ => "sending",
    };

    /// <summary>A share link's state: live, expired or revoked.</summary>
    public static string State(ShareLink link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.RevokedAt is not null ? "revoked" : link.IsLive(now) ? "live" : "expired";
    }

    /// <summary>A share link without its token (never stored).</summary>
    public static JsonObject Share(ShareLink link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new JsonObject
        {
            ["id"] = link.Id,
            ["template"] = link.Spec.Template,
            ["page"] = link.Spec.Page,
            ["range"] = link.Spec.Range is { } r ? ReportRanges.Name(r) : null,
            ["from"] = link.Spec.Days?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = link.Spec.Days?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["label"] = link.Spec.Label,
            ["state"] = State(link, now),
            ["expires_at"] = link.Spec.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
            ["created_by"] = link.CreatedBy,
            ["created_at"] = link.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["revoked_at"] = link.RevokedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["last_used_at"] = link.LastUsedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["opens"] = link.Opens,
        };
    }

    /// <summary>An archived file (without its bytes).</summary>
    public static JsonObject Archived(ArchivedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["id"] = report.Id,
            ["file_name"] = report.FileName,
            ["content_type"] = report.ContentType,
            ["bytes"] = report.Bytes,
            ["template"] = report.Template,
            ["from"] = report.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = report.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["channel"] = report.Channel.ToString().ToLowerInvariant(),
            ["recipients"] = new JsonArray([.. report.Recipients.Select(r => (JsonNode)r)]),
            ["by"] = report.By,
            ["created_at"] = report.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["erased_at"] = report.ErasedAt?.ToString("O", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>An alert rule with the subjects holding.</summary>
    public static JsonObject Alert(AlertRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new JsonObject
        {
            ["kind"] = AlertKinds.Name(rule.Kind),
            ["recipients"] = new JsonArray([.. rule.Recipients.Select(r => (JsonNode)r)]),
            ["enabled"] = rule.Enabled,
            ["holding"] = new JsonArray([.. rule.Holding.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => (JsonNode)new JsonObject { ["subject"] = h.Key, ["since"] = h.Value.ToString("O", CultureInfo.InvariantCulture) })]),
            ["checked_at"] = rule.CheckedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["last_result"] = rule.LastResult,
        };
    }

    /// <summary>White-label settings (the logo as its media type and size only).</summary>
    public static JsonObject Branding(WorkspaceBranding branding)
    {
        ArgumentNullException.ThrowIfNull(branding);
        return new JsonObject
        {
            ["agency"] = branding.AgencyName,
            ["contact"] = branding.Contact,
            ["footer"] = branding.Footer,
            ["primary"] = branding.Primary,
            ["accent"] = branding.Accent,
            ["logo"] = branding.Logo is { } logo ? new JsonObject { ["type"] = branding.LogoType, ["bytes"] = logo.Length } : null,
            ["hide_payoff"] = branding.HidePayoff,
        };
    }
}
