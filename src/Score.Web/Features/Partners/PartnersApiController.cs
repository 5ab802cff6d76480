using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Score.Web.Infrastructure.Api;

namespace Score.Web.Features.Partners;

public sealed record ApiPartner(int Id, string ShortName, string Name, string? ProvinceCode, bool IsLead);

public sealed record ApiVariant(int Id, int PartnerId, string Name, int[] ModuleNumbers);

public sealed record ApiModule(int Number, string NameEn, string NameId, int PlannedConsultations, int ConsultationWindowDays, int ParticipantMinAttendancePercent);

/// <summary>Reference data every user may read: the implementing partners, their SCORE variants and the five modules.</summary>
[Tags("Reference")]
public sealed class PartnersApiController(Data.ScoreDbContext db) : ApiControllerBase
{
    [HttpGet("api/v1/partners")]
    [ProducesResponseType<IReadOnlyList<ApiPartner>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Partners(CancellationToken ct) =>
        Answer(await db.Partners.OrderBy(p => p.ShortName).Select(p => new ApiPartner(p.Id, p.ShortName, p.Name, p.ProvinceCode, p.IsLead)).ToListAsync(ct));

    [HttpGet("api/v1/variants")]
    [ProducesResponseType<IReadOnlyList<ApiVariant>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Variants(CancellationToken ct) =>
        Answer(await db.Variants.OrderBy(v => v.PartnerId).ThenBy(v => v.Name).Select(v => new ApiVariant(v.Id, v.PartnerId, v.Name, v.ModuleNumbers)).ToListAsync(ct));

    [HttpGet("api/v1/modules")]
    [ProducesResponseType<IReadOnlyList<ApiModule>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Modules(CancellationToken ct) =>
        Answer(await db.Modules.OrderBy(m => m.Number)
            .Select(m => new ApiModule(m.Number, m.NameEn, m.NameId, m.PlannedConsultations, m.ConsultationWindowDays, m.ParticipantMinAttendancePercent)).ToListAsync(ct));
}
