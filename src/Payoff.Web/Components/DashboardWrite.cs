using Microsoft.AspNetCore.Http;
using Payoff.Application.Requests;
using Payoff.Core.Access;
using Payoff.Core.Stores;

namespace Payoff.Web.Components;

/// <summary>
/// A change made from a page's form: the role is checked on the server (403 when it falls short),
/// the change runs under the store's gate and returns the problem in one sentence or null (400), and
/// the data is marked changed so cached figures are recomputed for the page shown next.
/// </summary>
public static class DashboardWrite
{
    /// <summary>
    /// Applies <paramref name="change"/> in a store session of its own when the user's role is at least
    /// <paramref name="needed"/>; the message to show and whether it failed. A <see cref="RequestException"/>
    /// or <see cref="StoreException"/> from the change is its problem (400).
    /// </summary>
    public static Task<(string Message, bool Failed)> ApplyAsync(HttpContext context, IStore store, DashboardScope scope, Role needed, Func<IStoreSession, Task<string?>> change, string done)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        return ApplyAsync(context, store, scope, needed, async () =>
        {
            await using var session = await store.OpenSessionAsync(context.RequestAborted).ConfigureAwait(false);
            return await change(session).ConfigureAwait(false);
        }, done);
    }

    /// <summary>
    /// Applies <paramref name="change"/> — an application handler's call that opens its own store session — when the
    /// user's role is at least <paramref name="needed"/>; the message to show and whether it failed, as above.
    /// </summary>
    public static async Task<(string Message, bool Failed)> ApplyAsync(HttpContext context, IStore store, DashboardScope scope, Role needed, Func<Task<string?>> change, string done)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(change);
        if (scope.Role < needed)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return ($"Your role in this workspace ({AccessLabels.Label(scope.Role)}) cannot change this.", true);
        }

        string? problem;
        try
        {
            problem = await change().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestException or StoreException)
        {
            problem = ex.Message;
        }

        store.Changed();
        if (problem is not null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return (problem ?? done, problem is not null);
    }
}
