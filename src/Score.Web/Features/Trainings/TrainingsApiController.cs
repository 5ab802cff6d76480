using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Domain;
using Score.Web.Infrastructure.Api;

namespace Score.Web.Features.Trainings;

public sealed record ApiTraining(
    int Id, int PartnerId, string Partner, int Module, int? VariantId, string Title, int LeadTrainerId, string? Venue, string ProvinceCode, string? City,
    DateOnly PlannedStart, DateOnly PlannedEnd, FundingSource Funding, TrainingStatus Status, ReviewState ReviewState, DateOnly? WorkshopDate,
    DateTimeOffset UpdatedAt, uint Version);

public sealed record ApiParticipant(int Id, int PersonId, string FullName, Sex Sex, PersonPosition Position);

public sealed record ApiEnrolment(
    int Id, int EnterpriseId, string Enterprise, decimal? FeePaid, bool PresentedAtWorkshop, bool? ProductivityImproved, decimal? ProductivityChangePercent,
    bool? CostsSaved, decimal? CostsSavedRupiah, IReadOnlyList<ApiParticipant> Participants);

public sealed record ApiClassroomDay(int Id, DateOnly Date, string? Venue, string? Topic, bool AttendanceTaken, IReadOnlyList<int> PresentParticipantIds, uint Version);

public sealed record ApiTrainingDetails(ApiTraining Training, IReadOnlyList<ApiEnrolment> Enrolments, IReadOnlyList<ApiClassroomDay> Days);

public sealed record ApiWorkshopResult(
    int EnrolmentId, int EnterpriseId, string Enterprise, bool Presented, string? Presenters, string? Summary, bool? ProductivityImproved,
    decimal? ProductivityChangePercent, bool? CostsSaved, decimal? CostsSavedRupiah, bool? DefectsReduced, decimal? DefectsChangePercent, bool? EnergySaved,
    decimal? EnergySavedPercent);

/// <summary>A training's closing workshop: when and where, and what each enterprise presented and reported.</summary>
public sealed record ApiWorkshop(int TrainingId, int PartnerId, int Module, DateOnly? Date, string? Venue, IReadOnlyList<ApiWorkshopResult> Results);

/// <summary>Who was present on a classroom day: every participant not listed is absent. <c>version</c> is the day's, from a read.</summary>
/// <param name="PresentParticipantIds">The participants present that day; any other participant of the training is absent.</param>
/// <param name="Version">The day's version as last read (GET the training): a day changed since then answers 409.</param>
public sealed record AttendanceInput(int[] PresentParticipantIds, [System.ComponentModel.DataAnnotations.Required] uint? Version);

