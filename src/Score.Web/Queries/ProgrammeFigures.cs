using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Queries;

/// <summary>Which trainings the figures cover: those starting in the period, of the partner, province, module and variant chosen.</summary>
public sealed record FigureFilter(DateOnly? From = null, DateOnly? To = null, int? PartnerId = null, string? ProvinceCode = null, int? Module = null, int? VariantId = null)
{
    /// <summary>Only trainings a reviewer approved: the figures the programme vouches for.</summary>
    public bool ApprovedOnly { get; init; }
}

/// <summary>An outcome enterprises report at the closing workshop: how many answered, how many said yes.</summary>
public sealed record OutcomeShare(int Answered, int Yes)
{
    public double? Percent => Answered == 0 ? null : 100.0 * Yes / Answered;
}

/// <summary>The headline figures of one partner, or of all of them.</summary>
public sealed record Figures
{
    public int Trainings { get; init; }
    public int TrainingsCompleted { get; init; }
    public int Enterprises { get; init; }
    public int Women { get; init; }
    public int Men { get; init; }
    public int Participants => Women + Men;
    public int ConsultationsDone { get; init; }
    public int ConsultationsPlanned { get; init; }
    public int PartnerFunded { get; init; }
    public decimal TotalCost { get; init; }
    public decimal FeesCollected { get; init; }
    public decimal SponsorContribution { get; init; }
    public OutcomeShare Productivity { get; init; } = new(0, 0);
    public OutcomeShare CostSavings { get; init; } = new(0, 0);
    public OutcomeShare Defects { get; init; } = new(0, 0);
    public OutcomeShare Energy { get; init; } = new(0, 0);
    public decimal CostsSavedRupiah { get; init; }

    /// <summary>Share of trainings organised and funded by the partner (own money, fees or sponsors), not by ILO or a donor.</summary>
    public double? PartnerFundedPercent => Trainings == 0 ? null : 100.0 * PartnerFunded / Trainings;

    /// <summary>Fees and sponsor contributions over the total cost.</summary>
    public double? CostRecoveryPercent => TotalCost == 0 ? null : (double)((FeesCollected + SponsorContribution) * 100 / TotalCost);

    public double? ConsultationsPercent => ConsultationsPlanned == 0 ? null : 100.0 * ConsultationsDone / ConsultationsPlanned;
}

public sealed record PartnerFigures(int PartnerId, string ShortName, string Name, Figures Figures);

public sealed record ModuleStatusCount(int Module, TrainingStatus Status, int Trainings);

public sealed record ProvinceCount(string Code, string Name, int Enterprises, int Trainings);

public sealed record PeopleCount(Sex Sex, PersonPosition Position, int People);

public sealed record FundingCount(FundingSource Source, int Trainings, decimal TotalCost, decimal FeesCollected, decimal SponsorContribution);

public sealed record ProgrammeFigures(
    Figures Total, IReadOnlyList<PartnerFigures> ByPartner, IReadOnlyList<ModuleStatusCount> TrainingsByModule,
    IReadOnlyList<ProvinceCount> Provinces, IReadOnlyList<PeopleCount> People, IReadOnlyList<FundingCount> Funding);

/// <summary>
/// The programme's figures, each an aggregate computed in PostgreSQL over the trainings the user
/// may see; cancelled trainings count only in the status breakdown.
/// </summary>
public sealed class ProgrammeFigureQueries(ScoreDbContext db, PartnerScope scope)
{
    private static readonly TrainingStatus[] Delivering = [TrainingStatus.ClassroomDone, TrainingStatus.Consultations, TrainingStatus.Completed];

    public IQueryable<Training> Trainings(FigureFilter filter)
    {
        var trainings = scope.Trainings();
        if (filter.From is { } from)
        {
            trainings = trainings.Where(t => t.PlannedStart >= from);
        }
        if (filter.To is { } to)
        {
            trainings = trainings.Where(t => t.PlannedStart <= to);
        }
        if (filter.PartnerId is { } partner)
        {
            trainings = trainings.Where(t => t.PartnerId == partner);
        }
        if (!string.IsNullOrEmpty(filter.ProvinceCode))
        {
            trainings = trainings.Where(t => t.ProvinceCode == filter.ProvinceCode);
        }
        if (filter.Module is { } module)
        {
            trainings = trainings.Where(t => t.ModuleNumber == module);
        }
        if (filter.ApprovedOnly)
        {
            trainings = trainings.Where(t => t.ReviewState == ReviewState.Approved);
        }
        if (filter.VariantId is { } variant)
        {
            trainings = trainings.Where(t => t.VariantId == variant);
        }
        return trainings;
    }

