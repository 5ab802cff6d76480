using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Domain;
using Score.Web.Infrastructure.Api;

namespace Score.Web.Features.Visits;

public sealed record ApiKpiValue(string Code, decimal Value, string? Period, DateOnly MeasuredOn);

public sealed record ApiAction(int Id, string Description, string? Owner, DateOnly? DueDate, ActionStatus Status, int? RaisedInConsultationId);

public sealed record ApiConsultation(
    int Id, int EnrolmentId, int EnterpriseId, int TrainerId, DateOnly Date, int DurationMinutes, VisitMode Mode, string? Findings,
    IReadOnlyList<int> EitAttendeeIds, IReadOnlyList<ApiKpiValue> Kpis, IReadOnlyList<ApiAction> ActionsReviewed);

/// <summary>Follow-up consultations (visits) of a training: read with their KPI values and actions, recorded as the visit form records them.</summary>
[Tags("Consultations")]
public sealed class VisitsApiController(Data.ScoreDbContext db, PartnerScope scope, VisitDesk desk) : ApiControllerBase
{
    [HttpGet("api/v1/trainings/{id:int}/consultations")]
    [ProducesResponseType<ApiPage<ApiConsultation>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> List(int id, [FromQuery] string? cursor, [FromQuery] int? limit, CancellationToken ct)
    {
        if (!await scope.Trainings().AnyAsync(t => t.Id == id, ct))
        {
            return NotFound();
        }
        var after = After(cursor);
        var take = Limit(limit);
        var rows = await Project(db.Consultations.Where(c => c.Enrolment!.TrainingId == id && c.Id > after).OrderBy(c => c.Id).Take(take + 1))
            .AsSplitQuery().ToListAsync(ct);
        return Listed(rows, take, c => c.Id);
    }

    /// <summary>
    /// Records a visit: open actions are updated by id, new ones added, KPI values checked as on the form (a value that
    /// looks wrong needs <c>confirmWarnings</c>). The same visit sent again (same date, trainer, duration, mode and
    /// findings within ten minutes) is not recorded twice; an <c>Idempotency-Key</c> makes any retry safe.
    /// </summary>
    [HttpPost("api/v1/trainings/{id:int}/enrolments/{enrolmentId:int}/consultations")]
    [Authorize(Policy = ApiTokenFormat.WritePolicy)]
    [Idempotent]
    [ProducesResponseType<ApiConsultation>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Record(int id, int enrolmentId, ConsultationForm form, CancellationToken ct)
    {
        var outcome = await desk.RecordAsync(id, enrolmentId, form, ct);
        if (!outcome.Saved)
        {
            return Refusal(outcome);
        }
        var saved = await Project(db.Consultations.Where(c => c.EnrolmentId == enrolmentId && c.Date == form.Date).OrderByDescending(c => c.Id).Take(1))
            .AsSplitQuery().SingleAsync(ct);
        return Created($"/api/v1/trainings/{id}/consultations", saved);
    }

    private IQueryable<ApiConsultation> Project(IQueryable<Consultation> consultations) => consultations.Select(c => new ApiConsultation(
        c.Id, c.EnrolmentId, c.Enrolment!.EnterpriseId, c.TrainerId, c.Date, c.DurationMinutes, c.Mode, c.Findings, c.EitAttendeeIds,
        db.KpiValues.Where(v => v.ConsultationId == c.Id).OrderBy(v => v.KpiCode).Select(v => new ApiKpiValue(v.KpiCode, v.Value, v.Period, v.MeasuredOn)).ToList(),
        db.ImprovementActions.Where(a => a.LastReviewedInConsultationId == c.Id || a.RaisedInConsultationId == c.Id).OrderBy(a => a.Id)
            .Select(a => new ApiAction(a.Id, a.Description, a.Owner, a.DueDate, a.Status, a.RaisedInConsultationId)).ToList()));
}
