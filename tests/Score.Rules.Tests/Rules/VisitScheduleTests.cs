using System.Globalization;
using Score.Web.Domain;

namespace Score.Rules.Tests.Rules;

public sealed class VisitScheduleTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-10-01", 0, false, "2026-10-02")]
    [InlineData("2026-10-02", 0, false, "2026-10-02")]
    [InlineData("2026-10-03", 0, true, "2026-10-02")]
    [InlineData("2026-10-03", 1, false, "2026-11-01")]
    [InlineData("2026-12-05", 1, true, "2026-11-01")]
    [InlineData("2026-12-05", 3, false, null)]
    public void A_visit_is_overdue_once_its_share_of_the_window_has_passed(string today, int done, bool overdue, string? nextDue)
    {
        var progress = VisitSchedule.Progress(new DateOnly(2026, 9, 2), done, planned: 3, windowDays: 90, Day(today));

        Assert.Equal(overdue, progress.IsOverdue);
        Assert.Equal(nextDue is null ? null : Day(nextDue), progress.NextDue);
    }

    [Theory]
    [InlineData(1, 3, 90, 30)]
    [InlineData(2, 3, 90, 60)]
    [InlineData(1, 2, 45, 23)]
    [InlineData(1, 4, 90, 23)]
    [InlineData(3, 4, 90, 68)]
    [InlineData(1, 1, 60, 60)]
    public void Visits_fall_evenly_over_the_window_a_half_day_rounding_up(int visit, int planned, int window, int days) =>
        Assert.Equal(days, VisitSchedule.DueAfterDays(visit, planned, window));

    [Fact]
    public void Before_the_classroom_nothing_is_due()
    {
        var progress = VisitSchedule.Progress(null, 0, planned: 3, windowDays: 90, new DateOnly(2030, 1, 1));

        Assert.Null(progress.NextDue);
        Assert.False(progress.IsOverdue);
    }

    [Theory]
    [InlineData(TrainingStatus.Planned, false)]
    [InlineData(TrainingStatus.ClassroomDone, true)]
    [InlineData(TrainingStatus.Consultations, true)]
    [InlineData(TrainingStatus.Completed, false)]
    [InlineData(TrainingStatus.Cancelled, false)]
    public void Visits_are_expected_between_the_classroom_and_completion(TrainingStatus status, bool expected) =>
        Assert.Equal(expected, VisitSchedule.ExpectsVisits(status));
}
