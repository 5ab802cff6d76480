using Microsoft.EntityFrameworkCore;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

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

    /// <summary>The visits ahead of the signed-in trainer (or staff member): overdue first, then by due date.</summary>
    public Task<IReadOnlyList<MyVisitRow>> MyVisitsAsync(CancellationToken ct) => VisitsAheadAsync(scope.Trainings(), ct);

    /// <summary>The visits ahead in the given trainings, in the same order.</summary>
    public async Task<IReadOnlyList<MyVisitRow>> VisitsAheadAsync(IQueryable<Training> trainings, CancellationToken ct)
    {
        var rows = await db.Enrolments
            .Where(e => trainings.Any(t => t.Id == e.TrainingId && Visiting.Contains(t.Status)))
            .Select(e => new
            {
                e.TrainingId, Training = e.Training!.Title, EnrolmentId = e.Id, Enterprise = e.Enterprise!.Name,
                Regency = e.Enterprise.Regency != null ? e.Enterprise.Regency.Name : null,
                e.Enterprise.Address, e.Enterprise.Latitude, e.Enterprise.Longitude,
                Done = db.Consultations.Where(c => c.EnrolmentId == e.Id).Select(c => c.Date).Distinct().Count(),
                LastDay = db.ClassroomDays.Where(d => d.TrainingId == e.TrainingId).Max(d => (DateOnly?)d.Date),
                e.Training.Module!.PlannedConsultations, e.Training.Module.ConsultationWindowDays,
            })
            .ToListAsync(ct);
        return rows
            .Select(r => new MyVisitRow(r.TrainingId, r.Training, r.EnrolmentId, r.Enterprise, r.Regency,
                VisitSchedule.Progress(r.LastDay, r.Done, r.PlannedConsultations, r.ConsultationWindowDays, Today))
            {
                Address = r.Address, Latitude = r.Latitude, Longitude = r.Longitude,
            })
            .Where(r => !r.Progress.AllDone)
            .OrderByDescending(r => r.Progress.IsOverdue).ThenBy(r => r.Progress.NextDue).ThenBy(r => r.Enterprise)
            .ToList();
    }
}
