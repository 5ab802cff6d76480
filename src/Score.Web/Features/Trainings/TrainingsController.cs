using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Trainings;

[Route("trainings")]
public sealed class TrainingsController(
    TrainingPlanning planning, TrainingEnrolment enrolment, ClassroomAttendance attendance, AttendanceOutbox outbox, TrainingRecords records, WorkshopDesk workshop,
    SignInSheets sheets, ScoreDbContext db, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] TrainingListQuery query, CancellationToken ct) => View(await planning.ListAsync(query, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await records.LoadAsync(id, ct) is { } details ? View(details) : NotFound();

    [HttpGet("create")]
    public async Task<IActionResult> Create(int? partnerId, CancellationToken ct) =>
        planning.CanCreate
            ? await FormView(new TrainingForm { PartnerId = partnerId ?? planning.DefaultPartnerId, PlannedStart = null }, [], ct)
            : NotFound();

    [HttpPost("create")]
    public Task<IActionResult> Create(TrainingForm form, CancellationToken ct) => Save(form with { Id = 0 }, ct);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await planning.LoadFormAsync(id, ct) is { } form ? await FormView(form, [], ct) : NotFound();

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, TrainingForm form, CancellationToken ct) => Save(form with { Id = id }, ct);

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> Status(int id, TrainingStatus to, CancellationToken ct)
    {
        var error = await planning.ChangeStatusAsync(id, to, ct);
        return this.Answer(error, text["Training.StatusChanged", text["TrainingStatus." + to]], RedirectToAction(nameof(Details), new { id }));
    }

    [HttpGet("{id:int}/enrol")]
    public async Task<IActionResult> Enrol(int id, string? search, CancellationToken ct) =>
        await enrolment.EnrolPageAsync(id, search, null, ct) is { } page ? View("Enrol", page) : NotFound();

    [HttpPost("{id:int}/enrolments")]
    public async Task<IActionResult> Enrol(int id, EnrolForm form, CancellationToken ct)
    {
        if (!await planning.MayChangeAsync(id, ct))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await enrolment.EnrolAsync(id, form, ct);
            if (result.Result.IsNotFound)
            {
                return NotFound();
            }
            if (result.Result.Saved)
            {
                this.Flash(FlashKind.Success, text["Training.EnrolledMany", result.Value]);
                return Redirect($"/trainings/{id}#enrolments");
            }
            ModelState.Apply(result.Result.Errors);
            ViewData["Warnings"] = result.Result.Warnings;
        }
        var page = await enrolment.EnrolPageAsync(id, form.Search, form with { ConfirmWarnings = false }, ct);
        return page is null ? NotFound() : View("Enrol", page);
    }

    [HttpPost("{id:int}/enrolments/{enrolmentId:int}/delete")]
    public async Task<IActionResult> RemoveEnrolment(int id, int enrolmentId, CancellationToken ct)
    {
        var refusal = await enrolment.RemoveEnrolmentAsync(id, enrolmentId, ct);
        return this.Answer(refusal, text["Training.EnrolmentRemoved"], Redirect($"/trainings/{id}#enrolments"));
    }

    [HttpGet("{id:int}/enrolments/{enrolmentId:int}/participants")]
    public async Task<IActionResult> Participants(int id, int enrolmentId, CancellationToken ct) =>
        await enrolment.ParticipantPickerAsync(id, enrolmentId, ct) is { } picker ? View(picker) : NotFound();

    [HttpPost("{id:int}/enrolments/{enrolmentId:int}/participants")]
    public async Task<IActionResult> Participants(int id, int enrolmentId, int[] personIds, CancellationToken ct)
    {
        var result = await enrolment.SetParticipantsAsync(id, enrolmentId, personIds, ct);
        return this.Answer(result, text["Training.ParticipantsSaved"], Redirect($"/trainings/{id}#enrolments"));
    }

    [HttpPost("{id:int}/days")]
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

    [HttpPost("{id:int}/days/{dayId:int}/delete")]
    public async Task<IActionResult> RemoveDay(int id, int dayId, CancellationToken ct)
    {
        var result = await attendance.RemoveDayAsync(id, dayId, ct);
        return this.Answer(result, text["Training.DayRemoved"], Redirect($"/trainings/{id}#days"));
    }

    [HttpGet("{id:int}/days/{dayId:int}/attendance")]
    public async Task<IActionResult> Attendance(int id, int dayId, CancellationToken ct) =>
        await attendance.AttendanceAsync(id, dayId, ct) is { } sheet ? View(sheet) : NotFound();

    [HttpPost("{id:int}/days/{dayId:int}/attendance")]
    public async Task<IActionResult> Attendance(int id, int dayId, int[] present, int[] shown, bool merge, Guid? entry, uint version, bool taken, CancellationToken ct)
    {
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

    [HttpGet("{id:int}/days/{dayId:int}/conflicts/{entryId:int}")]
    public async Task<IActionResult> AttendanceConflict(int id, int dayId, int entryId, CancellationToken ct) =>
        await outbox.ConflictAsync(id, dayId, entryId, ct) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/days/{dayId:int}/conflicts/{entryId:int}")]
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

    [HttpGet("{id:int}/days/{dayId:int}/sign-in-sheet")]
    public async Task<IActionResult> SignInSheet(int id, int dayId, CancellationToken ct) =>
        await sheets.RenderAsync(id, dayId, ct) is { } sheet ? File(sheet.Pdf, "application/pdf", sheet.FileName) : NotFound();

    [HttpGet("{id:int}/workshop")]
    public async Task<IActionResult> Workshop(int id, CancellationToken ct) =>
        await workshop.PageAsync(id, null, ct) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/workshop")]
    public async Task<IActionResult> Workshop(int id, WorkshopForm form, CancellationToken ct)
    {
        if (!await planning.MayChangeAsync(id, ct))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await workshop.SaveAsync(id, form, ct);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }
            if (outcome.IsConflict)
            {
                ModelState.ShowConflict(outcome.Errors);
                return await workshop.PageAsync(id, null, ct) is { } current ? View(current) : NotFound();
            }
            if (ModelState.Apply(outcome.Errors))
            {
                this.Flash(FlashKind.Success, text["Workshop.Saved"]);
                return Redirect($"/trainings/{id}#enrolments");
            }
        }
        return await workshop.PageAsync(id, form, ct) is { } page ? View(page) : NotFound();
    }

    /// <summary>The training's page again, with what was typed in its inline forms and the errors at their fields.</summary>
    private async Task<IActionResult> DetailsWithInput(int id, CancellationToken ct) =>
        await records.LoadAsync(id, ct) is { } details ? View("Details", details) : NotFound();

    private async Task<IActionResult> Save(TrainingForm form, CancellationToken ct)
    {
        // Whose it is comes before what is wrong with it: someone who may not change it learns nothing from validation.
        if (!await planning.MayChangeAsync(form.Id, ct))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await planning.SaveAsync(form, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }
            if (result.IsConflict && await planning.LoadFormAsync(form.Id, ct) is { } current)
            {
                ModelState.ShowConflict(result.Errors);
                return await FormView(current, [], ct);
            }
            if (!result.Saved)
            {
                ModelState.Apply(result.Errors);
                return await FormView(form with { ConfirmWarnings = false }, result.Warnings, ct);
            }
            this.Flash(FlashKind.Success, text["Training.Saved", form.Title!]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }
        return await FormView(form, [], ct);
    }

    private async Task<IActionResult> FormView(TrainingForm form, IReadOnlyList<string> warnings, CancellationToken ct)
    {
        var (trainers, variants, modules, partners) = await planning.OptionsAsync(form.PartnerId, Cultures.IsIndonesian, ct);
        ViewData["Warnings"] = warnings;
        return View("Form", form with
        {
            Trainers = trainers, Variants = variants, Modules = modules, Partners = form.Id == 0 ? partners : [],
            Provinces = await db.ProvinceOptionsAsync(ct),
        });
    }
}
