namespace Score.Web.Documents;

/// <summary>
/// What a printable document says, independent of the PDF engine that lays it out: a title,
/// a few labelled facts, then blocks of text and tables. Features build this; only
/// <see cref="IDocumentRenderer"/> knows how it becomes a PDF.
/// </summary>
public sealed record DocumentSpec(
    string Title,
    string? Subtitle,
    IReadOnlyList<(string Label, string Value)> Facts,
    IReadOnlyList<DocumentBlock> Blocks,
    string FooterFormat);

public abstract record DocumentBlock;

public sealed record HeadingBlock(string Text) : DocumentBlock;

public sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>A table whose header repeats on every page; widths are relative.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, double MinRowHeight = 18) : DocumentBlock;

public sealed record TableColumn(string Header, double Width, bool AlignRight = false);

/// <summary>The one seam between the app and its PDF engine.</summary>
public interface IDocumentRenderer
{
    byte[] Render(DocumentSpec document);
}
