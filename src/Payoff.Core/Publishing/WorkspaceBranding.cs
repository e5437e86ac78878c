namespace Payoff.Core.Publishing;

/// <summary>
/// A workspace's white-label settings, used by its PDFs, e-mails and shared views: an agency's logo, colours, name,
/// contact and footer line, and whether Payoff's own name is left out.
/// </summary>
/// <param name="AgencyName">The name printed as the report's sender (untrusted text, 0–100 characters); null for none.</param>
/// <param name="Contact">A contact line (an e-mail address, a phone, a site; 0–200 characters); null for none.</param>
/// <param name="Footer">A footer line on every page (0–200 characters); null for none.</param>
/// <param name="PrimaryColor">Headings and chart colour as <c>#RRGGBB</c>; null for Payoff's.</param>
/// <param name="AccentColor">Rules and the second chart series as <c>#RRGGBB</c>; null for Payoff's.</param>
/// <param name="Logo">A PNG or JPEG of at most <see cref="MaxLogoBytes"/> bytes; null for none.</param>
/// <param name="HidePayoff">True to leave out "Made with Payoff" and every other mention of Payoff.</param>
public sealed record WorkspaceBranding(string? AgencyName, string? Contact, string? Footer, string? PrimaryColor, string? AccentColor, byte[]? Logo, bool HidePayoff)
{
    /// <summary>The largest logo: 512 KiB.</summary>
    public const int MaxLogoBytes = 512 * 1024;

    /// <summary>No branding: Payoff's colours and name.</summary>
    public static WorkspaceBranding None { get; } = new(null, null, null, null, null, null, false);

    /// <summary>Payoff's heading colour.</summary>
    public const string DefaultPrimary = "#1F4E79";

    /// <summary>Payoff's accent colour.</summary>
    public const string DefaultAccent = "#E07B39";

    /// <summary>The heading colour in effect.</summary>
    public string Primary => PrimaryColor ?? DefaultPrimary;

    /// <summary>
    /// The display name e-mails are sent under: the agency's name; else the workspace's name when Payoff is not to be named;
    /// else "Payoff". The address is the server's <c>PAYOFF_SMTP_FROM</c> either way.
    /// </summary>
    public string SenderName(string workspaceName) => AgencyName ?? (HidePayoff ? workspaceName : "Payoff");

    /// <summary>The accent colour in effect.</summary>
    public string Accent => AccentColor ?? DefaultAccent;

    /// <summary>The logo's media type (<c>image/png</c>, <c>image/jpeg</c>) from its first bytes, or null without a logo.</summary>
    public string? LogoType => Logo is null ? null : ImageType(Logo);

    /// <summary>What is wrong (naming the field: <c>agency</c>, <c>contact</c>, <c>footer</c>, <c>primary</c>, <c>accent</c>, <c>logo</c>), or null.</summary>
    public string? Problem()
    {
        if (Line(AgencyName, 100) is false)
        {
            return "agency: the agency's name is 1–100 characters on one line.";
        }

        if (Line(Contact, 200) is false)
        {
            return "contact: the contact line is 1–200 characters on one line.";
        }

        if (Line(Footer, 200) is false)
        {
            return "footer: the footer line is 1–200 characters on one line.";
        }

        if (PrimaryColor is not null && !IsColor(PrimaryColor))
        {
            return $"primary: '{PrimaryColor}' is not a colour; use #RRGGBB (#1F4E79).";
        }

        if (AccentColor is not null && !IsColor(AccentColor))
        {
            return $"accent: '{AccentColor}' is not a colour; use #RRGGBB (#E07B39).";
        }

        if (Logo is not null && (Logo.Length > MaxLogoBytes || ImageType(Logo) is null))
        {
            return $"logo: the logo must be a PNG or JPEG file of at most {MaxLogoBytes / 1024} KiB.";
        }

        return null;
    }

    /// <summary>True for <c>#RRGGBB</c>.</summary>
    public static bool IsColor(string text) => text.Length == 7 && text[0] == '#' && text[1..].All(char.IsAsciiHexDigit);

    /// <summary><c>image/png</c> or <c>image/jpeg</c> from the file's signature, or null for anything else.</summary>
    public static string? ImageType(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : null;

    private static bool? Line(string? text, int max) => text is null ? null : text.Length > 0 && text.Length <= max && !text.Any(char.IsControl);
}
