using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Goals;
using Payoff.Application.Importing;
using Payoff.Application.Links;
using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Stores;
using Payoff.Import;
using Payoff.Core.Links;
using Payoff.Web.Goals;
using Payoff.Web.Hosting;
using Payoff.Web.Uploading;

namespace Payoff.Web.Components;

/// <summary>
/// The dashboard's own endpoints behind its pages, signed in by cookie and checked against the
/// workspace like the pages: the live previews of the link builder and the goal form (read-only),
/// and the upload of files to check before importing (anti-forgery token in a header, since the
/// multipart body is streamed to disk and never read as a form).
/// </summary>
public static class DashboardActions
{
    /// <summary>The header the dashboard's script sends the anti-forgery token in.</summary>
    public const string TokenHeader = "RequestVerificationToken";

    private static readonly string[] GoalFields = ["name", "metric", "network", "campaign", "target", "target-percent", "baseline", "start", "deadline"];

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDashboardActions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/links/preview", async (HttpContext context, IStore store, WebOptions options, CancellationToken cancellationToken) =>
                {
                    await using var session = await store.OpenSessionAsync(cancellationToken);
                    if (await DashboardScope.OfAsync(session, context, options.Time) is not { } scope)
                    {
                        return Results.NotFound();
                    }

                    var plan = await CreateLinkHandler.PlanAsync(session, scope.Workspace, LinkRequestOf(context.Request.Query), cancellationToken);

                    // A random short name is drawn again when the link is created, so the preview shows none rather
                    // than one the created link will not get (issue 15, QA point 2).
                    var chosen = !string.IsNullOrWhiteSpace(context.Request.Query["slug"]);
                    return Results.Json(new
                    {
                        error = plan.Error,
                        tagged_url = plan.Error is null ? TaggedUrl.Build(plan.Destination!, plan.Tags!) : null,
                        short_url = plan.Error is null ? $"{options.PublicBase}/l/{(chosen ? plan.Slug : "…")}" : null,
                        short_note = plan.Error is null && !chosen ? "A random short name is picked when you create the link; type one under Short name to choose it." : null,
                        warnings = plan.Warnings,
                    });
                })
            .RequireAuthorization().ExcludeFromDescription();

        app.MapGet("/goals/check", async (HttpContext context, IStore store, GoalsHandler goals, CancellationToken cancellationToken) =>
                {
                    if (await WorkspaceAsync(context, store, cancellationToken) is not { } workspace)
                    {
                        return Results.NotFound();
                    }

                    try
                    {
                        var values = GoalValuesOf(context.Request.Query);
                        var check = await goals.PreviewAsync(workspace, GoalInput.Parse(values), values, cancellationToken);
                        return Results.Json(new { check.Specific, check.Measurable, check.Achievable, check.Realistic, time_bound = check.TimeBound, check.Reasons });
                    }
                    catch (RequestException ex)
                    {
                        return Results.Json(new { error = ex.Message });
                    }
                })
            .RequireAuthorization().ExcludeFromDescription();

        // The goal form's pre-filled baseline for the metric, network, campaign and days chosen (Goals/GoalSuggestion).
        app.MapGet("/goals/baseline", async (HttpContext context, IStore store, GoalsHandler goals, TimeProvider time, CancellationToken cancellationToken) =>
                {
                    if (await WorkspaceAsync(context, store, cancellationToken) is not { } workspace)
                    {
                        return Results.NotFound();
                    }

                    var values = GoalValuesOf(context.Request.Query);
                    var suggestion = await GoalSuggestion.OfAsync(goals, workspace, new GoalRequest { Metric = values.Get("metric"), Network = values.Get("network"), Campaign = values.Get("campaign"), Start = Date(values.Get("start")), Deadline = Date(values.Get("deadline")) }, time, cancellationToken);
                    return Results.Json(new { start = DashboardScope.Day(suggestion.Start), deadline = DashboardScope.Day(suggestion.Deadline), baseline = suggestion.BaselineText, key = GoalSuggestion.Key(values.Get("metric"), values.Get("network"), values.Get("campaign"), values.Get("start") ?? DashboardScope.Day(suggestion.Start)), error = suggestion.Problem });
                })
            .RequireAuthorization().ExcludeFromDescription();

        app.MapPost("/imports/check", CheckUploadAsync).RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    // The workspace of the query's w the user is a member of, read in a session closed before the handler opens its own.
    private static async Task<Core.Workspaces.Workspace?> WorkspaceAsync(HttpContext context, IStore store, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return (await DashboardWorkspace.ResolveAsync(session, context.User, context.Request.Query["w"].FirstOrDefault(), cancellationToken))?.Workspace;
    }

    /// <summary>A link request from the builder's fields.</summary>
    public static LinkRequest LinkRequestOf(IQueryCollection q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return LinkInput.Parse(RequestProblems.Values(q));
    }

    /// <summary>The goal form's fields as request values (<see cref="GoalInput"/> reads them, as it does the form's post).</summary>
    public static RequestValues GoalValuesOf(IQueryCollection q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new RequestValues(GoalFields.ToDictionary(f => f, f => (string?)q[f].ToString()));
    }

    /// <summary>A decimal typed in a form (invariant: 1234.5), or null.</summary>
    public static decimal? Amount(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A yyyy-MM-dd day typed in a form, or null.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static async Task<IResult> CheckUploadAsync(HttpContext context, IStore store, ImportFileHandler importer, WebOptions options, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!context.Request.Headers.ContainsKey(TokenHeader) || !await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("The upload's anti-forgery token is missing or wrong: upload from the dashboard's imports page.");
        }

        DashboardScope? scope;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            scope = await DashboardScope.OfAsync(session, context, options.Time);
        }

        if (scope is null)
        {
            return Results.NotFound();
        }

        if (!scope.CanEdit)
        {
            return Results.Problem("Your role in this workspace cannot import files.", statusCode: StatusCodes.Status403Forbidden);
        }

        PendingImports.Sweep(options);
        var (token, folder) = PendingImports.Create(options);
        Uploads uploads;
        try
        {
            uploads = await Uploads.SaveAsync(context.Request, options, cancellationToken, folder);
        }
        catch (BadHttpRequestException ex)
        {
            PendingImports.Remove(options, token);
            return Results.Problem(ex.Message, statusCode: ex.StatusCode);
        }

        using (uploads)
        {
            uploads.Keep = true;
            var workspaceId = scope.Workspace.Id;
            var (results, _) = await ImportEndpoints.ImportFilesAsync(importer, scope.Workspace, uploads.Files, null, new ImportOptions { DryRun = true, SkipInvalidAdvice = PageWords.SkipInvalidAdvice }, cancellationToken);
            PendingImports.Save(folder, new PendingCheck(workspaceId, UserId(context.User), options.Time.GetUtcNow(), results));
        }

        return Results.Redirect(scope.Link("/imports", ("check", token)));
    }

    /// <summary>The signed-in user's id.</summary>
    public static long UserId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
