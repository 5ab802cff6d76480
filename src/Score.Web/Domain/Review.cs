namespace Score.Web.Domain;

/// <summary>The programme's review of a partner's training, before its figures are vouched for.</summary>
public enum ReviewState
{
    NotSubmitted = 0,
    Submitted = 1,
    Returned = 2,
    Approved = 3,
}

public enum ReviewStep
{
    Submitted = 0,
    Returned = 1,
    Approved = 2,
    Reopened = 3,
}

/// <summary>One step of a training's review, kept for the record: who, when, and what they said.</summary>
public sealed class TrainingReview
{
    public int Id { get; set; }
    public int TrainingId { get; set; }
    public ReviewStep Step { get; set; }
    public string? Comment { get; set; }
    public string By { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

public static class ReviewRules
{
    /// <summary>A completed training is submitted by its partner, again after it was returned.</summary>
    public static bool CanSubmit(TrainingStatus status, ReviewState state) =>
        status == TrainingStatus.Completed && state is ReviewState.NotSubmitted or ReviewState.Returned;

    /// <summary>A reviewer approves or returns what was submitted.</summary>
    public static bool CanDecide(ReviewState state) => state == ReviewState.Submitted;

    public static bool CanReopen(ReviewState state) => state == ReviewState.Approved;

    public static bool IsLocked(ReviewState state) => state == ReviewState.Approved;

    /// <summary>Returning and re-opening say why; approving need not.</summary>
    public static bool NeedsComment(ReviewStep step) => step is ReviewStep.Returned or ReviewStep.Reopened;

    public static ReviewState After(ReviewStep step) => step switch
    {
        ReviewStep.Submitted => ReviewState.Submitted,
        ReviewStep.Approved => ReviewState.Approved,
        _ => ReviewState.Returned,
    };
}
