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
public sealed partial class BodyErrors(RequestDelegate next)
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
            ? $"The request body is not valid JSON for this endpoint{Where(json)}: {Plain(First(json.Message), json.Path)} {Send}"
            : exception.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? $"{exception.Message.TrimEnd('.')}: send the body as JSON with the header Content-Type: application/json."
                : empty ? $"The request has no body. {Send}"
                : exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase) ? $"The request body is null. {Send}"
                : exception.Message;
    }

    // "The JSON value could not be converted to System.Collections.Generic.IReadOnlyList`1[Payoff.Web.…]." names .NET
    // types a caller cannot know: said instead as the JSON kind that was expected.
    // The reader names the object being built when a constructor parameter fails, so a type that is not .NET's own is
    // "an object" only where the path ends at an object ($, or a list item); at a named field it is just the wrong type.
    private static string Plain(string message, string? path) =>
        Unmapped().Replace(ConvertedTo().Replace(message, m => Kind(m.Groups[1].Value, path) is { } kind ? $"has the wrong type: expected {kind}." : "has the wrong type for this field."), m => $"'{Clip(m.Groups[1].Value)}' is not a field this endpoint reads.");

    private static string Clip(string name) => name.Length > 60 ? string.Concat(name.AsSpan(0, 59), "…") : name;

    // A field the endpoint refuses (a misspelling): "The JSON property 'x' could not be mapped to any .NET member contained in type '…'."
    [System.Text.RegularExpressions.GeneratedRegex(@"The JSON property '(.*?)' could not be mapped to any \.NET member contained in type '[^']*'\.?")]
    private static partial System.Text.RegularExpressions.Regex Unmapped();

    private static string? Kind(string type, string? path) =>
        type.Contains("List`", StringComparison.Ordinal) || type.Contains("Enumerable`", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) ? "a list ([…])"
        : type is "System.String" ? "a string (\"…\")"
        : type is "System.Boolean" ? "true or false"
        : type.StartsWith("System.Int", StringComparison.Ordinal) || type is "System.Decimal" or "System.Double" or "System.Single" or "System.Int64" ? "a number"
        : type.StartsWith("System.Date", StringComparison.Ordinal) ? "a date (\"2026-03-01\")"
        : type.StartsWith("System.", StringComparison.Ordinal) ? "another kind of value"
        : string.IsNullOrEmpty(path) || path == "$" || path.EndsWith(']') ? "an object ({…})"
        : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"could not be converted to ([^ ]+?)\.?$")]
    private static partial System.Text.RegularExpressions.Regex ConvertedTo();

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
