using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;
using Score.Web.Queries;

namespace Score.Web.Features.Enterprises;

/// <summary>The managers and workers of an enterprise, kept by staff of the enterprise's partner.</summary>
public sealed class PeopleRegistry(ScoreDbContext db, PartnerScope scope, DuplicateCheck duplicates, IStringLocalizer<SharedResource> text)
{
    /// <summary>The enterprise's name when the user may change its people; null otherwise (404).</summary>
    public async Task<RecordName?> ChangeableEnterpriseNameAsync(int enterpriseId, CancellationToken ct)
    {
        var enterprise = await scope.Enterprises().Where(e => e.Id == enterpriseId)
            .Select(e => new { e.Name, e.PartnerId }).SingleOrDefaultAsync(ct);
        return enterprise is not null && scope.CanChange(enterprise.PartnerId) ? new RecordName(enterprise.Name) : null;
    }

    public async Task<PersonForm?> LoadFormAsync(int enterpriseId, int personId, CancellationToken ct)
    {
        if (await ChangeableEnterpriseNameAsync(enterpriseId, ct) is null)
        {
            return null;
        }
        return await db.People.Where(p => p.Id == personId && p.EnterpriseId == enterpriseId)
            .Select(p => new PersonForm
            {
                Id = p.Id, EnterpriseId = p.EnterpriseId, FullName = p.FullName, Sex = p.Sex, Position = p.Position,
                Phone = p.Phone, Email = p.Email, IsEitMember = p.IsEitMember, Version = p.Version,
            })
            .SingleOrDefaultAsync(ct);
    }

    public async Task<Outcome> SaveAsync(PersonForm form, CancellationToken ct)
    {
        if (await ChangeableEnterpriseNameAsync(form.EnterpriseId, ct) is null)
        {
            return Outcome.NotFound;
        }
        EnterprisePerson? person = null;
        if (form.Id != 0)
        {
            person = await db.People.SingleOrDefaultAsync(p => p.Id == form.Id && p.EnterpriseId == form.EnterpriseId, ct);
            if (person is null)
            {
                return Outcome.NotFound;
            }
        }
        if (!form.ConfirmWarnings && await duplicates.SamePersonExistsAsync(form.EnterpriseId, form.FullName!, form.Phone, form.Id, ct))
        {
            return Outcome.Confirm([text["Person.SamePerson"]], form.Id);
        }
        if (person is null)
        {
            person = new EnterprisePerson { EnterpriseId = form.EnterpriseId };
            db.People.Add(person);
        }
        else
        {
            db.Entry(person).Property(p => p.Version).OriginalValue = form.Version;
        }
        person.FullName = form.FullName!.Trim();
        person.Sex = form.Sex!.Value;
        person.Position = form.Position!.Value;
        person.Phone = form.Phone.TrimmedOrNull();
        person.Email = form.Email.TrimmedOrNull();
        person.IsEitMember = form.IsEitMember;
        return await db.SaveOrConflictAsync(text, form.Id, () => person.Id, ct);
    }

    /// <summary>Adds every begun row as a person of the enterprise, all or none; a row matching someone already there asks first.</summary>
    public async Task<Outcome<int>> AddBatchAsync(PeopleBatchForm form, CancellationToken ct)
    {
        if (await ChangeableEnterpriseNameAsync(form.EnterpriseId, ct) is null)
        {
            return Outcome.NotFound;
        }
        var errors = PeopleBatch.Errors(form.People, nameof(form.People), text);
        var people = PeopleBatch.PeopleOf(form.People).ToList();
        if (errors.Count == 0 && people.Count == 0)
        {
            errors.Add(new($"{nameof(form.People)}[0].{nameof(NewPersonRow.FullName)}", text["Person.RowNeedsName"]));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }
        if (!form.ConfirmWarnings)
        {
            var already = await duplicates.SamePeopleAsync(form.EnterpriseId, people.Select(p => (p.FullName, p.Phone)), ct);
            if (already.Count > 0)
            {
                return Outcome.Confirm([.. already.Select(name => text["Person.SamePersonNamed", name].Value)], 0);
            }
        }
        foreach (var person in people)
        {
            person.EnterpriseId = form.EnterpriseId;
        }
        db.People.AddRange(people);
        await db.SaveChangesAsync(ct);
        return new Outcome<int>(Outcome.Done(form.EnterpriseId), people.Count);
    }

    /// <returns>null when not the user's (404); "" when removed; otherwise why not.</returns>
    public async Task<Outcome> DeleteAsync(int enterpriseId, int personId, CancellationToken ct)
    {
        if (await ChangeableEnterpriseNameAsync(enterpriseId, ct) is null
            || !await db.People.AnyAsync(p => p.Id == personId && p.EnterpriseId == enterpriseId, ct))
        {
            return Outcome.NotFound;
        }
        // A participant's attendance and certificates depend on them: they stay.
        if (await db.Participants.AnyAsync(p => p.PersonId == personId, ct))
        {
            return Outcome.Refused(text["Person.IsParticipant"]);
        }
        db.People.Remove(await db.People.SingleAsync(p => p.Id == personId && p.EnterpriseId == enterpriseId, ct));
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }
}
