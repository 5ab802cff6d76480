using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Figures;
using Score.Web.Queries;

namespace Score.Web.Features.Dashboard;

/// <summary>
/// The dashboard's figures, each computed in PostgreSQL: completion by the modules' rules,
/// overdue visits by the visit schedule, median KPI changes with percentile_cont.
/// </summary>
public sealed class DashboardQueries(ScoreDbContext db, PartnerScope scope, ProgrammeFigureQueries figures, DashboardCache cache, TimeProvider clock)
{

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The dashboard for the filter, or null when it names a partner the user may not see.</summary>
    public async Task<DashboardView?> LoadAsync(DashboardFilter filter, CancellationToken ct)
    {
        var read = scope.ReadFor(filter.Partner);
        if (!read.Allowed)
        {
            return null;
        }
        filter = filter with { Partner = read.PartnerId };
        // Programme users share one computation per filter, partner staff one per partner and filter,
        // for as long as the data stays as it was: any committed change moves data_version on.
        var version = await db.Database.SqlQueryRaw<long>("SELECT last_value AS \"Value\" FROM data_version").SingleAsync(ct);
        var key = (Scope: read.Reach == PartnerReach.Own ? read.PartnerId!.Value : 0, filter);
        return await cache.GetAsync(key, version, () => ComputeAsync(filter, CancellationToken.None));
    }

