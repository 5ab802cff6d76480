using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Modules;

public sealed record ModuleRulesForm
{
    public int Number { get; init; }

    public string Name { get; init; } = "";

    [Range(1, 10, ErrorMessage = "Validation.Range")]
    [Display(Name = "Module.PlannedConsultations")]
    public int PlannedConsultations { get; init; }

    [Range(7, 365, ErrorMessage = "Validation.Range")]
    [Display(Name = "Module.WindowDays")]
    public int ConsultationWindowDays { get; init; }

    [Range(1, 100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Module.MinAttendance")]
    public int ParticipantMinAttendancePercent { get; init; }

    [Display(Name = "Module.NeedsManagerAndWorker")]
    public bool EnterpriseNeedsManagerAndWorker { get; init; }

    [Display(Name = "Module.NeedsConsultations")]
    public bool EnterpriseNeedsPlannedConsultations { get; init; }

    [Display(Name = "Module.NeedsWorkshop")]
    public bool EnterpriseNeedsWorkshop { get; init; }
}

/// <summary>The five modules, and the consultation plan and completion rules administrators set for each.</summary>
[Route("modules")]
public sealed class ModulesController(ScoreDbContext db, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await db.Modules.AsNoTracking().OrderBy(m => m.Number).ToListAsync(ct));

    [Authorize(Policy = Policies.Administration)]
    [HttpGet("{number:int}/edit")]
    public async Task<IActionResult> Edit(int number, CancellationToken ct) =>
        await db.Modules.AsNoTracking().SingleOrDefaultAsync(m => m.Number == number, ct) is { } m
            ? View(new ModuleRulesForm
            {
                Number = m.Number, Name = Localization.Cultures.IsIndonesian ? m.NameId : m.NameEn, PlannedConsultations = m.PlannedConsultations,
                ConsultationWindowDays = m.ConsultationWindowDays, ParticipantMinAttendancePercent = m.ParticipantMinAttendancePercent,
                EnterpriseNeedsManagerAndWorker = m.EnterpriseNeedsManagerAndWorker, EnterpriseNeedsPlannedConsultations = m.EnterpriseNeedsPlannedConsultations,
                EnterpriseNeedsWorkshop = m.EnterpriseNeedsWorkshop,
            })
            : NotFound();

    [Authorize(Policy = Policies.Administration)]
    [HttpPost("{number:int}/edit")]
    public async Task<IActionResult> Edit(int number, ModuleRulesForm form, CancellationToken ct)
    {
        var module = await db.Modules.SingleOrDefaultAsync(m => m.Number == number, ct);
        if (module is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(form with { Number = number, Name = Localization.Cultures.IsIndonesian ? module.NameId : module.NameEn });
        }
        module.PlannedConsultations = form.PlannedConsultations;
        module.ConsultationWindowDays = form.ConsultationWindowDays;
        module.ParticipantMinAttendancePercent = form.ParticipantMinAttendancePercent;
        module.EnterpriseNeedsManagerAndWorker = form.EnterpriseNeedsManagerAndWorker;
        module.EnterpriseNeedsPlannedConsultations = form.EnterpriseNeedsPlannedConsultations;
        module.EnterpriseNeedsWorkshop = form.EnterpriseNeedsWorkshop;
        await db.SaveChangesAsync(ct);
        this.Flash(FlashKind.Success, text["Module.Saved", number]);
        return RedirectToAction(nameof(Index));
    }
}
