using Microsoft.AspNetCore.Http;
using Payoff.Core.Access;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Components;

/// <summary>
/// A change made from a page's form: the role is checked on the server (403 when it falls short),
/// the change runs under the store's gate and returns the problem in one sentence or null (400), and
/// the data is marked changed so cached figures are recomputed for the page shown next.
/// </summary>
public static class DashboardWrite
{
    /// <summary>Applies <paramref name="change"/> when the user's role is at least <paramref name="needed"/>; the message to show and whether it failed.</summary>
    public static (string Message, bool Failed) Apply(HttpContext context, StoreGate gate, DashboardScope scope, Role needed, Func<DuckDbDatabase, string?> change, string done)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Role < needed)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return ($"Your role in this workspace ({scope.Role}) cannot change this.", true);
        }

        var problem = gate.Run(change);
        gate.Changed();
        if (problem is not null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return (problem ?? done, problem is not null);
    }
}
