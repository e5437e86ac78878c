namespace Payoff.Core.Tracking;

/// <summary>
/// The campaign tags of one hit, read from the <c>utm_*</c> query parameters of its URL.
/// </summary>
/// <remarks>
/// Values are as given after trimming, percent-decoding and reading <c>+</c> as a space; an empty
/// value is <see langword="null"/>. Channel and grouping rules compare them case-insensitively, but
/// they are stored and shown exactly as the link carried them.
/// </remarks>
public sealed record UtmTags
{
    /// <summary>No tags at all.</summary>
    public static readonly UtmTags None = new();

    /// <summary><c>utm_source</c>: where the visit came from (<c>facebook</c>, <c>newsletter</c>).</summary>
    public string? Source { get; init; }

    /// <summary><c>utm_medium</c>: the kind of traffic (<c>social</c>, <c>cpc</c>, <c>email</c>).</summary>
    public string? Medium { get; init; }

    /// <summary><c>utm_campaign</c>: the campaign name.</summary>
    public string? Campaign { get; init; }

    /// <summary><c>utm_content</c>: the ad, post or link variant.</summary>
    public string? Content { get; init; }

    /// <summary><c>utm_term</c>: the paid keyword.</summary>
    public string? Term { get; init; }

    /// <summary><c>utm_id</c>: the campaign id.</summary>
    public string? Id { get; init; }

    /// <summary><c>utm_source_platform</c>: the platform that bought the traffic.</summary>
    public string? SourcePlatform { get; init; }

    /// <summary><c>utm_creative_format</c>.</summary>
    public string? CreativeFormat { get; init; }

    /// <summary><c>utm_marketing_tactic</c>.</summary>
    public string? MarketingTactic { get; init; }

    /// <summary>True when neither a source nor a medium is tagged.</summary>
    public bool IsUntagged => Source is null && Medium is null;
}
