namespace Score.Web.Domain;

/// <summary>What a module asks before someone counts as having completed it; set per module by administrators.</summary>
public sealed record CompletionRules(int MinAttendancePercent, bool NeedsManagerAndWorker, int PlannedConsultations, bool NeedsConsultations, bool NeedsWorkshop, int WindowDays)
{
    public static CompletionRules Of(ScoreModule module) => new(
        module.ParticipantMinAttendancePercent, module.EnterpriseNeedsManagerAndWorker, module.PlannedConsultations,
        module.EnterpriseNeedsPlannedConsultations, module.EnterpriseNeedsWorkshop, module.ConsultationWindowDays);
}

/// <summary>One participant as the enterprise rule sees them: their side of the enterprise, and whether they completed.</summary>
public readonly record struct ParticipantOutcome(PersonPosition Position, bool Completed);

/// <summary>
/// Who completed a module. A participant: present on at least the module's share of the classroom
/// days (all of them by default). An enterprise: at least one manager and one worker completed,
/// the planned consultations held, and it presented at the closing workshop, each as the module's
/// rules ask. Supervisors count on the workers' side, owners on the managers'.
/// </summary>
public static class CompletionRule
{
    /// <summary>Positions on the managers' side of joint attendance (the SQL of the dashboard reads them too).</summary>
    public static readonly IReadOnlyList<PersonPosition> ManagerSide = [PersonPosition.Owner, PersonPosition.Manager];

    /// <summary>Positions on the workers' side of joint attendance.</summary>
    public static readonly IReadOnlyList<PersonPosition> WorkerSide = [PersonPosition.Worker, PersonPosition.Supervisor];

    public static bool IsManagerSide(PersonPosition position) => ManagerSide.Contains(position);

    public static bool IsWorkerSide(PersonPosition position) => WorkerSide.Contains(position);

    public static bool ParticipantCompleted(int daysPresent, int classroomDays, int minAttendancePercent) =>
        classroomDays > 0 && daysPresent * 100 >= minAttendancePercent * classroomDays;

    public static bool EnterpriseCompleted(IEnumerable<ParticipantOutcome> participants, int consultationsDone, bool presented, CompletionRules rules)
    {
        var completed = participants.Where(p => p.Completed).ToList();
        if (completed.Count == 0)
        {
            return false;
        }
        if (rules.NeedsManagerAndWorker
            && !(completed.Any(p => IsManagerSide(p.Position)) && completed.Any(p => IsWorkerSide(p.Position))))
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
