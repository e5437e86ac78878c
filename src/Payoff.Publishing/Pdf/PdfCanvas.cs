using SkiaSharp;

namespace Payoff.Publishing.Pdf;

/// <summary>
/// The page layout of one PDF: content flows down pages between the header and the footer; each page is kept as drawing
/// steps, so the header and footer — which say "page N of M" — are drawn once the number of pages is known.
/// </summary>
internal sealed class PdfCanvas
{
    private readonly List<List<Action<SKCanvas>>> _pages = [];

    public PdfCanvas(float width, float height)
    {
        Width = width;
        Height = height;
        NewPage();
    }

    public float Width { get; }

    public float Height { get; }

    /// <summary>The side margins in points (15 mm).</summary>
    public static float Margin => 42.5f;

    /// <summary>Where content starts on a page, under the header band.</summary>
    public static float Top => 78f;

    /// <summary>Where content ends, above the footer band.</summary>
    public float Bottom => Height - 52f;

    /// <summary>The width content may take.</summary>
    public float ContentWidth => Width - (2 * Margin);

    /// <summary>The vertical position of the next content.</summary>
    public float Y { get; set; }

    public int PageCount => _pages.Count;

    public IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Pages => _pages;

    /// <summary>Starts a new page.</summary>
    public void NewPage()
    {
        _pages.Add([]);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one (a block taller than a page starts one anyway).</summary>
    public bool Ensure(float height)
    {
        if (Y + height <= Bottom || Y == Top)
        {
            return false;
        }

        NewPage();
        return true;
    }

    /// <summary>Adds a drawing step to the current page.</summary>
    public void Draw(Action<SKCanvas> step) => _pages[^1].Add(step);

    /// <summary>Lines of at most <paramref name="width"/> points, broken at spaces (a word wider than the line is broken by characters).</summary>
    public static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && font.MeasureText(line) > width)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && font.MeasureText(line[..fit]) > width)
                    {
                        fit--;
                    }

                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A colour from <c>#RRGGBB</c>.</summary>
    public static SKColor Color(string hex) => SKColor.Parse(hex);
}
