using Microsoft.EntityFrameworkCore;
using Npgsql;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Web.Figures;

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
public sealed record HeadlineFigures
{
    public int Trainings { get; init; }
    public int TrainingsCompleted { get; init; }
    public int Enterprises { get; init; }
    public int Women { get; init; }
    public int Men { get; init; }
    public int Participants => Women + Men;

    /// <summary>The workforce of the enterprises reached, as their records state it: the workers who benefit.</summary>
    public int WorkersWomen { get; init; }
    public int WorkersMen { get; init; }
    public int Workers => WorkersWomen + WorkersMen;
    public int ConsultationsDone { get; init; }
    public int ConsultationsPlanned { get; init; }
    public int PartnerFunded { get; init; }
    public decimal TotalCost { get; init; }
    public decimal FeesCollected { get; init; }
    /// <summary>Local sponsors' money (government, private): part of cost recovery.</summary>
    public decimal SponsorContribution { get; init; }

    /// <summary>ILO and donor money: it paid for trainings but is not cost recovery.</summary>
    public decimal DonorContribution { get; init; }
    public OutcomeShare Productivity { get; init; } = new(0, 0);
    public OutcomeShare CostSavings { get; init; } = new(0, 0);
    public OutcomeShare Defects { get; init; } = new(0, 0);
    public OutcomeShare Energy { get; init; } = new(0, 0);
    public decimal CostsSavedRupiah { get; init; }

    /// <summary>Share of trainings organised and funded by the partner (own money, fees or sponsors), not by ILO or a donor.</summary>
    public double? PartnerFundedPercent => Trainings == 0 ? null : 100.0 * PartnerFunded / Trainings;

    /// <summary>Fees and local sponsors' contributions over the total cost (see <see cref="CostRecovery"/>).</summary>
    public double? CostRecoveryPercent => CostRecovery.Percent(TotalCost, FeesCollected + SponsorContribution);

    public double? ConsultationsPercent => ConsultationsPlanned == 0 ? null : 100.0 * ConsultationsDone / ConsultationsPlanned;

    /// <summary>
    /// The programme's figures from its partners': trainings, consultations and money add up, while enterprises, people,
    /// workforce and outcome shares are counted across the programme (an enterprise moved between partners is one).
    /// </summary>
    public static HeadlineFigures Programme(
        IReadOnlyCollection<HeadlineFigures> partners, int enterprises, int women, int men, int workersWomen, int workersMen, OutcomeRule.Shares shares) => new()
    {
        Trainings = partners.Sum(x => x.Trainings),
        TrainingsCompleted = partners.Sum(x => x.TrainingsCompleted),
        Enterprises = enterprises,
        Women = women,
        Men = men,
        WorkersWomen = workersWomen,
        WorkersMen = workersMen,
        ConsultationsDone = partners.Sum(x => x.ConsultationsDone),
        ConsultationsPlanned = partners.Sum(x => x.ConsultationsPlanned),
        PartnerFunded = partners.Sum(x => x.PartnerFunded),
        TotalCost = partners.Sum(x => x.TotalCost),
        FeesCollected = partners.Sum(x => x.FeesCollected),
        SponsorContribution = partners.Sum(x => x.SponsorContribution),
        DonorContribution = partners.Sum(x => x.DonorContribution),
        Productivity = shares.Productivity,
        CostSavings = shares.CostSavings,
        Defects = shares.Defects,
        Energy = shares.Energy,
        CostsSavedRupiah = partners.Sum(x => x.CostsSavedRupiah),
    };
}

public sealed record PartnerFigures(int PartnerId, string ShortName, string Name, HeadlineFigures Figures);

public sealed record ModuleStatusCount(int Module, TrainingStatus Status, int Trainings);

/// <summary>A province reached: enterprises reached located there, and trainings held there (by venue; classroom done, not merely planned).</summary>
public sealed record ProvinceCount(string Code, string Name, int Enterprises, int Trainings);

