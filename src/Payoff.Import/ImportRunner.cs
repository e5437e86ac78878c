using System.Globalization;
using System.Security.Cryptography;
using Payoff.Core.Channels;
using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import;

/// <summary>
/// Imports one file: checks it was not imported before (same SHA-256), reads and validates every
/// row, and writes it in one transaction through the store's one write (<see cref="IImportStore.WriteAsync{T}"/>),
/// which takes the rows as they are read.
/// </summary>
/// <remarks>
/// A file with any bad row is rejected whole and nothing is written, unless
/// <see cref="ImportOptions.SkipInvalid"/> is set. The summary lists every bad row.
/// </remarks>
/// <param name="store">Where the rows go.</param>
/// <param name="classifier">Channels for events.</param>
/// <param name="conversations">The workspace's conversation settings (authors' salt, kept handles) for conversation files; required for them.</param>
/// <param name="time">The clock (default: the system's): a conversation message dated more than <see cref="Conversations.ConversationsFileReader.ClockSkew"/> after its import is a row error.</param>
public sealed class ImportRunner(IImportStore store, ChannelClassifier classifier, Payoff.Core.Conversations.IConversationStore? conversations = null, TimeProvider? time = null)
{
    /// <summary>Imports <paramref name="path"/> as <paramref name="kind"/> into <paramref name="workspace"/>.</summary>
    public async Task<ImportSummary> ImportAsync(Workspace workspace, ImportKind kind, string path, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            return Failed(kind, path, new RowError(0, null, Directory.Exists(path) ? $"{path} is a folder, not a file." : $"{path} does not exist."));
        }

        var sha256 = await HashAsync(path, cancellationToken);
        var earlier = await store.FindBySha256Async(workspace, sha256, cancellationToken);
        if (earlier is not null)
        {
            // In the workspace's zone, as the import history shows it (a UTC workspace reads "… UTC" as before).
            var at = workspace.Calendar.LocalTime(earlier.ImportedAt);
            return new ImportSummary(kind, path, earlier.Rows, 0, 0, 0, true, earlier.Id, [], string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path)} was already imported on {at:yyyy-MM-dd HH:mm} {workspace.Calendar.Zone.Id} (import #{earlier.Id}); nothing was written."));
        }

