using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Reports;

/// <summary>The period and partner of a partner or programme report, as the form on /reports sends them.</summary>
public sealed record ReportPeriod
{
    public int? PartnerId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Only trainings a reviewer approved.</summary>
    public bool Approved { get; init; }
}

public sealed record ReportsPage(ReportPeriod Period, IReadOnlyList<SelectOption> Partners, IReadOnlyList<SelectOption> Trainings, bool ShowsPartnerReport, bool ShowsProgrammeReport);

[Route("reports")]
public sealed class ReportsController(
    ReportDocuments documents, ResultsReports results, PartnerScope scope, CurrentUser me, ScoreDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await PageAsync(DefaultPeriod(), ct));

    [HttpGet("trainings/{id:int}")]
    public async Task<IActionResult> Training(int id, CancellationToken ct) =>
        await documents.TrainingAsync(id, ct) is { } file ? File(file.Pdf, "application/pdf", file.FileName) : NotFound();

    /// <summary>The training picked from the list on /reports.</summary>
    [HttpGet("training")]
    public IActionResult PickedTraining(int id) => Redirect($"/reports/trainings/{id}");

    [HttpGet("enterprises/{id:int}")]
    public async Task<IActionResult> Enterprise(int id, CancellationToken ct) =>
        await documents.EnterpriseAsync(id, ct) is { } file ? File(file.Pdf, "application/pdf", file.FileName) : NotFound();

    [HttpGet("partner")]
    public async Task<IActionResult> Partner([FromQuery] ReportPeriod period, CancellationToken ct)
    {
        // Staff may leave the partner out (theirs); asking for another partner's report finds nothing (404).
        var read = scope.ReadFor(period.PartnerId);
        if (!read.Allowed)
        {
            return NotFound();
        }
        var partnerId = read.PartnerId;
        if (read.Reach == PartnerReach.All)
        {
            ModelState.AddModelError(nameof(ReportPeriod.PartnerId), text["Validation.Required", text["Field.Partner"]]);
        }
        if (!ValidPeriod(period) || partnerId is null)
        {
            return View(nameof(Index), await PageAsync(period, ct));
        }
        return await documents.PartnerAsync(partnerId.Value, period.From!.Value, period.To!.Value, period.Approved, ct) is { } file
            ? File(file.Pdf, "application/pdf", file.FileName)
            : NotFound();
    }

    [Authorize(Policy = Policies.ProgrammeLevel)]
    [HttpGet("programme")]
    public async Task<IActionResult> Programme([FromQuery] ReportPeriod period, CancellationToken ct)
    {
        if (!ValidPeriod(period))
        {
            return View(nameof(Index), await PageAsync(period, ct));
        }
        return await documents.ProgrammeAsync(period.From!.Value, period.To!.Value, period.Approved, ct) is { } file
            ? File(file.Pdf, "application/pdf", file.FileName)
            : NotFound();
    }

    /// <summary>
    /// The results report as PDF or (format=xlsx) as a workbook. The period may be left open at either end,
    /// or entirely for all time; the partner is optional for programme users and always the user's own for staff.
    /// </summary>
    [HttpGet("results")]
    public async Task<IActionResult> Results([FromQuery] ReportPeriod period, string? format, CancellationToken ct)
    {
        if (period is { From: { } from, To: { } to } && to < from)
        {
            ModelState.AddModelError(nameof(ReportPeriod.To), text["Report.ToBeforeFrom"]);
        }
        // A date typed into the URL that is no date has its binding error at the field already.
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(period, ct));
        }
        var report = await results.BuildAsync(period.PartnerId, period.From, period.To, period.Approved, ct);
        if (report is null)
        {
            return NotFound();
        }
        return string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? File(results.Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.FileStem + ".xlsx")
            : File(results.Pdf(report), "application/pdf", report.FileStem + ".pdf");
    }

    private ReportPeriod DefaultPeriod()
    {
        var today = clock.Today();
        return new ReportPeriod { PartnerId = me.PartnerId, From = new DateOnly(today.Year, 1, 1), To = today };
    }

    private bool ValidPeriod(ReportPeriod period)
    {
        if (period.From is null)
        {
            ModelState.AddModelError(nameof(ReportPeriod.From), text["Validation.Required", text["Report.From"]]);
        }
        if (period.To is null)
        {
            ModelState.AddModelError(nameof(ReportPeriod.To), text["Validation.Required", text["Report.To"]]);
        }
        if (period is { From: { } from, To: { } to } && to < from)
        {
            ModelState.AddModelError(nameof(ReportPeriod.To), text["Report.ToBeforeFrom"]);
        }
        return ModelState.IsValid;
    }

    private async Task<ReportsPage> PageAsync(ReportPeriod period, CancellationToken ct)
    {
        var partners = scope.SeesAllPartners ? await db.PartnerOptionsAsync(ct) : [];
        var trainings = await scope.Trainings().OrderByDescending(t => t.PlannedStart).ThenByDescending(t => t.Id).Take(100)
            .Select(t => new { t.Id, t.Partner!.ShortName, t.Title, t.PlannedStart })
            .ToListAsync(ct);
        var staffOfPartner = me.IsInRole(Roles.PartnerStaff) && me.PartnerId is not null;
        var trainingOptions = trainings
            .Select(t => new SelectOption(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{t.ShortName} · {t.Title} ({Localization.Display.Date(t.PlannedStart)})"))
            .ToList();
        return new ReportsPage(period, partners, trainingOptions, scope.SeesAllPartners || staffOfPartner, scope.SeesAllPartners);
    }
}
