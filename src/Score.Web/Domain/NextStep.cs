namespace Score.Web.Domain;

/// <summary>What a training needs next, shown on its page with a button, so the cycle never waits on a hidden gate.</summary>
public enum NextStep
{
    None,
    EnrolEnterprises,
    PlanDays,
    TakeAttendance,
    RecordVisits,
    RecordWorkshop,
    Complete,
    IssueCertificates,
}

/// <summary>The counts of a training that decide its next step.</summary>
public sealed record CycleFacts(
    TrainingStatus Status, int Enrolments, int Days, int DaysWithAttendance, int EnrolmentsWithVisitsDone, bool WorkshopRecorded, int CertificatesDue);

public static class TrainingCycle
{
    public static NextStep NextStepOf(CycleFacts t) => t switch
    {
        { Status: TrainingStatus.Cancelled } => NextStep.None,
        { Status: TrainingStatus.Completed, CertificatesDue: > 0 } => NextStep.IssueCertificates,
        { Status: TrainingStatus.Completed } => NextStep.None,
        { Enrolments: 0 } => NextStep.EnrolEnterprises,
        { Days: 0 } => NextStep.PlanDays,
        { Status: TrainingStatus.Planned } => NextStep.TakeAttendance,
        _ when t.EnrolmentsWithVisitsDone < t.Enrolments => NextStep.RecordVisits,
        { WorkshopRecorded: false } => NextStep.RecordWorkshop,
        _ => NextStep.Complete,
    };

    /// <summary>The classroom is done once every planned day has its attendance.</summary>
    public static bool ClassroomIsDone(int days, int daysWithAttendance) => days > 0 && daysWithAttendance >= days;
}
