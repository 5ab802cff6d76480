using Score.Web.Domain;

namespace Score.Rules.Tests.Rules;

public sealed class TrainingCycleTests
{
    [Theory]
    [InlineData(TrainingStatus.Planned, 0, 2, 0, 0, false, 0, NextStep.EnrolEnterprises)]
    [InlineData(TrainingStatus.Planned, 4, 0, 0, 0, false, 0, NextStep.PlanDays)]
    [InlineData(TrainingStatus.Planned, 4, 2, 1, 0, false, 0, NextStep.TakeAttendance)]
    [InlineData(TrainingStatus.ClassroomDone, 4, 2, 2, 0, false, 0, NextStep.RecordVisits)]
    [InlineData(TrainingStatus.Consultations, 4, 2, 2, 3, true, 0, NextStep.RecordVisits)]
    [InlineData(TrainingStatus.Consultations, 4, 2, 2, 4, false, 0, NextStep.RecordWorkshop)]
    [InlineData(TrainingStatus.Consultations, 4, 2, 2, 4, true, 0, NextStep.Complete)]
    [InlineData(TrainingStatus.Completed, 4, 2, 2, 4, true, 5, NextStep.IssueCertificates)]
    [InlineData(TrainingStatus.Completed, 4, 2, 2, 4, true, 0, NextStep.None)]
    [InlineData(TrainingStatus.Cancelled, 4, 2, 0, 0, false, 0, NextStep.None)]
    public void A_training_shows_the_step_it_waits_for(
        TrainingStatus status, int enrolments, int days, int daysWithAttendance, int visitsDone, bool workshop, int certificatesDue, NextStep expected) =>
        Assert.Equal(expected, TrainingCycle.NextStepOf(new CycleFacts(status, enrolments, days, daysWithAttendance, visitsDone, workshop, certificatesDue)));

    [Theory]
    [InlineData(2, 2, true)]
    [InlineData(2, 1, false)]
    [InlineData(0, 0, false)]
    public void The_classroom_is_done_when_every_day_has_its_attendance(int days, int taken, bool done) =>
        Assert.Equal(done, TrainingCycle.ClassroomIsDone(days, taken));

    [Theory]
    [InlineData("2026-09-01", "2026-09-02", "2026-09-01,2026-09-02")]
    [InlineData("2026-09-01", "2026-09-01", "2026-09-01")]
    [InlineData("2026-09-01", "2026-09-03", "2026-09-01,2026-09-02")]
    [InlineData("2026-09-01", "2026-09-30", "2026-09-01,2026-09-02")]
    [InlineData("2026-09-02", "2026-09-01", "")]
    public void A_new_training_gets_the_modules_two_classroom_days_from_its_plan(string start, string end, string expected) =>
        Assert.Equal(expected, string.Join(",", ClassroomPlan.DaysFor(DateOnly.Parse(start), DateOnly.Parse(end)).Select(d => d.ToString("yyyy-MM-dd"))));

    [Theory]
    [InlineData("2026-10-01,2026-10-01,2026-10-01", 1)]
    [InlineData("2026-10-01,2026-10-15,2026-10-01", 2)]
    [InlineData("", 0)]
    public void Visits_on_the_same_day_count_once(string dates, int counted) =>
        Assert.Equal(counted, VisitSchedule.CountedVisits(dates.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(DateOnly.Parse)));
}