/// <summary>Trainings with their enrolment, classroom days and attendance; attendance recorded as on the attendance page.</summary>
[Route("api/v1/trainings")]
[Tags("Trainings")]
public sealed class TrainingsApiController(Data.ScoreDbContext db, PartnerScope scope, ClassroomAttendance attendance)
    : ApiControllerBase
{
    /// <summary>The trainings the token's user may read (a trainer: the ones assigned), in id order.</summary>
    [HttpGet("")]
    [ProducesResponseType<ApiPage<ApiTraining>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List([FromQuery] TrainingStatus? status, [FromQuery] int? module, [FromQuery] int? partner, [FromQuery] int? year,
        [FromQuery] string? cursor, [FromQuery] int? limit, CancellationToken ct)
    {
        var trainings = scope.Trainings();
        if (status is { } s)
        {
            trainings = trainings.Where(t => t.Status == s);
        }
        trainings = OfPartnerAndModule(trainings, partner, module);
        if (year is { } y and >= 1900 and <= 2999)
        {
            trainings = trainings.Where(t => t.PlannedStart >= new DateOnly(y, 1, 1) && t.PlannedStart <= new DateOnly(y, 12, 31));
        }
        var after = After(cursor);
        var take = Limit(limit);
        return Listed(await Project(trainings.Where(t => t.Id > after).OrderBy(t => t.Id).Take(take + 1)).ToListAsync(ct), take, t => t.Id);
    }

    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiTrainingDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(int id, CancellationToken ct)
    {
        var training = await Project(scope.Trainings().Where(t => t.Id == id)).SingleOrDefaultAsync(ct);
        if (training is null)
        {
            return NotFound();
        }
        var enrolments = await db.Enrolments.Where(e => e.TrainingId == id).OrderBy(e => e.Id)
            .Select(e => new ApiEnrolment(e.Id, e.EnterpriseId, e.Enterprise!.Name, e.FeePaid, e.PresentedAtWorkshop, e.ProductivityImproved,
                e.ProductivityChangePercent, e.CostsSaved, e.CostsSavedRupiah,
                e.Participants.OrderBy(p => p.Id).Select(p => new ApiParticipant(p.Id, p.PersonId, p.Person!.FullName, p.Person.Sex, p.Person.Position)).ToList()))
            .AsSplitQuery().ToListAsync(ct);
        var days = await db.ClassroomDays.Where(d => d.TrainingId == id).OrderBy(d => d.Date)
            .Select(d => new ApiClassroomDay(d.Id, d.Date, d.Venue, d.Topic, d.AttendanceTakenAt != null,
                db.Attendance.Where(a => a.ClassroomDayId == d.Id && a.Present).OrderBy(a => a.ParticipantId).Select(a => a.ParticipantId).ToList(), d.Version))
            .ToListAsync(ct);
        return Answer(new ApiTrainingDetails(training, enrolments, days));
    }

    /// <summary>Records a classroom day's attendance (the same rules as the attendance page: a locked or closed training refuses).</summary>
    [HttpPut("{id:int}/days/{dayId:int}/attendance")]
    [Authorize(Policy = ApiTokenFormat.WritePolicy)]
    [Idempotent]
    [ProducesResponseType<ApiClassroomDay>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Attendance(int id, int dayId, AttendanceInput input, CancellationToken ct)
    {
        var (outcome, _) = await attendance.SaveAttendanceAsync(id, dayId, input.PresentParticipantIds ?? [], null, ct, input.Version);
        if (!outcome.Saved)
        {
            return Refusal(outcome);
        }
        var day = await db.ClassroomDays.Where(d => d.Id == dayId)
            .Select(d => new ApiClassroomDay(d.Id, d.Date, d.Venue, d.Topic, d.AttendanceTakenAt != null,
                db.Attendance.Where(a => a.ClassroomDayId == d.Id && a.Present).OrderBy(a => a.ParticipantId).Select(a => a.ParticipantId).ToList(), d.Version))
            .SingleAsync(ct);
        return Ok(day);
    }

    /// <summary>The closing workshop of a training and each enterprise's outcomes (empty until the workshop is recorded).</summary>
    [HttpGet("{id:int}/workshop")]
    [ProducesResponseType<ApiWorkshop>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Workshop(int id, CancellationToken ct) =>
        await Workshops(scope.Trainings().Where(t => t.Id == id)).AsSplitQuery().SingleOrDefaultAsync(ct) is { } workshop ? Answer(workshop) : NotFound();

    /// <summary>The workshops held (those with a date), in training id order, filtered like the trainings.</summary>
    [HttpGet("/api/v1/workshops")]
    [Tags("Workshops")]
    [ProducesResponseType<ApiPage<ApiWorkshop>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> WorkshopList([FromQuery] int? partner, [FromQuery] int? module, [FromQuery] int? year, [FromQuery] string? cursor,
        [FromQuery] int? limit, CancellationToken ct)
    {
        var trainings = OfPartnerAndModule(scope.Trainings().Where(t => t.WorkshopDate != null), partner, module);
        if (year is { } y and >= 1900 and <= 2999)
        {
            trainings = trainings.Where(t => t.WorkshopDate >= new DateOnly(y, 1, 1) && t.WorkshopDate <= new DateOnly(y, 12, 31));
        }
        var after = After(cursor);
        var take = Limit(limit);
        return Listed(await Workshops(trainings.Where(t => t.Id > after).OrderBy(t => t.Id).Take(take + 1)).AsSplitQuery().ToListAsync(ct), take, w => w.TrainingId);
    }

    private static IQueryable<Training> OfPartnerAndModule(IQueryable<Training> trainings, int? partner, int? module)
    {
        if (partner is { } p)
        {
            trainings = trainings.Where(t => t.PartnerId == p);
        }
        return module is { } m ? trainings.Where(t => t.ModuleNumber == m) : trainings;
    }

    private IQueryable<ApiWorkshop> Workshops(IQueryable<Training> trainings) => trainings.Select(t => new ApiWorkshop(
        t.Id, t.PartnerId, t.ModuleNumber, t.WorkshopDate, t.WorkshopVenue,
        db.Enrolments.Where(e => e.TrainingId == t.Id).OrderBy(e => e.Id).Select(e => new ApiWorkshopResult(
            e.Id, e.EnterpriseId, e.Enterprise!.Name, e.PresentedAtWorkshop, e.Presenters, e.ResultsSummary, e.ProductivityImproved,
            e.ProductivityChangePercent, e.CostsSaved, e.CostsSavedRupiah, e.DefectsReduced, e.DefectsChangePercent, e.EnergySaved, e.EnergySavedPercent)).ToList()));

    private static IQueryable<ApiTraining> Project(IQueryable<Training> trainings) => trainings.Select(t => new ApiTraining(
        t.Id, t.PartnerId, t.Partner!.ShortName, t.ModuleNumber, t.VariantId, t.Title, t.LeadTrainerId, t.Venue, t.ProvinceCode, t.City, t.PlannedStart,
        t.PlannedEnd, t.Funding, t.Status, t.ReviewState, t.WorkshopDate, t.UpdatedAt, t.Version));
}
