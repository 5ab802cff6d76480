using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Score.Web.Documents;

/// <summary>
/// Landscape A4 certificates, Indonesian above English. The QR code is drawn as vector squares,
/// so it stays sharp in print and costs no image decoding.
/// </summary>
internal static class CertificateLayout
{
    private static readonly XColor Ink = XColor.FromArgb(30, 45, 90);
    private static readonly XColor Gold = XColor.FromArgb(184, 140, 60);
    private static readonly XColor Grey = XColor.FromArgb(95, 100, 110);
    private static readonly Fonts SharedFonts = new();
    private static readonly ConcurrentDictionary<(string Family, double Size, XFontStyleEx Style), XFont> FontCache = new();

    public static byte[] Render(IReadOnlyList<CertificateSpec> certificates)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = certificates.Count == 1 ? certificates[0].Serial : "SCORE";
        pdf.Info.Creator = "Score";
        // Each font face embedded costs about a millisecond a document: one face only (serif; bold is simulated).
        pdf.Options.CompressContentStreams = true;
        var fonts = SharedFonts;
        using var qr = new QRCodeGenerator();
        foreach (var certificate in certificates)
        {
            var page = pdf.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            page.Orientation = PdfSharp.PageOrientation.Landscape;
            using (var gfx = XGraphics.FromPdfPage(page))
            {
                Draw(gfx, page.Width.Point, page.Height.Point, certificate, fonts);
            }
            AppendQr(page, qr, certificate.VerificationUrl, QrLeft(page.Width.Point), QrTop(page.Height.Point));
        }
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private sealed class Fonts
    {
        public readonly XFont Brand = new(DejaVuFontResolver.SerifFamily, 9, XFontStyleEx.Bold);
        public readonly XFont Title = new(DejaVuFontResolver.SerifFamily, 30, XFontStyleEx.Bold);
        public readonly XFont TitleEn = new(DejaVuFontResolver.SerifFamily, 12);
        public readonly XFont Line = new(DejaVuFontResolver.SerifFamily, 10);
        public readonly XFont LineEn = new(DejaVuFontResolver.SerifFamily, 8.5);
        public readonly XFont Module = new(DejaVuFontResolver.SerifFamily, 15, XFontStyleEx.Bold);
        public readonly XFont ModuleEn = new(DejaVuFontResolver.SerifFamily, 11);
        public readonly XFont Detail = new(DejaVuFontResolver.SerifFamily, 12);
        public readonly XFont Label = new(DejaVuFontResolver.SerifFamily, 7);
        public readonly XFont Value = new(DejaVuFontResolver.SerifFamily, 9, XFontStyleEx.Bold);
        public readonly XFont Small = new(DejaVuFontResolver.SerifFamily, 7);
        public readonly XFont Serial = new(DejaVuFontResolver.SerifFamily, 9, XFontStyleEx.Bold);
    }

    private const double QrSize = 92;

    private static double QrLeft(double width) => width - 60 - QrSize;

    private static double QrTop(double height) => height - 60 - QrSize - 10;

