using Score.Web.Domain;

namespace Score.Web.Figures;

/// <summary>
/// Which enrolments owe a visit that is overdue, in LINQ over the figure facts: the next visit's due day
/// (<see cref="VisitSchedule.NextDue"/>, run by the database as <c>next_visit_due</c>) has passed while the training is
/// being visited. The dashboard's figure and its follow-up list both read it.
/// </summary>
public static class VisitsDue
{
    public static IQueryable<EnrolmentFact> Overdue(this IQueryable<EnrolmentFact> facts, DateOnly today) =>
        facts.Where(x => VisitSchedule.VisitingStatuses.Contains(x.Status) && x.VisitDays < x.PlannedConsultations
            && VisitSchedule.NextDue(x.LastClassroomDay, x.VisitDays, x.PlannedConsultations, x.ConsultationWindowDays) < today);
}
