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
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Data", excelType: csv ? ExcelType.CSV : ExcelType.XLSX);
        return stream.ToArray();
    }
}
