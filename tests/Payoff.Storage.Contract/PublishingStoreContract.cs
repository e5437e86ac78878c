using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary>
/// <see cref="IPublishingStore"/>: templates and schedules have unique names per workspace, a schedule's run is one per period
/// (replaced, never doubled) and the latest is shown with it, share links are found by their token's hash only and count their
/// opens, archived files keep their bytes until an erasure request removes the person, alert rules keep what holds — each
/// workspace seeing only its own.
/// </summary>
public abstract class PublishingStoreContract : StoreContract
{
    private static readonly DateTimeOffset Noon = new(2025, 7, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Templates_are_unique_per_workspace_replaced_by_name_and_keep_their_sections_range_and_paper()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        var client = new ReportTemplate("kawa-client", "Monthly report for Kawa Bar", [ReportSection.Roi, ReportSection.Headline, ReportSection.Advocates], ReportRange.LastMonth) { Paper = PaperSize.Letter };
        var owner = new ReportTemplate("a-owner", "Weekly", [ReportSection.Sources], ReportRange.LastWeek);

        await session.Publishing.SaveTemplateAsync(workspace, client, replace: false);
        await session.Publishing.SaveTemplateAsync(workspace, owner, replace: false);
        await Assert.ThrowsAsync<StoreException>(() => session.Publishing.SaveTemplateAsync(workspace, owner with { Title = "again" }, replace: false));
        await Assert.ThrowsAsync<StoreException>(() => session.Publishing.SaveTemplateAsync(workspace, owner with { Name = "missing" }, replace: true));
        await session.Publishing.SaveTemplateAsync(workspace, client with { Title = "For Kawa Bar's owner", Sections = [ReportSection.Goals], Range = ReportRange.LastQuarter, Paper = PaperSize.A4 }, replace: true);

        var stored = await session.Publishing.TemplatesAsync(workspace);
        Assert.Equal(["a-owner", "kawa-client"], stored.Select(t => t.Name));
        Assert.Equal(("For Kawa Bar's owner", ReportRange.LastQuarter, PaperSize.A4, false), (stored[1].Title, stored[1].Range, stored[1].Paper, stored[1].BuiltIn));
        Assert.Equal([ReportSection.Goals], stored[1].Sections);
        Assert.Equal([ReportSection.Sources], stored[0].Sections);
        Assert.Empty(await session.Publishing.TemplatesAsync(other));
        await session.Publishing.SaveTemplateAsync(other, owner, replace: false); // the same name in another workspace
        Assert.Single(await session.Publishing.TemplatesAsync(other));

        Assert.True(await session.Publishing.RemoveTemplateAsync(workspace, "a-owner"));
        Assert.False(await session.Publishing.RemoveTemplateAsync(workspace, "a-owner"));
        Assert.Equal(["kawa-client"], (await session.Publishing.TemplatesAsync(workspace)).Select(t => t.Name));
        Assert.Single(await session.Publishing.TemplatesAsync(other)); // the other workspace's of the same name stays
    }

    [Fact]
    public async Task Branding_is_none_until_set_and_then_replaced_whole_with_the_logo_bytes()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        Assert.Equal(WorkspaceBranding.None, await session.Publishing.BrandingAsync(workspace));

        byte[] logo = [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 255];
        await session.Publishing.SetBrandingAsync(workspace, new WorkspaceBranding("Agencja Żółw", "hello@zolw.example", "Prepared by Żółw", "#112233", "#AABBCC", logo, true));
        var branded = await session.Publishing.BrandingAsync(workspace);
        Assert.Equal(("Agencja Żółw", "hello@zolw.example", "Prepared by Żółw", "#112233", "#AABBCC", true), (branded.AgencyName, branded.Contact, branded.Footer, branded.PrimaryColor, branded.AccentColor, branded.HidePayoff));
        Assert.Equal(logo, branded.Logo);

