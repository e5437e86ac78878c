namespace Payoff.Application.Requests;

/// <summary>
/// A request a person got wrong: the message says what was wrong with which field and how to put it right.
/// The CLI prints it (exit code 2), the API answers 400 with it, a page shows it above the form.
/// </summary>
public sealed class RequestException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/> (the request's field name, e.g. <c>from</c>).</summary>
    public RequestException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>Creates the exception with no field.</summary>
    public RequestException()
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with no field.</summary>
    public RequestException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with no field and its cause.</summary>
    public RequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>
    /// True when the request names a thing that does not exist (an experiment, a goal by its name in a URL's path): the
    /// API answers 404 rather than 400; the CLI and pages treat it as any other wrong request.
    /// </summary>
    public bool IsNotFound { get; init; }

    /// <summary>The request field at fault (<c>from</c>, <c>by</c>, …; the CLI's option is <c>--</c> and this name), or empty.</summary>
    public string Field { get; }
}
