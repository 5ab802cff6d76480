using Score.Web.Domain;

namespace Score.Rules.Tests.Rules;

/// <summary>The gate's whole table: every status, review state and kind of change, as the decision in TrainingGate writes it.</summary>
public sealed class TrainingGateTests
{
    // Rows: NewRecord, FieldEntry, PlanChange; columns: Planned, ClassroomDone, Consultations, Completed, Cancelled. "-" takes it.
    private static readonly string[][] NotApproved =
    [
        ["-", "-", "-", "Closed", "Closed"],
        ["-", "-", "-", "-", "Cancelled"],
        ["-", "-", "-", "-", "-"],
    ];

    [Fact]
    public void A_training_takes_each_change_as_the_table_says_and_nothing_once_approved()
    {
        var changes = Enum.GetValues<TrainingChange>();
        var statuses = Enum.GetValues<TrainingStatus>();
        Assert.Equal(3, changes.Length);
        Assert.Equal(5, statuses.Length);
        foreach (var review in Enum.GetValues<ReviewState>())
        {
            for (var c = 0; c < changes.Length; c++)
            {
                for (var s = 0; s < statuses.Length; s++)
                {
                    var expected = review == ReviewState.Approved ? "Locked" : NotApproved[c][s];
                    var refusal = TrainingGate.Refusal(statuses[s], review, changes[c]);
                    Assert.True(expected == (refusal?.ToString() ?? "-"), $"{changes[c]} on {statuses[s]}, {review}: {refusal?.ToString() ?? "taken"}, expected {expected}");
                    Assert.Equal(refusal is null, TrainingGate.Takes(statuses[s], review, changes[c]));
                }
            }
        }
    }

    [Theory]
    [InlineData(TrainingRefusal.Locked, "Review.Locked")]
    [InlineData(TrainingRefusal.Closed, "Training.Closed")]
    [InlineData(TrainingRefusal.Cancelled, "Training.Cancelled")]
    public void Each_refusal_has_its_own_message(TrainingRefusal refusal, string key) => Assert.Equal(key, TrainingGate.MessageKey(refusal));
}
