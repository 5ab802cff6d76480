using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Score.Web.Documents;

/// <summary>Lays a <see cref="DocumentSpec"/> out on A4 pages with PDFsharp (MIT, version 6.2).</summary>
public sealed class PdfSharpRenderer : IDocumentRenderer
{
    private const double Margin = 42, FooterHeight = 24;
    private static readonly XColor Ink = XColor.FromArgb(30, 45, 90);
    private static readonly Lock FontSetup = new();

    public PdfSharpRenderer(string fontsFolder)
    {
        lock (FontSetup)
        {
            // PDFsharp keeps one resolver for the process; it may be set only once.
            GlobalFontSettings.FontResolver ??= new DejaVuFontResolver(fontsFolder);
        }
    }

    public byte[] Render(DocumentSpec document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "Score";
        var writer = new PageWriter(pdf);
        writer.Header(document);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    writer.Heading(h.Text);
                    break;
                case ParagraphBlock p:
                    writer.Paragraph(p.Text);
                    break;
                case TableBlock t:
                    writer.Table(t);
                    break;
            }
        }
        writer.Finish(document.FooterFormat);
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private sealed class PageWriter(PdfDocument pdf)
    {
        private readonly XFont title = new(DejaVuFontResolver.Family, 16, XFontStyleEx.Bold);
        private readonly XFont heading = new(DejaVuFontResolver.Family, 11.5, XFontStyleEx.Bold);
        private readonly XFont body = new(DejaVuFontResolver.Family, 9);
        private readonly XFont bodyBold = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
        private readonly XFont small = new(DejaVuFontResolver.Family, 7.5);
        private XGraphics? gfx;
        private PdfPage? page;
        private double y;

        private double Width => page!.Width.Point - (2 * Margin);
        private double Bottom => page!.Height.Point - Margin - FooterHeight;

        private void NewPage()
        {
            gfx?.Dispose();
            page = pdf.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        public void Header(DocumentSpec document)
        {
            NewPage();
            gfx!.DrawRectangle(new XSolidBrush(Ink), Margin, y, Width, 3);
            y += 10;
            y += Wrap(document.Title, title, Margin, Width, draw: true) + 2;
            if (document.Subtitle is not null)
            {
                y += Wrap(document.Subtitle, body, Margin, Width, draw: true) + 4;
            }
            foreach (var (label, value) in document.Facts)
            {
                gfx.DrawString(label, bodyBold, XBrushes.Black, new XRect(Margin, y, 140, 12), XStringFormats.TopLeft);
                y += Math.Max(12, Wrap(value, body, Margin + 145, Width - 145, draw: true)) + 2;
            }
            y += 8;
        }

        public void Heading(string text)
        {
            EnsureSpace(30);
            y += 4;
            y += Wrap(text, heading, Margin, Width, draw: true) + 4;
        }

        public void Paragraph(string text)
        {
            var height = Wrap(text, body, Margin, Width, draw: false);
            EnsureSpace(height);
            y += Wrap(text, body, Margin, Width, draw: true) + 6;
        }

        public void Table(TableBlock table)
        {
            var total = table.Columns.Sum(c => c.Width);
            var widths = table.Columns.Select(c => c.Width / total * Width).ToArray();
            EnsureSpace(table.MinRowHeight * 2 + 16);
            DrawHeaderRow(table, widths);
            var shade = false;
            foreach (var row in table.Rows)
            {
                var height = Math.Max(table.MinRowHeight, row.Select((cell, i) => Wrap(cell, body, 0, widths[i] - 8, draw: false)).Max() + 8);
                if (y + height > Bottom)
                {
                    NewPage();
                    DrawHeaderRow(table, widths);
                }
                var x = Margin;
                if (shade)
                {
                    gfx!.DrawRectangle(new XSolidBrush(XColor.FromArgb(244, 246, 250)), x, y, Width, height);
                }
                for (var i = 0; i < widths.Length; i++)
                {
                    var cell = i < row.Count ? row[i] : "";
                    if (table.Columns[i].AlignRight)
                    {
                        gfx!.DrawString(cell, body, XBrushes.Black, new XRect(x + 4, y + 4, widths[i] - 8, height - 8), XStringFormats.TopRight);
                    }
                    else
                    {
                        Wrap(cell, body, x + 4, widths[i] - 8, draw: true, top: y + 4);
                    }
                    gfx!.DrawRectangle(new XPen(XColor.FromArgb(200, 205, 215), 0.5), x, y, widths[i], height);
                    x += widths[i];
                }
                y += height;
                shade = !shade;
            }
            y += 10;
        }

        private void DrawHeaderRow(TableBlock table, double[] widths)
        {
            var height = table.Columns.Select((c, i) => Wrap(c.Header, bodyBold, 0, widths[i] - 8, draw: false)).Max() + 8;
            gfx!.DrawRectangle(new XSolidBrush(Ink), Margin, y, Width, height);
            var x = Margin;
            for (var i = 0; i < widths.Length; i++)
            {
                var tf = new XTextFormatter(gfx) { Alignment = table.Columns[i].AlignRight ? XParagraphAlignment.Right : XParagraphAlignment.Left };
                tf.DrawString(table.Columns[i].Header, bodyBold, XBrushes.White, new XRect(x + 4, y + 4, widths[i] - 8, height), XStringFormats.TopLeft);
                x += widths[i];
            }
            y += height;
        }

        private void EnsureSpace(double height)
        {
            if (y + height > Bottom)
            {
                NewPage();
            }
        }

        /// <summary>Height of the text wrapped to the width; drawn at (x, top or y) when asked.</summary>
        private double Wrap(string text, XFont font, double x, double width, bool draw, double? top = null)
        {
            var lineHeight = font.GetHeight();
            var lines = 0;
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' '))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && gfx!.MeasureString(candidate, font).Width > width)
                    {
                        if (draw)
                        {
                            gfx.DrawString(line, font, XBrushes.Black, new XRect(x, (top ?? y) + (lines * lineHeight), width, lineHeight), XStringFormats.TopLeft);
                        }
                        lines++;
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }
                if (draw)
                {
                    gfx!.DrawString(line, font, XBrushes.Black, new XRect(x, (top ?? y) + (lines * lineHeight), width, lineHeight), XStringFormats.TopLeft);
                }
                lines++;
            }
            return lines * lineHeight;
        }

        public void Finish(string footerFormat)
        {
            gfx?.Dispose();
            var count = pdf.PageCount;
            for (var i = 0; i < count; i++)
            {
                using var footer = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
                var text = string.Format(CultureInfo.CurrentCulture, footerFormat, i + 1, count);
                var p = pdf.Pages[i];
                footer.DrawLine(new XPen(XColor.FromArgb(200, 205, 215), 0.5), Margin, p.Height.Point - Margin - 12, p.Width.Point - Margin, p.Height.Point - Margin - 12);
                footer.DrawString(text, small, XBrushes.Gray, new XRect(Margin, p.Height.Point - Margin - 8, p.Width.Point - (2 * Margin), 10), XStringFormats.TopLeft);
            }
        }
    }
}
