using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Payoff.Web.Hosting;

/// <summary>
/// Answers an API request whose body an endpoint could not bind (invalid JSON, a value of the wrong type, no body, a
/// content type other than JSON) with a problem that says what was wrong, instead of the empty 400 (or 415) the
/// framework answers by itself. Endpoint binding throws (<c>RouteHandlerOptions.ThrowOnBadRequest</c>, set in
/// <see cref="SecuritySetup"/>) and this middleware turns the exception into the answer (a wrong content type, refused
/// with an empty 415 and no exception, is answered likewise); other paths (forms posted by
/// pages) keep the framework's answer: the status code alone.
/// </summary>
public sealed class BodyErrors(RequestDelegate next)
{
    /// <summary>Runs the rest of the pipeline, answering a binding failure of an <c>/api</c> request as a problem.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
            // A body of another content type is refused with 415 without an exception.
            if (context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !context.Response.HasStarted && context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem($"The request's content type is {context.Request.ContentType ?? "missing"}: send the body as JSON with the header Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(context);
            }
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(Sentence(ex, context.Request.ContentLength == 0), statusCode: ex.StatusCode).ExecuteAsync(context);
            }
            else
            {
                context.Response.StatusCode = ex.StatusCode;
            }
        }
    }

    /// <summary>
    /// The sentence of a binding failure: the JSON reader's position for invalid JSON, what to send for an empty body
    /// (<paramref name="empty"/>) or another content type, else the framework's words.
    /// </summary>
    public static string Sentence(BadHttpRequestException exception, bool empty)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException is JsonException json
            ? $"The request body is not valid JSON for this endpoint{Where(json)}: {First(json.Message)} {Send}"
            : exception.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? $"{exception.Message.TrimEnd('.')}: send the body as JSON with the header Content-Type: application/json."
                : empty ? $"The request has no body. {Send}" : exception.Message;
    }

    private const string Send = "Send a JSON object with the fields the API reference (/api/docs) lists.";

    private static string Where(JsonException json) =>
        json.LineNumber is { } line && json.BytePositionInLine is { } column
            ? FormattableString.Invariant($" (line {line + 1}, byte {column + 1}{(string.IsNullOrEmpty(json.Path) || json.Path == "$" ? string.Empty : $", at {json.Path}")})")
            : string.Empty;

    /// <summary>The reader's message without its own position suffix ("… Path: $ | LineNumber: 0 | BytePositionInLine: 1."), which <see cref="Where"/> gives in words.</summary>
    private static string First(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var text = cut < 0 ? message : message[..cut];
        return text.EndsWith('.') ? text : text + ".";
    }
}
