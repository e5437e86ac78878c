using System.Globalization;
using System.Security.Cryptography;
using Payoff.Core.Channels;
using Payoff.Core.Importing;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import;

/// <summary>
/// Imports one native file: checks it was not imported before (same SHA-256), reads and validates
/// every row, and writes it in one transaction.
/// </summary>
/// <remarks>
/// A file with any bad row is rejected whole and nothing is written, unless
/// <see cref="ImportOptions.SkipInvalid"/> is set. The summary lists every bad row.
/// </remarks>
public sealed class ImportRunner(IImportStore store, ChannelClassifier classifier)
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
            return new ImportSummary(kind, path, earlier.Rows, 0, 0, 0, true, earlier.Id, [], string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path)} was already imported on {earlier.ImportedAt:yyyy-MM-dd HH:mm} UTC (import #{earlier.Id}); nothing was written."));
        }

        try
        {
            var calendar = workspace.Calendar;
            return kind switch
            {
                ImportKind.Events => await WriteAsync(new EventsFileReader(classifier, calendar).Read(path, options.Encoding), (request, records) => store.WriteEventsAsync(workspace, request, records, cancellationToken)),
                ImportKind.Contacts => await WriteAsync(new ContactsFileReader(calendar).Read(path, options.Encoding), (request, records) => store.WriteContactsAsync(workspace, request, records, cancellationToken)),
                ImportKind.Metrics => await WriteAsync(MetricsFileReader.Read(path, options.Encoding), (request, records) => store.WriteMetricsAsync(workspace, request, records, cancellationToken)),
                ImportKind.MetaPosts => await WriteAsync(new Meta.MetaPostsReader(calendar).Read(path, options.Encoding), (request, records) => store.WritePostsAsync(workspace, request, records, cancellationToken)),
                ImportKind.MetaAds => await WriteAsync(Meta.MetaAdsReader.Read(path, options.Encoding), (request, records) => store.WriteCostsAsync(workspace, request, records, cancellationToken)),
                ImportKind.Ga4Traffic => await WriteAsync(GoogleAnalytics.Ga4TrafficReader.Read(path, options.Encoding), (request, records) => store.WriteTrafficAsync(workspace, request, records, cancellationToken)),
                ImportKind.HubSpotContacts => await WriteAsync(new HubSpot.HubSpotContactsReader(calendar).Read(path, options.Encoding), (request, records) => store.WriteContactsAsync(workspace, request, records, cancellationToken)),
                ImportKind.GoogleAds => await WriteAsync(Google.GoogleAdsReader.Read(path, options.Encoding), (request, records) => store.WriteCostsAsync(workspace, request, records, cancellationToken)),
                ImportKind.MicrosoftAds => await WriteAsync(new Microsoft.MicrosoftAdsReader(workspace.Currency).Read(path, options.Encoding), (request, records) => store.WriteCostsAsync(workspace, request, records, cancellationToken)),
                ImportKind.Costs => await WriteAsync(CostsFileReader.Read(path, options.Encoding), (request, records) => store.WriteCostsAsync(workspace, request, records, cancellationToken)),
                _ => await WriteAsync(JourneysFileReader.Read(path, options.Encoding), (request, records) => store.WriteJourneysAsync(workspace, request, records, cancellationToken)),
            };
        }
        catch (ImportFileException ex)
        {
            return Failed(kind, path, ex.Error);
        }

        async Task<ImportSummary> WriteAsync<T>(ParsedFile<T> parsed, Func<ImportRequest, IReadOnlyList<T>, Task<ImportRecord>> write)
        {
            var name = Path.GetFileName(path);
            var rejected = parsed.RejectedRows;
            if (parsed.Rows == 0)
            {
                return Failed(kind, path, new RowError(2, null, $"{name} has a header but no data rows; nothing was written."));
            }

            if (rejected > 0 && !options.SkipInvalid)
            {
                return new ImportSummary(kind, path, parsed.Rows, 0, rejected, 0, false, null, parsed.Errors, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name}: {rejected} of {parsed.Rows} rows have errors; nothing was written. Fix them, or import the good rows with --skip-invalid."));
            }

            if (options.DryRun)
            {
                return new ImportSummary(kind, path, parsed.Rows, 0, rejected, 0, false, null, parsed.Errors, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name}: {parsed.Records.Count} of {parsed.Rows} rows would be imported (dry run; nothing was written)."));
            }

            var record = await write(new ImportRequest(kind, name, sha256, parsed.Rows, rejected), parsed.Records);
            var duplicates = record.Duplicates > 0
                ? string.Create(CultureInfo.InvariantCulture, $", {record.Duplicates} already stored or repeated (skipped)")
                : string.Empty;
            var skipped = rejected > 0 ? string.Create(CultureInfo.InvariantCulture, $", {rejected} rejected") : string.Empty;
            return new ImportSummary(kind, path, parsed.Rows, record.Imported, rejected, record.Duplicates, false, record.Id, parsed.Errors, string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {record.Imported} of {parsed.Rows} rows imported{duplicates}{skipped} (import #{record.Id})."));
        }
    }

    private static ImportSummary Failed(ImportKind kind, string path, RowError error) =>
        new(kind, path, 0, 0, 0, 0, false, null, [error], $"{Path.GetFileName(path)}: {error.Message}");

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
