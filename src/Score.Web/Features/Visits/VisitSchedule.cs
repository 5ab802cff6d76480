namespace Score.Web.Features.Visits;

/// <summary>Where an enterprise stands against its planned consultations.</summary>
public sealed record VisitProgress(int Done, int Planned, DateOnly? NextDue, int Overdue)
{
    public bool IsOverdue => Overdue > 0;
    public bool AllDone => Done >= Planned;
}

/// <summary>
/// The planned consultations of an enrolled enterprise fall evenly across the module's window
/// after the last classroom day: with 3 visits in 90 days, on days 30, 60 and 90. A visit is
/// overdue once its day has passed and fewer visits than that have been recorded.
/// </summary>
public static class VisitSchedule
{
    public static IReadOnlyList<DateOnly> DueDates(DateOnly lastClassroomDay, int planned, int windowDays) =>
        Enumerable.Range(1, Math.Max(0, planned))
            .Select(k => lastClassroomDay.AddDays((int)Math.Round(windowDays * k / (double)planned, MidpointRounding.AwayFromZero)))
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
}
