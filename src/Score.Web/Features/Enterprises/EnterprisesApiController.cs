using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Infrastructure.Api;
using Score.Web.Queries;

namespace Score.Web.Features.Enterprises;

public sealed record ApiEnterprise(
    int Id, int PartnerId, string Partner, string Name, string? Nib, LegalForm LegalForm, int SectorId, string ProvinceCode, string? RegencyCode,
    string? Address, string? Phone, string? Email, string? OwnerName, int? YearFounded, int WorkersWomen, int WorkersMen, SalesBand SalesBand,
    SizeClass SizeClass, double? Latitude, double? Longitude, EnterpriseStatus Status, DateTimeOffset UpdatedAt, uint Version);

public sealed record ApiPerson(int Id, string FullName, Sex Sex, PersonPosition Position, string? Phone, string? Email, bool IsEitMember, uint Version);

public sealed record ApiEnterpriseDetails(ApiEnterprise Enterprise, IReadOnlyList<ApiPerson> People);

/// <summary>An enterprise as the API takes it; <c>version</c> (from a read) is required to update.</summary>
public sealed record EnterpriseInput(
    string? Name, string? Nib, LegalForm LegalForm, int? SectorId, string? ProvinceCode, string? RegencyCode, string? Address, string? Phone, string? Email,
    string? OwnerName, int? YearFounded, int? WorkersWomen, int? WorkersMen, SalesBand SalesBand, double? Latitude, double? Longitude,
    EnterpriseStatus Status = EnterpriseStatus.Active, int? PartnerId = null, uint Version = 0, bool ConfirmWarnings = false);

public sealed record PersonInput(string? FullName, Sex? Sex, PersonPosition? Position, string? Phone, string? Email, bool IsEitMember, uint Version = 0, bool ConfirmWarnings = false);

