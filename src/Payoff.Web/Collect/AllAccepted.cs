using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Payoff.Web.Collect;

/// <summary>
/// The 202 answer when every event was accepted without a warning — the common case — written as
/// prepared bytes: the same JSON as <see cref="CollectResponse"/> with no results.
/// </summary>
internal sealed class AllAccepted : IResult
{
    private static readonly AllAccepted One = new(1);
    private readonly byte[] body;

    private AllAccepted(int accepted) =>
        body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$"""{"accepted":{{accepted}},"rejected":0,"results":[]}"""));

    /// <summary>The answer for <paramref name="accepted"/> events.</summary>
    public static AllAccepted Of(int accepted) => accepted == 1 ? One : new AllAccepted(accepted);

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status202Accepted;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}
