namespace Score.Web.Documents;

/// <summary>
/// What a printable document says, independent of the PDF engine that lays it out: a title,
/// a few labelled facts, then blocks of text, figures, charts and tables. Features build this;
/// only <see cref="IDocumentRenderer"/> knows how it becomes a PDF.
/// </summary>
/// <param name="RunningHeader">Printed at the top of every page after the first.</param>
/// <param name="FooterFormat">Printed at the foot of every page; {0} is the page, {1} the page count.</param>
public sealed record DocumentSpec(
    string Title,
    string? Subtitle,
    IReadOnlyList<(string Label, string Value)> Facts,
    IReadOnlyList<DocumentBlock> Blocks,
    string FooterFormat,
    string? RunningHeader = null,
    bool Landscape = false);

public abstract record DocumentBlock;

/// <summary>A heading; level 2 for one under a level-1 heading.</summary>
public sealed record HeadingBlock(string Text, int Level = 1) : DocumentBlock;

public sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>A table whose header repeats on every page; widths are relative.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, double MinRowHeight = 18) : DocumentBlock;

public sealed record TableColumn(string Header, double Width, bool AlignRight = false);

/// <summary>A row of headline figures, each a large value over a short label.</summary>
public sealed record KeyFiguresBlock(IReadOnlyList<(string Label, string Value)> Figures) : DocumentBlock;

/// <summary>
/// Horizontal bars, one group per category and one bar per series; values are printed next to
/// their bars, so the chart reads without its table.
/// </summary>
public sealed record BarChartBlock(string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, string? ValueSuffix = null) : DocumentBlock;

public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>Forces the next block onto a new page.</summary>
public sealed record PageBreakBlock : DocumentBlock;

/// <summary>A text in both languages, Indonesian first, as certificates print it.</summary>
public sealed record Bilingual(string Id, string En);

/// <summary>One certificate page: who, what, where, and how anyone can check it.</summary>
public sealed record CertificateSpec(
    Bilingual Title,
    Bilingual AwardedTo,
    string HolderName,
    string? HolderDetail,
    Bilingual Statement,
    Bilingual Module,
    IReadOnlyList<(Bilingual Label, string Value)> Facts,
    string SignatoryName,
    Bilingual SignatoryRole,
    string Serial,
    string VerificationCode,
    string VerificationUrl,
    Bilingual VerifyCaption,
    Bilingual? Stamp = null);

/// <summary>The one seam between the app and its PDF engine.</summary>
public interface IDocumentRenderer
{
    byte[] Render(DocumentSpec document);

    /// <summary>One landscape A4 page per certificate, all in one PDF.</summary>
    byte[] RenderCertificates(IReadOnlyList<CertificateSpec> certificates);
}
