using Score.Web.Domain;

namespace Score.Web.Features.Trainings;

public static class StatusBadge
{
    public static string For(TrainingStatus status) => status switch
    {
        TrainingStatus.Planned => "text-bg-info",
        TrainingStatus.ClassroomDone => "text-bg-primary",
        TrainingStatus.Consultations => "text-bg-warning",
        TrainingStatus.Completed => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
