using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Figures;
using Score.Web.Queries;
using Score.Web.Domain;

namespace Score.Web.Features.Dashboard;

/// <summary>
/// The dashboard's figures, each computed in PostgreSQL: completion by the modules' rules,
/// overdue visits by the visit schedule, median KPI changes with percentile_cont.
/// </summary>
public sealed class DashboardQueries(
    ScoreDbContext db, PartnerScope scope, ProgrammeFigureQueries figures, DeliveryFigureQueries delivery, DashboardCache cache, OptionCache lists, TimeProvider clock)
{

    private DateOnly Today => clock.Today();

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
        var kpis = await db.Kpis.OrderBy(k => k.SortOrder).ToListAsync(ct);
        var options = await OptionsAsync(filter.Partner, ct);
        var activePartners = await db.Partners.CountAsync(p => p.IsActive && (filter.Partner == null || p.Id == filter.Partner), ct);
        // From this instance's in-memory facts (FigureSnapshot); a trainer's from the database, by assignment.
        var inMemory = await figures.InMemoryAsync(f, Today, ct);
        // The facts in the database only where memory does not answer: a partner's follow-ups, a trainer's figures.
        (IQueryable<EnrolmentFact> Enrolments, IQueryable<ParticipantFact> Participants)? read = null;
        async Task<(IQueryable<EnrolmentFact> Enrolments, IQueryable<ParticipantFact> Participants)> FactsAsync() => read ??= await figures.FactsAsync(f, ct);
        ProgrammeFigures programme;
        (CompletionFigures Total, IReadOnlyDictionary<int, int> ByModule) completion;
        IReadOnlyList<QuarterFigures> quarters;
        IReadOnlyList<ModuleFigures> modules;
        int overdue;
        Dictionary<string, KpiOutcome> kpiOutcomes;
        if (inMemory is ({ } held, { } deliveryFigures))
        {
            (programme, completion, quarters, overdue) = (held, (deliveryFigures.Completion, deliveryFigures.CompletedByModule), deliveryFigures.Quarters, deliveryFigures.Overdue);
            modules = await delivery.ModulesAsync(deliveryFigures.Modules, deliveryFigures.CompletedByModule, ct);
            kpiOutcomes = deliveryFigures.Kpis.ToDictionary(k => k.Code);
        }
        else
        {
            var facts = await FactsAsync();
            programme = await figures.ComputeInDatabaseAsync(f, ct);
            overdue = await facts.Enrolments.Overdue(Today).CountAsync(ct);
            quarters = await delivery.QuartersAsync(f, facts, ct);
            var inDatabase = await DeliveryFigureQueries.CompletionAsync(facts.Enrolments, ct);
            completion = (inDatabase.Total, inDatabase.ByModule);
            modules = await delivery.ModulesAsync(f, facts, inDatabase.ByModule, ct);
            kpiOutcomes = (await figures.KpiOutcomesAsync(f, enterpriseTotals: false, ct)).ByKpi.ToDictionary(k => k.Code);
        }
        var actions = filter.Partner is null ? null : await delivery.ActionsAsync(f, (await FactsAsync()).Enrolments, ct);
        return new DashboardView(
            filter, options, scope.SeesAllPartners, partnerName, activePartners, programme, completion.Total, overdue,
            [.. kpis.Where(k => kpiOutcomes.ContainsKey(k.Code)).Select(k => new KpiChange(k.Code, k.NameEn, k.NameId, kpiOutcomes[k.Code].Enterprises, kpiOutcomes[k.Code].MedianPercent))],
            quarters, modules, actions, clock.GetUtcNow());
    }

    private async Task<DashboardOptions> OptionsAsync(int? partnerId, CancellationToken ct)
    {
        var partners = scope.SeesAllPartners ? await lists.PartnersAsync(db, ct) : [];
        var provinces = await lists.ProvincesAsync(db, ct);
        var modules = await db.Modules.OrderBy(m => m.Number).Select(m => new SelectOption(m.Number.ToString(), m.Number + ". " + m.NameId + " / " + m.NameEn)).ToListAsync(ct);
        var variants = await db.Variants.Where(v => partnerId == null || v.PartnerId == partnerId).OrderBy(v => v.Name)
            .Select(v => new SelectOption(v.Id.ToString(), v.Name)).ToListAsync(ct);
        var span = await scope.Trainings().GroupBy(_ => 1).Select(g => new { First = g.Min(t => t.PlannedStart), Last = g.Max(t => t.PlannedStart) }).SingleOrDefaultAsync(ct);
        var (first, last) = span is null ? (Today, Today) : (span.First, span.Last);
        return new DashboardOptions(partners, provinces, modules, variants, [.. Enumerable.Range(first.Year, Math.Max(1, last.Year - first.Year + 1)).Reverse()]);
    }
}
