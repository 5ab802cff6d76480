using PdfSharp.Fonts;

namespace Score.Web.Documents;

/// <summary>
/// PDFsharp on Linux finds no fonts by itself. DejaVu Sans covers Latin with accents and many
/// other scripts, so any name prints; its subsets are embedded in every document.
/// </summary>
public sealed class DejaVuFontResolver(string folder) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans", Bold = "DejaVuSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(folder, faceName + ".ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Font {path} not found: install the DejaVu fonts (Debian: fonts-dejavu-core) or set Score:FontsFolder.", path);
        }
        return File.ReadAllBytes(path);
    }
}