    /// <summary>Enrolments in the filter's trainings that were not cancelled: the enterprises "reached".</summary>
    public IQueryable<Enrolment> ActiveEnrolments(FigureFilter filter)
    {
        var active = Trainings(filter).Where(t => t.Status != TrainingStatus.Cancelled);
        return db.Enrolments.Where(e => active.Any(t => t.Id == e.TrainingId));
    }

    public async Task<ProgrammeFigures> ComputeAsync(FigureFilter filter, CancellationToken ct)
    {
        var all = Trainings(filter);
        var active = all.Where(t => t.Status != TrainingStatus.Cancelled);
        var enrolments = ActiveEnrolments(filter);

        var byModule = await all.GroupBy(t => new { t.PartnerId, t.ModuleNumber, t.Status })
            .Select(g => new { g.Key.PartnerId, g.Key.ModuleNumber, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var funding = await active.GroupBy(t => new { t.PartnerId, t.Funding })
            .Select(g => new { g.Key.PartnerId, g.Key.Funding, Count = g.Count(), Cost = g.Sum(t => t.TotalCost), Fees = g.Sum(t => t.FeesCollected), Sponsor = g.Sum(t => t.SponsorContribution) })
            .ToListAsync(ct);
        var reached = await enrolments.GroupBy(e => e.Training!.PartnerId)
            .Select(g => new { PartnerId = g.Key, Enterprises = g.Select(e => e.EnterpriseId).Distinct().Count() })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Enterprises, ct);
        var people = await db.Participants.Where(p => enrolments.Any(e => e.Id == p.EnrolmentId))
            .GroupBy(p => new { p.Enrolment!.Training!.PartnerId, p.Person!.Sex, p.Person.Position })
            .Select(g => new { g.Key.PartnerId, g.Key.Sex, g.Key.Position, People = g.Select(p => p.PersonId).Distinct().Count() })
            .ToListAsync(ct);
        var done = await db.Consultations.Where(c => enrolments.Any(e => e.Id == c.EnrolmentId))
            .GroupBy(c => c.Enrolment!.Training!.PartnerId)
            .Select(g => new { PartnerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Count, ct);
        var planned = await enrolments.Where(e => Delivering.Contains(e.Training!.Status))
            .GroupBy(e => e.Training!.PartnerId)
            .Select(g => new { PartnerId = g.Key, Count = g.Sum(e => e.Training!.Module!.PlannedConsultations) })
            .ToDictionaryAsync(x => x.PartnerId, x => x.Count, ct);
        var outcomes = await enrolments.GroupBy(e => e.Training!.PartnerId)
            .Select(g => new
            {
                PartnerId = g.Key,
                ProductivityAnswered = g.Count(e => e.ProductivityImproved != null), Productivity = g.Count(e => e.ProductivityImproved == true),
                CostsAnswered = g.Count(e => e.CostsSaved != null), Costs = g.Count(e => e.CostsSaved == true),
                DefectsAnswered = g.Count(e => e.DefectsReduced != null), Defects = g.Count(e => e.DefectsReduced == true),
                EnergyAnswered = g.Count(e => e.EnergySaved != null), Energy = g.Count(e => e.EnergySaved == true),
                Saved = g.Sum(e => e.CostsSavedRupiah ?? 0),
            })
            .ToDictionaryAsync(x => x.PartnerId, ct);
        var provinces = await enrolments
            .GroupBy(e => new { e.Enterprise!.ProvinceCode, e.Enterprise.Province!.Name })
            .Select(g => new ProvinceCount(g.Key.ProvinceCode, g.Key.Name, g.Select(e => e.EnterpriseId).Distinct().Count(), g.Select(e => e.TrainingId).Distinct().Count()))
            .ToListAsync(ct);

        var partnerIds = byModule.Select(x => x.PartnerId).Distinct().ToList();
        var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id)).OrderByDescending(p => p.IsLead).ThenBy(p => p.ShortName)
            .Select(p => new { p.Id, p.ShortName, p.Name }).ToListAsync(ct);

        Figures For(int partnerId)
        {
            var o = outcomes.GetValueOrDefault(partnerId);
            var money = funding.Where(f => f.PartnerId == partnerId).ToList();
            return new Figures
            {
                Trainings = money.Sum(f => f.Count),
                TrainingsCompleted = byModule.Where(x => x.PartnerId == partnerId && x.Status == TrainingStatus.Completed).Sum(x => x.Count),
                Enterprises = reached.GetValueOrDefault(partnerId),
                Women = people.Where(p => p.PartnerId == partnerId && p.Sex == Sex.Female).Sum(p => p.People),
                Men = people.Where(p => p.PartnerId == partnerId && p.Sex == Sex.Male).Sum(p => p.People),
                ConsultationsDone = done.GetValueOrDefault(partnerId),
                ConsultationsPlanned = planned.GetValueOrDefault(partnerId),
                PartnerFunded = money.Where(f => f.Funding != FundingSource.IloOrDonor).Sum(f => f.Count),
                TotalCost = money.Sum(f => f.Cost),
                FeesCollected = money.Sum(f => f.Fees),
                SponsorContribution = money.Sum(f => f.Sponsor),
                Productivity = o is null ? new(0, 0) : new(o.ProductivityAnswered, o.Productivity),
                CostSavings = o is null ? new(0, 0) : new(o.CostsAnswered, o.Costs),
                Defects = o is null ? new(0, 0) : new(o.DefectsAnswered, o.Defects),
                Energy = o is null ? new(0, 0) : new(o.EnergyAnswered, o.Energy),
                CostsSavedRupiah = o?.Saved ?? 0,
            };
        }

        var byPartner = partners.Select(p => new PartnerFigures(p.Id, p.ShortName, p.Name, For(p.Id))).ToList();
        var f = byPartner.Select(p => p.Figures).ToList();
        // Distinct over the whole programme: an enterprise moved between partners counts once.
        var totalEnterprises = await enrolments.Select(e => e.EnterpriseId).Distinct().CountAsync(ct);
        var totalPeople = await db.Participants.Where(p => enrolments.Any(e => e.Id == p.EnrolmentId))
            .GroupBy(p => p.Person!.Sex).Select(g => new { Sex = g.Key, People = g.Select(p => p.PersonId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Sex, x => x.People, ct);
        var total = new Figures
        {
            Trainings = f.Sum(x => x.Trainings),
            TrainingsCompleted = f.Sum(x => x.TrainingsCompleted),
            Enterprises = totalEnterprises,
            Women = totalPeople.GetValueOrDefault(Sex.Female),
            Men = totalPeople.GetValueOrDefault(Sex.Male),
            ConsultationsDone = f.Sum(x => x.ConsultationsDone),
            ConsultationsPlanned = f.Sum(x => x.ConsultationsPlanned),
            PartnerFunded = f.Sum(x => x.PartnerFunded),
            TotalCost = f.Sum(x => x.TotalCost),
            FeesCollected = f.Sum(x => x.FeesCollected),
            SponsorContribution = f.Sum(x => x.SponsorContribution),
            Productivity = Sum(f.Select(x => x.Productivity)),
            CostSavings = Sum(f.Select(x => x.CostSavings)),
            Defects = Sum(f.Select(x => x.Defects)),
            Energy = Sum(f.Select(x => x.Energy)),
            CostsSavedRupiah = f.Sum(x => x.CostsSavedRupiah),
        };
        return new ProgrammeFigures(
            total,
            byPartner,
            [.. byModule.GroupBy(x => (x.ModuleNumber, x.Status)).Select(g => new ModuleStatusCount(g.Key.ModuleNumber, g.Key.Status, g.Sum(x => x.Count)))
                .OrderBy(x => x.Module).ThenBy(x => x.Status)],
            [.. provinces.OrderByDescending(p => p.Enterprises).ThenBy(p => p.Name, StringComparer.Ordinal)],
            [.. people.GroupBy(p => (p.Sex, p.Position)).Select(g => new PeopleCount(g.Key.Sex, g.Key.Position, g.Sum(p => p.People)))
                .OrderBy(p => p.Position).ThenBy(p => p.Sex)],
            [.. funding.GroupBy(x => x.Funding).Select(g => new FundingCount(g.Key, g.Sum(x => x.Count), g.Sum(x => x.Cost), g.Sum(x => x.Fees), g.Sum(x => x.Sponsor)))
                .OrderBy(x => x.Source)]);
    }

    private static OutcomeShare Sum(IEnumerable<OutcomeShare> shares)
    {
        var list = shares.ToList();
        return new(list.Sum(s => s.Answered), list.Sum(s => s.Yes));
    }
}
