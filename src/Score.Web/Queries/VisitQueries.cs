using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Infrastructure;

namespace Score.Web.Queries;

/// <summary>One enterprise still to be visited, with where it stands against its schedule.</summary>
public sealed record MyVisitRow(int TrainingId, string Training, int EnrolmentId, string Enterprise, string? Regency, VisitProgress Progress)
{
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }

    /// <summary>Where a phone's map opens the enterprise: its GPS point, else a search for its address; null without either.</summary>
    public string? MapUrl =>
        Latitude is { } lat && Longitude is { } lon
            ? FormattableString.Invariant($"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
            : string.IsNullOrWhiteSpace(Address) ? null
            : "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(string.Join(", ", new[] { Address, Regency }.Where(x => !string.IsNullOrWhiteSpace(x))));
}

/// <summary>Consultations due, for the visit list and the trainer's and staff's home pages.</summary>
public sealed class VisitQueries(ScoreDbContext db, PartnerScope scope, TimeProvider clock)
{
    private static readonly TrainingStatus[] Visiting = [.. VisitSchedule.VisitingStatuses];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>One page of the visits ahead of the signed-in trainer (or staff member): overdue first, then by due date.</summary>
    public async Task<VisitsAheadPage> MyVisitsAsync(int page, CancellationToken ct)
    {
        var (rows, total, number) = await Paging.ReadAsync(page, VisitsAheadPage.PageSize, p => PageAsync(scope.Trainings(), p, ct), () => Ahead(scope.Trainings()).CountAsync(ct));
        return new VisitsAheadPage(rows, total, number);
    }

    /// <summary>The first visits ahead of the signed-in trainer (or staff member), for a home page.</summary>
    public Task<IReadOnlyList<MyVisitRow>> NextVisitsAsync(int limit, CancellationToken ct) => VisitsAheadAsync(scope.Trainings(), limit, ct);

    /// <summary>The first visits ahead in the given trainings, in the list's order: all of them without a limit.</summary>
    public async Task<IReadOnlyList<MyVisitRow>> VisitsAheadAsync(IQueryable<Training> trainings, int? limit, CancellationToken ct)
    {
        var ordered = Ordered(Ahead(trainings));
        return [.. (await (limit is { } n ? ordered.Take(n) : ordered).ToListAsync(ct)).Select(Row)];
    }

    private async Task<(List<MyVisitRow> Rows, int Total)> PageAsync(IQueryable<Training> trainings, int page, CancellationToken ct)
    {
        var ahead = Ahead(trainings);
        var found = await Ordered(ahead).Skip((page - 1) * VisitsAheadPage.PageSize).Take(VisitsAheadPage.PageSize)
            .Select(a => new { Ahead = a, Total = ahead.Count() })
            .ToListAsync(ct);
        return ([.. found.Select(f => Row(f.Ahead))], found.Count > 0 ? found[0].Total : 0);
    }

    /// <summary>
    /// Enrolments in trainings that expect visits and still owe some, with the day the next one is due: the
    /// schedule's rule (<see cref="VisitSchedule.DueAfterDays"/>) in whole numbers, rounded half up, so that the
    /// database orders and pages the list. Written in SQL so that each enrolment's visits and its training's last
    /// classroom day are read once (LATERAL), where LINQ repeated them in every expression that used them.
    /// </summary>
    private IQueryable<VisitAhead> Ahead(IQueryable<Training> trainings) =>
        db.Database.SqlQueryRaw<VisitAhead>(AheadSql)
            .Where(a => trainings.Any(t => t.Id == a.TrainingId && Visiting.Contains(t.Status)));

    // The statuses as literals, not a parameter, so that the planner may use the partial index of visited trainings.
    private static readonly string AheadSql = """
            SELECT e.training_id, t.title AS training, e.id AS enrolment_id, en.name AS enterprise, r.name AS regency,
                   en.address, en.latitude, en.longitude, done.visits AS done, last.day AS last_day,
                   m.planned_consultations AS planned, m.consultation_window_days AS "window",
                   last.day + (2 * m.consultation_window_days * (done.visits + 1) + m.planned_consultations) / (2 * m.planned_consultations) AS next_due
            FROM enrolments e
            JOIN trainings t ON t.id = e.training_id
            JOIN modules m ON m.number = t.module_number
            JOIN enterprises en ON en.id = e.enterprise_id
            LEFT JOIN regencies r ON r.code = en.regency_code
            CROSS JOIN LATERAL (SELECT count(DISTINCT c.date)::int AS visits FROM consultations c WHERE c.enrolment_id = e.id) done
            CROSS JOIN LATERAL (SELECT max(d.date) AS day FROM classroom_days d WHERE d.training_id = e.training_id) last
            WHERE t.status IN (VISITING) AND done.visits < m.planned_consultations
            """.Replace("VISITING", string.Join(", ", Visiting.Select(s => ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture))), StringComparison.Ordinal);

    private IQueryable<VisitAhead> Ordered(IQueryable<VisitAhead> ahead)
    {
        var today = Today;
        return ahead.OrderByDescending(a => a.NextDue < today).ThenBy(a => a.NextDue).ThenBy(a => a.Enterprise).ThenBy(a => a.EnrolmentId);
    }

    private MyVisitRow Row(VisitAhead a) =>
        new(a.TrainingId, a.Training, a.EnrolmentId, a.Enterprise, a.Regency, VisitSchedule.Progress(a.LastDay, a.Done, a.Planned, a.Window, Today))
        {
            Address = a.Address, Latitude = a.Latitude, Longitude = a.Longitude,
        };

    /// <summary>A row of <see cref="Ahead"/>, as the SQL names its columns (snake case, like the tables).</summary>
    private sealed class VisitAhead
    {
        public int TrainingId { get; init; }
        public string Training { get; init; } = "";
        public int EnrolmentId { get; init; }
        public string Enterprise { get; init; } = "";
        public string? Regency { get; init; }
        public string? Address { get; init; }
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
        public int Done { get; init; }
        public DateOnly? LastDay { get; init; }
        public int Planned { get; init; }
        public int Window { get; init; }
        public DateOnly? NextDue { get; init; }
    }
}

/// <summary>One page of the visits ahead, and how many there are in all.</summary>
public sealed record VisitsAheadPage(IReadOnlyList<MyVisitRow> Rows, int Total, int Page)
{
    public const int PageSize = 25;
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
