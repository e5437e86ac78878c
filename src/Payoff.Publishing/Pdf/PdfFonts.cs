using SkiaSharp;

namespace Payoff.Publishing.Pdf;

/// <summary>
/// The fonts every PDF embeds: DejaVu Sans and DejaVu Sans Bold, shipped inside the assembly (Fonts/LICENSE.txt), so a
/// report looks the same on every machine and needs no installed font. ScottPlot draws charts with the same typefaces.
/// </summary>
internal static class PdfFonts
{
    /// <summary>The family name charts ask ScottPlot for.</summary>
    public const string Family = "Payoff Sans";

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("DejaVuSans.ttf"));

    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("DejaVuSans-Bold.ttf"));

    private static readonly Lazy<bool> Registered = new(() =>
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new Resolver());
        return true;
    });

    /// <summary>DejaVu Sans.</summary>
    public static SKTypeface Regular => LazyRegular.Value;

    /// <summary>DejaVu Sans Bold.</summary>
    public static SKTypeface Bold => LazyBold.Value;

    /// <summary>Makes ScottPlot resolve <see cref="Family"/> to these typefaces (once per process).</summary>
    public static void RegisterWithCharts() => _ = Registered.Value;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"Payoff.Publishing.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded in Payoff.Publishing.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The embedded font {file} could not be read.");
    }

    private sealed class Resolver : ScottPlot.IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => fontName == Family ? (bold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
            fontName == Family ? ((int)weight >= (int)ScottPlot.FontWeight.SemiBold ? Bold : Regular) : null;
    }
}
