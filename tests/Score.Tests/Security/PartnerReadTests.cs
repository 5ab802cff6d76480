using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Score.Tests.Infrastructure;
using Score.Web.Authorization;
using Score.Web.Data;
using Score.Web.Domain;

namespace Score.Tests.Security;

/// <summary>
/// The one rule for which partner's figures and records a user may read (<see cref="PartnerScope.ReadFor"/>), branch by
/// branch; the dashboard, the reports, the results report, the figure facts and the outbox all ask it.
/// </summary>
public sealed class PartnerReadTests
{
    public static TheoryData<string?, int?, int?, PartnerReach, int?> Cases => new()
    {
        { Roles.Administrator, null, null, PartnerReach.All, null },
        { Roles.Administrator, null, 3, PartnerReach.Requested, 3 },
        { Roles.ProgrammeViewer, null, null, PartnerReach.All, null },
        { Roles.ProgrammeViewer, null, 3, PartnerReach.Requested, 3 },
        { Roles.PartnerStaff, 2, null, PartnerReach.Own, 2 },
        { Roles.PartnerStaff, 2, 2, PartnerReach.Own, 2 },
        { Roles.PartnerStaff, 2, 3, PartnerReach.None, null },
        { Roles.PartnerStaff, null, null, PartnerReach.None, null },
        { Roles.Trainer, 2, null, PartnerReach.None, null },
        { Roles.Trainer, 2, 2, PartnerReach.None, null },
        { Roles.Trainer, 2, 3, PartnerReach.None, null },
        { null, null, null, PartnerReach.None, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_user_reads_the_partners_their_role_allows_and_nothing_of_another(
        string? role, int? ownPartner, int? requested, PartnerReach reach, int? partner)
    {
        var scope = ScopeOf(role, ownPartner);

        var read = scope.ReadFor(requested);

        Assert.Equal(new PartnerRead(reach, partner), read);
        Assert.Equal(reach != PartnerReach.None, read.Allowed);
    }

    private static PartnerScope ScopeOf(string? role, int? partnerId)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, "user-1"), new(ClaimTypes.Name, "someone@score.test")];
        if (role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }
        if (partnerId is { } id)
        {
            claims.Add(new Claim(ScoreClaims.PartnerId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
        var me = new CurrentUser(new HttpContextAccessor { HttpContext = http });
        // The rule reads the user only: the context is never opened.
        return new PartnerScope(new ScoreDbContext(TestDatabase.OptionsFor("Host=unused")), me);
    }
}
