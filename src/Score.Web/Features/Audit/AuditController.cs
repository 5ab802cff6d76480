using Microsoft.AspNetCore.Mvc;

namespace Score.Web.Features.Audit;

[Route("audit")]
public sealed class AuditController(AuditTrail trail) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditQuery query, CancellationToken ct) =>
        await trail.ListAsync(query, ct) is { } page ? View(page) : NotFound();

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AuditQuery query, CancellationToken ct) =>
        await trail.ExportAsync(query, ct) is { } csv ? File(csv, "text/csv", "score-audit.csv") : NotFound();
}
