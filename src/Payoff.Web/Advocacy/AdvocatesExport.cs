using Microsoft.AspNetCore.Routing;
using Payoff.Application.Advocacy;
using Payoff.Application.Requests;
using Payoff.Web.Components;

namespace Payoff.Web.Advocacy;

/// <summary>
/// <c>GET /export/advocates?table=advocate-results|exchange|rewards|advocate-candidates|programs&amp;format=csv|xlsx&amp;…</c>:
/// a table of the Advocates page, from the page's own model and query string (text neutralised for spreadsheets as every
/// export). Another workspace answers 404; a bad field 400 with the page's sentence.
/// </summary>
public static class AdvocatesExport
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapAdvocatesExport(this IEndpointRouteBuilder app) =>
        app.MapPageExport<AdvocacyHandler, AdvocatesModel>(
            "advocates",
            async (handler, scope, ct) =>
            {
                var model = await AdvocatesModel.BuildAsync(scope, handler, ct);
                return model.Error is { } error ? throw new RequestException("advocates", error) : model;
            },
            m => m.Tables);
}
