using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Dashboard;

[Route("dashboard")]
public sealed class DashboardController(DashboardQueries queries, PartnerScope scope, OfflineEntries entries, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DashboardFilter filter, CancellationToken ct)
    {
        if (scope.IsTrainer && !scope.SeesAllPartners)
        {
            // A trainer's dashboard is their home page: their trainings and visits.
            return Redirect("/");
        }
        if (await queries.LoadAsync(filter, ct) is not { } view)
        {
            return NotFound();
        }
        // Not part of the cached figures: a conflict resolved must leave "needs action" at once.
        var conflicts = view.Actions is null ? 0 : await entries.OpenConflicts().CountAsync(ct);
        return View(new DashboardPage(view, DashboardTables.Build(view, text)) { OpenConflicts = conflicts });
    }

    [HttpGet("export/{table}")]
    public async Task<IActionResult> Export(string table, string? format, [FromQuery] DashboardFilter filter, CancellationToken ct)
    {
        if (await queries.LoadAsync(filter, ct) is not { } view || DashboardTables.Build(view, text).FirstOrDefault(t => t.Key == table) is not { } data)
        {
            return NotFound();
        }
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        var rows = data.Rows.Select(r => data.Headers.Select((h, i) => (h, r.Cells[i].Exported)).ToDictionary(x => x.h, x => x.Item2)).ToList();
        var file = Spreadsheet.Write(rows, data.Headers, csv);
        return File(file, csv ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"dashboard-{table}.{(csv ? "csv" : "xlsx")}");
    }
}

public sealed record DashboardPage(DashboardView View, IReadOnlyList<DashboardTable> Tables)
{
    /// <summary>Entries from phones that met a changed record and wait to be resolved.</summary>
    public int OpenConflicts { get; init; }

    public DashboardTable? Table(string key) => Tables.FirstOrDefault(t => t.Key == key);
}
