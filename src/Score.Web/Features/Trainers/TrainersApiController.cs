using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Domain;
using Score.Web.Infrastructure.Api;

namespace Score.Web.Features.Trainers;

public sealed record ApiCertification(int Module, CertificationLevel Level, DateOnly? CertifiedOn);

public sealed record ApiTrainer(
    int Id, int PartnerId, string Partner, string FullName, string Email, string? Phone, Sex Sex, IReadOnlyList<ApiCertification> Certifications);

/// <summary>
/// Trainer profiles as the trainers page shows them: programme users read all, partner staff their partner's;
/// a trainer, who has no trainers page, reads only their own profile.
/// </summary>
[Route("api/v1/trainers")]
[Tags("Trainers")]
public sealed class TrainersApiController(Data.ScoreDbContext db, CurrentUser me) : ApiControllerBase
{
    /// <summary>The trainers the token's user may read, in id order; <c>module</c> keeps those certified for it.</summary>
    [HttpGet("")]
    [ProducesResponseType<ApiPage<ApiTrainer>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List([FromQuery] int? partner, [FromQuery] int? module, [FromQuery] string? cursor, [FromQuery] int? limit,
        CancellationToken ct)
    {
        var trainers = Readable();
        if (partner is { } p)
        {
            trainers = trainers.Where(t => t.PartnerId == p);
        }
        if (module is { } m)
        {
            trainers = trainers.Where(t => t.Certifications.Any(c => c.ModuleNumber == m));
        }
        var after = After(cursor);
        var take = Limit(limit);
        return Listed(await Project(trainers.Where(t => t.Id > after).OrderBy(t => t.Id).Take(take + 1)).AsSplitQuery().ToListAsync(ct), take, t => t.Id);
    }

    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiTrainer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(int id, CancellationToken ct) =>
        await Project(Readable().Where(t => t.Id == id)).AsSplitQuery().SingleOrDefaultAsync(ct) is { } trainer ? Answer(trainer) : NotFound();

    private IQueryable<TrainerProfile> Readable()
    {
        if (me.SeesAllPartners)
        {
            return db.Trainers;
        }
        if (me.IsInRole(Roles.PartnerStaff) && me.PartnerId is { } partnerId)
        {
            return db.Trainers.Where(t => t.PartnerId == partnerId);
        }
        var userId = me.Id;
        return me.IsInRole(Roles.Trainer) && userId is not null ? db.Trainers.Where(t => t.UserId == userId) : db.Trainers.Where(t => false);
    }

    private static IQueryable<ApiTrainer> Project(IQueryable<TrainerProfile> trainers) => trainers.Select(t => new ApiTrainer(
        t.Id, t.PartnerId, t.Partner!.ShortName, t.User!.FullName, t.User.Email!, t.Phone, t.Sex,
        t.Certifications.OrderBy(c => c.ModuleNumber).Select(c => new ApiCertification(c.ModuleNumber, c.Level, c.CertifiedOn)).ToList()));
}
