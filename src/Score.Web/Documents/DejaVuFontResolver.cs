using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Score.Web.Documents;

/// <summary>
/// PDFsharp on Linux finds no fonts by itself. DejaVu covers Latin with accents and many other
/// scripts, so any name prints; its subsets are embedded in every document. "DejaVu Serif" is
/// used on certificates, every other family is DejaVu Sans.
/// </summary>
public sealed class DejaVuFontResolver(string folder) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string SerifFamily = "DejaVu Serif";
    private readonly ConcurrentDictionary<string, byte[]> files = new();

    /// <remarks>
    /// Serif bold is the regular face drawn bolder: certificates then embed one face, not two,
    /// which saves about a millisecond a certificate.
    /// </remarks>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName == SerifFamily
            ? new FontResolverInfo("DejaVuSerif", mustSimulateBold: bold, mustSimulateItalic: false)
            : new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) => files.GetOrAdd(faceName, name =>
    {
        var path = Path.Combine(folder, name + ".ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Font {path} not found: install the DejaVu fonts (Debian: fonts-dejavu-core) or set Score:FontsFolder.", path);
        }
        return File.ReadAllBytes(path);
    });
}
