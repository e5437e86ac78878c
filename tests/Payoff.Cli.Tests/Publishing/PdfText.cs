using UglyToad.PdfPig;

namespace Payoff.Cli.Tests.Publishing;

/// <summary>A PDF read back with PdfPig: each page's words (as a reader copies them), its text and its fonts.</summary>
public sealed class PdfText
{
    public PdfText(byte[] bytes)
    {
        Bytes = bytes;
        using var pdf = PdfDocument.Open(bytes);
        Creator = pdf.Information.Creator;
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Pages.Add(words);
            Lines.Add(string.Join(' ', words));
            Fonts.UnionWith(page.Letters.Select(l => l.FontName ?? string.Empty));
            Images += page.GetImages().Count();
        }
    }

    public byte[] Bytes { get; }

    public string? Creator { get; }

    /// <summary>Each page's words.</summary>
    public List<List<string>> Pages { get; } = [];

    /// <summary>Each page's words joined by spaces.</summary>
    public List<string> Lines { get; } = [];

    public HashSet<string> Fonts { get; } = [];

    public int Images { get; private set; }

    /// <summary>Every page's words together.</summary>
    public string All => string.Join(' ', Lines);

    public HashSet<string> Words => [.. Pages.SelectMany(p => p)];

    public static PdfText Read(string file) => new(File.ReadAllBytes(file));
}
