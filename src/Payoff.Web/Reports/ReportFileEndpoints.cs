using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Memory;
using Payoff.Application.Publishing;
using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Publishing.Files;
using Payoff.Publishing.Html;
using Payoff.Web.Access;
using Payoff.Web.Components;

namespace Payoff.Web.Reports;

/// <summary>
/// Report files and shared views: the dashboard's PDF download (<c>GET /reports/pdf</c>) and archive download
/// (<c>GET /reports/archive/{id}</c>), the API's <c>GET /api/templates</c>, <c>/api/templates/{name}/pdf</c>, <c>/api/schedules</c>,
/// <c>/api/shares</c> and <c>/api/archive</c>, and the public, read-only <c>GET /share/{token}</c>.
/// </summary>
public static class ReportFileEndpoints
{
    private const string Pdf = "application/pdf";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapReportFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/pdf", async (HttpContext context, IStore store, ReportFiles files, WebOptions options, CancellationToken cancellationToken) =>
            {
                Workspace workspace;
                await using (var session = await store.OpenSessionAsync(cancellationToken))
                {
                    if (await DashboardScope.OfAsync(session, context, options.Time) is not { } scope)
                    {
                        return Results.NotFound();
                    }

                    workspace = scope.Workspace;
                }

                try
                {
                    var made = await files.PdfAsync(workspace, Values(context), ArchiveChannel.Download, context.User.Identity?.Name ?? "dashboard", [], cancellationToken: cancellationToken);
                    return Results.File(made.Content, Pdf, made.FileName);
                }
                catch (RequestException ex)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
                }
            })
            .RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/reports/archive/{id:long}", async (long id, HttpContext context, IStore store, ArchiveHandler archive, WebOptions options, CancellationToken cancellationToken) =>
            {
                Workspace workspace;
                await using (var session = await store.OpenSessionAsync(cancellationToken))
                {
                    if (await DashboardScope.OfAsync(session, context, options.Time) is not { CanAdmin: true } scope)
                    {
                        return Results.NotFound();
                    }

                    workspace = scope.Workspace;
                }

                try
                {
                    var (report, content) = await archive.FileAsync(workspace, id, cancellationToken);
                    return Results.File(content, report.ContentType, report.FileName);
                }
                catch (RequestException)
                {
                    return Results.NotFound();
                }
            })
            .RequireAuthorization().ExcludeFromDescription();

        var api = app.MapGroup("/api").WithTags("Reports").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapGet("/templates", async (ClaimsPrincipal user, IStore store, CancellationToken cancellationToken) =>
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                var workspace = await ApiKeyClaims.WorkspaceAsync(session, user, cancellationToken);
                var all = await TemplatesHandler.ListAsync(session, workspace, cancellationToken);
                return TypedResultsJson(new JsonObject { ["workspace"] = workspace.Name, ["templates"] = new JsonArray([.. all.Select(t => (JsonNode)TemplatesHandler.Json(t))]) });
            })
            .WithName("ListTemplates").WithSummary("The report templates: the three built-in ones and the workspace's own, with their sections, period and paper.");
        api.MapGet("/templates/{name}/pdf", async (string name, HttpContext context, IStore store, ReportFiles files, CancellationToken cancellationToken) =>
            {
                var workspace = await ApiKeyClaims.WorkspaceAsync(store, context.User, cancellationToken);
                var values = Values(context).Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
                values["template"] = name;
                try
                {
                    var made = await files.PdfAsync(workspace, new RequestValues(values), ArchiveChannel.Download, $"api key {context.User.Identity?.Name}", [], cancellationToken: cancellationToken);
                    return Results.File(made.Content, Pdf, made.FileName);
                }
                catch (RequestException ex)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
                }
            })
            .Produces(StatusCodes.Status200OK, contentType: Pdf)
            .WithName("TemplatePdf").WithSummary("A template's report as a PDF (range=last-week|last-month|month-to-date|last-quarter, or from/to; weeks start on Monday), kept in the archive.");
        api.MapPost("/templates", async (ClaimsPrincipal user, IStore store, TemplatesHandler templates, JsonObject body, CancellationToken cancellationToken) =>
            {
                var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                try
                {
                    var values = TemplateFields(body);
                    return Results.Created($"/api/templates/{Uri.EscapeDataString(values.GetValueOrDefault("name") ?? string.Empty)}", TemplatesHandler.Json(await templates.AddAsync(workspace, new RequestValues(values), cancellationToken)));
                }
                catch (RequestException ex)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
                }
            })
            .RequireAuthorization(ApiKeyDefaults.WritePolicy)
            .WithName("AddTemplate").WithSummary("Add a report template: name, title, sections (an array of section names as GET /api/templates returns them, or one comma-separated string), range, paper, from-template.");
        api.MapDelete("/templates/{name}", async (string name, ClaimsPrincipal user, IStore store, TemplatesHandler templates, CancellationToken cancellationToken) =>
            {
                var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                try
                {
                    await templates.RemoveAsync(workspace, new RequestValues(new Dictionary<string, string?>(StringComparer.Ordinal) { ["name"] = name }), cancellationToken);
                    return Results.NoContent();
                }
                catch (RequestException ex)
                {
                    return Results.Problem(ex.Message, statusCode: ex.Field == "template" ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
                }
            })
            .RequireAuthorization(ApiKeyDefaults.WritePolicy)
            .WithName("RemoveTemplate").WithSummary("Remove one of the workspace's own templates: 404 when none has the name, 409 when it is built in or a schedule or live share link uses it.");
        api.MapGet("/schedules", async (ClaimsPrincipal user, IStore store, SchedulesHandler schedules, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                var all = await schedules.ListAsync(workspace, cancellationToken);
                var now = time.GetUtcNow();
                return TypedResultsJson(new JsonObject { ["workspace"] = workspace.Name, ["schedules"] = new JsonArray([.. all.Select(s => (JsonNode)PublishingJson.Schedule(s, s.Enabled ? Payoff.Publishing.Schedules.ScheduleRunner.NextRun(workspace, s, now) : null))]) });
            })
            .WithName("ListSchedules").WithSummary("Scheduled reports with their next run and last result (the SMTP server's answer).");
        api.MapGet("/shares", async (ClaimsPrincipal user, IStore store, SharesHandler shares, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                var now = time.GetUtcNow();
                return TypedResultsJson(new JsonObject { ["workspace"] = workspace.Name, ["shares"] = new JsonArray([.. (await shares.ListAsync(workspace, cancellationToken)).Select(s => (JsonNode)PublishingJson.Share(s, now))]) });
            })
            .WithName("ListShares").WithSummary("Share links (never their tokens) with their state, expiry, last use and openings.");
        api.MapGet("/archive", async (ClaimsPrincipal user, IStore store, ArchiveHandler archive, CancellationToken cancellationToken) =>
            {
                var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                return TypedResultsJson(new JsonObject { ["workspace"] = workspace.Name, ["files"] = new JsonArray([.. (await archive.ListAsync(workspace, cancellationToken)).Select(a => (JsonNode)PublishingJson.Archived(a))]) });
            })
            .WithName("ListArchive").WithSummary("Every sent or downloaded report file, with when it went to whom.");

        app.MapMethods("/share/{token}", ["GET", "HEAD"], async (string token, HttpContext context, IStore store, SharesHandler shares, Payoff.Application.Publishing.ReportDocumentBuilder builder, IMemoryCache cache, CancellationToken cancellationToken) =>
            {
                Headers(context);
                OpenedShare? opened;
                var look = string.Empty;
                await using (var session = await store.OpenSessionAsync(cancellationToken))
                {
                    opened = await shares.OpenAsync(session, token, context.Request.Headers.UserAgent.ToString(), cancellationToken);
                    if (opened is not null)
                    {
                        // What the page looks like besides its figures: a change of white-label settings or of the template shows at once.
                        var branding = await session.Publishing.BrandingAsync(opened.Workspace, cancellationToken);
                        look = PublishingJson.Branding(branding).ToJsonString() + TemplatesHandler.Json(opened.Template).ToJsonString()
                            + (branding.Logo is { } logo ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(logo)) : string.Empty);
                    }
                }

                if (opened is null)
                {
                    return Results.Content(Page("Not found", "<main><h1>This link does not work</h1><p>It may have expired or been revoked. Ask whoever sent it for a new one.</p></main>"), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
                }

                // Every opening is checked and logged above; the page itself is built once per link and period and kept for
                // ShareViewLifetime, so a client (or several) reloading it does not rebuild every report. It is built section by
                // section, each in its own store session, so collect, pages and /health wait for one section at most.
                var key = (nameof(ShareLink), opened.Workspace.Id, opened.Link.Id, opened.Period.From, opened.Period.To, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(look))));
                // Openings of the same link that arrive while its page is being built wait for that one build (not one build
                // each); the build is not cancelled by one opener leaving, and a failed build is not kept.
                var build = cache.GetOrCreate(key, entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = ShareViewLifetime;
                    return new Lazy<Task<string>>(async () =>
                    {
                        var document = await builder.BuildPacedAsync(store, opened.Workspace, opened.Template, opened.Period, static (_, _) => Task.CompletedTask, CancellationToken.None);
                        static string DataUri(byte[] image) => $"data:{WorkspaceBranding.ImageType(image) ?? "image/png"};base64,{Convert.ToBase64String(image)}";
                        var body = $"<main>{ReportHtml.Header(document, DataUri)}{ReportHtml.Body(document, document.Sections, DataUri)}{ReportHtml.Footer(document)}</main>";
                        return Page($"{document.Template.Title} · {document.Branding.AgencyName ?? document.Workspace.Name}", body);
                    });
                })!;
                string page;
                try
                {
                    page = await build.Value.WaitAsync(cancellationToken);
                }
                catch (Exception) when (build.Value.IsFaulted)
                {
                    cache.Remove(key);
                    throw;
                }

                return Results.Content(page, "text/html; charset=utf-8");
            })
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>How long a share link's built page is kept and shown again to whoever opens the link (5 minutes): a live view, at most this old.</summary>
    public static readonly TimeSpan ShareViewLifetime = TimeSpan.FromMinutes(5);

    // A template's fields from a JSON body: strings as given, an array (sections) joined with commas, other values as JSON writes them.
    private static Dictionary<string, string?> TemplateFields(JsonObject body) =>
        body.ToDictionary(
            p => p.Key,
            p => p.Value switch
            {
                null => null,
                JsonArray items => string.Join(',', items.Select(i => i?.GetValueKind() == System.Text.Json.JsonValueKind.String ? i.GetValue<string>() : i?.ToJsonString())),
                JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
                var other => other.ToJsonString(),
            },
            StringComparer.Ordinal);

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<JsonObject> TypedResultsJson(JsonObject json) => TypedResults.Ok(json);

    private static RequestValues Values(HttpContext context) =>
        new(context.Request.Query.Where(q => q.Key is "template" or "range" or "from" or "to").ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal));

    // No script, no forms, no navigation, not indexed, not cached, no referrer: the view shows the workspace's chosen content and nothing else.
    private static void Headers(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex, nofollow\"><title>{System.Net.WebUtility.HtmlEncode(title)}</title>"
        + "<style>body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2430}main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem;background:#fff}table{margin:.5rem 0}</style></head>"
        + $"<body>{body}</body></html>";
}
