using Score.Web.Domain;

namespace Score.Rules.Tests.Rules;

public sealed class EnrolmentRulesTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("0", true)]
    [InlineData("2500000", true)]
    [InlineData("100000000000", true)]
    [InlineData("-1", false)]
    [InlineData("100000000001", false)]
    public void A_fee_is_none_or_between_zero_and_the_largest_a_form_takes(string? fee, bool possible) =>
        Assert.Equal(possible, EnrolmentRules.FeeIsPossible(fee is null ? null : decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1, false)]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void More_than_six_enterprises_in_one_class_is_unusual(int enterprises, bool unusual) =>
        Assert.Equal(unusual, EnrolmentRules.IsMoreThanTypical(enterprises));
}
