using System.Diagnostics;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Score.Tests.Certificates;

/// <summary>Reads the QR code on the first page of a PDF as a phone would: rasterised by poppler's pdftoppm, decoded by ZXing.</summary>
public static class QrReader
{
    public static async Task<string?> ReadAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("score-qr-");
        try
        {
            var input = Path.Combine(folder.FullName, "page.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-gray", "-r", "150", "-f", "1", "-l", "1", input, Path.Combine(folder.FullName, "page")])
            {
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftoppm did not start: install poppler-utils.");
            await process.WaitForExitAsync();
            var (width, height, pixels) = ReadPgm(await File.ReadAllBytesAsync(Directory.GetFiles(folder.FullName, "page*.pgm").Single()));
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
            return new QRCodeReader().decode(bitmap, new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true })?.Text;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A binary greyscale PGM: "P5", width, height, maximum, one whitespace, then one byte a pixel.</summary>
    private static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] file)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }
            var start = position;
            while (!char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }
            return Encoding.ASCII.GetString(file, start, position - start);
        }
        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Token();
        position++;
        return (width, height, file[position..(position + (width * height))]);
    }
}
