using Microsoft.EntityFrameworkCore;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Home;

public sealed record PartnerSummary(int Id, string ShortName, string Name, bool IsLead, int Enterprises, int Women, int Men);

public sealed record ProgrammeHome(int ActivePartners, int Enterprises, int People, int Women, int Men, int Users, IReadOnlyList<PartnerSummary> Partners)
{
    /// <summary>Trainings submitted and waiting for a reviewer: the administrator's to act on.</summary>
    public int ReviewsWaiting { get; init; }
}

/// <summary>A training a reviewer sent back to its partner, with what the reviewer asked.</summary>
public sealed record ReturnedTraining(int Id, string Title, string? Comment);

public sealed record PartnerHome(string PartnerName, string ShortName, int Enterprises, int ActiveEnterprises, int Prospects, int People, int Women, int Men, IReadOnlyList<string> Variants)
{
    public IReadOnlyList<MyVisitRow> Visits { get; init; } = [];
    public IReadOnlyList<MyTraining> Trainings { get; init; } = [];

    /// <summary>The partner's trainings sent back by a reviewer: theirs to correct and submit again.</summary>
    public IReadOnlyList<ReturnedTraining> Returned { get; init; } = [];
}

/// <summary>The figures on each role's home page, each computed in the database.</summary>
public sealed record MyTraining(int Id, string Title, int Module, TrainingStatus Status, DateOnly PlannedStart, DateOnly PlannedEnd, int Enterprises, bool Lead);

public sealed class HomeQueries(ScoreDbContext db, Authorization.PartnerScope scope, Authorization.CurrentUser me)
{
    /// <summary>A trainer's trainings not yet completed or cancelled, the soonest first.</summary>
    public Task<List<MyTraining>> MyTrainingsAsync(CancellationToken ct) =>
        scope.Trainings().Where(t => t.Status != TrainingStatus.Completed && t.Status != TrainingStatus.Cancelled)
            .OrderBy(t => t.PlannedStart).ThenBy(t => t.Id)
            .Select(t => new MyTraining(t.Id, t.Title, t.ModuleNumber, t.Status, t.PlannedStart, t.PlannedEnd, t.Enrolments.Count, t.LeadTrainer!.UserId == me.Id))
            .ToListAsync(ct);

    public async Task<ProgrammeHome> ProgrammeAsync(CancellationToken ct)
    {
        var partners = await db.Partners
            .OrderByDescending(p => p.IsLead).ThenBy(p => p.ShortName)
            .Select(p => new PartnerSummary(
                p.Id, p.ShortName, p.Name, p.IsLead,
                db.Enterprises.Count(e => e.PartnerId == p.Id && e.DeletedAt == null),
                db.People.Count(x => x.Enterprise!.PartnerId == p.Id && x.Enterprise.DeletedAt == null && x.Sex == Sex.Female),
                db.People.Count(x => x.Enterprise!.PartnerId == p.Id && x.Enterprise.DeletedAt == null && x.Sex == Sex.Male)))
            .ToListAsync(ct);
        return new ProgrammeHome(
            await db.Partners.CountAsync(p => p.IsActive, ct),
            partners.Sum(p => p.Enterprises),
            partners.Sum(p => p.Women + p.Men),
            partners.Sum(p => p.Women),
            partners.Sum(p => p.Men),
            await db.Users.CountAsync(u => u.IsActive, ct),
            partners)
        {
            ReviewsWaiting = await db.Trainings.CountAsync(t => t.ReviewState == ReviewState.Submitted, ct),
        };
    }

    public async Task<PartnerHome?> PartnerAsync(int partnerId, CancellationToken ct)
    {
        var partner = await db.Partners.Where(p => p.Id == partnerId)
            .Select(p => new { p.Name, p.ShortName, Variants = p.Variants.OrderBy(v => v.Name).Select(v => v.Name).ToList() })
            .SingleOrDefaultAsync(ct);
        if (partner is null)
        {
            return null;
        }
        var enterprises = await db.Enterprises.Where(e => e.PartnerId == partnerId && e.DeletedAt == null)
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var people = await db.People.Where(x => x.Enterprise!.PartnerId == partnerId && x.Enterprise.DeletedAt == null)
            .GroupBy(x => x.Sex)
            .Select(g => new { Sex = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        int CountOf(EnterpriseStatus s) => enterprises.Where(e => e.Status == s).Sum(e => e.Count);
        int PeopleOf(Sex s) => people.Where(p => p.Sex == s).Sum(p => p.Count);
        return new PartnerHome(
            partner.Name, partner.ShortName,
            enterprises.Sum(e => e.Count), CountOf(EnterpriseStatus.Active), CountOf(EnterpriseStatus.Prospect),
            people.Sum(p => p.Count), PeopleOf(Sex.Female), PeopleOf(Sex.Male), partner.Variants)
        {
            Returned = await db.Trainings.Where(t => t.PartnerId == partnerId && t.ReviewState == ReviewState.Returned)
                .OrderBy(t => t.Id).Select(t => new ReturnedTraining(t.Id, t.Title, t.ReviewComment)).ToListAsync(ct),
        };
    }
}
