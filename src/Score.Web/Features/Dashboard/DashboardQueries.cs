using Microsoft.EntityFrameworkCore;
using Npgsql;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Queries;

namespace Score.Web.Features.Dashboard;

/// <summary>
/// The dashboard's figures, each computed in PostgreSQL: completion by the modules' rules,
/// overdue visits by the visit schedule, median KPI changes with percentile_cont.
/// </summary>
public sealed class DashboardQueries(ScoreDbContext db, PartnerScope scope, ProgrammeFigureQueries figures, DashboardCache cache, TimeProvider clock)
{
    private static readonly TrainingStatus[] Delivered = [TrainingStatus.ClassroomDone, TrainingStatus.Consultations, TrainingStatus.Completed];
    private static readonly TrainingStatus[] Visiting = [.. VisitSchedule.VisitingStatuses];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The dashboard for the filter, or null when it names a partner the user may not see.</summary>
    public async Task<DashboardView?> LoadAsync(DashboardFilter filter, CancellationToken ct)
    {
        if (!scope.SeesAllPartners)
        {
            if (scope.OwnPartnerId is not { } own || scope.IsTrainer || (filter.Partner is { } asked && asked != own))
            {
                return null;
            }
            filter = filter with { Partner = own };
        }
        // Programme users share one computation per filter, partner staff one per partner and filter,
        // for as long as the data stays as it was: any committed change moves data_version on.
        var version = await db.Database.SqlQueryRaw<long>("SELECT last_value AS \"Value\" FROM data_version").SingleAsync(ct);
        var key = (Scope: scope.SeesAllPartners ? 0 : scope.OwnPartnerId ?? -1, filter);
        return await cache.GetAsync(key, version, () => ComputeAsync(filter, CancellationToken.None));
    }

    private async Task<DashboardView?> ComputeAsync(DashboardFilter filter, CancellationToken ct)
    {
        var f = filter.ToFigures();
        var partnerName = filter.Partner is { } partnerId
            ? await db.Partners.Where(p => p.Id == partnerId).Select(p => p.Name).SingleOrDefaultAsync(ct)
            : null;
        if (filter.Partner is not null && partnerName is null)
        {
            return null;
        }
        var delivered = await DeliveredTrainingIdsAsync(f, ct);
        var kpis = await db.Kpis.OrderBy(k => k.SortOrder).ToListAsync(ct);
        // The heaviest statements run on connections of their own, alongside the queries through EF.
        var completionTask = OnOwnConnectionAsync(c => CompletionSql.ByModuleAsync(c, delivered, ct));
        var kpiTask = OnOwnConnectionAsync(c => KpiMediansAsync(c, delivered, ct));
        var certificatesTask = filter.Partner is not null ? OnOwnConnectionAsync(c => CompletionSql.CertificatesDueAsync(c, delivered, ct)) : null;
        var options = await OptionsAsync(filter.Partner, ct);
        var activePartners = await db.Partners.CountAsync(p => p.IsActive && (filter.Partner == null || p.Id == filter.Partner), ct);
        var programme = await figures.ComputeAsync(f, ct);
        var overdue = await OverdueEnrolments(f).CountAsync(ct);
        var quarters = await QuartersAsync(f, ct);
        var completion = await completionTask;
        var modules = await ModulesAsync(f, completion, ct);
        var actions = certificatesTask is null ? null : await ActionsAsync(f, await certificatesTask, ct);
        var medians = await kpiTask;
        return new DashboardView(
            filter, options, scope.SeesAllPartners, partnerName, activePartners, programme, Completion(completion), overdue,
            [.. kpis.Where(k => medians.ContainsKey(k.Code)).Select(k => new KpiChange(k.Code, k.NameEn, k.NameId, medians[k.Code].Count, medians[k.Code].Median))],
            quarters, modules, actions, clock.GetUtcNow());
    }

    private IQueryable<Enrolment> Enrolments(FigureFilter f, params TrainingStatus[] statuses)
    {
        var trainings = figures.Trainings(f).Where(t => statuses.Contains(t.Status));
        return db.Enrolments.Where(e => trainings.Any(t => t.Id == e.TrainingId));
    }

