using System.Security.Cryptography;
using System.Text;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Publishing;

/// <summary>
/// What a share link shows: a template's live view, or one dashboard page's view (a page name of <see cref="SharePages"/>),
/// over a period given as a rolling range (<see cref="Range"/>, evaluated on the day it is opened) or fixed days.
/// </summary>
/// <param name="Template">The template shown, or null for a page.</param>
/// <param name="Page">The page shown (<c>overview</c>, <c>roi</c>, …), or null for a template.</param>
/// <param name="Range">A rolling period, or null when <paramref name="Days"/> are fixed.</param>
/// <param name="Days">Fixed days, or null with a rolling <paramref name="Range"/>.</param>
/// <param name="ExpiresAt">When it stops working (UTC).</param>
/// <param name="Label">A note for the people who manage it ("for Kawa Bar's owner"), or null.</param>
public sealed record ShareSpec(string? Template, string? Page, ReportRange? Range, DateRange? Days, DateTimeOffset ExpiresAt, string? Label)
{
    /// <summary>The longest a link lives: 366 days.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>The days shown when opened on <paramref name="today"/>.</summary>
    public DateRange DaysOn(DateOnly today) => Days ?? ReportRanges.Days(Range ?? ReportRange.LastMonth, today);
}

/// <summary>The dashboard pages a share link can show, each as the report sections it is made of.</summary>
public static class SharePages
{
    /// <summary>Each page name with its sections.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ReportSection>> Sections { get; } = new Dictionary<string, IReadOnlyList<ReportSection>>(StringComparer.Ordinal)
    {
        ["overview"] = [ReportSection.Headline, ReportSection.NextActions, ReportSection.Sources, ReportSection.Goals],
        ["sources"] = [ReportSection.Sources, ReportSection.Benchmark],
        ["roi"] = [ReportSection.Roi, ReportSection.Verdict],
        ["goals"] = [ReportSection.Goals],
        ["attribution"] = [ReportSection.Attribution],
        ["content"] = [ReportSection.Content],
        ["conversations"] = [ReportSection.Conversations],
        ["advocates"] = [ReportSection.Advocates],
    };
}

/// <summary>A stored share link. Its token is never stored: only its SHA-256 (<see cref="ShareTokens.Hash"/>).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Spec">What it shows and until when.</param>
/// <param name="CreatedBy">Who made it (the user's e-mail, or <c>cli</c>).</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="RevokedAt">When it was revoked (UTC), else null.</param>
/// <param name="LastUsedAt">When it was last opened (UTC), else null.</param>
/// <param name="Opens">How many times it was opened.</param>
public sealed record ShareLink(long Id, ShareSpec Spec, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, long Opens)
{
    /// <summary>True when it opens at <paramref name="now"/>: not revoked, not expired.</summary>
    public bool IsLive(DateTimeOffset now) => RevokedAt is null && now < Spec.ExpiresAt;
}

/// <summary>Share tokens: 256 random bits as URL-safe base64 (43 characters), stored only as their SHA-256.</summary>
public static class ShareTokens
{
    /// <summary>The token's random bits: 256 (the issue asks for at least 128).</summary>
    public const int Bits = 256;

    /// <summary>A new token from the operating system's cryptographic random generator.</summary>
    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(Bits / 8));

    /// <summary>The stored form of <paramref name="token"/>: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when <paramref name="token"/> has a token's shape (43 URL-safe base64 characters), checked before any lookup.</summary>
    public static bool IsWellFormed(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
