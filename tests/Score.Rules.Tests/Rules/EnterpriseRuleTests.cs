using Score.Web.Domain;
using Score.Web.Features.Import;

namespace Score.Rules.Tests.Rules;

public sealed class EnterpriseRuleTests
{
    private const int ThisYear = 2026;

    [Theory]
    [InlineData(2000, 3, 2, "-6.2", "106.8", "")]
    [InlineData(2000, 0, 0, null, null, "WorkersMen:Enterprise.NoWorkers")]
    [InlineData(2027, 1, 0, null, null, "YearFounded:Enterprise.YearInFuture")]
    [InlineData(2026, 0, 1, null, null, "")]
    [InlineData(null, 1, 1, "7.0", "106.8", "Latitude:Enterprise.LatitudeRange")]
    [InlineData(null, 1, 1, "-6.2", "93,9", "Longitude:Enterprise.LongitudeRange")]
    [InlineData(null, 1, 1, "utara", "106.8", "Latitude:Enterprise.LatitudeRange")]
    [InlineData(null, 1, 1, "-11,5", "141.5", "")]
    [InlineData(null, 1, 1, "-6.2", " ", "Longitude:Enterprise.LocationPair")]
    [InlineData(null, 1, 1, null, "106.8", "Latitude:Enterprise.LocationPair")]
    [InlineData(2030, 0, 0, "90", null, "WorkersMen:Enterprise.NoWorkers|YearFounded:Enterprise.YearInFuture|Latitude:Enterprise.LatitudeRange|Longitude:Enterprise.LocationPair")]
    public void An_enterprise_breaks_the_cross_field_rules_at_the_field_they_name(
        int? year, int women, int men, string? latitude, string? longitude, string expected)
    {
        var broken = EnterpriseRules.Check(new EnterpriseFacts(year, women, men, latitude, longitude), ThisYear);

        Assert.Equal(expected, string.Join("|", broken.Select(b => $"{b.Field}:{b.MessageKey}")));
    }

    [Theory]
    [InlineData("1234567890123", true)]
    [InlineData(" 1234567890123 ", true)]
    [InlineData("123456789012", false)]
    [InlineData("12345678901234", false)]
    [InlineData("12345678901a3", false)]
    [InlineData(null, true)]
    public void A_nib_has_thirteen_digits(string? nib, bool valid) => Assert.Equal(valid, EnterpriseRules.IsNib(nib));

    [Theory]
    [InlineData("+62 (21) 555-0101", null, "")]
    [InlineData("0812 abc", null, "Phone:Validation.Phone")]
    [InlineData(null, "ibu.sari@example.id", "")]
    [InlineData(null, "ibu.sari", "Email:Validation.Email")]
    [InlineData("x", "@", "Phone:Validation.Phone|Email:Validation.Email")]
    public void A_persons_contact_details_follow_one_rule(string? phone, string? email, string expected) =>
        Assert.Equal(expected, string.Join("|", EnterpriseRules.CheckContact(phone, email).Select(b => $"{b.Field}:{b.MessageKey}")));

    [Theory]
    [InlineData("3171", "31", "31", false)]
    [InlineData("3171", "31", "32", true)]
    [InlineData("9999", null, "31", true)]
    [InlineData(null, null, "31", false)]
    [InlineData("", null, "31", false)]
    public void A_regency_lies_in_the_chosen_province(string? regency, string? itsProvince, string province, bool broken) =>
        Assert.Equal(broken, EnterpriseRules.CheckRegency(regency, itsProvince, province) is not null);

    [Fact]
    public void Every_field_a_rule_names_has_a_column_in_the_import()
    {
        var everything = EnterpriseRules.Check(new EnterpriseFacts(3000, 0, 0, "90", "0"), ThisYear)
            .Concat(EnterpriseRules.CheckContact("?", "?"))
            .Append(EnterpriseRules.CheckRegency("9999", null, "31")!)
            .Append(new RuleBreak("Nib", EnterpriseRules.NibFormatKey))
            .Select(b => b.Field)
            .Distinct();

        foreach (var field in everything)
        {
            Assert.NotNull(EnterpriseColumns.OfField(field, person: false));
        }
        Assert.Equal(EnterpriseColumns.PersonPhone, EnterpriseColumns.OfField("Phone", person: true));
        Assert.Equal(EnterpriseColumns.PersonEmail, EnterpriseColumns.OfField("Email", person: true));
    }
}
