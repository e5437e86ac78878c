using Payoff.Core.Publishing;
using SkiaSharp;

namespace Payoff.Publishing.Pdf;

/// <summary>The colours of one PDF: the workspace's white-label primary and accent colours, and Payoff's greys.</summary>
internal sealed class PdfStyle(WorkspaceBranding branding)
{
    public static readonly SKColor Text = new(0x22, 0x22, 0x22);

    public static readonly SKColor Grey = new(0x66, 0x66, 0x66);

    public static readonly SKColor Rule = new(0xCC, 0xCC, 0xCC);

    public static readonly SKColor Band = new(0xF0, 0xF2, 0xF5);

    public SKColor Primary { get; } = PdfCanvas.Color(branding.Primary);

    public SKColor Accent { get; } = PdfCanvas.Color(branding.Accent);

    /// <summary>The series colours of charts: primary, accent, then fixed ones.</summary>
    public IReadOnlyList<SKColor> Series => [Primary, Accent, new(0x2E, 0x8B, 0x57), new(0x8E, 0x44, 0xAD), new(0x7F, 0x8C, 0x8D)];

    public static SKPaint Paint(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
}
