namespace Payoff.Core.Links;

/// <summary>The outcome of <see cref="LinkDestination.Check"/>.</summary>
/// <param name="Url">The normalised absolute URL, when valid.</param>
/// <param name="Host">Its host in punycode, when valid.</param>
/// <param name="Error">Why it was refused, when not valid.</param>
/// <param name="Warnings">Things worth a second look that do not stop the link.</param>
public sealed record LinkCheck(string? Url, string? Host, string? Error, IReadOnlyList<string> Warnings)
{
    /// <summary>Whether the destination was accepted.</summary>
    public bool IsValid => Error is null;

    internal static LinkCheck Ok(string url, string host, IReadOnlyList<string> warnings) => new(url, host, null, warnings);

    internal static LinkCheck Fail(string error) => new(null, null, error, []);
}