    private async Task<T> OnOwnConnectionAsync<T>(Func<NpgsqlConnection, Task<T>> work)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        return await work(connection);
    }

    private Task<int[]> DeliveredTrainingIdsAsync(FigureFilter f, CancellationToken ct) =>
        figures.Trainings(f).Where(t => Delivered.Contains(t.Status)).Select(t => t.Id).ToArrayAsync(ct);

    private static CompletionFigures Completion(List<CompletionSql.ModuleCompletion> rows) =>
        rows.SingleOrDefault(r => r.Module is null) is { } total
            ? new CompletionFigures(total.Participants, total.Completers, total.Closed, total.ClosedCompleted, total.EnterprisesCompleted)
            : new CompletionFigures(0, 0, 0, 0, 0);

    /// <summary>
    /// Enrolments with a visit overdue: the next planned visit's day, spread evenly over the
    /// window after the last classroom day (<see cref="VisitSchedule.DueAfterDays"/>, rounded half up in whole numbers so that it runs in SQL), has passed.
    /// </summary>
    public IQueryable<Enrolment> OverdueEnrolments(FigureFilter f)
    {
        var today = Today;
        return Enrolments(f, Visiting)
            .Select(e => new
            {
                Enrolment = e,
                Done = db.Consultations.Where(c => c.EnrolmentId == e.Id).Select(c => c.Date).Distinct().Count(),
                e.Training!.Module!.PlannedConsultations,
                Window = e.Training.Module.ConsultationWindowDays,
                LastDay = db.ClassroomDays.Where(d => d.TrainingId == e.TrainingId).Max(d => (DateOnly?)d.Date),
            })
            .Where(x => x.LastDay != null && x.Done < x.PlannedConsultations
                && x.LastDay.Value.AddDays(((2 * x.Window * (x.Done + 1)) + x.PlannedConsultations) / (2 * x.PlannedConsultations)) < today)
            .Select(x => x.Enrolment);
    }

    /// <summary>Per KPI: enterprises with a baseline and a later visit value, and the median change in percent.</summary>
    private static async Task<Dictionary<string, (int Count, double Median)>> KpiMediansAsync(NpgsqlConnection connection, int[] trainingIds, CancellationToken ct)
    {
        // Per enterprise and KPI: the baseline against the value of the latest visit; the median of the change in percent.
        await using var command = new NpgsqlCommand(
            """
            WITH v AS (
              SELECT kv.enrolment_id, kv.kpi_code, kv.value, kv.consultation_id, kv.measured_on, kv.id
              FROM kpi_values kv JOIN enrolments e ON e.id = kv.enrolment_id
              WHERE e.training_id = ANY(@trainings)),
            baseline AS (
              SELECT DISTINCT ON (enrolment_id, kpi_code) enrolment_id, kpi_code, value FROM v
              WHERE consultation_id IS NULL ORDER BY enrolment_id, kpi_code, measured_on DESC, id DESC),
            latest AS (
              SELECT DISTINCT ON (enrolment_id, kpi_code) enrolment_id, kpi_code, value FROM v
              WHERE consultation_id IS NOT NULL ORDER BY enrolment_id, kpi_code, measured_on DESC, id DESC)
            SELECT b.kpi_code, count(*)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY ((l.value - b.value) * 100.0 / b.value)::float8)
            FROM baseline b JOIN latest l USING (enrolment_id, kpi_code)
            WHERE b.value <> 0
            GROUP BY b.kpi_code
            """, connection);
        command.Parameters.AddWithValue("trainings", trainingIds);
        var found = new Dictionary<string, (int Count, double Median)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found[reader.GetString(0)] = (reader.GetInt32(1), reader.GetDouble(2));
        }
        return found;
    }

    private async Task<IReadOnlyList<QuarterFigures>> QuartersAsync(FigureFilter f, CancellationToken ct)
    {
        var active = figures.Trainings(f).Where(t => t.Status != TrainingStatus.Cancelled);
        var trainings = await active.GroupBy(t => new { t.PlannedStart.Year, Quarter = ((t.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Count() }).ToListAsync(ct);
        var enrolments = db.Enrolments.Where(e => active.Any(t => t.Id == e.TrainingId));
        var enterprises = await enrolments.GroupBy(e => new { e.Training!.PlannedStart.Year, Quarter = ((e.Training.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Select(e => e.EnterpriseId).Distinct().Count() }).ToListAsync(ct);
        var people = await db.Participants.Where(p => enrolments.Any(e => e.Id == p.EnrolmentId))
            .GroupBy(p => new { p.Enrolment!.Training!.PlannedStart.Year, Quarter = ((p.Enrolment.Training.PlannedStart.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Select(p => p.PersonId).Distinct().Count() }).ToListAsync(ct);
        return
        [
            .. trainings.OrderBy(t => t.Year).ThenBy(t => t.Quarter).Select(t => new QuarterFigures(t.Year, t.Quarter, t.Count,
                enterprises.FirstOrDefault(e => e.Year == t.Year && e.Quarter == t.Quarter)?.Count ?? 0,
                people.FirstOrDefault(p => p.Year == t.Year && p.Quarter == t.Quarter)?.Count ?? 0)),
        ];
    }

    private async Task<IReadOnlyList<ModuleFigures>> ModulesAsync(FigureFilter f, List<CompletionSql.ModuleCompletion> completion, CancellationToken ct)
    {
        var active = figures.Trainings(f).Where(t => t.Status != TrainingStatus.Cancelled);
        var enrolments = db.Enrolments.Where(e => active.Any(t => t.Id == e.TrainingId));
        var trainings = await active.GroupBy(t => t.ModuleNumber).Select(g => new { Module = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var enterprises = await enrolments.GroupBy(e => e.Training!.ModuleNumber)
            .Select(g => new { Module = g.Key, Count = g.Select(e => e.EnterpriseId).Distinct().Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var people = await db.Participants.Where(p => enrolments.Any(e => e.Id == p.EnrolmentId)).GroupBy(p => p.Enrolment!.Training!.ModuleNumber)
            .Select(g => new { Module = g.Key, Count = g.Select(p => p.PersonId).Distinct().Count() }).ToDictionaryAsync(x => x.Module, x => x.Count, ct);
        var completed = completion.Where(c => c.Module is not null).ToDictionary(c => c.Module!.Value, c => c.EnterprisesCompleted);
        var modules = await db.Modules.OrderBy(m => m.Number).Select(m => new { m.Number, m.NameEn, m.NameId }).ToListAsync(ct);
        return
        [
            .. modules.Select(m => new ModuleFigures(m.Number, m.NameEn, m.NameId, trainings.GetValueOrDefault(m.Number), enterprises.GetValueOrDefault(m.Number),
                people.GetValueOrDefault(m.Number), completed.GetValueOrDefault(m.Number))),
        ];
    }

    private async Task<PartnerActions> ActionsAsync(FigureFilter f, Dictionary<int, (int People, int Enterprises)> due, CancellationToken ct)
    {
        var today = Today;
        var overdue = OverdueEnrolments(f);
        var overdueRows = await overdue.OrderBy(e => e.Training!.PlannedStart).ThenBy(e => e.Id).Take(10)
            .Select(e => new
            {
                e.TrainingId, e.Training!.Title, e.Id, Enterprise = e.Enterprise!.Name,
                Done = db.Consultations.Where(c => c.EnrolmentId == e.Id).Select(c => c.Date).Distinct().Count(), e.Training.Module!.PlannedConsultations, Window = e.Training.Module.ConsultationWindowDays,
                LastDay = db.ClassroomDays.Where(d => d.TrainingId == e.TrainingId).Max(d => d.Date),
            })
            .ToListAsync(ct);
        var days = await db.ClassroomDays
            .Where(d => d.AttendanceTakenAt == null && d.Date < today && figures.Trainings(f).Any(t => t.Id == d.TrainingId && t.Status != TrainingStatus.Cancelled))
            .OrderBy(d => d.Date).Take(10)
            .Select(d => new DayWithoutAttendance(d.TrainingId, db.Trainings.Where(t => t.Id == d.TrainingId).Select(t => t.Title).First(), d.Id, d.Date))
            .ToListAsync(ct);
        var titles = await db.Trainings.Where(t => due.Keys.Contains(t.Id)).Select(t => new { t.Id, t.Title }).ToDictionaryAsync(t => t.Id, t => t.Title, ct);
        // Whatever the filter says about approval, what a reviewer returned needs the partner's action.
        var returned = await figures.Trainings(f with { ApprovedOnly = false }).Where(t => t.ReviewState == ReviewState.Returned)
            .OrderBy(t => t.SubmittedAt).Take(10)
            .Select(t => new ReturnedTraining(t.Id, t.Title, t.ReviewComment)).ToListAsync(ct);
        return new PartnerActions(
            await overdue.CountAsync(ct),
            [.. overdueRows.Select(r => new OverdueVisit(r.TrainingId, r.Title, r.Id, r.Enterprise, r.Done, r.PlannedConsultations,
                VisitSchedule.DueDates(r.LastDay, r.PlannedConsultations, r.Window)[r.Done]))],
            days,
            [.. due.OrderByDescending(d => d.Value.People + d.Value.Enterprises).ThenBy(d => d.Key).Take(10)
                .Select(d => new CertificatesDue(d.Key, titles[d.Key], d.Value.People, d.Value.Enterprises))])
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
