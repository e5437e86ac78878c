using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Importing;
using Payoff.Core.Importing;
using Payoff.Import;
using Payoff.Import.Csv;
using Payoff.Import.Detection;
using Payoff.Import.Platforms;
using Payoff.Core.Workspaces;
using Payoff.Web.Access;
using Payoff.Core.Stores;

namespace Payoff.Web.Uploading;

/// <summary>
/// The import API, the CLI's <c>payoff import auto|KIND</c> and <c>payoff imports list|undo</c> over
/// HTTP: <c>POST /api/imports</c> takes one or more files as <c>multipart/form-data</c>, detects each
/// one's kind from its contents (or takes <c>?kind=</c>), imports each in its own transaction and
/// answers with what happened to every file.
/// </summary>
/// <remarks>
/// Answers 200 when every file was imported (or had been, or would be on a dry run), 422 with the
/// same body when any file was not. Uploads stream to a folder beside the database and are deleted
/// when the request ends; they may total <see cref="WebOptions.MaxUploadBytes"/>.
/// </remarks>
public static class ImportEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Uploads left by a server that was killed mid-request: no import runs before the server starts.
        var uploads = app.ServiceProvider.GetRequiredService<WebOptions>().UploadPath;
        if (Directory.Exists(uploads))
        {
            Directory.Delete(uploads, recursive: true);
        }

        var api = app.MapGroup("/api/imports").WithTags("Imports");
        api.MapPost(string.Empty, UploadAsync)
            .WithName("Import")
            .WithSummary("Import platform exports (multipart/form-data, one or more files): kind detected from the contents unless ?kind= names it; ?dry_run=true checks without writing.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapGet(string.Empty, ListAsync)
            .WithName("ListImports").WithSummary("The workspace's imports, newest first, undone ones marked.")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/{id:long}/undo", UndoAsync)
            .WithName("UndoImport").WithSummary("Undo an import exactly: its rows removed, the rows it replaced restored; refused (409) when a later import depends on it.")
            .RequireAuthorization(ApiKeyDefaults.WritePolicy);
        return app;
    }

    private static async Task<IReadOnlyList<ImportRecord>> ListAsync(ClaimsPrincipal user, IStore store, [FromServices] ImportHistoryHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<ImportRecord>, ProblemHttpResult>> UndoAsync(long id, ClaimsPrincipal user, IStore store, [FromServices] UndoImportHandler handler, CancellationToken cancellationToken)
    {
        var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
        try
        {
            return TypedResults.Ok(await handler.HandleAsync(workspace, id, cancellationToken));
        }
        catch (StoreException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static async Task<IResult> UploadAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        IStore store,
        [FromServices] ImportFileHandler handler,
        WebOptions options,
        [FromQuery] string? kind,
        [FromQuery(Name = "dry_run")] bool? dryRun,
        [FromQuery(Name = "skip_invalid")] bool? skipInvalid,
        [FromQuery] string? encoding,
        [FromQuery(Name = "date_format")] string? dateFormat,
        [FromQuery] string? culture,
        [FromQuery] string? period,
        [FromQuery] string? map,
        CancellationToken cancellationToken)
    {
        ImportKind? forced = null;
        if (kind is not null && !kind.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            if (!ImportKinds.TryParse(kind, out var named))
            {
                return Problem($"kind must be auto or one of {string.Join(", ", Enum.GetValues<ImportKind>().Select(ImportKinds.Name))}, not '{kind}'.");
            }

            forced = named;
        }

        var text = encoding is null ? null : TextEncodings.Find(encoding);
        if (encoding is not null && text is null)
        {
            return Problem($"encoding must be one of {string.Join(", ", TextEncodings.Names)}, not '{encoding}'.");
        }

        System.Globalization.CultureInfo? cultureInfo = null;
        if (culture is not null && !ImportKinds.TryCulture(culture, out cultureInfo))
        {
            return Problem($"culture '{culture}' is not a culture name like de-DE, es-ES or pl-PL.");
        }

        DatePeriod? days = null;
        if (period is not null && !DatePeriod.TryParse(period, out days))
        {
            return Problem($"period '{period}' is not a period like 2025-12-01..2026-01-31, 2026-05 or 2026.");
        }

        IReadOnlyDictionary<string, string>? columns = null;
        if (!string.IsNullOrWhiteSpace(map))
        {
            if (forced is not ImportKind.Conversations)
            {
                return Problem("map is for kind=conversations: another inbox or listening tool's CSV read under Payoff's column names (docs/IMPORT.md).");
            }

            try
            {
                columns = ColumnMap.Parse([map]);
            }
            catch (FormatException ex)
            {
                return Problem($"map: {ex.Message}");
            }
        }

        var importOptions = new ImportOptions
        {
            Columns = columns,
            DryRun = dryRun ?? false,
            SkipInvalid = skipInvalid ?? false,
            SkipInvalidAdvice = "send it again with skip_invalid=true to import the good rows",
            Encoding = text,
            DateFormat = dateFormat,
            Culture = cultureInfo,
            Period = days,
        };

        Uploads uploads;
        try
        {
            uploads = await Uploads.SaveAsync(request, options, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            return Problem(ex.Message, ex.StatusCode);
        }

        using (uploads)
        {
            var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
            var (results, ok) = await ImportFilesAsync(handler, workspace, uploads.Files, forced, importOptions, cancellationToken);
            return ok ? TypedResults.Ok(results) : TypedResults.UnprocessableEntity(results);
        }
    }

    /// <summary>
    /// Detects each file's kind (unless <paramref name="forced"/>; with <see cref="ImportOptions.Encoding"/>) and imports
    /// it in its own transaction through <paramref name="handler"/>: what happened to each, and whether all went well (on a
    /// dry run: whether all would). A file the store refuses (a partly overlapping period) is that file's failure.
    /// </summary>
    public static async Task<(IReadOnlyList<ImportResult> Results, bool Ok)> ImportFilesAsync(ImportFileHandler handler, Workspace workspace, IReadOnlyList<string> files, ImportKind? forced, ImportOptions importOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(importOptions);
        var results = new List<ImportResult>();
        var ok = true;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var detection = forced is { } k ? new FileDetection(k, "named by ?kind=") : FileKindDetector.Detect(file, importOptions.Encoding);
            if (detection.Kind is not { } detected)
            {
                ok = false;
                results.Add(new ImportResult(name, null, detection.Explanation, 0, 0, 0, 0, false, null, $"{name}: {detection.Explanation}", null, [], []));
                continue;
            }

            ImportSummary summary;
            try
            {
                summary = (await handler.HandleAsync(workspace, file, detection, importOptions, cancellationToken)).Summary!;
            }
            catch (StoreException ex)
            {
                summary = new ImportSummary(detected, file, 0, 0, 0, 0, false, null, [new RowError(0, null, ex.Message)], $"{name}: {ex.Message}");
            }

            ok &= summary.Succeeded || (importOptions.DryRun && summary.Rows > 0 && (summary.Rejected == 0 || importOptions.SkipInvalid));
            results.Add(new ImportResult(
                name, ImportKinds.Name(detected), detection.Explanation, summary.Rows, summary.Imported, summary.Rejected, summary.Duplicates,
                summary.AlreadyImported, summary.ImportId, summary.Message, summary.Period, summary.Sample, summary.Errors));
        }

        return (results, ok);
    }

    private static ProblemHttpResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(detail, statusCode: status);
}
