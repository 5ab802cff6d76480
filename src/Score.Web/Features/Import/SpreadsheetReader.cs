using System.IO.Compression;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Score.Web.Features.Import;

/// <summary>Reads the rows of an .xlsx or .csv file as text keyed by column, with their row numbers.</summary>
/// <remarks>
/// An .xlsx is a ZIP: a file of a few hundred kilobytes can unpack to gigabytes, or declare a sheet
/// sixteen thousand columns wide. Before the spreadsheet library sees it, the file's entries are
/// unpacked once, counting the bytes actually produced, and its sheets' rows and columns are
/// counted; past any bound the file is refused, so no upload costs more than a few tens of MB.
/// </remarks>
public static class SpreadsheetReader
{
    public const int MaxRows = 5000;
    public const int MaxColumns = 100;
    public const long MaxUnpackedBytes = 32 * 1024 * 1024;
    private const int MaxEntries = 100;
    private const int MaxRowElements = 4 * MaxRows;

    public sealed record Sheet(IReadOnlyList<(int Row, Dictionary<string, string> Values)> Rows, IReadOnlyList<string> UnknownHeaders, IReadOnlyList<string> Headers);

    public static Sheet Read(Stream content, bool isCsv)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        if (isCsv)
        {
            CheckCsv(buffer);
        }
        else
        {
            CheckWorkbook(buffer);
        }
        IEnumerable<dynamic> rows = isCsv
            ? buffer.Query(useHeaderRow: true, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = SeparatorOf(buffer) })
            : buffer.Query(useHeaderRow: true, excelType: ExcelType.XLSX, sheetName: FirstSheet(buffer));
        var result = new List<(int, Dictionary<string, string>)>();
        List<string>? headers = null;
        var unknown = new List<string>();
        var keys = new Dictionary<string, string>();
        var rowNumber = 1;
        foreach (IDictionary<string, object?> row in rows)
        {
            rowNumber++;
            if (headers is null)
            {
                headers = row.Keys.ToList();
                foreach (var header in headers)
                {
                    var column = EnterpriseColumns.All.FirstOrDefault(c => c.Matches(header));
                    if (column is null)
                    {
                        if (!string.IsNullOrWhiteSpace(header))
                        {
                            unknown.Add(header);
                        }
                    }
                    else
                    {
                        keys[header] = column.Key;
                    }
                }
            }
            var values = new Dictionary<string, string>();
            foreach (var (header, key) in keys)
            {
                values[key] = EnterpriseColumns.Text(row.TryGetValue(header, out var cell) ? cell : null);
            }
            if (values.Values.All(string.IsNullOrEmpty))
            {
                continue;
            }
            result.Add((rowNumber, values));
            if (result.Count > MaxRows)
            {
                break;
            }
        }
        return new Sheet(result, unknown, headers ?? []);
    }

    private static string FirstSheet(MemoryStream buffer)
    {
        var name = MiniExcel.GetSheetNames(buffer).First();
        buffer.Position = 0;
        return name;
    }

    /// <summary>Spreadsheets set to Indonesian save CSV with semicolons: go by the header line.</summary>
    private static char SeparatorOf(MemoryStream buffer)
    {
        var reader = new StreamReader(buffer, leaveOpen: true);
        var header = reader.ReadLine() ?? "";
        buffer.Position = 0;
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    /// <summary>Unpacks every entry once, counting real bytes (declared sizes can lie), and counts each sheet's rows and columns.</summary>
    private static void CheckWorkbook(MemoryStream buffer)
    {
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new SpreadsheetTooLargeException();
            }
            var budget = new UnpackBudget(MaxUnpackedBytes);
            foreach (var entry in zip.Entries)
            {
                using var stream = new CountingStream(entry.Open(), budget);
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                    && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    CheckSheet(stream);
                }
                else
                {
                    stream.CopyTo(Stream.Null);
                }
            }
        }
        buffer.Position = 0;
    }

    private static void CheckSheet(Stream sheet)
    {
        using var xml = XmlReader.Create(sheet, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var rows = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (xml.LocalName)
            {
                case "row" when ++rows > MaxRowElements:
                    throw new SpreadsheetTooLargeException();
                case "c" when ColumnOf(xml.GetAttribute("r")) > MaxColumns:
                    throw new SpreadsheetTooLargeException();
                case "dimension" when xml.GetAttribute("ref") is { } range && ColumnOf(range.Split(':')[^1]) > MaxColumns:
                    throw new SpreadsheetTooLargeException();
            }
        }
    }

    /// <summary>The column number of a cell reference such as "AB12" (28); 0 when there is none.</summary>
    internal static int ColumnOf(string? reference)
    {
        var column = 0;
        foreach (var c in reference ?? "")
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = Math.Min(column * 26 + (c - 'A' + 1), int.MaxValue / 32);
            }
            else
            {
                break;
            }
        }
        return column;
    }

    /// <summary>A line wider than any import could be (separators outside quotes) refuses the file.</summary>
    private static void CheckCsv(MemoryStream buffer)
    {
        var separators = 0;
        var quoted = false;
        int b;
        while ((b = buffer.ReadByte()) != -1)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b is ',' or ';' or '\t' && ++separators > MaxColumns)
            {
                throw new SpreadsheetTooLargeException();
            }
            else if (!quoted && b == '\n')
            {
                separators = 0;
            }
        }
        buffer.Position = 0;
    }

    private sealed class UnpackBudget(long bytes)
    {
        public void Spend(int count)
        {
            bytes -= count;
            if (bytes < 0)
            {
                throw new SpreadsheetTooLargeException();
            }
        }
    }

    /// <summary>Reads through, charging every byte produced to the file's budget.</summary>
    private sealed class CountingStream(Stream inner, UnpackBudget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Spend(read);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

/// <summary>The upload unpacks to more than an import can hold: refused before it is read.</summary>
public sealed class SpreadsheetTooLargeException() : Exception("The spreadsheet is larger than an import can hold.");