    private async Task<DashboardView?> ComputeAsync(DashboardFilter filter, CancellationToken ct)
    {
        // One connection for the dashboard's thirty statements, rather than one taken from the pool (and reset) for each.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await ComputeOnOpenConnectionAsync(filter, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<DashboardView?> ComputeOnOpenConnectionAsync(DashboardFilter filter, CancellationToken ct)
    {
        var f = filter.ToFigures();
        var partnerName = filter.Partner is { } partnerId
            ? await db.Partners.Where(p => p.Id == partnerId).Select(p => p.Name).SingleOrDefaultAsync(ct)
            : null;
        if (filter.Partner is not null && partnerName is null)
        {
            return null;
        }
        var facts = await figures.FactsAsync(f, ct);
        var kpis = await db.Kpis.OrderBy(k => k.SortOrder).ToListAsync(ct);
        var options = await OptionsAsync(filter.Partner, ct);
        var activePartners = await db.Partners.CountAsync(p => p.IsActive && (filter.Partner == null || p.Id == filter.Partner), ct);
        var programme = await figures.ComputeAsync(f, ct);
        var overdue = await facts.Enrolments.Overdue(Today).CountAsync(ct);
        var quarters = await QuartersAsync(f, facts, ct);
        var completion = await CompletionAsync(facts.Enrolments, ct);
        var modules = await ModulesAsync(f, facts, completion.ByModule, ct);
        var actions = filter.Partner is null ? null : await ActionsAsync(f, facts.Enrolments, ct);
        var kpiOutcomes = (await figures.KpiOutcomesAsync(f, enterpriseTotals: false, ct)).ByKpi.ToDictionary(k => k.Code);
        return new DashboardView(
            filter, options, scope.SeesAllPartners, partnerName, activePartners, programme, completion.Total, overdue,
            [.. kpis.Where(k => kpiOutcomes.ContainsKey(k.Code)).Select(k => new KpiChange(k.Code, k.NameEn, k.NameId, kpiOutcomes[k.Code].Enterprises, kpiOutcomes[k.Code].MedianPercent))],
            quarters, modules, actions, clock.GetUtcNow());
    }

    /// <summary>Who completed, per module and in all, among the delivered trainings' enrolments.</summary>
    private static async Task<(CompletionFigures Total, Dictionary<int, int> ByModule)> CompletionAsync(IQueryable<EnrolmentFact> facts, CancellationToken ct)
    {
        var delivered = facts.Where(x => TrainingStatusRules.Delivered.Contains(x.Status));
        var rows = await delivered.GroupBy(x => x.ModuleNumber)
            .Select(g => new
            {
                Module = g.Key,
                Participants = g.Sum(x => x.Participants),
                Completers = g.Sum(x => x.Completers),
                Closed = g.Count(x => x.Status == TrainingStatus.Completed),
                ClosedCompleted = g.Count(x => x.Status == TrainingStatus.Completed && x.Completed),
                EnterprisesCompleted = g.Where(x => x.Completed).Select(x => x.EnterpriseId).Distinct().Count(),
            })
            .ToListAsync(ct);
        // An enterprise completing two modules counts once in all.
        var enterprisesCompleted = await delivered.Where(x => x.Completed).Select(x => x.EnterpriseId).Distinct().CountAsync(ct);
        return (new CompletionFigures(rows.Sum(r => r.Participants), rows.Sum(r => r.Completers), rows.Sum(r => r.Closed), rows.Sum(r => r.ClosedCompleted), enterprisesCompleted),
            rows.ToDictionary(r => r.Module, r => r.EnterprisesCompleted));
    }

    private async Task<IReadOnlyList<QuarterFigures>> QuartersAsync(
        FigureFilter f, (IQueryable<EnrolmentFact> Enrolments, IQueryable<ParticipantFact> Participants) facts, CancellationToken ct)
    {
        var active = figures.Trainings(f).Where(t => t.Status != TrainingStatus.Cancelled);
        var trainings = await active.GroupBy(t => new { t.PlannedStart.Year, Quarter = ((t.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Count() }).ToListAsync(ct);
        var enterprises = await facts.Enrolments.Where(x => x.Status != TrainingStatus.Cancelled)
            .GroupBy(x => new { x.PlannedStart.Year, Quarter = ((x.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Select(x => x.EnterpriseId).Distinct().Count() }).ToListAsync(ct);
        var people = await facts.Participants.Where(x => x.Status != TrainingStatus.Cancelled)
            .GroupBy(x => new { x.PlannedStart.Year, Quarter = ((x.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Select(x => x.PersonId).Distinct().Count() }).ToListAsync(ct);
        return
        [
            .. trainings.OrderBy(t => t.Year).ThenBy(t => t.Quarter).Select(t => new QuarterFigures(t.Year, t.Quarter, t.Count,
                enterprises.FirstOrDefault(e => e.Year == t.Year && e.Quarter == t.Quarter)?.Count ?? 0,
                people.FirstOrDefault(p => p.Year == t.Year && p.Quarter == t.Quarter)?.Count ?? 0)),
        ];
    }

    private async Task<IReadOnlyList<ModuleFigures>> ModulesAsync(
        FigureFilter f, (IQueryable<EnrolmentFact> Enrolments, IQueryable<ParticipantFact> Participants) facts, Dictionary<int, int> completed, CancellationToken ct)
    {
        var active = figures.Trainings(f).Where(t => t.Status != TrainingStatus.Cancelled);
        var trainings = await active.GroupBy(t => t.ModuleNumber).Select(g => new { Module = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var enterprises = await facts.Enrolments.Where(x => x.Status != TrainingStatus.Cancelled).GroupBy(x => x.ModuleNumber)
            .Select(g => new { Module = g.Key, Count = g.Select(x => x.EnterpriseId).Distinct().Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var people = await facts.Participants.Where(x => x.Status != TrainingStatus.Cancelled).GroupBy(x => x.ModuleNumber)
            .Select(g => new { Module = g.Key, Count = g.Select(x => x.PersonId).Distinct().Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var modules = await db.Modules.OrderBy(m => m.Number).Select(m => new { m.Number, m.NameEn, m.NameId }).ToListAsync(ct);
        return
        [
            .. modules.Select(m => new ModuleFigures(m.Number, m.NameEn, m.NameId, trainings.GetValueOrDefault(m.Number), enterprises.GetValueOrDefault(m.Number),
                people.GetValueOrDefault(m.Number), completed.GetValueOrDefault(m.Number))),
        ];
    }

    private async Task<PartnerActions> ActionsAsync(FigureFilter f, IQueryable<EnrolmentFact> facts, CancellationToken ct)
    {
        var today = Today;
        var overdue = facts.Overdue(today);
        var overdueRows = await overdue.OrderBy(x => x.PlannedStart).ThenBy(x => x.EnrolmentId).Take(10)
            .Select(x => new
            {
                x.TrainingId, Title = db.Trainings.Where(t => t.Id == x.TrainingId).Select(t => t.Title).First(), x.EnrolmentId,
                Enterprise = db.Enterprises.Where(e => e.Id == x.EnterpriseId).Select(e => e.Name).First(),
                x.VisitDays, x.PlannedConsultations, x.ConsultationWindowDays, LastDay = x.LastClassroomDay!.Value,
            })
            .ToListAsync(ct);
        var days = await db.ClassroomDays
            .Where(d => d.AttendanceTakenAt == null && d.Date < today && figures.Trainings(f).Any(t => t.Id == d.TrainingId && t.Status != TrainingStatus.Cancelled))
            .OrderBy(d => d.Date).Take(10)
            .Select(d => new DayWithoutAttendance(d.TrainingId, db.Trainings.Where(t => t.Id == d.TrainingId).Select(t => t.Title).First(), d.Id, d.Date))
            .ToListAsync(ct);
        var due = await facts.Where(x => TrainingStatusRules.Delivered.Contains(x.Status) && (x.CompletersWithoutCertificate > 0 || x.EnterpriseCertificateDue))
            .GroupBy(x => x.TrainingId)
            .Select(g => new { TrainingId = g.Key, People = g.Sum(x => x.CompletersWithoutCertificate), Enterprises = g.Count(x => x.EnterpriseCertificateDue) })
            .OrderByDescending(x => x.People + x.Enterprises).ThenBy(x => x.TrainingId).Take(10)
            .Select(x => new CertificatesDue(x.TrainingId, db.Trainings.Where(t => t.Id == x.TrainingId).Select(t => t.Title).First(), x.People, x.Enterprises))
            .ToListAsync(ct);
        // Whatever the filter says about approval, what a reviewer returned needs the partner's action.
        var returned = await figures.Trainings(f with { ApprovedOnly = false }).Where(t => t.ReviewState == ReviewState.Returned)
            .OrderBy(t => t.SubmittedAt).Take(10)
            .Select(t => new ReturnedTraining(t.Id, t.Title, t.ReviewComment)).ToListAsync(ct);
        return new PartnerActions(
            await overdue.CountAsync(ct),
            [.. overdueRows.Select(r => new OverdueVisit(r.TrainingId, r.Title, r.EnrolmentId, r.Enterprise, r.VisitDays, r.PlannedConsultations,
                VisitSchedule.DueDates(r.LastDay, r.PlannedConsultations, r.ConsultationWindowDays)[r.VisitDays]))],
            days,
            due)
        {
            Returned = returned,
        };
    }

    private async Task<DashboardOptions> OptionsAsync(int? partnerId, CancellationToken ct)
    {
        var partners = scope.SeesAllPartners ? await db.PartnerOptionsAsync(ct) : [];
        var provinces = await db.Provinces.OrderBy(p => p.Name).Select(p => new SelectOption(p.Code, p.Name)).ToListAsync(ct);
        var modules = await db.Modules.OrderBy(m => m.Number).Select(m => new SelectOption(m.Number.ToString(), m.Number + ". " + m.NameId + " / " + m.NameEn)).ToListAsync(ct);
        var variants = await db.Variants.Where(v => partnerId == null || v.PartnerId == partnerId).OrderBy(v => v.Name)
            .Select(v => new SelectOption(v.Id.ToString(), v.Name)).ToListAsync(ct);
        var first = await scope.Trainings().MinAsync(t => (DateOnly?)t.PlannedStart, ct) ?? Today;
        var last = await scope.Trainings().MaxAsync(t => (DateOnly?)t.PlannedStart, ct) ?? Today;
        return new DashboardOptions(partners, provinces, modules, variants, [.. Enumerable.Range(first.Year, Math.Max(1, last.Year - first.Year + 1)).Reverse()]);
    }
}
