using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Score.Web.Infrastructure;

/// <summary>
/// Writes a page to the response through a buffer large enough for most pages, so that one goes out in one write.
/// MVC's own holds 16K characters: a 19 KB list left in two writes and as many chunks.
/// </summary>
public sealed class WholePageWriterFactory : IHttpResponseStreamWriterFactory
{
    private const int BufferCharacters = 32 * 1024;

    public TextWriter CreateWriter(Stream stream, Encoding encoding) =>
        new HttpResponseStreamWriter(stream, encoding, BufferCharacters, ArrayPool<byte>.Shared, ArrayPool<char>.Shared);
}
