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
    /// database orders and pages the list.
    /// </summary>
    private IQueryable<VisitAhead> Ahead(IQueryable<Training> trainings) =>
        db.Enrolments
            .Where(e => trainings.Any(t => t.Id == e.TrainingId && Visiting.Contains(t.Status)))
            .Select(e => new
            {
                e.TrainingId, Training = e.Training!.Title, EnrolmentId = e.Id, Enterprise = e.Enterprise!.Name,
                Regency = e.Enterprise.Regency != null ? e.Enterprise.Regency.Name : null,
                e.Enterprise.Address, e.Enterprise.Latitude, e.Enterprise.Longitude,
                Done = db.Consultations.Where(c => c.EnrolmentId == e.Id).Select(c => c.Date).Distinct().Count(),
                LastDay = db.ClassroomDays.Where(d => d.TrainingId == e.TrainingId).Max(d => (DateOnly?)d.Date),
                Planned = e.Training.Module!.PlannedConsultations, Window = e.Training.Module.ConsultationWindowDays,
            })
            .Where(x => x.Done < x.Planned)
            .Select(x => new VisitAhead
            {
                TrainingId = x.TrainingId, Training = x.Training, EnrolmentId = x.EnrolmentId, Enterprise = x.Enterprise, Regency = x.Regency,
                Address = x.Address, Latitude = x.Latitude, Longitude = x.Longitude, Done = x.Done, LastDay = x.LastDay,
                Planned = x.Planned, Window = x.Window,
                NextDue = x.LastDay == null ? null : x.LastDay.Value.AddDays(((2 * x.Window * (x.Done + 1)) + x.Planned) / (2 * x.Planned)),
            });

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
