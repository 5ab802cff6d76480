using Score.Web.Domain;

namespace Score.Rules.Tests.Rules;

public sealed class RegistryRuleTests
{
    [Theory]
    [InlineData(SalesBand.UpTo2Billion, 150, SizeClass.Micro)]
    [InlineData(SalesBand.From2To15Billion, 3, SizeClass.Small)]
    [InlineData(SalesBand.From15To50Billion, 40, SizeClass.Medium)]
    [InlineData(SalesBand.Over50Billion, 40, SizeClass.Large)]
    [InlineData(SalesBand.Unknown, 4, SizeClass.Micro)]
    [InlineData(SalesBand.Unknown, 5, SizeClass.Small)]
    [InlineData(SalesBand.Unknown, 19, SizeClass.Small)]
    [InlineData(SalesBand.Unknown, 20, SizeClass.Medium)]
    [InlineData(SalesBand.Unknown, 99, SizeClass.Medium)]
    [InlineData(SalesBand.Unknown, 100, SizeClass.Large)]
    [InlineData(SalesBand.Unknown, 0, SizeClass.Unknown)]
    public void The_size_class_follows_sales_first_then_workforce(SalesBand sales, int workers, SizeClass expected) =>
        Assert.Equal(expected, SizeClassRule.For(sales, workers));

    [Theory]
    [InlineData(TrainingStatus.Planned, TrainingStatus.ClassroomDone, true)]
    [InlineData(TrainingStatus.Planned, TrainingStatus.Completed, false)]
    [InlineData(TrainingStatus.Planned, TrainingStatus.Cancelled, true)]
    [InlineData(TrainingStatus.ClassroomDone, TrainingStatus.Consultations, true)]
    [InlineData(TrainingStatus.ClassroomDone, TrainingStatus.Planned, true)]
    [InlineData(TrainingStatus.Consultations, TrainingStatus.Planned, false)]
    [InlineData(TrainingStatus.Consultations, TrainingStatus.Completed, true)]
    [InlineData(TrainingStatus.Completed, TrainingStatus.Cancelled, false)]
    [InlineData(TrainingStatus.Cancelled, TrainingStatus.Planned, true)]
    [InlineData(TrainingStatus.Cancelled, TrainingStatus.Completed, false)]
    public void The_status_moves_only_along_the_cycle(TrainingStatus from, TrainingStatus to, bool allowed) =>
        Assert.Equal(allowed, TrainingStatusRules.CanMove(from, to));

    [Theory]
    [InlineData("-6.2088", -6.2088)]
    [InlineData(" 106,8456 ", 106.8456)]
    [InlineData("utara", null)]
    [InlineData("", null)]
    public void Coordinates_accept_a_point_or_a_comma(string typed, double? expected) =>
        Assert.Equal(expected, Coordinates.Parse(typed));

    [Fact]
    public void Coordinates_are_shown_with_a_point_whatever_the_language() =>
        Assert.Equal("-6.208812", Coordinates.Text(-6.2088123));
}
