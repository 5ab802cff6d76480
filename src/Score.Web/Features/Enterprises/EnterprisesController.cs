using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Localization;
using Score.Web.Queries;

namespace Score.Web.Features.Enterprises;

[Route("enterprises")]
public sealed class EnterprisesController(
    ScoreDbContext db, EnterpriseRegistry registry, EnterpriseRecords records, PeopleRegistry people, AuditHistory history, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] EnterpriseListQuery query, CancellationToken ct) =>
        View(await registry.ListAsync(query, Cultures.IsIndonesian, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await records.LoadAsync(id, ct) is { } details ? View(details) : NotFound();

    [HttpGet("create")]
    public async Task<IActionResult> Create(int? enrolIn, CancellationToken ct)
    {
        var training = enrolIn is { } trainingId ? await registry.EnrolmentTrainingAsync(trainingId, ct) : null;
        if (!registry.CanRegister || (enrolIn is not null && training is null))
        {
            return NotFound();
        }
        return await FormView(new EnterpriseForm
        {
            Status = Domain.EnterpriseStatus.Active, AddOwnerAsPerson = true, People = NewPersonRow.Blank(NewPeopleRows), EnrolIn = enrolIn,
            FeePaid = training?.FeePerEnterprise,
        }, [], ct);
    }

    /// <summary>Empty person rows a new enterprise's form offers; more are added in the browser.</summary>
    private const int NewPeopleRows = 3;

    [HttpPost("create")]
    public Task<IActionResult> Create(EnterpriseForm form, CancellationToken ct) => Save(form with { Id = 0 }, ct);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await registry.LoadFormAsync(id, ct) is { } form ? await FormView(form, [], ct) : NotFound();

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, EnterpriseForm form, CancellationToken ct) => Save(form with { Id = id, EnrolIn = null, People = [] }, ct);

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var refusal = await registry.DeleteAsync(id, ct);
        if (refusal.IsNotFound)
        {
            return NotFound();
        }
        if (!refusal.Saved)
        {
            this.Flash(FlashKind.Danger, refusal.Refusal);
            return RedirectToAction(nameof(Details), new { id });
        }
        this.Flash(FlashKind.Success, text["Enterprise.Deleted"]);
        return RedirectToAction(nameof(Index));
    }

    [Authorize(Policy = Policies.Administration)]
    [HttpPost("{id:int}/restore")]
    public async Task<IActionResult> Restore(int id, CancellationToken ct)
    {
        if (!await registry.RestoreAsync(id, ct))
        {
            return NotFound();
        }
        this.Flash(FlashKind.Success, text["Enterprise.Restored"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policy = Policies.Administration)]
    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, int partnerId, CancellationToken ct)
    {
        if (!await registry.MoveAsync(id, partnerId, ct))
        {
            return NotFound();
        }
        this.Flash(FlashKind.Success, text["Enterprise.Moved"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The regencies and cities of a province, for the form's second dropdown.</summary>
    [HttpGet("regencies")]
    public async Task<IActionResult> Regencies(string province, CancellationToken ct) =>
        Json(await db.RegencyOptionsAsync(province, ct));

    [HttpGet("{id:int}/people/create")]
    public async Task<IActionResult> AddPeople(int id, CancellationToken ct) =>
        await people.ChangeableEnterpriseNameAsync(id, ct) is { Name: var name }
            ? PeopleView(new PeopleBatchForm { EnterpriseId = id, People = NewPersonRow.Blank(NewPeopleRows) }, name, [])
            : NotFound();

    [HttpPost("{id:int}/people/create")]
    public async Task<IActionResult> AddPeople(int id, PeopleBatchForm form, CancellationToken ct)
    {
        form = form with { EnterpriseId = id };
        if (await people.ChangeableEnterpriseNameAsync(id, ct) is not { Name: var name })
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            // Every unfinished row is shown with the typing mistakes, not one after the other.
            ModelState.Apply(PeopleBatch.Errors(form.People, nameof(form.People), text));
            return PeopleView(form, name, []);
        }
        var result = await people.AddBatchAsync(form, ct);
        if (result.Result.IsNotFound)
        {
            return NotFound();
        }
        if (!result.Result.Saved)
        {
            ModelState.Apply(result.Result.Errors);
            return PeopleView(form with { ConfirmWarnings = false }, name, result.Result.Warnings);
        }
        this.Flash(FlashKind.Success, text["Person.BatchSaved", result.Value]);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/people/{personId:int}/edit")]
    public async Task<IActionResult> EditPerson(int id, int personId, CancellationToken ct) =>
        await people.LoadFormAsync(id, personId, ct) is { } form
            ? PersonView(form with { History = await history.OfAsync(nameof(EnterprisePerson), personId, ct) }, (await people.ChangeableEnterpriseNameAsync(id, ct))!.Name, [])
            : NotFound();

    [HttpPost("{id:int}/people/{personId:int}/edit")]
    public Task<IActionResult> EditPerson(int id, int personId, PersonForm form, CancellationToken ct) =>
        SavePerson(form with { Id = personId, EnterpriseId = id }, ct);

    [HttpPost("{id:int}/people/{personId:int}/delete")]
    public async Task<IActionResult> DeletePerson(int id, int personId, CancellationToken ct)
    {
        var refusal = await people.DeleteAsync(id, personId, ct);
        return this.Answer(refusal, text["Person.Deleted"], RedirectToAction(nameof(Details), new { id }));
    }

    private async Task<IActionResult> Save(EnterpriseForm form, CancellationToken ct)
    {
        // Whose it is comes before what is wrong with it: someone who may not change it learns nothing from validation.
        if (form.Id == 0 ? !registry.CanRegister : await registry.LoadFormAsync(form.Id, ct) is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            ModelState.Apply(PeopleBatch.Errors(form.People, nameof(form.People), text));
            return await FormView(form, [], ct);
        }
        var result = await registry.SaveAsync(form, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }
        if (result.IsConflict && await registry.LoadFormAsync(form.Id, ct) is { } current)
        {
            ModelState.ShowConflict(result.Errors);
            return await FormView(current, [], ct);
        }
        if (!result.Saved)
        {
            ModelState.Apply(result.Errors);
            return await FormView(form with { ConfirmWarnings = false }, result.Warnings, ct);
        }
        if (form.Id == 0 && form.Another)
        {
            this.Flash(FlashKind.Success, text[form.EnrolIn is null ? "Enterprise.Created" : "Enterprise.CreatedAndEnrolled", form.Name!]);
            return Redirect(form.EnrolIn is { } enrolIn ? $"/enterprises/create?enrolIn={enrolIn}" : "/enterprises/create");
        }
        if (form.Id == 0 && form.EnrolIn is { } trainingId)
        {
            this.Flash(FlashKind.Success, text["Enterprise.CreatedAndEnrolled", form.Name!]);
            return Redirect($"/trainings/{trainingId}/enrol");
        }
        this.Flash(FlashKind.Success, text[form.Id == 0 ? "Enterprise.Created" : "Enterprise.Saved", form.Name!]);
        return RedirectToAction(nameof(Details), new { id = result.Id });
    }

    private async Task<IActionResult> SavePerson(PersonForm form, CancellationToken ct)
    {
        var enterpriseName = await people.ChangeableEnterpriseNameAsync(form.EnterpriseId, ct);
        if (enterpriseName is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return PersonView(form, enterpriseName.Name, []);
        }
        var result = await people.SaveAsync(form, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }
        if (result.IsConflict && await people.LoadFormAsync(form.EnterpriseId, form.Id, ct) is { } current)
        {
            ModelState.ShowConflict(result.Errors);
            return PersonView(current, enterpriseName.Name, []);
        }
        if (!result.Saved)
        {
            ModelState.Apply(result.Errors);
            return PersonView(form with { ConfirmWarnings = false }, enterpriseName.Name, result.Warnings);
        }
        this.Flash(FlashKind.Success, text["Person.Saved", form.FullName!]);
        return RedirectToAction(nameof(Details), new { id = form.EnterpriseId });
    }

    private async Task<IActionResult> FormView(EnterpriseForm form, IReadOnlyList<string> warnings, CancellationToken ct)
    {
        ViewData["Warnings"] = warnings;
        return View("Form", form with
        {
            EnrolTrainingTitle = form.EnrolIn is { } trainingId ? (await registry.EnrolmentTrainingAsync(trainingId, ct))?.Name : null,
            Provinces = await db.ProvinceOptionsAsync(ct),
            Regencies = await db.RegencyOptionsAsync(form.ProvinceCode, ct),
            Sectors = await db.SectorOptionsAsync(Cultures.IsIndonesian, ct),
            Partners = User.IsInRole(Roles.Administrator) && form.Id == 0 ? await db.PartnerOptionsAsync(ct) : null,
        });
    }

    private ViewResult PeopleView(PeopleBatchForm form, string enterpriseName, IReadOnlyList<string> warnings)
    {
        ViewData["Warnings"] = warnings;
        return View("People", form with { EnterpriseName = enterpriseName });
    }

    private ViewResult PersonView(PersonForm form, string enterpriseName, IReadOnlyList<string> warnings)
    {
        ViewData["Warnings"] = warnings;
        return View("PersonForm", form with { EnterpriseName = enterpriseName });
    }
}
