using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Payoff.Application.Requests;

namespace Payoff.Web.Hosting;

/// <summary>
/// Answers a request the application layer refused (<see cref="RequestException"/>: a bad field, a goal whose
/// deadline is before its start) with 400 — or 404 when it names a thing that does not exist
/// (<see cref="RequestException.IsNotFound"/>: an experiment's name in the path) — and the exception's sentence as the
/// problem's detail: the same sentence the CLI prints and the page shows.
/// </summary>
public static class RequestErrors
{
    /// <summary>Adds the translation to every endpoint of <paramref name="builder"/>.</summary>
    public static TBuilder AnswerRequestErrors<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (RequestException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: ex.IsNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
            }
        });
        return builder;
    }
}
