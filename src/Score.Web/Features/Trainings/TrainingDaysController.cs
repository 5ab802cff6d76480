using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

/// <summary>A training's classroom days: adding and removing them, attendance online and from a phone, sign-in sheets.</summary>
[Route("trainings/{id:int}/days")]
public sealed class TrainingDaysController(
    TrainingPlanning planning, ClassroomAttendance attendance, AttendanceOutbox outbox, TrainingRecords records, SignInSheets sheets,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> AddDay(int id, DayForm form, CancellationToken ct)
    {
        if (!await planning.MayChangeAsync(id, ct))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await attendance.AddDayAsync(id, form, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }
            if (result.Saved)
            {
                this.Flash(FlashKind.Success, text["Training.DayAdded"]);
                return Redirect($"/trainings/{id}#days");
            }
            ModelState.Apply(result.Errors);
        }
        return await DetailsWithInput(id, ct);
    }

    [HttpPost("{dayId:int}/delete")]
    public async Task<IActionResult> RemoveDay(int id, int dayId, CancellationToken ct)
    {
        var result = await attendance.RemoveDayAsync(id, dayId, ct);
        return this.Answer(result, text["Training.DayRemoved"], Redirect($"/trainings/{id}#days"));
    }

    [HttpGet("{dayId:int}/attendance")]
    public async Task<IActionResult> Attendance(int id, int dayId, CancellationToken ct) =>
        await attendance.AttendanceAsync(id, dayId, ct) is { } sheet ? View(sheet) : NotFound();

    [HttpPost("{dayId:int}/attendance")]
    public async Task<IActionResult> Attendance(int id, int dayId, int[] present, int[] shown, bool merge, Guid? entry, uint version, bool taken, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // A mark that is not a number is no participant of this training: refused (after the scope check) like an unknown id,
            // rather than read as an empty sheet that marks everyone absent.
            present = [.. present, 0];
        }
        if (entry is { } clientId && OfflineEntries.IsOutboxSend(Request))
        {
            return await outbox.ReceiveAsync(id, dayId, new AttendanceEntry(present, shown, version, taken), clientId, ct) is { } answer ? this.Answer(answer) : NotFound();
        }
        var (outcome, advanced) = await attendance.SaveAttendanceAsync(id, dayId, present, merge ? shown : null, ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            this.Flash(FlashKind.Danger, outcome.Refusal);
            return Redirect($"/trainings/{id}#days");
        }
        this.Flash(FlashKind.Success, text["Training.AttendanceSaved", present.Length]
                                      + (advanced ? " " + text["Training.ClassroomDoneByItself"] : ""));
        return Redirect($"/trainings/{id}#days");
    }

    [HttpGet("{dayId:int}/conflicts/{entryId:int}")]
    public async Task<IActionResult> AttendanceConflict(int id, int dayId, int entryId, CancellationToken ct) =>
        await outbox.ConflictAsync(id, dayId, entryId, ct) is { } page ? View(page) : NotFound();

    [HttpPost("{dayId:int}/conflicts/{entryId:int}")]
    public async Task<IActionResult> AttendanceConflict(int id, int dayId, int entryId, string choice, int[] keepMine, uint dayVersion, CancellationToken ct)
    {
        var outcome = await outbox.ResolveAsync(id, dayId, entryId, choice, keepMine, dayVersion, ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            this.Flash(FlashKind.Danger, outcome.Refusal);
            return Redirect($"/trainings/{id}/days/{dayId}/conflicts/{entryId}");
        }
        this.Flash(FlashKind.Success, text["Outbox.Resolved"]);
        return Redirect("/conflicts");
    }

    [HttpGet("{dayId:int}/sign-in-sheet")]
    public async Task<IActionResult> SignInSheet(int id, int dayId, CancellationToken ct) =>
        await sheets.RenderAsync(id, dayId, ct) is { } sheet ? File(sheet.Pdf, "application/pdf", sheet.FileName) : NotFound();

    /// <summary>The training's page again, with what was typed in its inline forms and the errors at their fields.</summary>
    private async Task<IActionResult> DetailsWithInput(int id, CancellationToken ct) =>
        await records.LoadAsync(id, ct) is { } details ? View("Details", details) : NotFound();
}