/// <summary>Enterprises and their people through the API: the same scope, validation, duplicate checks, concurrency and audit as the pages.</summary>
[Route("api/v1/enterprises")]
[Tags("Enterprises")]
public sealed class EnterprisesApiController(
    Data.ScoreDbContext db, PartnerScope scope, EnterpriseRegistry registry, PeopleRegistry people, ProgrammeFigureQueries figures) : ApiControllerBase
{
    /// <summary>The enterprises the token's user may read, filtered as the list page filters, in id order.</summary>
    [HttpGet("")]
    [ProducesResponseType<ApiPage<ApiEnterprise>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List([FromQuery] string? search, [FromQuery] string? province, [FromQuery] int? sector, [FromQuery] SizeClass? size,
        [FromQuery] EnterpriseStatus? status, [FromQuery] int? partner, [FromQuery] string? cursor, [FromQuery] int? limit, CancellationToken ct)
    {
        var query = new EnterpriseListQuery { Search = search, Province = province, Sector = sector, Size = size, Status = status, Partner = partner };
        var after = After(cursor);
        var take = Limit(limit);
        var rows = await Project(EnterpriseFilter.Apply(scope.Enterprises(), query, figures).Where(e => e.Id > after).OrderBy(e => e.Id).Take(take + 1))
            .ToListAsync(ct);
        return Listed(rows, take, e => e.Id);
    }

    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiEnterpriseDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(int id, CancellationToken ct)
    {
        var enterprise = await Project(scope.Enterprises().Where(e => e.Id == id)).SingleOrDefaultAsync(ct);
        if (enterprise is null)
        {
            return NotFound();
        }
        var staff = await db.People.Where(p => p.EnterpriseId == id).OrderBy(p => p.Id)
            .Select(p => new ApiPerson(p.Id, p.FullName, p.Sex, p.Position, p.Phone, p.Email, p.IsEitMember, p.Version)).ToListAsync(ct);
        return Answer(new ApiEnterpriseDetails(enterprise, staff));
    }

    [HttpPost("")]
    [Authorize(Policy = ApiTokenFormat.WritePolicy)]
    [Idempotent]
    [ProducesResponseType<ApiEnterpriseDetails>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Create(EnterpriseInput input, CancellationToken ct) => await SaveAsync(0, input, ct);

    [HttpPut("{id:int}")]
    [Authorize(Policy = ApiTokenFormat.WritePolicy)]
    [Idempotent]
    [ProducesResponseType<ApiEnterpriseDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Update(int id, EnterpriseInput input, CancellationToken ct) => await SaveAsync(id, input, ct);

    [HttpPost("{id:int}/people")]
    [Authorize(Policy = ApiTokenFormat.WritePolicy)]
    [Idempotent]
    [ProducesResponseType<ApiPerson>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> AddPerson(int id, PersonInput input, CancellationToken ct) => await SavePersonAsync(id, 0, input, ct);

    [HttpPut("{id:int}/people/{personId:int}")]
    [Authorize(Policy = ApiTokenFormat.WritePolicy)]
    [Idempotent]
    [ProducesResponseType<ApiPerson>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> UpdatePerson(int id, int personId, PersonInput input, CancellationToken ct) => await SavePersonAsync(id, personId, input, ct);

    private async Task<IActionResult> SaveAsync(int id, EnterpriseInput input, CancellationToken ct)
    {
        var iso = System.Globalization.CultureInfo.InvariantCulture;
        var form = new EnterpriseForm
        {
            Id = id, PartnerId = input.PartnerId, Name = input.Name, Nib = input.Nib, LegalForm = input.LegalForm, SectorId = input.SectorId,
            ProvinceCode = input.ProvinceCode, RegencyCode = input.RegencyCode, Address = input.Address, Phone = input.Phone, Email = input.Email,
            OwnerName = input.OwnerName, YearFounded = input.YearFounded, WorkersWomen = input.WorkersWomen, WorkersMen = input.WorkersMen,
            SalesBand = input.SalesBand, Latitude = input.Latitude?.ToString(iso), Longitude = input.Longitude?.ToString(iso), Status = input.Status,
            Version = input.Version, ConfirmWarnings = input.ConfirmWarnings,
        };
        if (!TryValidateModel(form))
        {
            return Invalid();
        }
        var outcome = await registry.SaveAsync(form, ct);
        if (!outcome.Saved)
        {
            return Refusal(outcome);
        }
        var saved = await Project(db.Enterprises.Where(e => e.Id == outcome.Id)).SingleAsync(ct);
        var details = new ApiEnterpriseDetails(saved, []);
        return id == 0 ? Created($"/api/v1/enterprises/{saved.Id}", details) : Ok(details);
    }

    private async Task<IActionResult> SavePersonAsync(int enterpriseId, int personId, PersonInput input, CancellationToken ct)
    {
        var form = new PersonForm
        {
            Id = personId, EnterpriseId = enterpriseId, FullName = input.FullName, Sex = input.Sex, Position = input.Position, Phone = input.Phone,
            Email = input.Email, IsEitMember = input.IsEitMember, Version = input.Version, ConfirmWarnings = input.ConfirmWarnings,
        };
        if (!TryValidateModel(form))
        {
            return Invalid();
        }
        var outcome = await people.SaveAsync(form, ct);
        if (!outcome.Saved)
        {
            return Refusal(outcome);
        }
        var saved = await db.People.Where(p => p.EnterpriseId == enterpriseId && (personId == 0 ? p.Id == outcome.Id : p.Id == personId))
            .Select(p => new ApiPerson(p.Id, p.FullName, p.Sex, p.Position, p.Phone, p.Email, p.IsEitMember, p.Version)).SingleAsync(ct);
        return personId == 0 ? Created($"/api/v1/enterprises/{enterpriseId}", saved) : Ok(saved);
    }

    private static IQueryable<ApiEnterprise> Project(IQueryable<Enterprise> enterprises) => enterprises.Select(e => new ApiEnterprise(
        e.Id, e.PartnerId, e.Partner!.ShortName, e.Name, e.Nib, e.LegalForm, e.SectorId, e.ProvinceCode, e.RegencyCode, e.Address, e.Phone, e.Email,
        e.OwnerName, e.YearFounded, e.WorkersWomen, e.WorkersMen, e.SalesBand, e.SizeClass, e.Latitude, e.Longitude, e.Status, e.UpdatedAt, e.Version));
}