public sealed record PeopleCount(Sex Sex, PersonPosition Position, int People);

public sealed record FundingCount(FundingSource Source, int Trainings, decimal TotalCost, decimal FeesCollected, decimal SponsorContribution);

/// <summary>One KPI's change from baseline: enterprises measured (once per module that measured them), those improved, and the median change in percent.</summary>
public sealed record KpiOutcome(string Code, int Enterprises, int EnterprisesImproved, double MedianPercent)
{
    public double? ImprovedPercent => Enterprises == 0 ? null : 100.0 * EnterprisesImproved / Enterprises;
}

/// <summary>The KPIs' changes, and the enterprises with at least one KPI measured twice and at least one improved.</summary>
public sealed record KpiOutcomes(IReadOnlyList<KpiOutcome> ByKpi, int Enterprises, int EnterprisesImproved)
{
    public double? ImprovedPercent => Enterprises == 0 ? null : 100.0 * EnterprisesImproved / Enterprises;
}

public sealed record ProgrammeFigures(
    HeadlineFigures Total, IReadOnlyList<PartnerFigures> ByPartner, IReadOnlyList<ModuleStatusCount> TrainingsByModule,
    IReadOnlyList<ProvinceCount> Provinces, IReadOnlyList<PeopleCount> People, IReadOnlyList<FundingCount> Funding)
{
    /// <summary>Provinces reached: where a training was held or a reached enterprise is.</summary>
    public int ProvincesReached => Provinces.Count;
    public int ProvincesByVenue => Provinces.Count(p => p.Trainings > 0);
    public int ProvincesByEnterprise => Provinces.Count(p => p.Enterprises > 0);
}

/// <summary>
/// The programme's figures, each an aggregate computed in PostgreSQL over the trainings the user
/// may see; cancelled trainings count only in the status breakdown.
/// </summary>
public sealed class ProgrammeFigureQueries(ScoreDbContext db, PartnerScope scope, FigureSnapshot snapshot)
{

    /// <remarks>
    /// One query shape whatever is chosen (the filters unset are null parameters): a filter combination never
    /// asked before costs EF no new compilation of each of the dashboard's queries.
    /// </remarks>
    public IQueryable<Training> Trainings(FigureFilter filter)
    {
        var (from, to, partner, province, module, variant, approvedOnly) =
            (filter.From, filter.To, filter.PartnerId, string.IsNullOrEmpty(filter.ProvinceCode) ? null : filter.ProvinceCode, filter.Module, filter.VariantId, filter.ApprovedOnly);
        return scope.Trainings().Where(t =>
            (from == null || t.PlannedStart >= from) && (to == null || t.PlannedStart <= to)
            && (partner == null || t.PartnerId == partner) && (province == null || t.ProvinceCode == province)
            && (module == null || t.ModuleNumber == module) && (variant == null || t.VariantId == variant)
            && (!approvedOnly || t.ReviewState == ReviewState.Approved));
    }

    /// <summary>Enrolments in the filter's trainings that were not cancelled: the enterprises "reached".</summary>
    public IQueryable<Enrolment> ActiveEnrolments(FigureFilter filter)
    {
        var active = Trainings(filter).Where(t => t.Status != TrainingStatus.Cancelled);
        return db.Enrolments.Where(e => active.Any(t => t.Id == e.TrainingId));
    }

