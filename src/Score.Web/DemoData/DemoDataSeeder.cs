using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.DemoData;

/// <summary>
/// Loads the eight implementing partners, their SCORE variants, enterprises with their people
/// and the demo accounts. Deterministic, and a no-op when the data is already there.
/// </summary>
public sealed class DemoDataSeeder(ScoreDbContext db, UserManager<ApplicationUser> users, ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Score-Demo-2026!";

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string? Partner)> Accounts =
    [
        ("admin@score.test", "Admin Programme", Roles.Administrator, null),
        ("viewer@score.test", "Vera Viewer", Roles.ProgrammeViewer, null),
        ("staff.bedo@score.test", "Sari Wulandari", Roles.PartnerStaff, "BEDO"),
        ("staff.smi@score.test", "Budi Santoso", Roles.PartnerStaff, "SMI"),
        ("trainer.bedo@score.test", "Rina Kusumawati", Roles.Trainer, "BEDO"),
    ];

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.Partners.AnyAsync(cancellationToken))
        {
            await LoadRegistryAsync(cancellationToken);
        }
        await LoadAccountsAsync();
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
