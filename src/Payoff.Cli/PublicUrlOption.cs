using System.CommandLine;

namespace Payoff.Cli;

/// <summary><c>--public-url</c>: where Payoff is reachable from the internet (short links, the script tag).</summary>
public static class PublicUrlOption
{
    /// <summary>The default when neither the option nor <c>PAYOFF_PUBLIC_URL</c> is set.</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>Creates the option (recursive, for a command group).</summary>
    public static Option<string?> Create() => new("--public-url")
    {
        Description = $"The public base URL of this Payoff (env PAYOFF_PUBLIC_URL; default {Default}).",
        Recursive = true,
    };

    /// <summary>The base URL in effect, without a trailing slash.</summary>
    public static string Resolve(CliContext context, string? option)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = option ?? context.Environment.GetValueOrDefault("PAYOFF_PUBLIC_URL") ?? Default;
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? value.TrimEnd('/')
            : throw new CliException($"--public-url must be an http or https URL, not '{value}'.");
    }
}
