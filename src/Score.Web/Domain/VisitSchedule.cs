namespace Score.Web.Domain;

/// <summary>Where an enterprise stands against its planned consultations.</summary>
public sealed record VisitProgress(int Done, int Planned, DateOnly? NextDue, int Overdue)
{
    public bool IsOverdue => Overdue > 0;
    public bool AllDone => Done >= Planned;
}

/// <summary>
/// The planned consultations of an enrolled enterprise fall evenly across the module's window
/// after the last classroom day: with 3 visits in 90 days, on days 30, 60 and 90 (a half day rounds
/// up). A visit is overdue once its day has passed and fewer visits than that have been recorded.
/// Visits are expected only while the training is in its consultation phase.
/// </summary>
public static class VisitSchedule
{
    /// <summary>Statuses in which visits are due: the visit list, the dashboard and the trainings' visiting index read these.</summary>
    public static readonly IReadOnlyList<TrainingStatus> VisitingStatuses = [TrainingStatus.ClassroomDone, TrainingStatus.Consultations];

    public static bool ExpectsVisits(TrainingStatus status) => VisitingStatuses.Contains(status);

    /// <summary>Days after the last classroom day that visit number <paramref name="visit"/> (1-based) is due.</summary>
    public static int DueAfterDays(int visit, int planned, int windowDays) =>
        (int)Math.Round(windowDays * visit / (double)planned, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The day the next visit is due after <paramref name="visitsDone"/> visits; null before the classroom ended or
    /// without planned visits. In a LINQ query EF runs it as the database's <c>next_visit_due</c>, the same rule in
    /// whole numbers (rounding half up), so the C# and the SQL rule are one formula each (CompletionEquivalenceTests).
    /// </summary>
    public static DateOnly? NextDue(DateOnly? lastClassroomDay, int visitsDone, int planned, int windowDays) =>
        lastClassroomDay is { } last && planned > 0 ? last.AddDays(DueAfterDays(visitsDone + 1, planned, windowDays)) : null;

    public static IReadOnlyList<DateOnly> DueDates(DateOnly lastClassroomDay, int planned, int windowDays) =>
        Enumerable.Range(1, Math.Max(0, planned))
            .Select(k => lastClassroomDay.AddDays(DueAfterDays(k, planned, windowDays)))
            .ToList();

    public static VisitProgress Progress(DateOnly? lastClassroomDay, int done, int planned, int windowDays, DateOnly today)
    {
        if (lastClassroomDay is null)
        {
            return new VisitProgress(done, planned, null, 0);
        }
        var remaining = DueDates(lastClassroomDay.Value, planned, windowDays).Skip(done).ToList();
        return new VisitProgress(done, planned, remaining.Count > 0 ? remaining[0] : null, remaining.Count(d => d < today));
    }

    /// <summary>Visits on the same day to the same enterprise are one consultation towards completion.</summary>
    public static int CountedVisits(IEnumerable<DateOnly> visitDates) => visitDates.Distinct().Count();
}
