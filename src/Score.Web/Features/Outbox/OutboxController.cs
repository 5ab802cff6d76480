using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Outbox;

public sealed record ConflictRow(int Id, OfflineEntryKind Kind, int TrainingId, string Training, string? Reason, string SentBy, DateTimeOffset SentAt, bool MayResolve)
{
    public string Url { get; init; } = "";
}

public sealed record ConflictList(IReadOnlyList<ConflictRow> Open);

/// <summary>
/// The phone's side of working without a connection: the offline page (also the outbox's list), a fresh
/// antiforgery token for each send, and the conflicts that entries met on arrival.
/// </summary>
public sealed class OutboxController(OfflineEntries entries, IAntiforgery antiforgery, Data.ScoreDbContext db) : Controller
{
    /// <summary>Shown by the service worker for a page not kept on the phone; lists what waits in the outbox.</summary>
    [HttpGet("/offline")]
    [AllowAnonymous]
    public IActionResult Offline() => View();

    /// <summary>A token for the next send from the outbox: the one in a page cached days ago may no longer match the session.</summary>
    [HttpGet("/outbox/token")]
    public IActionResult Token()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return Json(new { token = tokens.RequestToken, field = tokens.FormFieldName });
    }

    [HttpGet("/conflicts")]
    public async Task<IActionResult> Conflicts(CancellationToken ct)
    {
        var open = await entries.OpenConflicts().OrderBy(e => e.CreatedAt).Take(200)
            .Select(e => new { Entry = e, Training = db.Trainings.Where(t => t.Id == e.TrainingId).Select(t => t.Title).FirstOrDefault() })
            .ToListAsync(ct);
        return View(new ConflictList([.. open.Select(o => new ConflictRow(o.Entry.Id, o.Entry.Kind, o.Entry.TrainingId, o.Training ?? "", o.Entry.Reason,
            o.Entry.CreatedBy, o.Entry.CreatedAt, entries.MayResolve(o.Entry)) { Url = OfflineEntries.ConflictUrl(o.Entry) })]));
    }
}
