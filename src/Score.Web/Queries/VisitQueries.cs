using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;
using Score.Web.Figures;
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

    private DateOnly Today => clock.Today();

    /// <summary>One page of the visits ahead of the signed-in trainer (or staff member): overdue first, then by due date.</summary>
    public async Task<VisitsAheadPage> MyVisitsAsync(int page, CancellationToken ct)
    {
        // One connection for the page's statements, rather than one taken from the pool (and reset) for each.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var trainings = await VisitedTrainingsAsync(scope.Trainings(), ct);
            await FigureFacts.RefreshAsync(db, ct);
            var (rows, total, number) = await Paging.ReadAsync(page, VisitsAheadPage.PageSize,
                p => AheadAsync(trainings, (p - 1) * VisitsAheadPage.PageSize, VisitsAheadPage.PageSize, ct),
                async () => (await AheadAsync(trainings, 0, 1, ct)).Total);
            return new VisitsAheadPage(rows, total, number);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The first visits ahead of the signed-in trainer (or staff member), for a home page.</summary>
    public Task<IReadOnlyList<MyVisitRow>> NextVisitsAsync(int limit, CancellationToken ct) => VisitsAheadAsync(scope.Trainings(), limit, ct);

    /// <summary>The first visits ahead in the given trainings, in the list's order: all of them without a limit.</summary>
    public async Task<IReadOnlyList<MyVisitRow>> VisitsAheadAsync(IQueryable<Training> trainings, int? limit, CancellationToken ct)
    {
        var visited = await VisitedTrainingsAsync(trainings, ct);
        await FigureFacts.RefreshAsync(db, ct);
        return (await AheadAsync(visited, 0, limit ?? int.MaxValue, ct)).Rows;
    }

    /// <summary>Which of the given trainings (the user's scope) expect visits: a short read, which keeps the scope's rules in LINQ.</summary>
    private static Task<int[]> VisitedTrainingsAsync(IQueryable<Training> trainings, CancellationToken ct) =>
        trainings.Where(t => VisitSchedule.VisitingStatuses.Contains(t.Status)).Select(t => t.Id).ToArrayAsync(ct);

    /// <summary>
    /// Enrolments in the given trainings that still owe visits, with the day the next one is due (the schedule's rule,
    /// <see cref="VisitSchedule.NextDue"/>, as the database's next_visit_due), ordered and paged in the database,
    /// with how many there are in all. Each enrolment's visit days, last classroom day and module rules come from its
    /// figure facts (<see cref="FigureFacts"/>, which the callers bring up to date first, so a visit just recorded counts), the count is
    /// a window over the same rows rather than the work done again, and regencies are looked up for the page only.
    /// </summary>
    private async Task<(List<MyVisitRow> Rows, int Total)> AheadAsync(int[] trainings, int skip, int take, CancellationToken ct)
    {
        if (trainings.Length == 0)
        {
            return ([], 0);
        }
        var today = Today;
        var found = await db.Database.SqlQuery<VisitAhead>($"""
            SELECT s.training_id, s.training, s.enrolment_id, s.enterprise, r.name AS regency, s.address, s.latitude, s.longitude,
                   s.done, s.last_day, s.planned, s."window", s.next_due, s.total
            FROM (
                SELECT f.training_id, t.title AS training, f.enrolment_id, en.name AS enterprise, en.regency_code,
                       en.address, en.latitude, en.longitude, f.visit_days AS done, f.last_classroom_day AS last_day,
                       f.planned_consultations AS planned, f.consultation_window_days AS "window",
                       next_visit_due(f.last_classroom_day, f.visit_days, f.planned_consultations, f.consultation_window_days) AS next_due,
                       count(*) OVER () AS total
                FROM enrolment_facts f
                JOIN trainings t ON t.id = f.training_id
                JOIN enterprises en ON en.id = f.enterprise_id
                WHERE f.training_id = ANY ({trainings}) AND f.visit_days < f.planned_consultations
                ORDER BY CASE WHEN next_visit_due(f.last_classroom_day, f.visit_days, f.planned_consultations, f.consultation_window_days) < {today} THEN 0 ELSE 1 END,
                         next_due, en.name, f.enrolment_id
                OFFSET {skip} LIMIT {take}
            ) s
            LEFT JOIN regencies r ON r.code = s.regency_code
            ORDER BY CASE WHEN s.next_due < {today} THEN 0 ELSE 1 END, s.next_due, s.enterprise, s.enrolment_id
            """).ToListAsync(ct);
        return ([.. found.Select(Row)], found.Count > 0 ? (int)found[0].Total : 0);
    }

    private MyVisitRow Row(VisitAhead a) =>
        new(a.TrainingId, a.Training, a.EnrolmentId, a.Enterprise, a.Regency, VisitSchedule.Progress(a.LastDay, a.Done, a.Planned, a.Window, Today))
        {
            Address = a.Address, Latitude = a.Latitude, Longitude = a.Longitude,
        };

    /// <summary>A row of <see cref="AheadAsync"/>, as the SQL names its columns (snake case, like the tables).</summary>
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
        public long Total { get; init; }
    }
}

/// <summary>One page of the visits ahead, and how many there are in all.</summary>
public sealed record VisitsAheadPage(IReadOnlyList<MyVisitRow> Rows, int Total, int Page)
{
    public const int PageSize = 25;
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
