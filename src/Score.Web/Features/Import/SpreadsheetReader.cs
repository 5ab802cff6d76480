using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Score.Web.Features.Import;

/// <summary>Reads the rows of an .xlsx or .csv file as text keyed by column, with their row numbers.</summary>
public static class SpreadsheetReader
{
    public const int MaxRows = 5000;

    public sealed record Sheet(IReadOnlyList<(int Row, Dictionary<string, string> Values)> Rows, IReadOnlyList<string> UnknownHeaders, IReadOnlyList<string> Headers);

    public static Sheet Read(Stream content, bool isCsv)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
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
}
