using Score.Web.Domain;

namespace Score.Web.Localization;

/// <summary>The colour of a training status badge, the same on every page.</summary>
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

/// <summary>The colour of a review state badge.</summary>
public static class ReviewBadge
{
    public static string For(ReviewState state) => state switch
    {
        ReviewState.Submitted => "text-bg-info",
        ReviewState.Returned => "text-bg-danger",
        ReviewState.Approved => "text-bg-success",
        _ => "text-bg-light border",
    };
}
