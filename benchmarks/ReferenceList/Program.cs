using System.Globalization;
using System.Net;
using System.Text;
using Npgsql;

// The enterprise list page written by hand, as small as it can be: one Npgsql batch for the page and its count,
// HTML from a StringBuilder, no framework between the socket and the database. scripts/benchmark.sh web runs it
// beside Score on the same database and compares the two; it is never part of the app.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var configured = builder.Configuration.GetConnectionString("Score") ?? throw new InvalidOperationException("Set ConnectionStrings__Score.");
var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
var connection = new NpgsqlConnectionStringBuilder(configured);
// The same driver settings as Score's (ServiceSetup.WithPreparedStatements), so that only what lies above the driver
// differs. Whether the setting is written is read from the plain keys: Npgsql's ContainsKey is true for any keyword.
if (!written.ContainsKey("Max Auto Prepare") && !written.ContainsKey("MaxAutoPrepare"))
{
    connection.MaxAutoPrepare = 64;
    connection.AutoPrepareMinUsages = 2;
}
await using var database = NpgsqlDataSource.Create(connection.ConnectionString);
var app = builder.Build();

const int PageSize = 25;
const string Rows = """
    SELECT e.name, e.nib, p.name, r.name, s.name_id, e.workers_women + e.workers_men, e.size_class, e.status,
           (SELECT count(*) FROM enterprise_people ep WHERE ep.enterprise_id = e.id)
    FROM enterprises e
    JOIN provinces p ON p.code = e.province_code
    LEFT JOIN regencies r ON r.code = e.regency_code
    JOIN sectors s ON s.id = e.sector_id
    WHERE e.partner_id = $1 AND e.deleted_at IS NULL
    ORDER BY e.name, e.id
    LIMIT $2 OFFSET $3
    """;
const string Count = "SELECT count(*) FROM enterprises WHERE partner_id = $1 AND deleted_at IS NULL";
string[] sizes = ["Tidak diketahui", "Mikro", "Kecil", "Menengah", "Besar"];
string[] statuses = ["Calon", "Aktif", "Berhenti"];

app.MapGet("/enterprises", async (int partner, int? page, HttpContext context) =>
{
    var number = Math.Max(1, page ?? 1);
    await using var batch = database.CreateBatch();
    batch.BatchCommands.Add(new NpgsqlBatchCommand(Rows) { Parameters = { new() { Value = partner }, new() { Value = PageSize }, new() { Value = (number - 1) * PageSize } } });
    batch.BatchCommands.Add(new NpgsqlBatchCommand(Count) { Parameters = { new() { Value = partner } } });
    var html = new StringBuilder(12_000);
    html.Append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Perusahaan</title></head><body><h1>Perusahaan</h1><table><thead><tr><th>Nama</th><th>Provinsi</th><th>Sektor</th><th>Pekerja</th><th>Skala</th><th>Status</th></tr></thead><tbody>");
    await using (var reader = await batch.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(reader.GetString(0)));
            if (!reader.IsDBNull(1))
            {
                html.Append("<br>NIB ").Append(WebUtility.HtmlEncode(reader.GetString(1)));
            }
            html.Append("</td><td>").Append(WebUtility.HtmlEncode(reader.GetString(2)));
            if (!reader.IsDBNull(3))
            {
                html.Append("<br>").Append(WebUtility.HtmlEncode(reader.GetString(3)));
            }
            html.Append("</td><td>").Append(WebUtility.HtmlEncode(reader.GetString(4)))
                .Append("</td><td>").Append(reader.GetInt32(5).ToString("N0", CultureInfo.InvariantCulture))
                .Append("<br>").Append(reader.GetInt64(8)).Append(" terdaftar")
                .Append("</td><td>").Append(sizes[reader.GetInt32(6)])
                .Append("</td><td>").Append(statuses[reader.GetInt32(7)]).Append("</td></tr>");
        }
        await reader.NextResultAsync();
        await reader.ReadAsync();
        html.Append("</tbody></table><p>").Append(reader.GetInt64(0).ToString("N0", CultureInfo.InvariantCulture)).Append(" perusahaan</p></body></html>");
    }
    return Results.Content(html.ToString(), "text/html; charset=utf-8");
});

app.Run();