        try
        {
            var calendar = workspace.Calendar;
            var latest = (time ?? TimeProvider.System).GetUtcNow() + Conversations.ConversationsFileReader.ClockSkew;
            (DateOnly, DateOnly)? Instant(DateTimeOffset? at) => at is { } t ? (calendar.DateOf(t), calendar.DateOf(t)) : null;
            (DateOnly, DateOnly) Day(DateOnly day) => (day, day);
            (DateOnly, DateOnly)? SocialDays(SocialRecord r) => r.Metric is { } m ? Day(m.Date) : Instant(r.Post?.PublishedAt);
            return kind switch
            {
                ImportKind.Events => await RunAsync(new EventsFileReader(classifier, calendar).Read(path, options), e => Instant(e.Timestamp), Write(ImportRecords.Events)),
                ImportKind.Contacts => await RunAsync(new ContactsFileReader(calendar).Read(path, options), c => Instant(c.CreatedAt), Write(ImportRecords.Contacts)),
                ImportKind.HubSpotContacts => await RunAsync(new HubSpot.HubSpotContactsReader(calendar).Read(path, options), c => Instant(c.CreatedAt), Write(ImportRecords.Contacts)),
                ImportKind.Journeys => await RunAsync(JourneysFileReader.Read(path, options), _ => null, Write(ImportRecords.Journeys)),
                ImportKind.Metrics => await RunAsync(MetricsFileReader.Read(path, options), m => Day(m.Date), Write(ImportRecords.Metrics)),
                ImportKind.MetaPosts => await RunAsync(new Meta.MetaPostsReader(calendar).Read(path, options), p => Instant(p.PublishedAt), Write(ImportRecords.Posts)),
                ImportKind.Ga4Traffic => await RunAsync(GoogleAnalytics.Ga4TrafficReader.Read(path, options), t => (t.From, t.To), Write(ImportRecords.Traffic)),
                ImportKind.MetaAds => await RunAsync(Meta.MetaAdsReader.Read(path, options), c => Day(c.Date), Write(ImportRecords.Costs)),
                ImportKind.GoogleAds => await RunAsync(Google.GoogleAdsReader.Read(path, options), c => Day(c.Date), Write(ImportRecords.Costs)),
                ImportKind.MicrosoftAds => await RunAsync(new Microsoft.MicrosoftAdsReader(workspace.Currency).Read(path, options), c => Day(c.Date), Write(ImportRecords.Costs)),
                ImportKind.LinkedInAds => await RunAsync(new LinkedIn.LinkedInAdsReader(workspace.Currency).Read(path, options), c => Day(c.Date), Write(ImportRecords.Costs)),
                ImportKind.XAds => await RunAsync(new X.XAdsReader(workspace.Currency).Read(path, options), c => Day(c.Date), Write(ImportRecords.Costs)),
                ImportKind.LinkedInPage => await RunAsync(new LinkedIn.LinkedInPageReader(calendar).Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.XAnalytics => await RunAsync(new X.XPostsReader(calendar).Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.TikTok => await RunAsync(new TikTok.TikTokReader(calendar).Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.YouTube => await RunAsync(new YouTube.YouTubeContentReader(calendar).Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.MetaDaily => await RunAsync(Meta.MetaDailyReader.Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.FacebookInsights => await RunAsync(new Meta.FacebookInsightsPostsReader(calendar).Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.MetaAudience => await RunAsync(Meta.MetaAudienceReader.Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.TikTokAudience => await RunAsync(TikTok.TikTokAudienceReader.Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.YouTubeGeography => await RunAsync(YouTube.YouTubeGeographyReader.Read(path, options), SocialDays, Write(ImportRecords.Social)),
                ImportKind.Conversations => await RunAsync(new Conversations.ConversationsFileReader(calendar) { Latest = latest }.Read(path, options), m => Instant(m.CreatedAt), Scored),
                ImportKind.Brand24 => await RunAsync(new Conversations.ToolExportReader(Conversations.ConversationTool.Brand24, calendar) { Latest = latest }.Read(path, options), m => Instant(m.CreatedAt), Scored),
                ImportKind.MentionExport => await RunAsync(new Conversations.ToolExportReader(Conversations.ConversationTool.Mention, calendar) { Latest = latest }.Read(path, options), m => Instant(m.CreatedAt), Scored),
                ImportKind.Zendesk => await RunAsync(new Conversations.ToolExportReader(Conversations.ConversationTool.Zendesk, calendar) { Latest = latest }.Read(path, options), m => Instant(m.CreatedAt), Scored),
                ImportKind.Freshdesk => await RunAsync(new Conversations.ToolExportReader(Conversations.ConversationTool.Freshdesk, calendar) { Latest = latest }.Read(path, options), m => Instant(m.CreatedAt), Scored),
                ImportKind.XArchive => await RunAsync(Conversations.DataDownloadReader.ReadXArchive(path), m => Instant(m.CreatedAt), Scored),
                ImportKind.MetaComments => await RunAsync(Conversations.DataDownloadReader.ReadMetaComments(path), m => Instant(m.CreatedAt), Scored),
                ImportKind.YouTubeComments => await RunAsync(Conversations.DataDownloadReader.ReadYouTubeComments(path, options), m => Instant(m.CreatedAt), Scored),
                _ => await RunAsync(CostsFileReader.Read(path, options), c => Day(c.Date), Write(ImportRecords.Costs)),
            };
        }
        catch (ImportFileException ex)
        {
            return Failed(kind, path, ex.Error);
        }

        // Conversations are pseudonymised and scored on their way in, under the workspace's settings (read only when writing).
        async Task<ImportRecord> Scored(CheckedRows<Payoff.Core.Conversations.ConversationMessage> rows)
        {
            var settings = await (conversations ?? throw new InvalidOperationException("Conversation files need the conversation store.")).SettingsAsync(workspace, cancellationToken);
            return await store.WriteAsync(workspace, rows.Request, ImportRecords.Conversations, new Conversations.ScoredRows(rows, new Payoff.Core.Conversations.ConversationScorer(settings)), cancellationToken);
        }

        // A dry run's sample shows a message's author as it would be stored: its pseudonym, unless the workspace keeps handles.
        async Task<IReadOnlyList<object>> AsStoredAsync(IReadOnlyList<object> sample)
        {
            if (conversations is null || !sample.Any(r => r is Payoff.Core.Conversations.ConversationMessage))
            {
                return sample;
            }

            var scorer = new Payoff.Core.Conversations.ConversationScorer(await conversations.SettingsAsync(workspace, cancellationToken));
            return [.. sample.Select(r => r is Payoff.Core.Conversations.ConversationMessage m && scorer.Score(m) is var stored
                ? m with { Author = stored.AuthorHandle ?? stored.AuthorHash }
                : r)];
        }

        Func<CheckedRows<T>, Task<ImportRecord>> Write<T>(ImportRecordKind<T> records)
            where T : class => rows => store.WriteAsync(workspace, rows.Request, records, rows, cancellationToken);

        async Task<ImportSummary> RunAsync<T>(ParsedFile<T> parsed, Func<T, (DateOnly, DateOnly)?> days, Func<CheckedRows<T>, Task<ImportRecord>> write)
            where T : class
        {
            var name = Path.GetFileName(path);
            var rows = new CheckedRows<T>(parsed, new ImportRequest(kind, name, sha256, 0, 0), days, options.SkipInvalid);
            ImportRecord? record = null;
            try
            {
                if (options.DryRun)
                {
                    foreach (var unused in rows)
                    {
                        // Read every row: the counts, period and errors are the dry run's answer.
                    }
                }
                else
                {
                    record = await write(rows);
                }
            }
            catch (FileRejectedException ex) when (ex.NoRows)
            {
                return Failed(kind, path, new RowError(2, null, $"{name} has a header but no data rows; nothing was written."));
            }
            catch (FileRejectedException)
            {
                return new ImportSummary(kind, path, rows.Rows, 0, rows.Rejected, 0, false, null, rows.Errors, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name}: {rows.Rejected} of {rows.Rows} rows have errors; nothing was written. Fix them, or {options.SkipInvalidAdvice}."))
                {
                    Period = rows.Period,
                };
            }

            var skipped = rows.Rejected > 0 ? string.Create(CultureInfo.InvariantCulture, $", {rows.Rejected} rejected") : string.Empty;
            if (record is null)
            {
                return new ImportSummary(kind, path, rows.Rows, 0, rows.Rejected, 0, false, null, rows.Errors, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name}: {Stored(rows.Records, rows)} would be imported{skipped}{Covering(rows.Period)} (dry run; nothing was written)."))
                {
                    Period = rows.Period,
                    Sample = await AsStoredAsync(rows.Sample),
                };
            }

            var duplicates = record.Duplicates > 0
                ? string.Create(CultureInfo.InvariantCulture, $", {record.Duplicates} already stored or repeated (skipped)")
                : string.Empty;
            return new ImportSummary(kind, path, rows.Rows, record.Imported, rows.Rejected, record.Duplicates, false, record.Id, rows.Errors, string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {Stored(record.Imported, rows)} imported{duplicates}{skipped}{Covering(rows.Period)} (import #{record.Id})."))
            {
                Period = rows.Period,
            };
        }
    }

    /// <summary>"3 of 4 rows", or "20 records from 4 rows" when a row holds several records (a day's metrics, a period's spend spread over its days).</summary>
    private static string Stored<T>(long records, CheckedRows<T> rows)
        where T : class =>
        rows.Records == rows.Rows - rows.Rejected
            ? string.Create(CultureInfo.InvariantCulture, $"{records} of {rows.Rows} rows")
            : string.Create(CultureInfo.InvariantCulture, $"{records} records from {rows.Rows} rows");

    private static string Covering(ImportPeriod? period) => period is null
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $", covering {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}");

    private static ImportSummary Failed(ImportKind kind, string path, RowError error) =>
        new(kind, path, 0, 0, 0, 0, false, null, [error], $"{Path.GetFileName(path)}: {error.Message}");

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
