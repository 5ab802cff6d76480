using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Features.Trainers;

/// <summary>Trainer profiles: sex and per-module certification, kept by the trainer's partner.</summary>
public sealed class TrainerRoster(ScoreDbContext db, PartnerScope scope, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    private IQueryable<TrainerProfile> Visible() =>
        scope.SeesAllPartners ? db.Trainers
        : scope.OwnPartnerId is { } partnerId ? db.Trainers.Where(t => t.PartnerId == partnerId)
        : db.Trainers.Where(t => false);

    public async Task<TrainerList> ListAsync(CancellationToken ct)
    {
        var found = await Visible().OrderBy(t => t.Partner!.ShortName).ThenBy(t => t.User!.FullName)
            .Select(t => new
            {
                t.PartnerId,
                Row = new TrainerListRow(t.Id, t.User!.FullName, t.User.Email!, t.Partner!.ShortName, t.Sex,
                    t.Certifications.OrderBy(c => c.ModuleNumber).Select(c => new CertificationRow(c.ModuleNumber, c.Level, c.CertifiedOn)).ToList(), false),
            })
            .ToListAsync(ct);
        var trainers = found.Select(t => t.Row with { CanEdit = scope.CanChange(t.PartnerId) }).ToList();
        var trainerRole = Roles.Ids[Roles.Trainer];
        var accounts = await db.Users
            .Where(u => u.PartnerId != null && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == trainerRole)
                        && !db.Trainers.Any(t => t.UserId == u.Id))
            .Where(u => scope.IsAdministrator || u.PartnerId == scope.OwnPartnerId)
            .OrderBy(u => u.FullName)
            .Select(u => new AccountWithoutProfile(u.Id, u.FullName, u.Email!, u.Partner!.ShortName))
            .ToListAsync(ct);
        var canManage = scope.IsAdministrator || scope.CanChange(scope.OwnPartnerId ?? 0);
        return new TrainerList(trainers, canManage ? accounts : [],
            trainers.Count(t => t.Sex == Sex.Female), trainers.Count(t => t.Sex == Sex.Male));
    }

    /// <summary>A new profile's form for a Trainer account the user may manage; null otherwise.</summary>
    public async Task<TrainerForm?> NewFormAsync(string userId, CancellationToken ct)
    {
        var account = await ManageableAccountAsync(userId, ct);
        return account is null ? null : new TrainerForm { UserId = userId, FullName = account.Value.FullName, Certifications = AllModules([]) };
    }

    public async Task<TrainerForm?> LoadFormAsync(int id, CancellationToken ct)
    {
        var trainer = await Visible().Include(t => t.Certifications).Include(t => t.User).AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (trainer is null || !scope.CanChange(trainer.PartnerId))
        {
            return null;
        }
        return new TrainerForm
        {
            Id = trainer.Id, UserId = trainer.UserId, FullName = trainer.User!.FullName, Sex = trainer.Sex, Phone = trainer.Phone,
            Certifications = AllModules(trainer.Certifications), Version = trainer.Version,
        };
    }

    public async Task<Outcome> SaveAsync(TrainerForm form, CancellationToken ct)
    {
        TrainerProfile? trainer;
        if (form.Id == 0)
        {
            var account = await ManageableAccountAsync(form.UserId, ct);
            if (account is null)
            {
                return Outcome.NotFound;
            }
            trainer = new TrainerProfile { UserId = form.UserId, PartnerId = account.Value.PartnerId };
            db.Trainers.Add(trainer);
        }
        else
        {
            trainer = await Visible().Include(t => t.Certifications).SingleOrDefaultAsync(t => t.Id == form.Id, ct);
            if (trainer is null || !scope.CanChange(trainer.PartnerId))
            {
                return Outcome.NotFound;
            }
            db.Entry(trainer).Property(t => t.Version).OriginalValue = form.Version;
        }

        var errors = new List<FieldError>();
        var today = clock.Today();
        for (var i = 0; i < form.Certifications.Count; i++)
        {
            var c = form.Certifications[i];
            if (c.Level is null && c.CertifiedOn is not null)
            {
                errors.Add(new($"Certifications[{i}].Level", text["Trainer.LevelNeeded"]));
            }
            if (c.CertifiedOn > today)
            {
                errors.Add(new($"Certifications[{i}].CertifiedOn", text["Trainer.DateInFuture"]));
            }
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid(errors, form.Id);
        }

        trainer.Sex = form.Sex!.Value;
        trainer.Phone = form.Phone.TrimmedOrNull();
        var wanted = form.Certifications.Where(c => c.Level is not null && c.ModuleNumber is >= 1 and <= 5)
            .GroupBy(c => c.ModuleNumber).Select(g => g.First()).ToList();
        trainer.Certifications.RemoveAll(c => wanted.All(w => w.ModuleNumber != c.ModuleNumber));
        foreach (var w in wanted)
        {
            var existing = trainer.Certifications.SingleOrDefault(c => c.ModuleNumber == w.ModuleNumber);
            if (existing is null)
            {
                trainer.Certifications.Add(new TrainerCertification { ModuleNumber = w.ModuleNumber, Level = w.Level!.Value, CertifiedOn = w.CertifiedOn });
            }
            else
            {
                existing.Level = w.Level!.Value;
                existing.CertifiedOn = w.CertifiedOn;
            }
        }
        // A change of certifications is a change of the profile: touch it so its audit stamps and version move.
        db.Entry(trainer).State = trainer.Id == 0 ? EntityState.Added : EntityState.Modified;
        return await db.SaveOrConflictAsync(text, form.Id, () => trainer.Id, ct);
    }

    private async Task<(string FullName, int PartnerId)?> ManageableAccountAsync(string userId, CancellationToken ct)
    {
        var trainerRole = Roles.Ids[Roles.Trainer];
        var account = await db.Users
            .Where(u => u.Id == userId && u.PartnerId != null
                        && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == trainerRole)
                        && !db.Trainers.Any(t => t.UserId == u.Id))
            .Select(u => new { u.FullName, PartnerId = u.PartnerId!.Value })
            .SingleOrDefaultAsync(ct);
        return account is not null && scope.CanChange(account.PartnerId) ? (account.FullName, account.PartnerId) : null;
    }

    private static List<CertificationInput> AllModules(IEnumerable<TrainerCertification> held) =>
        Enumerable.Range(1, 5)
            .Select(m => held.FirstOrDefault(c => c.ModuleNumber == m) is { } c
                ? new CertificationInput { ModuleNumber = m, Level = c.Level, CertifiedOn = c.CertifiedOn }
                : new CertificationInput { ModuleNumber = m })
            .ToList();
}
