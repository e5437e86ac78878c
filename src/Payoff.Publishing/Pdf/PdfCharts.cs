using SkiaSharp;

namespace Payoff.Publishing.Pdf;

/// <summary>
/// Draws a <see cref="Application.Publishing.ChartBlock"/> with ScottPlot straight onto the PDF page's canvas, so lines,
/// bars, axes and labels are vector paths and text (no bitmap). The plot is laid out once off the page first: ScottPlot
/// draws twice on a first render to settle its margins, which would put every label on the page twice.
/// </summary>
internal static class PdfCharts
{
    private const float Height = 190f;

    public static void Draw(PdfCanvas layout, PdfStyle style, Application.Publishing.ChartBlock chart)
    {
        layout.Ensure(Height + 10);
        var y = layout.Y;
        var width = layout.ContentWidth;
        layout.Draw(c =>
        {
            var plot = Plot(style, chart);
            plot.RenderInMemory((int)width, (int)Height);
            c.Save();
            c.Translate(PdfCanvas.Margin, y);
            plot.Render(c, (int)width, (int)Height);
            c.Restore();
        });
        layout.Y += Height + 10;
    }

    internal static ScottPlot.Plot Plot(PdfStyle style, Application.Publishing.ChartBlock chart)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set(PdfFonts.Family);
        plot.Title(chart.Title, 10);
        plot.Axes.Title.Label.FontName = PdfFonts.Family;
        var colours = style.Series;
        var n = chart.Labels.Count;
        if (chart.Shape == Application.Publishing.ChartShape.Line)
        {
            var xs = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = chart.Series[s];
                var line = plot.Add.ScatterLine(xs, [.. series.Values.Select(v => v ?? double.NaN)], Colour(colours[s % colours.Count]));
                line.LegendText = series.Name;
                line.LineWidth = 1.5f;
            }

            var step = Math.Max(1, (int)Math.Ceiling(n / 10.0));
            var ticks = Enumerable.Range(0, n).Where(i => i % step == 0).ToArray();
            plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => chart.Labels[i])]);
        }
        else
        {
            var groups = chart.Series.Count;
            var width = 0.8 / Math.Max(1, groups);
            for (var s = 0; s < groups; s++)
            {
                var series = chart.Series[s];
                var bars = series.Values.Select((v, i) => new ScottPlot.Bar
                {
                    Position = i - 0.4 + (width * (s + 0.5)),
                    Value = v ?? 0,
                    Size = width * 0.95,
                    FillColor = Colour(colours[s % colours.Count]),
                    LineWidth = 0,
                }).ToArray();
                var plotted = plot.Add.Bars(bars);
                plotted.LegendText = series.Name;
                plotted.Color = Colour(colours[s % colours.Count]);
            }

            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)i)], [.. chart.Labels]);
            plot.Axes.Margins(bottom: 0);
        }

        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        plot.Legend.FontName = PdfFonts.Family;
        plot.Legend.FontSize = 8;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 7;
        plot.Axes.Left.TickLabelStyle.FontSize = 7;
        plot.Axes.Bottom.TickLabelStyle.FontName = PdfFonts.Family;
        plot.Axes.Left.TickLabelStyle.FontName = PdfFonts.Family;
        return plot;
    }

    private static ScottPlot.Color Colour(SKColor colour) => new(colour.Red, colour.Green, colour.Blue);
}