    /// <summary>
    /// The facts of the filter's enrolments and participants, brought up to date first (see <see cref="FigureFacts"/>),
    /// filtered on their own copies of the trainings' fields: the same trainings as <see cref="Trainings"/>.
    /// </summary>
    public async Task<(IQueryable<EnrolmentFact> Enrolments, IQueryable<ParticipantFact> Participants)> FactsAsync(FigureFilter filter, CancellationToken ct)
    {
        await RefreshFactsAsync(ct);
        if (!scope.SeesAllPartners && scope.StaffPartnerId is null)
        {
            // A trainer's scope is their assignments, which the facts do not carry.
            var trainings = Trainings(filter);
            return (db.EnrolmentFacts.Where(x => trainings.Any(t => t.Id == x.TrainingId)),
                    db.ParticipantFacts.Where(x => trainings.Any(t => t.Id == x.TrainingId)));
        }
        // As in Trainings: one shape, the filters unset being null parameters.
        var (from, to, province, module, variant, approvedOnly) =
            (filter.From, filter.To, string.IsNullOrEmpty(filter.ProvinceCode) ? null : filter.ProvinceCode, filter.Module, filter.VariantId, filter.ApprovedOnly);
        // Staff asking for another partner's figures get none.
        var read = scope.ReadFor(filter.PartnerId);
        var (none, partner) = (!read.Allowed, read.PartnerId);
        return (Matching(db.EnrolmentFacts, none, partner, from, to, province, module, variant, approvedOnly),
                Matching(db.ParticipantFacts, none, partner, from, to, province, module, variant, approvedOnly));
    }

    /// <summary>The facts of the trainings the filter's fields describe; one query shape whatever is set.</summary>
    private static IQueryable<T> Matching<T>(
        IQueryable<T> facts, bool none, int? partner, DateOnly? from, DateOnly? to, string? province, int? module, int? variant, bool approvedOnly)
        where T : class, ITrainingFields =>
        facts.Where(x => !none
            && (partner == null || x.PartnerId == partner) && (from == null || x.PlannedStart >= from) && (to == null || x.PlannedStart <= to)
            && (province == null || x.TrainingProvinceCode == province) && (module == null || x.ModuleNumber == module)
            && (variant == null || x.VariantId == variant) && (!approvedOnly || x.ReviewState == ReviewState.Approved));

    private Task RefreshFactsAsync(CancellationToken ct) => FigureFacts.RefreshAsync(db, ct);

    /// <summary>
    /// The figures for the filter from this instance's in-memory facts (<see cref="FigureSnapshot"/>), brought up to date
    /// first; a trainer's, whose scope is their assignments, from the database.
    /// </summary>
    public async Task<ProgrammeFigures> ComputeAsync(FigureFilter filter, CancellationToken ct) =>
        (await InMemoryAsync(filter, null, ct))?.Programme ?? await ComputeInDatabaseAsync(filter, ct);

