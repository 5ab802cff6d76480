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
    private static readonly XColor[] SeriesColours =
    [
        XColor.FromArgb(30, 45, 90), XColor.FromArgb(230, 140, 40), XColor.FromArgb(60, 150, 120), XColor.FromArgb(150, 80, 160),
    ];

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
        var writer = new PageWriter(pdf, document.Landscape);
        writer.Header(document);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    writer.Heading(h.Text, h.Level);
                    break;
                case ParagraphBlock p:
                    writer.Paragraph(p.Text);
                    break;
                case TableBlock t:
                    writer.Table(t);
                    break;
                case KeyFiguresBlock k:
                    writer.KeyFigures(k);
                    break;
                case BarChartBlock c:
                    writer.BarChart(c);
                    break;
                case PageBreakBlock:
                    writer.PageBreak();
                    break;
            }
        }
        writer.Finish(document.FooterFormat, document.RunningHeader);
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    public byte[] RenderCertificates(IReadOnlyList<CertificateSpec> certificates) => CertificateLayout.Render(certificates);

    private sealed class PageWriter(PdfDocument pdf, bool landscape)
    {
        private readonly XFont title = new(DejaVuFontResolver.Family, 16, XFontStyleEx.Bold);
        private readonly XFont heading = new(DejaVuFontResolver.Family, 11.5, XFontStyleEx.Bold);
        private readonly XFont subheading = new(DejaVuFontResolver.Family, 9.5, XFontStyleEx.Bold);
        private readonly XFont body = new(DejaVuFontResolver.Family, 9);
        private readonly XFont bodyBold = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
        private readonly XFont small = new(DejaVuFontResolver.Family, 7.5);
        private readonly XFont figure = new(DejaVuFontResolver.Family, 14, XFontStyleEx.Bold);
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
            if (landscape)
            {
                page.Orientation = PdfSharp.PageOrientation.Landscape;
            }
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

        public void Heading(string text, int level)
        {
            // Room for the heading and the start of what follows, so a heading never ends a page.
            EnsureSpace(80);
            y += level == 1 ? 4 : 2;
            y += Wrap(text, level == 1 ? heading : subheading, Margin, Width, draw: true) + 4;
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
            var fonts = table.Columns.Select((c, i) => HeaderFont(c.Header, widths[i] - 8)).ToArray();
            var height = table.Columns.Select((c, i) => Wrap(c.Header, fonts[i], 0, widths[i] - 8, draw: false)).Max() + 8;
            gfx!.DrawRectangle(new XSolidBrush(Ink), Margin, y, Width, height);
            var x = Margin;
            for (var i = 0; i < widths.Length; i++)
            {
                var tf = new XTextFormatter(gfx) { Alignment = table.Columns[i].AlignRight ? XParagraphAlignment.Right : XParagraphAlignment.Left };
                tf.DrawString(table.Columns[i].Header, fonts[i], XBrushes.White, new XRect(x + 4, y + 4, widths[i] - 8, height), XStringFormats.TopLeft);
                x += widths[i];
            }
            y += height;
        }

        /// <summary>The header font, smaller where a header's longest word would not fit its column.</summary>
        private XFont HeaderFont(string header, double width)
        {
            var longest = header.Split(' ').Max(word => gfx!.MeasureString(word, bodyBold).Width);
            return longest <= width ? bodyBold : new XFont(DejaVuFontResolver.Family, Math.Max(6, bodyBold.Size * width / longest), XFontStyleEx.Bold);
        }

        public void PageBreak() => NewPage();

        public void KeyFigures(KeyFiguresBlock block)
        {
            const int perRow = 4;
            const double height = 50, gap = 6;
            var width = (Width - ((perRow - 1) * gap)) / perRow;
            for (var i = 0; i < block.Figures.Count; i++)
            {
                if (i % perRow == 0)
                {
                    if (i > 0)
                    {
                        y += height + gap;
                    }
                    EnsureSpace(height + gap);
                }
                var (label, value) = block.Figures[i];
                var x = Margin + (i % perRow * (width + gap));
                gfx!.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 242, 250)), x, y, width, height);
                gfx.DrawRectangle(new XSolidBrush(Ink), x, y, 3, height);
                // The label first, then its figure: read in that order by eye and by text extraction.
                // Labels get two lines, so that the figures of a row share one baseline.
                Wrap(label, small, x + 9, width - 12, draw: true, top: y + 5);
                gfx.DrawString(value, figure, new XSolidBrush(Ink), new XRect(x + 9, y + 7 + (small.GetHeight() * 2), width - 12, 20), XStringFormats.TopLeft);
            }
            y += height + 12;
        }

        public void BarChart(BarChartBlock chart)
        {
            const double barHeight = 9, groupGap = 7;
            var labelWidth = Width * 0.3;
            var plotWidth = Width - labelWidth - 60;
            var groupHeight = (chart.Series.Count * barHeight) + groupGap;
            var max = chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
            var legendHeight = chart.Series.Count > 1 ? 14 : 0;
            EnsureSpace(Math.Min(18 + legendHeight + (chart.Categories.Count * groupHeight), Bottom - Margin));
            y += Wrap(chart.Title, bodyBold, Margin, Width, draw: true) + 4;
            if (legendHeight > 0)
            {
                var x = Margin + labelWidth;
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    gfx!.DrawRectangle(new XSolidBrush(SeriesColours[s % SeriesColours.Length]), x, y + 2, 8, 8);
                    gfx.DrawString(chart.Series[s].Name, small, XBrushes.Black, new XRect(x + 11, y + 1, 150, 10), XStringFormats.TopLeft);
                    x += 16 + gfx.MeasureString(chart.Series[s].Name, small).Width + 10;
                }
                y += legendHeight;
            }
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                if (y + groupHeight > Bottom)
                {
                    NewPage();
                }
                var labelHeight = Math.Min(groupHeight - groupGap, small.GetHeight() * 2);
                Wrap(chart.Categories[c], small, Margin, labelWidth - 8, draw: true, top: y + Math.Max(0, ((groupHeight - groupGap) - labelHeight) / 2));
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var value = c < chart.Series[s].Values.Count ? chart.Series[s].Values[c] : 0;
                    var length = max > 0 ? value / max * plotWidth : 0;
                    var top = y + (s * barHeight);
                    gfx!.DrawRectangle(new XSolidBrush(SeriesColours[s % SeriesColours.Length]), Margin + labelWidth, top + 1, Math.Max(length, 0.5), barHeight - 2);
                    var text = value.ToString("#,##0.#", CultureInfo.CurrentCulture) + chart.ValueSuffix;
                    gfx.DrawString(text, small, XBrushes.Black, new XRect(Margin + labelWidth + length + 3, top, 60, barHeight), XStringFormats.CenterLeft);
                }
                gfx!.DrawLine(new XPen(XColor.FromArgb(200, 205, 215), 0.5), Margin + labelWidth, y, Margin + labelWidth, y + groupHeight - groupGap);
                y += groupHeight;
            }
            y += 8;
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

        public void Finish(string footerFormat, string? runningHeader)
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
                if (runningHeader is not null && i > 0)
                {
                    footer.DrawString(runningHeader, small, XBrushes.Gray, new XRect(Margin, Margin - 20, p.Width.Point - (2 * Margin), 10), XStringFormats.TopLeft);
                    footer.DrawLine(new XPen(XColor.FromArgb(200, 205, 215), 0.5), Margin, Margin - 8, p.Width.Point - Margin, Margin - 8);
                }
            }
        }
    }
}
