using Payoff.Core.Channels;
using Payoff.Core.Importing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Import;
using Payoff.Import.Detection;

namespace Payoff.Application.Importing;

/// <summary>
/// Imports one file (<c>payoff import …</c>, <c>POST /api/imports</c>, the Imports page's upload and check):
/// detects its kind from its contents unless the caller names it, runs <see cref="ImportRunner"/> over the
/// store's <see cref="IImportStore"/> in one session, and marks the data changed when something was written.
/// </summary>
/// <param name="store">The store.</param>
/// <param name="time">The clock: a message dated more than a day after it is refused.</param>
public sealed class ImportFileHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>
    /// Imports <paramref name="path"/> (a file the host has on disk: the CLI's argument, an upload saved by the web)
    /// as <paramref name="named"/>, or as the kind <see cref="FileKindDetector"/> finds. The summary is null when the
    /// kind could not be told; the detection's explanation then says why.
    /// </summary>
    /// <exception cref="StoreException">The store refused the file (a partly overlapping traffic period).</exception>
    public async Task<(FileDetection Detection, ImportSummary? Summary)> HandleAsync(Workspace workspace, string path, FileDetection? named, ImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var detection = named ?? FileKindDetector.Detect(path, options.Encoding);
        if (detection.Kind is not { } kind)
        {
            return (detection, null);
        }

        ImportSummary summary;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            summary = await new ImportRunner(session.Importing, ChannelClassifier.Default, session.Conversations, time).ImportAsync(workspace, kind, path, options, cancellationToken);
            if (summary.ImportId is not null && !summary.AlreadyImported && !options.DryRun)
            {
                // The referral rewards the import's friend actions earned exist from now on, tied to it (its undo voids them).
                await Advocacy.AdvocacyHandler.SyncRewardsAsync(session, workspace, cancellationToken);
            }
        }

        if (summary.ImportId is not null && !summary.AlreadyImported)
        {
            store.Changed();
        }

        return (detection, summary);
    }
}
