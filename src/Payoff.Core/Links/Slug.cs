using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Payoff.Core.Links;

/// <summary>The short name of a tracked link in <c>/l/{slug}</c>.</summary>
public static partial class Slug
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Whether <paramref name="slug"/> is 1–64 letters, digits, <c>-</c> or <c>_</c>, starting with a letter or digit.</summary>
    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    /// <summary>A random 8-character slug without look-alike characters (about 46 bits).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 8);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
