using QRCoder;

namespace Payoff.Web.Links;

/// <summary>QR codes of short links, drawn by QRCoder (error correction M: readable with 15 % damaged).</summary>
public static class QrCodes
{
    /// <summary>A PNG of <paramref name="text"/>.</summary>
    public static byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(10);
    }

    /// <summary>An SVG of <paramref name="text"/>.</summary>
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10);
    }
}
