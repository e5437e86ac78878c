using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Overview;
using Payoff.Application.Roi;
using Payoff.Web.Access;
using Payoff.Web.Components.Charts;
using Payoff.Web.Content;
using Payoff.Web.Sources;

namespace Payoff.Web.Components;

/// <summary>The dashboard: its Razor pages (server-rendered), its style sheet and sign-out.</summary>
public static class DashboardEndpoints
{
    /// <summary>Maps the pages, <c>/app.css</c> and <c>/dashboard.js</c> (see <see cref="DashboardAssets"/>) and <c>POST /logout</c> (authenticated by the sign-in cookie, so its anti-forgery token, issued to the signed-in user, validates; it ends every session of the account, see <see cref="SessionStamps"/>).</summary>
    public static IEndpointRouteBuilder MapDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        DashboardAssets.StyleSheet.Map(app);
        DashboardAssets.Script.Map(app);
        app.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest("The sign-out form's anti-forgery token is missing or wrong.");
                }

                await context.RequestServices.GetRequiredService<SessionStamps>().SignOutEverywhereAsync(context);
                return Results.Redirect("/login");
            })
            .DisableAntiforgery()
            .RequireAuthorization()
            .ExcludeFromDescription();
        app.MapChartAssets();
        app.MapSourcesExport();
        app.MapPageExport<OverviewHandler, Overview.OverviewModel>("overview", (handler, scope, ct) => Overview.OverviewModel.BuildAsync(scope, handler, app.Services.GetRequiredService<DashboardCache>(), ct), m => m.Tables);
        app.MapPageExport<RoiHandler, Roi.RoiModel>("roi", (handler, scope, ct) => Roi.RoiModel.BuildAsync(scope, handler, ct), m => m.Tables);
        app.MapContentExport();
        app.MapDashboardExports();
        app.MapDashboardActions();
        app.MapRazorComponents<App>();
        return app;
    }
}
