using Score.Web.Domain;

namespace Score.Web.Features.Trainings;

/// <summary>
/// Who completed a module. A participant: present on at least the module's share of the classroom
/// days (all of them by default). An enterprise: at least one manager and one worker completed,
/// the planned consultations held, and it presented at the closing workshop, each as the module's
/// rules ask.
/// </summary>
public static class CompletionRule
{
    public static bool ParticipantCompleted(int daysPresent, int classroomDays, int minAttendancePercent) =>
        classroomDays > 0 && daysPresent * 100 >= minAttendancePercent * classroomDays;

    public static bool EnterpriseCompleted(IReadOnlyList<ParticipantRow> participants, int consultationsDone, bool presented, CompletionRules rules)
    {
        var completed = participants.Where(p => p.Completed).ToList();
        if (completed.Count == 0)
        {
            return false;
        }
        if (rules.NeedsManagerAndWorker
            && !(completed.Any(p => p.Position is PersonPosition.Owner or PersonPosition.Manager)
                 && completed.Any(p => p.Position is PersonPosition.Worker or PersonPosition.Supervisor)))
        {
            return false;
        }
        if (rules.NeedsConsultations && consultationsDone < rules.PlannedConsultations)
        {
            return false;
        }
        return !rules.NeedsWorkshop || presented;
    }
}
