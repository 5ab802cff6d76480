using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.DemoData;

/// <summary>
/// Loads the eight implementing partners, their SCORE variants, enterprises with their people
/// and the demo accounts. Deterministic, and a no-op when the data is already there.
/// </summary>
public sealed class DemoDataSeeder(ScoreDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Score-Demo-2026!";

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string? Partner)> Accounts =
    [
        ("admin@score.test", "Admin Programme", Roles.Administrator, null),
        ("viewer@score.test", "Vera Viewer", Roles.ProgrammeViewer, null),
        ("staff.bedo@score.test", "Sari Wulandari", Roles.PartnerStaff, "BEDO"),
        ("staff.smi@score.test", "Budi Santoso", Roles.PartnerStaff, "SMI"),
        ("trainer.bedo@score.test", "Rina Kusumawati", Roles.Trainer, "BEDO"),
        ("trainer2.bedo@score.test", "Agus Pratama", Roles.Trainer, "BEDO"),
        ("trainer.smi@score.test", "Dewi Lestari", Roles.Trainer, "SMI"),
        ("trainer.unpar@score.test", "Yusuf Hidayat", Roles.Trainer, "UNPAR"),
    ];

    /// <summary>Trainer profiles of the demo trainer accounts: sex and the modules each is certified for.</summary>
    private static readonly Dictionary<string, (Sex Sex, (int Module, CertificationLevel Level, int Year)[] Certifications)> TrainerProfiles = new()
    {
        ["trainer.bedo@score.test"] = (Sex.Female, [(1, CertificationLevel.ExpertTrainer, 2016), (2, CertificationLevel.Trainer, 2018), (5, CertificationLevel.Trainer, 2019)]),
        ["trainer2.bedo@score.test"] = (Sex.Male, [(1, CertificationLevel.Trainer, 2019), (3, CertificationLevel.Trainer, 2020)]),
        ["trainer.smi@score.test"] = (Sex.Female, [(1, CertificationLevel.Trainer, 2018), (2, CertificationLevel.Trainer, 2019), (4, CertificationLevel.Candidate, 2024)]),
        ["trainer.unpar@score.test"] = (Sex.Male, [(1, CertificationLevel.Trainer, 2017), (3, CertificationLevel.ExpertTrainer, 2018)]),
    };

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.Partners.AnyAsync(cancellationToken))
        {
            await LoadRegistryAsync(cancellationToken);
        }
        await LoadAccountsAsync();
        await LoadTrainerProfilesAsync(cancellationToken);
        if (!await db.Trainings.AnyAsync(cancellationToken))
        {
            await new DemoTrainings(db, clock.Today()).LoadAsync(cancellationToken);
            logger.LogInformation("Demo data: {Trainings} trainings", await db.Trainings.CountAsync(cancellationToken));
        }
    }

    private async Task LoadTrainerProfilesAsync(CancellationToken cancellationToken)
    {
        foreach (var (email, (sex, certifications)) in TrainerProfiles)
        {
            var user = await db.Users.SingleAsync(u => u.Email == email, cancellationToken);
            if (await db.Trainers.AnyAsync(t => t.UserId == user.Id, cancellationToken))
            {
                continue;
            }
            db.Trainers.Add(new TrainerProfile
            {
                UserId = user.Id,
                PartnerId = user.PartnerId!.Value,
                Sex = sex,
                Certifications = certifications
                    .Select(c => new TrainerCertification { ModuleNumber = c.Module, Level = c.Level, CertifiedOn = new DateOnly(c.Year, 6, 30) })
                    .ToList(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LoadRegistryAsync(CancellationToken cancellationToken)
    {
        var random = new Random(2021);
        var regencies = await db.Regencies.AsNoTracking().ToListAsync(cancellationToken);
        var partners = DemoPartners.All.Select(p => p.ToEntity()).ToList();
        db.Partners.AddRange(partners);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (template, partner) in DemoPartners.All.Zip(partners))
        {
            db.Variants.AddRange(template.Variants.Select(v => v.ToEntity(partner.Id)));
            var count = random.Next(template.MinEnterprises, template.MaxEnterprises + 1);
            for (var i = 0; i < count; i++)
            {
                var province = template.Provinces[random.Next(template.Provinces.Length)];
                var inProvince = regencies.Where(r => r.ProvinceCode == province).ToList();
                db.Enterprises.Add(DemoEnterprises.Create(random, partner.Id, province, inProvince[random.Next(inProvince.Count)].Code, template.Sectors));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data: {Partners} partners, {Enterprises} enterprises, {People} people",
            partners.Count, await db.Enterprises.CountAsync(cancellationToken), await db.People.CountAsync(cancellationToken));
    }

    private async Task LoadAccountsAsync()
    {
        var partnerIds = await db.Partners.ToDictionaryAsync(p => p.ShortName, p => p.Id);
        foreach (var (email, name, role, partner) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = name,
                PartnerId = partner is null ? null : partnerIds[partner],
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
            await users.AddToRoleAsync(user, role);
        }
    }
}