    /// <summary>
    /// The programme's figures and, with <paramref name="today"/>, a dashboard's delivery figures, from the in-memory
    /// facts brought up to date; null for a trainer, whose scope the facts do not carry.
    /// </summary>
    public async Task<(ProgrammeFigures Programme, DeliveryFigures? Delivery)?> InMemoryAsync(FigureFilter filter, DateOnly? today, CancellationToken ct)
    {
        if (!scope.SeesAllPartners && scope.StaffPartnerId is null)
        {
            return null;
        }
        var read = scope.ReadFor(filter.PartnerId);
        // Staff asking for another partner's figures get none, as in the database.
        var (asked, none) = (filter with { PartnerId = read.PartnerId }, !read.Allowed);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await FigureFacts.RefreshAsync(connection, ct);
            var columns = await snapshot.CurrentAsync(connection, ct);
            var partners = await db.Partners.AsNoTracking().Select(p => new { p.Id, p.ShortName, p.Name, p.IsLead })
                .ToDictionaryAsync(p => p.Id, p => (p.ShortName, p.Name, p.IsLead), ct);
            return (columns.Compute(asked, none, partners), today is { } day ? columns.Delivery(asked, none, day, HigherIsBetter) : null);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static readonly IReadOnlySet<string> HigherIsBetter = KpiDirection.HigherIsBetter.ToHashSet(StringComparer.Ordinal);

    /// <summary>The same figures computed by PostgreSQL over the facts: for trainers, and the reference the in-memory figures are held to.</summary>
    public async Task<ProgrammeFigures> ComputeInDatabaseAsync(FigureFilter filter, CancellationToken ct)
    {
        // One connection for the dozen statements, rather than one taken from the pool (and reset) for each.
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

    private async Task<ProgrammeFigures> ComputeOnOpenConnectionAsync(FigureFilter filter, CancellationToken ct)
    {
        var all = Trainings(filter);
        var active = all.Where(t => t.Status != TrainingStatus.Cancelled);
        var (facts, participantFacts) = await FactsAsync(filter, ct);
        var enrolments = facts.Where(x => x.Status != TrainingStatus.Cancelled);
        var participants = participantFacts.Where(x => x.Status != TrainingStatus.Cancelled);

        var byModule = await all.GroupBy(t => new { t.PartnerId, t.ModuleNumber, t.Status })
            .Select(g => new { g.Key.PartnerId, g.Key.ModuleNumber, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var funding = await active.GroupBy(t => new { t.PartnerId, t.Funding })
            .Select(g => new { g.Key.PartnerId, g.Key.Funding, Count = g.Count(), Cost = g.Sum(t => t.TotalCost), Fees = g.Sum(t => t.FeesCollected), Sponsor = g.Sum(t => t.SponsorContribution) })
            .ToListAsync(ct);
        var outcomes = await enrolments.GroupBy(e => e.PartnerId)
            .Select(g => new
            {
                PartnerId = g.Key,
                Enterprises = g.Select(e => e.EnterpriseId).Distinct().Count(),
                Done = g.Sum(e => e.Consultations),
                Planned = g.Sum(e => TrainingStatusRules.Delivered.Contains(e.Status) ? e.PlannedConsultations : 0),
                Saved = g.Sum(e => e.CostsSavedRupiah),
            })
            .ToDictionaryAsync(x => x.PartnerId, ct);
        // The outcomes are shares of enterprises (OutcomeRule): the answers themselves, each enterprise's latest counted once.
        var answers = await enrolments
            .Where(e => e.ProductivityImproved != null || e.CostsSaved != null || e.DefectsReduced != null || e.EnergySaved != null)
            .Select(e => new OutcomeAnswer(e.PartnerId, e.EnterpriseId, e.PlannedStart, e.EnrolmentId, e.ProductivityImproved, e.CostsSaved, e.DefectsReduced, e.EnergySaved))
            .ToListAsync(ct);
        var sharesByPartner = answers.GroupBy(a => a.PartnerId).ToDictionary(g => g.Key, g => OutcomeRule.Of(g));
        var people = await participants
            .GroupBy(p => new { p.PartnerId, p.Sex, p.Position })
            .Select(g => new { g.Key.PartnerId, g.Key.Sex, g.Key.Position, People = g.Select(p => p.PersonId).Distinct().Count() })
            .ToListAsync(ct);
        var provinceNames = await db.Provinces.Select(p => new { p.Code, p.Name }).ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var enterprisesByProvince = await enrolments
            .GroupBy(e => e.EnterpriseProvinceCode)
            .Select(g => new { Code = g.Key, Enterprises = g.Select(e => e.EnterpriseId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Code, x => x.Enterprises, ct);
        // Held: a training planned in a province has not reached it yet.
        var trainingsByProvince = await all.Where(t => TrainingStatusRules.Delivered.Contains(t.Status)).GroupBy(t => t.ProvinceCode).Select(g => new { Code = g.Key, Trainings = g.Count() })
            .ToDictionaryAsync(x => x.Code, x => x.Trainings, ct);
        var provinces = enterprisesByProvince.Keys.Union(trainingsByProvince.Keys)
            .Select(code => new ProvinceCount(code, provinceNames.GetValueOrDefault(code, code), enterprisesByProvince.GetValueOrDefault(code), trainingsByProvince.GetValueOrDefault(code)))
            .ToList();
        // Each enterprise reached once, with its workforce as recorded now.
        var workforce = await enrolments.GroupBy(e => e.EnterpriseId)
            .Select(g => new { Women = g.Max(e => e.WorkersWomen), Men = g.Max(e => e.WorkersMen) })
            .GroupBy(_ => 1)
            .Select(g => new { Women = g.Sum(x => x.Women), Men = g.Sum(x => x.Men) })
            .SingleOrDefaultAsync(ct);

        // Per partner, each enterprise it reached once: an enterprise moved between partners counts for each.
        var workforceByPartner = await enrolments.GroupBy(e => new { e.PartnerId, e.EnterpriseId })
            .Select(g => new { g.Key.PartnerId, Women = g.Max(e => e.WorkersWomen), Men = g.Max(e => e.WorkersMen) })
            .GroupBy(x => x.PartnerId)
            .Select(g => new { PartnerId = g.Key, Women = g.Sum(x => x.Women), Men = g.Sum(x => x.Men) })
            .ToDictionaryAsync(x => x.PartnerId, ct);

        var partnerIds = byModule.Select(x => x.PartnerId).Distinct().ToList();
        var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id)).OrderByDescending(p => p.IsLead).ThenBy(p => p.ShortName)
            .Select(p => new { p.Id, p.ShortName, p.Name }).ToListAsync(ct);

        HeadlineFigures For(int partnerId)
        {
            var o = outcomes.GetValueOrDefault(partnerId);
            var shares = sharesByPartner.GetValueOrDefault(partnerId);
            var money = funding.Where(f => f.PartnerId == partnerId).ToList();
            return new HeadlineFigures
            {
                Trainings = money.Sum(f => f.Count),
                TrainingsCompleted = byModule.Where(x => x.PartnerId == partnerId && x.Status == TrainingStatus.Completed).Sum(x => x.Count),
                Enterprises = o?.Enterprises ?? 0,
                Women = people.Where(p => p.PartnerId == partnerId && p.Sex == Sex.Female).Sum(p => p.People),
                Men = people.Where(p => p.PartnerId == partnerId && p.Sex == Sex.Male).Sum(p => p.People),
                WorkersWomen = workforceByPartner.GetValueOrDefault(partnerId)?.Women ?? 0,
                WorkersMen = workforceByPartner.GetValueOrDefault(partnerId)?.Men ?? 0,
                ConsultationsDone = o?.Done ?? 0,
                ConsultationsPlanned = o?.Planned ?? 0,
                PartnerFunded = money.Where(f => f.Funding != FundingSource.IloOrDonor).Sum(f => f.Count),
                TotalCost = money.Sum(f => f.Cost),
                FeesCollected = money.Sum(f => f.Fees),
                SponsorContribution = money.Where(f => !CostRecovery.IsDonorMoney(f.Funding)).Sum(f => f.Sponsor),
                DonorContribution = money.Where(f => CostRecovery.IsDonorMoney(f.Funding)).Sum(f => f.Sponsor),
                Productivity = shares?.Productivity ?? new(0, 0),
                CostSavings = shares?.CostSavings ?? new(0, 0),
                Defects = shares?.Defects ?? new(0, 0),
                Energy = shares?.Energy ?? new(0, 0),
                CostsSavedRupiah = o?.Saved ?? 0,
            };
        }

        var byPartner = partners.Select(p => new PartnerFigures(p.Id, p.ShortName, p.Name, For(p.Id))).ToList();
        var f = byPartner.Select(p => p.Figures).ToList();
        // Distinct over the whole programme: an enterprise moved between partners counts once.
        var totalEnterprises = await enrolments.Select(e => e.EnterpriseId).Distinct().CountAsync(ct);
        var totalPeople = await participants
            .GroupBy(p => p.Sex).Select(g => new { Sex = g.Key, People = g.Select(p => p.PersonId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Sex, x => x.People, ct);
        // An enterprise moved between partners is one enterprise of the programme: the total's shares are not the partners' summed.
        var total = HeadlineFigures.Programme(f, totalEnterprises, totalPeople.GetValueOrDefault(Sex.Female), totalPeople.GetValueOrDefault(Sex.Male),
            workforce?.Women ?? 0, workforce?.Men ?? 0, OutcomeRule.Of(answers));
        return new ProgrammeFigures(
            total,
            byPartner,
            [.. byModule.GroupBy(x => (x.ModuleNumber, x.Status)).Select(g => new ModuleStatusCount(g.Key.ModuleNumber, g.Key.Status, g.Sum(x => x.Count)))
                .OrderBy(x => x.Module).ThenBy(x => x.Status)],
            [.. provinces.OrderByDescending(p => p.Enterprises).ThenByDescending(p => p.Trainings).ThenBy(p => p.Name, StringComparer.Ordinal)],
            [.. people.GroupBy(p => (p.Sex, p.Position)).Select(g => new PeopleCount(g.Key.Sex, g.Key.Position, g.Sum(p => p.People)))
                .OrderBy(p => p.Position).ThenBy(p => p.Sex)],
            [.. funding.GroupBy(x => x.Funding).Select(g => new FundingCount(g.Key, g.Sum(x => x.Count), g.Sum(x => x.Cost), g.Sum(x => x.Fees), g.Sum(x => x.Sponsor)))
                .OrderBy(x => x.Source)]);
    }

    private sealed record KpiRow(string KpiCode, int Enterprises, int Improved, double Median);

    private sealed record KpiTotal(int Enterprises, int Improved);

    /// <summary>
    /// Per KPI, over the enrolments of the filter's trainings whose classroom is done that have a baseline and a later
    /// visit value (see <see cref="FigureFacts"/>): the enrolments measured (an enterprise in two modules counts once in
    /// each), those whose KPI moved the better way (<see cref="KpiDirection"/>), and the median change in percent. With
    /// <paramref name="enterpriseTotals"/>, also the distinct enterprises measured and improved on any KPI (a join and a
    /// sort the dashboard does not need).
    /// </summary>
    public async Task<KpiOutcomes> KpiOutcomesAsync(FigureFilter filter, bool enterpriseTotals, CancellationToken ct)
    {
        await RefreshFactsAsync(ct);
        var trainings = await Trainings(filter).Where(t => TrainingStatusRules.Delivered.Contains(t.Status)).Select(t => t.Id).ToArrayAsync(ct);
        var higher = KpiDirection.HigherIsBetter.ToArray();
        const string Improved = "CASE WHEN k.kpi_code = ANY({1}) THEN k.change_percent > 0 ELSE k.change_percent < 0 END";
        var rows = await db.Database.SqlQueryRaw<KpiRow>(
            $"""
            SELECT k.kpi_code, count(*)::int AS enterprises, count(*) FILTER (WHERE {Improved})::int AS improved,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY k.change_percent) AS median
            FROM kpi_facts k WHERE k.training_id = ANY({"{0}"}) GROUP BY k.kpi_code
            """, trainings, higher).ToListAsync(ct);
        var total = enterpriseTotals
            ? await db.Database.SqlQueryRaw<KpiTotal>(
                $"""
                SELECT count(*)::int AS enterprises, count(*) FILTER (WHERE improved)::int AS improved FROM (
                  SELECT e.enterprise_id, bool_or({Improved}) AS improved
                  FROM kpi_facts k JOIN enrolment_facts e ON e.enrolment_id = k.enrolment_id
                  WHERE k.training_id = ANY({"{0}"}) GROUP BY e.enterprise_id) x
                """, trainings, higher).SingleAsync(ct)
            : new KpiTotal(0, 0);
        return new KpiOutcomes([.. rows.Select(r => new KpiOutcome(r.KpiCode, r.Enterprises, r.Improved, r.Median))], total.Enterprises, total.Improved);
    }

}
