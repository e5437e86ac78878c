using Microsoft.AspNetCore.Http;
using Payoff.Application.Requests;

namespace Payoff.Web.Hosting;

/// <summary>
/// How the web hands a request to the application layer and its refusal back: the query string as
/// <see cref="RequestValues"/> (fields spelt as in the URL), and a <see cref="RequestException"/> as a
/// 400 problem carrying its sentence.
/// </summary>
public static class RequestProblems
{
    /// <summary>The query string's values by key, for a request type's <c>Parse</c>.</summary>
    public static RequestValues Values(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new RequestValues(query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal));
    }

    /// <summary>An endpoint filter answering 400 with the message of a <see cref="RequestException"/> the endpoint threw.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (RequestException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
