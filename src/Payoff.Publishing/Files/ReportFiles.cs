using Payoff.Application;
using Payoff.Application.Publishing;
using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Publishing.Pdf;

namespace Payoff.Publishing.Files;

/// <summary>A report file made for someone: its bytes, its name and the document it shows.</summary>
/// <param name="Document">The report built.</param>
/// <param name="FileName">The file's name (<c>monthly-client-2026-11-01-2026-11-30.pdf</c>).</param>
/// <param name="Content">The PDF's bytes.</param>
/// <param name="Archived">The archive's entry of it.</param>
public sealed record ReportFile(ReportDocument Document, string FileName, byte[] Content, ArchivedReport Archived);

/// <summary>
/// Makes a template's PDF for a request's days and keeps it in the archive with who it went to: the one path of the CLI's
/// <c>report pdf</c>, the dashboard's download button, the API and the scheduler.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="builder">The document builder.</param>
/// <param name="templates">Templates and the period rule.</param>
public sealed class ReportFiles(IStore store, ReportDocumentBuilder builder, TemplatesHandler templates) : IApplicationHandler
{
    /// <summary>
    /// The PDF of <c>template</c> for <c>range</c> or <c>from</c>/<c>to</c> (default: the template's range), archived as made by
    /// <paramref name="by"/> through <paramref name="channel"/> for <paramref name="recipients"/>.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="values">The request's <c>template</c>, <c>range</c>, <c>from</c> and <c>to</c>.</param>
    /// <param name="channel">How the file leaves (download, CLI, e-mail).</param>
    /// <param name="by">Who made it, as the archive lists it.</param>
    /// <param name="recipients">Whom it goes to (e-mail addresses), or none.</param>
    /// <param name="deliver">
    /// Hands the PDF's bytes over (the CLI writes its file) before it is archived: when it throws, nothing is archived and the
    /// exception goes to the caller, so the archive lists only files that went out.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="RequestException">No such template, or a wrong range or day (field named).</exception>
    public async Task<ReportFile> PdfAsync(Workspace workspace, RequestValues values, ArchiveChannel channel, string by, IReadOnlyList<string> recipients, Func<byte[], CancellationToken, Task>? deliver = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var template = await TemplatesHandler.FindAsync(session, workspace, values.Get("template"), cancellationToken);
        var period = templates.Period(values, template, workspace);
        var document = await builder.BuildAsync(session, workspace, template, period, cancellationToken);
        var bytes = PdfReport.Render(document);
        if (deliver is not null)
        {
            await deliver(bytes, cancellationToken);
        }

        return await ArchiveAsync(session, document, bytes, channel, by, recipients, cancellationToken);
    }

    /// <summary>Renders <paramref name="document"/> as a PDF and archives it.</summary>
    public static Task<ReportFile> ArchiveAsync(IStoreSession session, ReportDocument document, ArchiveChannel channel, string by, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ArchiveAsync(session, document, PdfReport.Render(document), channel, by, recipients, cancellationToken);
    }

    private static async Task<ReportFile> ArchiveAsync(IStoreSession session, ReportDocument document, byte[] bytes, ArchiveChannel channel, string by, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var name = $"{document.FileStem}.pdf";
        var archived = await session.Publishing.ArchiveAsync(
            document.Workspace,
            new ArchiveEntry(name, "application/pdf", bytes, document.Template.Name, document.Period, channel, recipients, by, document.People),
            cancellationToken);
        return new ReportFile(document, name, bytes, archived);
    }
}