        await session.Publishing.SetBrandingAsync(workspace, WorkspaceBranding.None with { AgencyName = "Other" });
        var replaced = await session.Publishing.BrandingAsync(workspace);
        Assert.Equal(("Other", null, null, false), (replaced.AgencyName, replaced.Logo, replaced.Footer, replaced.HidePayoff));
        Assert.Equal(WorkspaceBranding.None, await session.Publishing.BrandingAsync(await session.Workspaces.CreateAsync("other", "UTC", "USD")));
    }

    [Fact]
    public async Task A_schedule_has_one_run_per_period_replaced_by_each_attempt_and_shows_its_latest()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var spec = new ScheduleSpec("Kawa monthly", "monthly-client", new ScheduleTiming(ScheduleEvery.Month, 31, new TimeOnly(8, 30)), ["owner@kawa.example", "ops@kawa.example"], AttachCsv: true);

        var schedule = await session.Publishing.AddScheduleAsync(workspace, spec);
        Assert.Equal((Noon, true, (ScheduleRun?)null), (schedule.CreatedAt, schedule.Enabled, schedule.LastRun));
        await Assert.ThrowsAsync<StoreException>(() => session.Publishing.AddScheduleAsync(workspace, spec with { Name = "KAWA MONTHLY" }));
        var weekly = await session.Publishing.AddScheduleAsync(workspace, spec with { Name = "a weekly", Timing = new ScheduleTiming(ScheduleEvery.Week, 1, new TimeOnly(7, 0)), AttachCsv = false, AttachXlsx = true });

        var listed = await session.Publishing.SchedulesAsync(workspace);
        Assert.Equal([weekly.Id, schedule.Id], listed.Select(s => s.Id));
        Assert.Equal((spec.Name, spec.Template, spec.Timing, true, false), (listed[1].Spec.Name, listed[1].Spec.Template, listed[1].Spec.Timing, listed[1].Spec.AttachCsv, listed[1].Spec.AttachXlsx));
        Assert.Equal(spec.Recipients, listed[1].Spec.Recipients);
        Assert.True(listed[0].Spec.AttachXlsx);

        Assert.Null(await session.Publishing.RunAsync(workspace, schedule.Id, "2025-06-30"));
        var sending = new ScheduleRun("2025-06-30", ScheduleRunStatus.Sending, 1, Noon, null, null, "<s1-2025-06-30@payoff>", null);
        await session.Publishing.SaveRunAsync(workspace, schedule.Id, sending);
        var failed = sending with { Status = ScheduleRunStatus.Failed, NextAttemptAt = Noon.AddMinutes(1), Result = "421 4.3.0 try later" };
        await session.Publishing.SaveRunAsync(workspace, schedule.Id, failed);
        Assert.Equal(failed, await session.Publishing.RunAsync(workspace, schedule.Id, "2025-06-30"));
        var sent = failed with { Status = ScheduleRunStatus.Sent, Attempts = 2, LastAttemptAt = Noon.AddMinutes(1), NextAttemptAt = null, Result = "250 2.0.0 queued", SentAt = Noon.AddMinutes(1).AddSeconds(3) };
        await session.Publishing.SaveRunAsync(workspace, schedule.Id, sent);
        await session.Publishing.SaveRunAsync(workspace, schedule.Id, sent with { PeriodKey = "2025-05-31", SentAt = Noon.AddDays(-31) }); // an older period saved later
        Assert.Equal(sent, await session.Publishing.RunAsync(workspace, schedule.Id, "2025-06-30"));
        Assert.Equal(sent, (await session.Publishing.SchedulesAsync(workspace)).Single(s => s.Id == schedule.Id).LastRun);
        Assert.Null((await session.Publishing.SchedulesAsync(workspace)).Single(s => s.Id == weekly.Id).LastRun);

        Assert.True(await session.Publishing.SetScheduleEnabledAsync(workspace, schedule.Id, false));
        Assert.False((await session.Publishing.SchedulesAsync(workspace)).Single(s => s.Id == schedule.Id).Enabled);
        Assert.False(await session.Publishing.SetScheduleEnabledAsync(workspace, 9_999, true));
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        Assert.Empty(await session.Publishing.SchedulesAsync(other));
        Assert.False(await session.Publishing.RemoveScheduleAsync(other, schedule.Id));
        Assert.Null(await session.Publishing.RunAsync(other, schedule.Id, "2025-06-30"));

        Assert.True(await session.Publishing.RemoveScheduleAsync(workspace, schedule.Id));
        Assert.False(await session.Publishing.RemoveScheduleAsync(workspace, schedule.Id));
        Assert.Null(await session.Publishing.RunAsync(workspace, schedule.Id, "2025-06-30"));
        Assert.Equal([weekly.Id], (await session.Publishing.SchedulesAsync(workspace)).Select(s => s.Id));
    }

    [Fact]
    public async Task Share_links_are_found_by_their_token_hash_count_their_opens_and_are_revoked_once()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var token = ShareTokens.Create();
        var rolling = new ShareSpec("monthly-client", null, ReportRange.LastMonth, null, Noon.AddDays(30), "for Kawa Bar's owner");
        var fixedDays = new ShareSpec(null, "roi", null, new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30)), Noon.AddDays(7), null);

        var first = await session.Publishing.AddShareAsync(workspace, ShareTokens.Hash(token), rolling, "owner@example.com");
        var second = await session.Publishing.AddShareAsync(workspace, ShareTokens.Hash(ShareTokens.Create()), fixedDays, "cli");
        Assert.Equal((rolling, "owner@example.com", Noon, (DateTimeOffset?)null, (DateTimeOffset?)null, 0L), (first.Spec, first.CreatedBy, first.CreatedAt, first.RevokedAt, first.LastUsedAt, first.Opens));
        Assert.Equal([second, first], await session.Publishing.SharesAsync(workspace));

        Assert.Null(await session.Publishing.FindShareAsync(token)); // the token itself is not what is stored
        Assert.Null(await session.Publishing.FindShareAsync(ShareTokens.Hash(token + "x")));
        Assert.Equal((workspace.Id, first), await session.Publishing.FindShareAsync(ShareTokens.Hash(token)));

        await session.Publishing.RecordShareOpenAsync(workspace.Id, first.Id, Noon.AddHours(1), "Mozilla/5.0 " + new string('x', 500));
        await session.Publishing.RecordShareOpenAsync(workspace.Id, first.Id, Noon.AddHours(2), null);
        var opened = (await session.Publishing.FindShareAsync(ShareTokens.Hash(token)))!.Value.Link;
        Assert.Equal((2L, (DateTimeOffset?)Noon.AddHours(2)), (opened.Opens, opened.LastUsedAt));

        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        Assert.False(await session.Publishing.RevokeShareAsync(other, first.Id, Noon.AddHours(3)));
        Assert.Empty(await session.Publishing.SharesAsync(other));
        Assert.True(await session.Publishing.RevokeShareAsync(workspace, first.Id, Noon.AddHours(3)));
        Assert.False(await session.Publishing.RevokeShareAsync(workspace, first.Id, Noon.AddHours(4)));
        Assert.Equal(Noon.AddHours(3), (await session.Publishing.FindShareAsync(ShareTokens.Hash(token)))!.Value.Link.RevokedAt);
        Assert.Null((await session.Publishing.SharesAsync(workspace))[0].RevokedAt);
    }

    [Fact]
    public async Task Archived_files_keep_their_bytes_until_an_erasure_request_names_a_person_in_them()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var june = new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 1, 2, 3];
        var sent = await session.Publishing.ArchiveAsync(workspace, new ArchiveEntry("kawa-2025-06.pdf", "application/pdf", pdf, "monthly-client", june, ArchiveChannel.Schedule, ["Owner@Kawa.example", "ops@kawa.example"], "schedule Kawa monthly", ["anna7", "c-anna"]));
        Time.Advance(TimeSpan.FromMinutes(5));
        var downloaded = await session.Publishing.ArchiveAsync(workspace, new ArchiveEntry("roi.csv", "text/csv", [65, 66], "monthly-roi", june, ArchiveChannel.Download, [], "owner@example.com", []));

        Assert.Equal((7L, Noon, (DateTimeOffset?)null), (sent.Bytes, sent.CreatedAt, sent.ErasedAt));
        var listed = await session.Publishing.ArchiveListAsync(workspace);
        Assert.Equal([downloaded.Id, sent.Id], listed.Select(a => a.Id));
        Assert.Equal(("kawa-2025-06.pdf", "application/pdf", 7L, "monthly-client", june, ArchiveChannel.Schedule, "schedule Kawa monthly"), (listed[1].FileName, listed[1].ContentType, listed[1].Bytes, listed[1].Template, listed[1].Period, listed[1].Channel, listed[1].By));
        Assert.Equal(["Owner@Kawa.example", "ops@kawa.example"], listed[1].Recipients);
        Assert.Equal(pdf, (await session.Publishing.ArchiveFileAsync(workspace, sent.Id))!.Value.Content);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        Assert.Null(await session.Publishing.ArchiveFileAsync(other, sent.Id));
        Assert.Equal(0, await session.Publishing.EraseFromArchiveAsync(other, "anna7", Noon));

        // A person named in the file (an advocate's code, any case) erases it; a recipient is replaced where it is listed.
        Assert.Equal(0, await session.Publishing.EraseFromArchiveAsync(workspace, "nobody@example.com", Noon.AddHours(1)));
        Assert.Equal(1, await session.Publishing.EraseFromArchiveAsync(workspace, "ANNA7", Noon.AddHours(1)));
        var erased = (await session.Publishing.ArchiveFileAsync(workspace, sent.Id))!.Value;
        Assert.Empty(erased.Content);
        Assert.Equal((0L, (DateTimeOffset?)Noon.AddHours(1)), (erased.Report.Bytes, erased.Report.ErasedAt));
        Assert.Equal(1, await session.Publishing.EraseFromArchiveAsync(workspace, "owner@kawa.example", Noon.AddHours(2)));
        var again = (await session.Publishing.ArchiveFileAsync(workspace, sent.Id))!.Value.Report;
        Assert.Equal(["(erased)", "ops@kawa.example"], again.Recipients);
        Assert.Equal(Noon.AddHours(1), again.ErasedAt); // the first erasure's time stays
        Assert.Equal([65, 66], (await session.Publishing.ArchiveFileAsync(workspace, downloaded.Id))!.Value.Content);
    }

    [Fact]
    public async Task Alert_rules_are_one_per_kind_keep_what_holds_since_when_and_are_removed()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);

        var silent = await session.Publishing.SetAlertAsync(workspace, AlertKind.CollectSilent, ["ops@example.com"], true);
        var goals = await session.Publishing.SetAlertAsync(workspace, AlertKind.GoalOffTrack, ["owner@example.com", "cmo@example.com"], true);
        Assert.Equal((AlertKind.CollectSilent, true, (DateTimeOffset?)null, (string?)null), (silent.Kind, silent.Enabled, silent.CheckedAt, silent.LastResult));
        Assert.Empty(silent.Holding);
        var paused = await session.Publishing.SetAlertAsync(workspace, AlertKind.CollectSilent, ["night@example.com"], false);
        Assert.Equal((silent.Id, false), (paused.Id, paused.Enabled));
        Assert.Equal(["night@example.com"], paused.Recipients);

        var holding = new Dictionary<string, DateTimeOffset> { ["Leads in Q3"] = Noon.AddHours(-5), ["Ż sales, 2025"] = Noon };
        await session.Publishing.SaveAlertCheckAsync(workspace, goals.Id, holding, Noon.AddMinutes(1), "250 2.0.0 queued");
        var rules = await session.Publishing.AlertsAsync(workspace);
        Assert.Equal([AlertKind.GoalOffTrack, AlertKind.CollectSilent], rules.Select(r => r.Kind));
        Assert.Equal(holding.OrderBy(h => h.Key, StringComparer.Ordinal), rules[0].Holding.OrderBy(h => h.Key, StringComparer.Ordinal));
        Assert.Equal(((DateTimeOffset?)Noon.AddMinutes(1), "250 2.0.0 queued"), (rules[0].CheckedAt, rules[0].LastResult));
        Assert.Equal(["owner@example.com", "cmo@example.com"], rules[0].Recipients);

        await session.Publishing.SaveAlertCheckAsync(workspace, goals.Id, new Dictionary<string, DateTimeOffset>(), Noon.AddHours(1), null);
        Assert.Empty((await session.Publishing.AlertsAsync(workspace))[0].Holding);
        Assert.Empty(await session.Publishing.AlertsAsync(await session.Workspaces.CreateAsync("other", "UTC", "USD")));
        Assert.True(await session.Publishing.RemoveAlertAsync(workspace, AlertKind.GoalOffTrack));
        Assert.False(await session.Publishing.RemoveAlertAsync(workspace, AlertKind.GoalOffTrack));
        Assert.Equal([AlertKind.CollectSilent], (await session.Publishing.AlertsAsync(workspace)).Select(r => r.Kind));
    }
}
