using System.Globalization;
using Score.Web.Domain;

namespace Score.Rules.Tests.Rules;

public sealed class KpiCheckTests
{
    [Theory]
    [InlineData(KpiKind.Percent, "50", KpiCheck.Problem.None)]
    [InlineData(KpiKind.Percent, "0", KpiCheck.Problem.None)]
    [InlineData(KpiKind.Percent, "100", KpiCheck.Problem.None)]
    [InlineData(KpiKind.Percent, "120", KpiCheck.Problem.PercentOutOfRange)]
    [InlineData(KpiKind.Percent, "-1", KpiCheck.Problem.PercentOutOfRange)]
    [InlineData(KpiKind.Count, "-2", KpiCheck.Problem.Negative)]
    [InlineData(KpiKind.Count, "2.5", KpiCheck.Problem.NotWhole)]
    [InlineData(KpiKind.Count, "12", KpiCheck.Problem.None)]
    [InlineData(KpiKind.Rupiah, "-100", KpiCheck.Problem.Negative)]
    [InlineData(KpiKind.Rupiah, "1500000", KpiCheck.Problem.None)]
    [InlineData(KpiKind.Measure, "3.75", KpiCheck.Problem.None)]
    [InlineData(KpiKind.Measure, "-0.5", KpiCheck.Problem.Negative)]
    [InlineData(KpiKind.Rupiah, "99999999999999", KpiCheck.Problem.None)]
    [InlineData(KpiKind.Rupiah, "100000000000000", KpiCheck.Problem.TooLarge)]
    [InlineData(KpiKind.Percent, "99999999999999999999999", KpiCheck.Problem.TooLarge)]
    public void Kpi_values_are_checked_by_their_kind(KpiKind kind, string value, KpiCheck.Problem expected) =>
        Assert.Equal(expected, KpiCheck.Validate(kind, decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(10, 101, true)]
    [InlineData(10, 100, false)]
    [InlineData(10, 0.9, true)]
    [InlineData(10, 1, false)]
    [InlineData(0, 50, false)]
    public void A_value_ten_times_or_a_tenth_of_the_previous_one_asks_for_confirmation(double previous, double value, bool implausible) =>
        Assert.Equal(implausible, KpiCheck.IsImplausibleJump((decimal)previous, (decimal)value));

    [Fact]
    public void A_first_value_has_nothing_to_jump_from() =>
        Assert.False(KpiCheck.IsImplausibleJump(null, 1_000_000m));
}
