using MiniExcelLibs;

namespace Score.Web.Infrastructure;

/// <summary>Rows of named columns as an .xlsx workbook of one sheet, or as CSV.</summary>
public static class Spreadsheet
{
    public static byte[] Write(List<Dictionary<string, object?>> rows, IEnumerable<string> headers, bool csv)
    {
        if (rows.Count == 0)
        {
            // An empty table still writes its headers: an empty row, skipped on import.
            rows.Add(headers.ToDictionary(h => h, _ => (object?)null));
        }
        foreach (var row in rows)
        {
            foreach (var (header, value) in row)
            {
                if (value is string text && FormulaSafe.NeedsQuote(text))
                {
                    row[header] = FormulaSafe.Quote(text);
                }
            }
        }
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Data", excelType: csv ? ExcelType.CSV : ExcelType.XLSX);
        return stream.ToArray();
    }
}

/// <summary>
/// Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
/// return, the OWASP list) leaves Score with a leading apostrophe, and comes back without it.
/// </summary>
public static class FormulaSafe
{
    public static bool NeedsQuote(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Quote(string text) => "'" + text;

    /// <summary>An imported cell written by <see cref="Quote"/> gets its meaning back.</summary>
    public static string Unquote(string text) => text.Length > 1 && text[0] == '\'' && NeedsQuote(text[1..]) ? text[1..] : text;
}