    private static void Draw(XGraphics gfx, double width, double height, CertificateSpec c, Fonts f)
    {
        var ink = new XSolidBrush(Ink);
        var grey = new XSolidBrush(Grey);
        gfx.DrawRectangle(new XPen(Ink, 4), 18, 18, width - 36, height - 36);
        gfx.DrawRectangle(new XPen(Gold, 1), 26, 26, width - 52, height - 52);
        gfx.DrawRectangle(new XSolidBrush(Ink), 26, 26, width - 52, 6);

        var centre = new XRect(60, 0, width - 120, 0);
        double y = 54;
        Centred(gfx, "SCORE · Sustaining Competitive and Responsible Enterprises", f.Brand, new XSolidBrush(Gold), centre, ref y, 28);
        Centred(gfx, c.Title.Id, f.Title, ink, centre, ref y, 40);
        Centred(gfx, c.Title.En, f.TitleEn, grey, centre, ref y, 34);
        Centred(gfx, c.AwardedTo.Id, f.Line, XBrushes.Black, centre, ref y, 13);
        Centred(gfx, c.AwardedTo.En, f.LineEn, grey, centre, ref y, 24);

        var nameFont = FitFont(gfx, c.HolderName, DejaVuFontResolver.SerifFamily, 28, 14, centre.Width, bold: true);
        Centred(gfx, c.HolderName, nameFont, ink, centre, ref y, nameFont.Size + 10);
        gfx.DrawLine(new XPen(Gold, 0.8), (width / 2) - 160, y, (width / 2) + 160, y);
        y += 10;
        if (!string.IsNullOrEmpty(c.HolderDetail))
        {
            Centred(gfx, c.HolderDetail, f.Detail, XBrushes.Black, centre, ref y, 30);
        }
        else
        {
            y += 6;
        }
        Centred(gfx, c.Statement.Id, f.Line, XBrushes.Black, centre, ref y, 13);
        Centred(gfx, c.Statement.En, f.LineEn, grey, centre, ref y, 24);
        var moduleFont = FitFont(gfx, c.Module.Id, DejaVuFontResolver.SerifFamily, 15, 10, centre.Width, bold: true);
        Centred(gfx, c.Module.Id, moduleFont, ink, centre, ref y, 22);
        Centred(gfx, c.Module.En, f.ModuleEn, grey, centre, ref y, 22);

        // Facts in two columns on the left, the QR code on the right.
        var factsLeft = 60.0;
        var factsTop = height - 178;
        var columnWidth = (width - 120 - QrSize - 40) / 2;
        for (var i = 0; i < c.Facts.Count; i++)
        {
            var (label, value) = c.Facts[i];
            var x = factsLeft + (i % 2 * columnWidth);
            var top = factsTop + (i / 2 * 28);
            gfx.DrawString($"{label.Id} / {label.En}", f.Label, grey, new XRect(x, top, columnWidth - 10, 9), XStringFormats.TopLeft);
            var valueFont = FitFont(gfx, value, DejaVuFontResolver.SerifFamily, 9, 6.5, columnWidth - 12, bold: true);
            gfx.DrawString(value, valueFont, XBrushes.Black, new XRect(x, top + 9, columnWidth - 10, 12), XStringFormats.TopLeft);
        }

        var signatureTop = height - 86;
        gfx.DrawLine(new XPen(Grey, 0.6), factsLeft, signatureTop, factsLeft + 200, signatureTop);
        gfx.DrawString(c.SignatoryName, f.Value, XBrushes.Black, new XRect(factsLeft, signatureTop + 3, 260, 12), XStringFormats.TopLeft);
        gfx.DrawString($"{c.SignatoryRole.Id} / {c.SignatoryRole.En}", f.Label, grey, new XRect(factsLeft, signatureTop + 15, 260, 10), XStringFormats.TopLeft);

        var serialX = factsLeft + columnWidth;
        gfx.DrawString(c.Serial, f.Serial, ink, new XRect(serialX, signatureTop + 3, columnWidth, 12), XStringFormats.TopLeft);
        gfx.DrawString($"{c.VerifyCaption.Id} / {c.VerifyCaption.En}: {c.VerificationCode}", f.Small, grey, new XRect(serialX, signatureTop + 15, columnWidth + 40, 10), XStringFormats.TopLeft);
        gfx.DrawString(c.VerificationUrl, f.Small, grey, new XRect(serialX, signatureTop + 25, columnWidth + 60, 10), XStringFormats.TopLeft);

        gfx.DrawString(c.VerifyCaption.Id, f.Small, grey, new XRect(QrLeft(width), QrTop(height) + QrSize + 1, QrSize, 9), XStringFormats.TopCenter);

        if (c.Stamp is { } stamp)
        {
            // Across the middle, over the name: a revoked certificate must not pass for a valid one.
            var stampFont = Font(DejaVuFontResolver.SerifFamily, 40, XFontStyleEx.Bold);
            gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(60, 200, 30, 30)), 26, (height / 2) - 40, width - 52, 70);
            gfx.DrawString($"{stamp.Id} / {stamp.En}", stampFont, new XSolidBrush(XColor.FromArgb(200, 30, 30)),
                new XRect(0, (height / 2) - 40, width, 70), XStringFormats.Center);
        }
    }

    private static void Centred(XGraphics gfx, string text, XFont font, XBrush brush, XRect column, ref double y, double advance)
    {
        gfx.DrawString(text, font, brush, new XRect(column.X, y, column.Width, font.GetHeight()), XStringFormats.TopCenter);
        y += advance;
    }

    /// <summary>The largest size (in half points), down to a floor, at which the text fits the width on one line.</summary>
    private static XFont FitFont(XGraphics gfx, string text, string family, double size, double floor, double width, bool bold = false)
    {
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        var font = Font(family, size, style);
        var measured = gfx.MeasureString(text, font).Width;
        return measured <= width ? font : Font(family, Math.Max(floor, Math.Floor(size * width / measured * 2) / 2), style);
    }

    /// <summary>Fonts are made once: making one costs more than drawing with it.</summary>
    private static XFont Font(string family, double size, XFontStyleEx style) =>
        FontCache.GetOrAdd((family, size, style), key => new XFont(key.Family, key.Size, key.Style));

    /// <summary>
    /// The QR code as rectangles written straight into the page's content: a run of dark modules is
    /// one rectangle, all filled at once. Through XGraphics this cost a millisecond a certificate.
    /// </summary>
    private static void AppendQr(PdfPage page, QRCodeGenerator generator, string url, double left, double top)
    {
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = QrSize / matrix.Count;
        var pageHeight = page.Height.Point;
        var ops = new StringBuilder("q 0 g\n");
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }
                // PDF space starts at the bottom left; a hair of overlap hides seams between rows.
                var bottom = pageHeight - top - ((row + 1) * module);
                ops.Append(CultureInfo.InvariantCulture, $"{left + (start * module):0.###} {bottom - 0.05:0.###} {(column - start) * module:0.###} {module + 0.05:0.###} re\n");
            }
        }
        ops.Append("f Q\n");
        page.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes(ops.ToString()));
    }
}
